#include "ui/payments/PaymentsFeature.h"

#include "app/accounts/AccountsStore.h"
#include "app/payments/PaymentController.h"
#include "ui/MessageBanner.h"
#include "ui/accounts/AccountView.h"
#include "ui/history/HistoryTab.h"
#include "ui/payments/PaymentPage.h"
#include "ui/payments/PaymentsPage.h"

#include <QStackedWidget>
#include <QTabWidget>

using namespace Qt::StringLiterals;

namespace lkk {

PaymentsFeature::PaymentsFeature(Session* session, AccountsStore* store, AccountView* accountView,
                                 QStackedWidget* areaStack, MessageBanner* banner, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_store(store)
    , m_accountView(accountView)
    , m_areaStack(areaStack)
    , m_banner(banner)
    , m_controller(new PaymentController(session, &m_drafts, this))
    , m_paymentsPage(new PaymentsPage(session))
    , m_paymentPage(new PaymentPage(m_controller, areaStack)) {
    accountView->historyTab()->setPage(HistoryTab::Page::Payments, m_paymentsPage);
    areaStack->addWidget(m_paymentPage);

    connect(accountView, &AccountView::payRequested, this, &PaymentsFeature::showPaymentPage);
    connect(store, &AccountsStore::currentAccountChanged, m_paymentsPage, &PaymentsPage::setAccount);
    connect(store, &AccountsStore::cleared, m_paymentsPage, [this] { m_paymentsPage->setAccount(0); });
    connect(m_paymentPage, &PaymentPage::backRequested, this, &PaymentsFeature::backToAccount);
    connect(m_paymentPage, &PaymentPage::paid, this, [this](const PaymentOrder& order) {
        // The amount to pay drops (the server subtracts the new payments) and the new rows show up
        // in «Оплаты», where the user is taken with the good news.
        const qint64 accountId = order.accountId ? order.accountId : m_controller->accountId();
        m_banner->showMessage(MessageBanner::Type::Info,
                              tr("Payment successful: %1 paid for the personal account № %2.")
                                  .arg(order.total.toText(), m_store->account(accountId)
                                                                 ? m_store->account(accountId)->number
                                                                 : QString::number(accountId)));
        m_store->refresh();
        if (accountId == m_store->currentAccountId()) {
            m_store->select(accountId);
            m_accountView->tabs()->setCurrentWidget(m_accountView->historyTab());
            m_accountView->historyTab()->showPage(HistoryTab::Page::Payments);
            m_paymentsPage->reload();
        }
        backToAccount();
    });
}

PaymentsFeature::~PaymentsFeature() = default;

void PaymentsFeature::showPaymentPage() {
    const auto account = m_store->currentAccount();
    if (!account)
        return;
    m_paymentPage->openFor(account->id, account->address, account->toPay);
    m_areaStack->setCurrentWidget(m_paymentPage);
}

void PaymentsFeature::backToAccount() {
    if (m_areaStack->currentWidget() == m_paymentPage)
        m_areaStack->setCurrentWidget(m_accountView);
}

} // namespace lkk
