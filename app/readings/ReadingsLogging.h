#pragma once

#include <QLoggingCategory>

namespace lkk {
Q_DECLARE_LOGGING_CATEGORY(lcReadings) // "lkk.readings"
} // namespace lkk
