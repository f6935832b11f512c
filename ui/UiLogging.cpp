#include "ui/UiLogging.h"

Q_LOGGING_CATEGORY(lcUi, "lkk.ui")
