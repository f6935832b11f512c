#pragma once

#include "shared/Money.h"

#include <QDate>
#include <QString>

// What the operator's copy buttons put on the clipboard, to read out or paste elsewhere
// (docs/operator-workspace.md, «Copy buttons»): plain figures, no grouping spaces, no currency.
namespace lkk::copytext {

QString amount(Money money);          // 1 234,56 руб. -> "1234.56"; -12,00 -> "-12.00"
QString date(const QDate& date);      // "06.12.2026", as the cabinet shows dates
QString number(const QString& shown); // an account or meter number without its spaces

} // namespace lkk::copytext
