#include "app/bills/BillDtos.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace lkk {

namespace {

// Through the translator rather than QLocale: the interface language is the app's choice
// (ui/Translations.h), not the system locale's.
constexpr const char* monthNames[12] = {
    QT_TRANSLATE_NOOP("lkk::BillMonth", "January"),   QT_TRANSLATE_NOOP("lkk::BillMonth", "February"),
    QT_TRANSLATE_NOOP("lkk::BillMonth", "March"),     QT_TRANSLATE_NOOP("lkk::BillMonth", "April"),
    QT_TRANSLATE_NOOP("lkk::BillMonth", "May"),       QT_TRANSLATE_NOOP("lkk::BillMonth", "June"),
    QT_TRANSLATE_NOOP("lkk::BillMonth", "July"),      QT_TRANSLATE_NOOP("lkk::BillMonth", "August"),
    QT_TRANSLATE_NOOP("lkk::BillMonth", "September"), QT_TRANSLATE_NOOP("lkk::BillMonth", "October"),
    QT_TRANSLATE_NOOP("lkk::BillMonth", "November"),  QT_TRANSLATE_NOOP("lkk::BillMonth", "December"),
};

} // namespace

QString BillService::title() const {
    return zone.isEmpty() ? service : service + u" ("_s + zone + u')';
}

QString billMonthTitle(const QDate& period) {
    if (!period.isValid())
        return {};
    return QCoreApplication::translate("lkk::BillMonth", monthNames[period.month() - 1]) + u' ' +
           QString::number(period.year());
}

QString billMonthLower(const QDate& period) {
    // English keeps the capital in a sentence: «Payment document for November 2026».
    return QLocale().language() == QLocale::English ? billMonthTitle(period) : billMonthTitle(period).toLower();
}

} // namespace lkk
