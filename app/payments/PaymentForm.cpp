#include "app/payments/PaymentForm.h"

#include "shared/InputRules.h"

using namespace Qt::StringLiterals;

namespace lkk {

void PaymentForm::setData(const PaymentFormData& data) {
    m_data = data;
    m_amounts.clear();
    for (const PaymentFormItem& item : data.items)
        m_amounts.append(item.due.toInputText());
    m_email = data.email;
    m_phone = data.phone;
    m_sms = false;
    m_consent = false;
}

void PaymentForm::setAmountText(int index, const QString& text) {
    if (index >= 0 && index < m_amounts.size())
        m_amounts[index] = text;
}

QString PaymentForm::amountText(int index) const {
    return m_amounts.value(index);
}

std::optional<Money> PaymentForm::amount(int index) const {
    if (index < 0 || index >= m_amounts.size())
        return std::nullopt;
    const auto money = Money::parse(m_amounts.at(index));
    if (!money || money->isNegative() || *money > m_data.maxOrderTotal)
        return std::nullopt;
    return money;
}

QString PaymentForm::amountError(int index) const {
    if (index < 0 || index >= m_amounts.size())
        return {};
    Money::ParseError error = Money::ParseError::Syntax;
    const auto money = Money::parse(m_amounts.at(index), &error);
    if (!money) {
        switch (error) {
        case Money::ParseError::Empty:
            return tr("Enter the amount (0 if you do not pay for this service now).");
        case Money::ParseError::TooManyDecimals:
            return tr("At most two digits after the decimal separator (kopecks).");
        case Money::ParseError::Overflow:
            return tr("The amount is too large.");
        case Money::ParseError::Syntax:
            break;
        }
        return tr("Enter the amount in roubles, e.g. 1234,56.");
    }
    if (money->isNegative())
        return tr("The amount cannot be negative.");
    if (*money > m_data.maxOrderTotal)
        return tr("At most %1 per payment.").arg(m_data.maxOrderTotal.toText());
    return {};
}

QString PaymentForm::emailError() const {
    const QString email = m_email.trimmed();
    if (email.isEmpty())
        return m_sms ? QString() : tr("Enter the e-mail for the receipt or choose a receipt by SMS.");
    if (rules::checkEmail(email))
        return tr("Enter a valid e-mail address, e.g. name@example.ru.");
    return {};
}

QString PaymentForm::phoneError() const {
    if (!m_sms)
        return {};
    if (m_phone.trimmed().isEmpty())
        return tr("Enter the phone number for the SMS receipt.");
    if (normalizedPhone(m_phone).isEmpty())
        return tr("Enter a Russian mobile number, e.g. +7 913 123-45-67.");
    return {};
}

QString PaymentForm::consentError() const {
    return m_consent ? QString() : tr("Agree to the payment rules to continue.");
}

Money PaymentForm::total() const {
    Money sum;
    for (int i = 0; i < itemCount(); ++i) {
        const auto a = amount(i);
        if (!a)
            continue;
        const auto next = sum.plus(*a);
        if (!next)
            return Money::fromKopecks(std::numeric_limits<qint64>::max());
        sum = *next;
    }
    return sum;
}

QString PaymentForm::totalError() const {
    if (itemCount() == 0)
        return tr("There is nothing to pay for on this account.");
    for (int i = 0; i < itemCount(); ++i)
        if (!amount(i))
            return {}; // the field says what is wrong; the total waits for it
    const Money sum = total();
    if (sum.isZero())
        return tr("Enter an amount greater than zero for at least one service.");
    if (sum > m_data.maxOrderTotal)
        return tr("The total must not exceed %1 per payment.").arg(m_data.maxOrderTotal.toText());
    return {};
}

bool PaymentForm::isValid() const {
    if (itemCount() == 0)
        return false;
    for (int i = 0; i < itemCount(); ++i)
        if (!amountError(i).isEmpty())
            return false;
    return totalError().isEmpty() && emailError().isEmpty() && phoneError().isEmpty() && consentError().isEmpty();
}

PaymentOrderRequest PaymentForm::toRequest() const {
    PaymentOrderRequest request;
    for (int i = 0; i < itemCount(); ++i)
        request.items.append({m_data.items.at(i).subAccount, amount(i).value_or(Money())});
    const QString email = m_email.trimmed();
    request.receiptEmail = email;
    request.receiptPhone = m_sms ? normalizedPhone(m_phone) : QString();
    request.consent = m_consent;
    return request;
}

void PaymentForm::restore(const PaymentOrderRequest& request) {
    for (const auto& item : request.items) {
        for (int i = 0; i < itemCount(); ++i)
            if (m_data.items.at(i).subAccount == item.subAccount)
                m_amounts[i] = item.amount.toInputText();
    }
    m_email = request.receiptEmail;
    m_sms = !request.receiptPhone.isEmpty();
    if (m_sms)
        m_phone = request.receiptPhone;
    m_consent = request.consent;
}

QString PaymentForm::normalizedPhone(const QString& phone) {
    QString digits;
    bool plus = false;
    for (qsizetype i = 0; i < phone.size(); ++i) {
        const QChar c = phone.at(i);
        if (c.isDigit() && c.unicode() < 128)
            digits.append(c);
        else if (c == u'+' && digits.isEmpty() && !plus)
            plus = true;
        else if (!c.isSpace() && c != u'-' && c != u'(' && c != u')' && c != u'.')
            return {};
    }
    if (plus && !digits.startsWith(u'7'))
        return {};
    if (digits.size() == 11 && (digits.startsWith(u'7') || (!plus && digits.startsWith(u'8'))))
        digits.remove(0, 1);
    if (digits.size() != 10 || !digits.startsWith(u'9') || (plus && phone.count(u'+') != 1))
        return {};
    return u"+7"_s + digits;
}

} // namespace lkk
