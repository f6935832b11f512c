#pragma once

#include "app/payments/PaymentDtos.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace lkk {

// The state and the client-side rules of the payment page (docs/manual.md §7): one
// amount per sub-account (prefilled with what is due), the receipt channels (e-mail, and SMS when
// chosen) and the consent. Pure logic, no widgets: the page shows what this says next to each
// field, and «Оплатить» is enabled only when isValid().
//
// Rules: each amount is empty-free Money text, ≥ 0, at most two decimals and at most the order
// limit; at least one amount > 0; the total ≤ maxOrderTotal; a valid e-mail, or SMS chosen with a
// valid phone (an e-mail given while SMS is chosen must still be valid); consent.
class PaymentForm {
    Q_DECLARE_TR_FUNCTIONS(lkk::PaymentForm)
public:
    PaymentForm() = default;
    explicit PaymentForm(const PaymentFormData& data) { setData(data); }

    // Resets every field: amounts = due, e-mail and phone from the profile, SMS off, no consent.
    void setData(const PaymentFormData& data);
    const PaymentFormData& data() const { return m_data; }
    int itemCount() const { return static_cast<int>(m_amounts.size()); }

    void setAmountText(int index, const QString& text);
    QString amountText(int index) const;
    void setEmail(const QString& email) { m_email = email; }
    QString email() const { return m_email; }
    void setSmsReceipt(bool on) { m_sms = on; }
    bool smsReceipt() const { return m_sms; }
    void setPhone(const QString& phone) { m_phone = phone; }
    QString phone() const { return m_phone; }
    void setConsent(bool consent) { m_consent = consent; }
    bool consent() const { return m_consent; }

    // The amount when its text is valid.
    std::optional<Money> amount(int index) const;
    // Empty when the field is fine; otherwise a short translated message for next to it.
    QString amountError(int index) const;
    QString emailError() const;
    QString phoneError() const; // only while SMS is chosen
    QString consentError() const;
    // About the amounts as a whole: nothing to pay, or the total over the limit.
    QString totalError() const;

    // Σ of the valid amounts (nullopt on overflow, which the limit check reports too).
    Money total() const;
    bool isValid() const;

    // The order to send (valid forms only): every item with its amount (0 included, the server
    // skips those when paying), the receipt channels in wire form.
    PaymentOrderRequest toRequest() const;
    // Puts a saved draft back: amounts by sub-account, receipt channels and consent.
    void restore(const PaymentOrderRequest& request);

    // "+7 913 123-45-67", "8 913 1234567", "9131234567" -> "+79131234567"; empty when not a number.
    static QString normalizedPhone(const QString& phone);

private:
    PaymentFormData m_data;
    QList<QString> m_amounts;
    QString m_email;
    QString m_phone;
    bool m_sms = false;
    bool m_consent = false;
};

} // namespace lkk
