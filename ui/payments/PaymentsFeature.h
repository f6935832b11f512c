#pragma once

#include "app/payments/PaymentDraftStore.h"

#include <QObject>

class QStackedWidget;

namespace lkk {

class AccountView;
class AccountsStore;
class MessageBanner;
class PaymentController;
class PaymentPage;
class PaymentsPage;
class Session;

// Puts payments into the main window with one line there: the «Оплаты» page in «История»
// (following the selected account), the «Оплата» page in the account area (opened by the
// account's «Оплатить»), and what a finished payment changes (the account's toPay, the list).
class PaymentsFeature : public QObject {
    Q_OBJECT
public:
    PaymentsFeature(Session* session, AccountsStore* store, AccountView* accountView, QStackedWidget* areaStack,
                    MessageBanner* banner, QObject* parent = nullptr);
    ~PaymentsFeature() override;

    PaymentsPage* paymentsPage() const { return m_paymentsPage; }
    PaymentPage* paymentPage() const { return m_paymentPage; }
    PaymentController* controller() const { return m_controller; }

    void showPaymentPage(); // for the selected account

private:
    void backToAccount();

    Session* m_session;
    AccountsStore* m_store;
    AccountView* m_accountView;
    QStackedWidget* m_areaStack;
    MessageBanner* m_banner;
    PaymentDraftStore m_drafts;
    PaymentController* m_controller;
    PaymentsPage* m_paymentsPage;
    PaymentPage* m_paymentPage;
};

} // namespace lkk
