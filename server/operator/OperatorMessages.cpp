#include "server/operator/OperatorMessages.h"

#include "server/operator/AuditTrail.h"
#include "server/operator/OperatorRules.h"

namespace lkk::server::operators {

using namespace Qt::StringLiterals;

namespace {

QString pick(Language language, const QString& ru, const QString& en) {
    return language == Language::En ? en : ru;
}

// A read of the caller's cabinet (CabinetView::view in details.view).
QString cabinetView(const QJsonObject& details, const QString& accountNumber, Language l) {
    struct Phrase {
        const char16_t* view;
        const char16_t* ru; // what the operator viewed; %1 the account's number (the appeal's for one)
        const char16_t* en;
    };
    static constexpr Phrase phrases[] = {
        {u"account", u"сведения о лицевом счёте № %1", u"the summary of account No. %1"},
        {u"requisites", u"реквизиты лицевого счёта № %1", u"the requisites of account No. %1"},
        {u"tariffs", u"тарифы лицевого счёта № %1", u"the tariffs of account No. %1"},
        {u"meters", u"счётчики лицевого счёта № %1", u"the meters of account No. %1"},
        {u"bills", u"платёжные документы лицевого счёта № %1", u"the bills of account No. %1"},
        {u"readings", u"историю показаний лицевого счёта № %1", u"the readings history of account No. %1"},
        {u"payments", u"историю оплат лицевого счёта № %1", u"the payments of account No. %1"},
        {u"appeals", u"обращения по лицевому счёту № %1", u"the appeals of account No. %1"},
        {u"appeal", u"ваше обращение № %1", u"your appeal No. %1"},
    };
    const QString view = details.value(u"view"_s).toString();
    const QString number =
        view == u"appeal" ? QString::number(details.value(u"appealId"_s).toInteger()) : accountNumber;
    for (const Phrase& p : phrases) {
        if (view != QStringView(p.view))
            continue;
        const QString what = (l == Language::En ? QStringView(p.en) : QStringView(p.ru)).toString().arg(number);
        return pick(l, u"Оператор контакт-центра просмотрел "_s, u"A contact centre operator viewed "_s) + what;
    }
    return pick(l, u"Оператор контакт-центра обратился к вашим данным"_s,
                u"A contact centre operator accessed your data"_s);
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
    if (what == QLatin1StringView(action::cabinetView))
        return cabinetView(details, accountNumber, l);
    if (what == QLatin1StringView(action::confirmationResend))
        return pick(l, u"Оператор контакт-центра повторно отправил письмо для подтверждения регистрации"_s,
                    u"A contact centre operator sent the registration confirmation mail again"_s);
    if (what == QLatin1StringView(action::signInLockLift))
        return pick(l, u"Оператор контакт-центра снял блокировку входа в личный кабинет"_s,
                    u"A contact centre operator lifted the sign-in lock of your cabinet"_s);
    if (what == QLatin1StringView(action::linkLockLift))
        return pick(l, u"Оператор контакт-центра снял блокировку подключения лицевого счёта № %1"_s.arg(accountNumber),
                    u"A contact centre operator lifted the link lock of account No. %1"_s.arg(accountNumber));
    if (what == QLatin1StringView(action::appealCreate)) {
        const QString appeal = QString::number(details.value(u"appealId"_s).toInteger());
        return pick(
            l,
            u"Оператор контакт-центра зарегистрировал ваше обращение № %1 по лицевому счёту № %2"_s.arg(appeal,
                                                                                                        accountNumber),
            u"A contact centre operator registered your appeal No. %1 on account No. %2"_s.arg(appeal, accountNumber));
    }
    if (what == QLatin1StringView(action::readingSubmit)) {
        const QString meter = details.value(u"meterNumber"_s).toString();
        return pick(l, u"Оператор контакт-центра передал показания по счётчику № %1"_s.arg(meter),
                    u"A contact centre operator submitted a reading of meter No. %1"_s.arg(meter));
    }
    return pick(l, u"Оператор контакт-центра обратился к вашим данным"_s,
                u"A contact centre operator accessed your data"_s);
}

} // namespace lkk::server::operators
