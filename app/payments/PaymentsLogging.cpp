#include "app/payments/PaymentsLogging.h"

Q_LOGGING_CATEGORY(lcPayments, "lkk.payments")
