#include "ui/readings/ReadingsFeature.h"

#include "app/accounts/AccountsStore.h"
#include "app/readings/ReadingsOutbox.h"
#include "app/session/Session.h"
#include "ui/accounts/AccountView.h"
#include "ui/history/HistoryTab.h"
#include "ui/readings/ReadingsHistoryPage.h"
#include "ui/readings/ReadingsSubmitPage.h"

#include <QScrollArea>
#include <QStackedWidget>

using namespace Qt::StringLiterals;

namespace lkk {

ReadingsFeature::ReadingsFeature(Session* session, AccountsStore* store, AccountView* accountView,
                                 QStackedWidget* areaStack, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_store(store)
    , m_accountView(accountView)
    , m_areaStack(areaStack)
    , m_outbox(new ReadingsOutbox(session, this))
    , m_submitPage(new ReadingsSubmitPage(session, m_outbox))
    , m_submitScroll(new QScrollArea(areaStack))
    , m_historyPage(new ReadingsHistoryPage(session)) {
    if (m_session->isSignedIn())
        m_outbox->open(m_session->api()->endpoint().root().toString(), m_session->user().id);

    m_submitScroll->setObjectName(u"readingsSubmitScroll"_s);
    m_submitScroll->setWidgetResizable(true);
    m_submitScroll->setFrameShape(QFrame::NoFrame);
    m_submitScroll->setWidget(m_submitPage);
    m_areaStack->addWidget(m_submitScroll);

    m_accountView->historyTab()->setPage(HistoryTab::Page::Readings, m_historyPage);
    m_historyPage->setAccountId(m_store->currentAccountId());

    connect(m_accountView, &AccountView::readingsRequested, this, &ReadingsFeature::showSubmitPage);
    connect(m_submitPage, &ReadingsSubmitPage::backRequested, this, [this] {
        m_areaStack->setCurrentWidget(m_accountView);
        m_historyPage->reload(); // what was just submitted shows in «Показания»
    });
    connect(m_store, &AccountsStore::currentAccountChanged, m_historyPage, &ReadingsHistoryPage::setAccountId);
}

ReadingsFeature::~ReadingsFeature() = default;

bool ReadingsFeature::isSubmitPageShown() const {
    return m_areaStack->currentWidget() == m_submitScroll;
}

void ReadingsFeature::showSubmitPage() {
    const auto account = m_store->currentAccount();
    if (!account)
        return;
    m_submitPage->setAccount(*account);
    m_areaStack->setCurrentWidget(m_submitScroll);
    m_outbox->retryNow(); // the user is here: try what is pending at once
}

} // namespace lkk
