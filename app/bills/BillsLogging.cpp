#include "app/bills/BillsLogging.h"

Q_LOGGING_CATEGORY(lcBills, "lkk.bills")
