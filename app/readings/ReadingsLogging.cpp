#include "app/readings/ReadingsLogging.h"

namespace lkk {
Q_LOGGING_CATEGORY(lcReadings, "lkk.readings")
} // namespace lkk
