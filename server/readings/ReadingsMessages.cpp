#include "server/readings/ReadingsMessages.h"

namespace lkk::server::readings {

using namespace Qt::StringLiterals;

namespace {

bool en(Language language) {
    return language == Language::En;
}

QString monthYear(const QString& period, Language language) {
    static const char* const ru[] = {"январь", "февраль", "март",     "апрель",  "май",    "июнь",
                                     "июль",   "август",  "сентябрь", "октябрь", "ноябрь", "декабрь"};
    static const char* const enNames[] = {"January", "February", "March",     "April",   "May",      "June",
                                          "July",    "August",   "September", "October", "November", "December"};
    const int month = period.mid(5, 2).toInt();
    if (month < 1 || month > 12)
        return period;
    return QString::fromUtf8(en(language) ? enNames[month - 1] : ru[month - 1]) + u' ' + period.left(4);
}

// An English ordinal: 1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st, 22nd, 23rd, 31st.
QString englishOrdinal(int n) {
    const int lastTwo = n % 100;
    const char* suffix = "th";
    if (lastTwo < 11 || lastTwo > 13) {
        switch (n % 10) {
        case 1:
            suffix = "st";
            break;
        case 2:
            suffix = "nd";
            break;
        case 3:
            suffix = "rd";
            break;
        default:
            break;
        }
    }
    return QString::number(n) + QLatin1StringView(suffix);
}

} // namespace

QString ReadingsMessages::windowRule(int fromDay, int toDay, Language language) {
    return en(language)
               ? u"Readings are accepted from the %1 to the %2 day of the month (Tomsk time)."_s.arg(
                     englishOrdinal(fromDay), englishOrdinal(toDay))
               : u"Показания принимаются с %1 по %2 число месяца (по томскому времени)."_s.arg(fromDay).arg(toDay);
}

QString ReadingsMessages::windowClosed(int fromDay, int toDay, const QDate& opens, Language language) {
    const QString date = opens.toString(u"dd.MM.yyyy"_s);
    return windowRule(fromDay, toDay, language) + u' ' +
           (en(language) ? u"Submission opens on %1."_s.arg(date) : u"Приём откроется %1."_s.arg(date));
}

QString ReadingsMessages::meterAutomatic(Language language) {
    return en(language)
               ? u"This meter's readings are transmitted automatically (AMR); there is no need to enter them."_s
               : u"Показания этого счётчика передаются автоматически (АСКУЭ); вводить их не нужно."_s;
}

QString ReadingsMessages::verificationExpired(const QDate& verifiedUntil, Language language) {
    const QString date = verifiedUntil.toString(u"dd.MM.yyyy"_s);
    return en(language) ? u"The meter's verification has expired (verification interval ended %1). Readings are not "
                          u"accepted: contact the network company to verify or replace the meter."_s.arg(date)
                        : u"Истёк срок поверки счётчика (МПИ %1). Показания не принимаются: обратитесь в сетевую "
                          u"организацию для поверки или замены счётчика."_s.arg(date);
}

QString ReadingsMessages::belowPrevious(const QString& lastDisplay, Language language) {
    return en(language)
               ? u"The reading is below the previous one (%1). If the meter has passed zero, confirm the "
                 u"rollover."_s.arg(lastDisplay)
               : u"Показание меньше предыдущего (%1). Если счётчик перешёл через ноль, подтвердите переход."_s.arg(
                     lastDisplay);
}

QString ReadingsMessages::tooHigh(const QString& consumptionDisplay, const QString& unit, const QString& averageDisplay,
                                  Language language) {
    return en(language) ? u"Consumption of %1 %2 is much higher than usual (%3 a month on average). Check the reading "
                          u"and confirm."_s.arg(consumptionDisplay, unit, averageDisplay)
                        : u"Расход %1 %2 намного больше обычного (в среднем %3 в месяц). Проверьте показание и "
                          u"подтвердите."_s.arg(consumptionDisplay, unit, averageDisplay);
}

QString ReadingsMessages::accepted(Language language) {
    return en(language) ? u"Readings accepted."_s : u"Показания приняты."_s;
}

QString ReadingsMessages::replaced(const QString& period, Language language) {
    return en(language)
               ? u"The readings for %1 have been replaced with the new ones."_s.arg(monthYear(period, language))
               : u"Показания за %1 заменены новыми."_s.arg(monthYear(period, language));
}

QString ReadingsMessages::valueRequired(Language language) {
    return en(language) ? u"Enter the reading."_s : u"Введите показание."_s;
}

QString ReadingsMessages::valueFormat(int integerDigits, int fractionDigits, Language language) {
    if (fractionDigits == 0)
        return en(language) ? u"At most %1 digits, without a fraction"_s.arg(integerDigits)
                            : u"Не более %1 цифр, без дробной части"_s.arg(integerDigits);
    return en(language)
               ? u"At most %1 digits before the decimal point and %2 after it"_s.arg(integerDigits).arg(fractionDigits)
               : u"Не более %1 цифр до запятой и %2 после"_s.arg(integerDigits).arg(fractionDigits);
}

QString ReadingsMessages::unknownZone(const QString& zone, Language language) {
    return en(language) ? u"The meter has no zone %1."_s.arg(zone) : u"У счётчика нет зоны %1."_s.arg(zone);
}

QString ReadingsMessages::meterNotFound(Language language) {
    return en(language) ? u"The meter was not found on this account."_s : u"Счётчик не найден на этом лицевом счёте."_s;
}

QString ReadingsMessages::submissionIdInvalid(Language language) {
    return en(language) ? u"submissionId: 8 to 64 Latin letters, digits or hyphens."_s
                        : u"submissionId: от 8 до 64 латинских букв, цифр или дефисов."_s;
}

QString ReadingsMessages::submissionIdConflict(Language language) {
    return en(language) ? u"This submission id was already used for other readings."_s
                        : u"Этот идентификатор передачи уже использован для других показаний."_s;
}

} // namespace lkk::server::readings
