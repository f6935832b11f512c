#include "server/payments/SandboxCard.h"

#include <QRegularExpression>

namespace lkk::server::payments {

using namespace Qt::StringLiterals;

bool SandboxCard::luhn(const QString& digits) {
    int sum = 0;
    bool twice = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digits.at(i).digitValue();
        if (d < 0)
            return false;
        if (twice) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        twice = !twice;
    }
    return !digits.isEmpty() && sum % 10 == 0;
}

SandboxCard::Check SandboxCard::check(const QString& card, const QString& expiry, const QString& cvc,
                                      const QDate& today) {
    Check result;
    QString digits = card;
    digits.remove(u' ').remove(u'-');
    static const QRegularExpression cardPattern(u"^[0-9]{16,19}$"_s);
    if (!cardPattern.match(digits).hasMatch()) {
        result.error = u"Номер карты должен содержать от 16 до 19 цифр."_s;
        return result;
    }
    if (!luhn(digits)) {
        result.error = u"Неверный номер карты."_s;
        return result;
    }
    static const QRegularExpression expiryPattern(u"^(0[1-9]|1[0-2])\\s*/\\s*([0-9]{2})$"_s);
    const auto m = expiryPattern.match(expiry.trimmed());
    if (!m.hasMatch()) {
        result.error = u"Укажите срок действия карты в виде ММ/ГГ."_s;
        return result;
    }
    const int month = m.captured(1).toInt();
    const int year = 2000 + m.captured(2).toInt();
    if (year < today.year() || (year == today.year() && month < today.month())) {
        result.error = u"Срок действия карты истёк."_s;
        return result;
    }
    static const QRegularExpression cvcPattern(u"^[0-9]{3}$"_s);
    if (!cvcPattern.match(cvc.trimmed()).hasMatch()) {
        result.error = u"CVC2/CVV2 — три цифры на обороте карты."_s;
        return result;
    }
    result.digits = digits;
    return result;
}

SandboxCard::Outcome SandboxCard::outcome(const QString& digits) {
    if (digits == u"4111111111111111"_s || digits == u"2200000000000004"_s)
        return Outcome::Success;
    if (digits == u"4000000000000002"_s)
        return Outcome::Declined;
    if (digits == u"4000000000003220"_s)
        return Outcome::Slow;
    return Outcome::Unsupported;
}

QString SandboxCard::declineReason(Outcome outcome) {
    switch (outcome) {
    case Outcome::Declined:
        return u"Недостаточно средств"_s;
    case Outcome::Unsupported:
        return u"Карта не поддерживается в тестовой среде"_s;
    case Outcome::Success:
    case Outcome::Slow:
        break;
    }
    return {};
}

} // namespace lkk::server::payments
