#include "app/appeals/AppealsLogging.h"

Q_LOGGING_CATEGORY(lcAppeals, "lkk.appeals")
