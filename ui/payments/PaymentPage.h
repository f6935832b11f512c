#pragma once

#include "app/payments/PaymentDtos.h"
#include "app/payments/PaymentForm.h"

#include <QList>
#include <QScopedPointer>
#include <QWidget>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Ui {
class PaymentPage;
}

namespace lkk {

class MessageBanner;
class PaymentController;
struct ApiError;

// «Оплата» (manual, section 7, figure 20): the address, the receipt e-mail and the optional SMS
// receipt, one amount per sub-account prefilled with what is due, the live total, the consent to
// the payment rules and «Оплатить». After paying: the bank's page opens in the browser and this
// page waits for the bank's answer («Отменить» cancels the order); a decline, an expiry or a
// cancellation brings the form back as it was, with the reason above it.
class PaymentPage : public QWidget {
    Q_OBJECT
public:
    // `controller` is not owned.
    explicit PaymentPage(PaymentController* controller, QWidget* parent = nullptr);
    ~PaymentPage() override;

    // Opens the page for `accountId` (the header shows `address` until the form arrives). While a
    // payment of the same account is being followed, shows that instead of starting over.
    // `accountToPay` is the account's «К оплате» as its header shows it: when the amounts here add
    // up to more, the page says why.
    void openFor(qint64 accountId, const QString& address, std::optional<Money> accountToPay = std::nullopt);

    const PaymentForm& form() const { return m_form; }
    QLineEdit* emailEdit() const;
    QCheckBox* smsCheck() const;
    QLineEdit* phoneEdit() const;
    QList<QLineEdit*> amountEdits() const { return m_amounts; }
    QList<QLabel*> amountErrors() const { return m_amountErrors; }
    QCheckBox* consentCheck() const;
    QPushButton* payButton() const;
    QPushButton* cancelButton() const;
    QLabel* totalLabel() const;
    QLabel* totalNote() const; // why the total is not the account's «К оплате»
    MessageBanner* banner() const;

signals:
    void backRequested();
    void paid(const lkk::PaymentOrder& order);

protected:
    void changeEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void buildForm(const PaymentFormData& data);
    void clearItems();
    void refresh(); // errors, total and the button from m_form
    void submit();
    void showStage();
    void onFinished(const PaymentOrder& order);
    void onSubmitFailed(const ApiError& error);
    void retranslate();
    void showTotalNote();

    const QScopedPointer<Ui::PaymentPage> m_ui; // the fixed frame; the rows per sub-account are made here
    PaymentController* m_controller;
    PaymentForm m_form;
    QString m_addressText;
    std::optional<Money> m_accountToPay;
    bool m_showAllErrors = false;
    QList<bool> m_touched; // per amount field: edited at least once
    bool m_emailTouched = false;
    bool m_phoneTouched = false;

    QList<QLabel*> m_amountLabels;
    QList<QLineEdit*> m_amounts;
    QList<QLabel*> m_amountErrors;
};

} // namespace lkk
