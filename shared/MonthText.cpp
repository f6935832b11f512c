#include "shared/MonthText.h"

namespace lkk {

QString monthInText(int month, QLocale::FormatType format) {
    const QLocale locale;
    const QString name = locale.standaloneMonthName(month, format);
    // English writes month names with a capital letter wherever they stand.
    return locale.language() == QLocale::English ? name : name.toLower();
}

} // namespace lkk
