#pragma once

#include <QLocale>
#include <QString>

namespace lkk {

// A month's name inside a sentence in the default locale's language: lower-case in Russian
// («к оплате за ноябрь 2026»), capitalised in English («To pay for November 2026»).
QString monthInText(int month, QLocale::FormatType format = QLocale::LongFormat);

} // namespace lkk
