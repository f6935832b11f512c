#include "server/operator/OperatorMessages.h"

#include "server/operator/AuditTrail.h"
#include "server/operator/OperatorRules.h"

namespace lkk::server::operators {

using namespace Qt::StringLiterals;

namespace {

QString pick(Language language, const QString& ru, const QString& en) {
    return language == Language::En ? en : ru;
}

} // namespace

QString OperatorMessages::text(Text text, Language l) {
    switch (text) {
    case Text::ReasonLength:
        return pick(l, u"Укажите причину: от %1 до %2 символов."_s.arg(minReasonLength).arg(maxReasonLength),
                    u"Give the reason: %1 to %2 characters."_s.arg(minReasonLength).arg(maxReasonLength));
    case Text::QueryInvalid:
        return pick(l,
                    u"Введите номер лицевого счёта, телефон, адрес электронной почты или фамилию (не менее %1 "
                    u"букв) и часть адреса."_s.arg(minSurnamePrefix),
                    u"Enter an account number, a phone number, an e-mail address, or a surname (at least %1 "
                    u"letters) and part of the address."_s.arg(minSurnamePrefix));
    case Text::ParameterInvalid:
        return pick(l, u"Неверное значение параметра."_s, u"Invalid parameter value."_s);
    }
    return {};
}

QString OperatorMessages::journal(const QString& what, const QJsonObject& details, const QString& accountNumber,
                                  Language l) {
    if (what == QLatin1StringView(action::cabinetOpen))
        return pick(l, u"Оператор контакт-центра открыл ваш личный кабинет"_s,
                    u"A contact centre operator opened your cabinet"_s);
    if (what == QLatin1StringView(action::readingsView))
        return pick(l, u"Оператор контакт-центра просмотрел показания по лицевому счёту № %1"_s.arg(accountNumber),
                    u"A contact centre operator viewed the readings of account No. %1"_s.arg(accountNumber));
    if (what == QLatin1StringView(action::readingSubmit)) {
        const QString meter = details.value(u"meterNumber"_s).toString();
        return pick(l, u"Оператор контакт-центра передал показания по счётчику № %1"_s.arg(meter),
                    u"A contact centre operator submitted a reading of meter No. %1"_s.arg(meter));
    }
    return pick(l, u"Оператор контакт-центра обратился к вашим данным"_s,
                u"A contact centre operator accessed your data"_s);
}

} // namespace lkk::server::operators
