#pragma once

#include "shared/Money.h"

#include <QDate>
#include <QString>

// What the operator's copy buttons put on the clipboard, to read out or paste elsewhere
// (docs/operator-workspace.md, «Copy buttons»): plain figures, no grouping spaces, no currency.
namespace lkk::copytext {

QString amount(Money money);          // 1 234,56 руб. -> "1234.56"; -12,00 -> "-12.00"
QString date(const QDate& date);      // "06.12.2026", as the cabinet shows dates
QString month(const QDate& date);     // "11.2026": a bill's period
QString number(const QString& shown); // an account or meter number without its spaces

// The same from a figure as a view shows it («1 234,56 руб.», «1,234.56 RUB», «12.11.2026»,
// «517 480»); empty when `shown` is not such a figure (then there is nothing to copy).
QString amountFromShown(const QString& shown);
QString dateFromShown(const QString& shown);
QString numberFromShown(const QString& shown);

} // namespace lkk::copytext
