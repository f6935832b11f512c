#include "ui/appeals/AppealsFeature.h"

#include "app/accounts/AccountsStore.h"
#include "app/appeals/AppealOutbox.h"
#include "app/session/Session.h"
#include "ui/MessageBanner.h"
#include "ui/accounts/AccountView.h"
#include "ui/appeals/AppealDialog.h"
#include "ui/appeals/AppealsTab.h"
#include "ui/appeals/FaqDialog.h"

#include <QScrollArea>
#include <QTabWidget>

using namespace Qt::StringLiterals;

namespace lkk {

AppealsFeature::AppealsFeature(Session* session, AccountsStore* store, AccountView* accountView, MessageBanner* banner,
                               QWidget* window, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_store(store)
    , m_accountView(accountView)
    , m_banner(banner)
    , m_window(window)
    , m_outbox(new AppealOutbox(session, this))
    , m_tab(new AppealsTab(session, m_outbox)) {
    if (m_session->isSignedIn())
        m_outbox->open(m_session->api()->endpoint().root().toString(), m_session->user().id);
    // With an appeal open the tab is tall (list, thread, reply box): in a small window it scrolls
    // instead of making the whole window taller than the screen.
    auto* page = new QScrollArea;
    page->setObjectName(u"appealsTabScroll"_s);
    page->setWidgetResizable(true);
    page->setFrameShape(QFrame::NoFrame);
    page->setWidget(m_tab);
    accountView->setAppealsPage(page);
    m_tab->setAccount(store->currentAccountId());

    connect(store, &AccountsStore::currentAccountChanged, m_tab, &AppealsTab::setAccount);
    connect(store, &AccountsStore::cleared, m_tab, [this] { m_tab->setAccount(0); });
    connect(m_tab, &AppealsTab::newAppealRequested, this, &AppealsFeature::showNewAppeal);
    connect(m_tab, &AppealsTab::unreadCountChanged, this, &AppealsFeature::setUnread);
    // The tab is where people look for what is pending: try it at once.
    connect(accountView->tabs(), &QTabWidget::currentChanged, this, [this] {
        if (m_accountView->tabs()->currentWidget() == m_accountView->appealsPage())
            m_outbox->retryNow();
    });
    connect(m_outbox, &AppealOutbox::sent, this, [this](const QString& key, const AppealThread& thread) {
        const auto entry = m_outbox->entry(key);
        if (!entry || entry->kind != AppealOutbox::Kind::NewAppeal || thread.replay)
            return;
        // Sent from the outbox after the dialog had closed (no connection then): say so.
        if (!m_dialog || m_dialog->accountId() != thread.appeal.accountId || !m_dialog->isVisible())
            m_banner->showMessage(MessageBanner::Type::Info,
                                  tr("Appeal № %1 has been sent to the utility.").arg(thread.appeal.id));
    });
}

AppealsFeature::~AppealsFeature() = default;

AppealDialog* AppealsFeature::dialog() const {
    return m_dialog;
}

FaqDialog* AppealsFeature::faqDialog() const {
    return m_faq;
}

void AppealsFeature::showNewAppeal() {
    openDialog(false);
}

void AppealsFeature::showQuestion() {
    openDialog(true);
}

void AppealsFeature::openDialog(bool question) {
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    const auto mode = question ? AppealDialog::Mode::Question : AppealDialog::Mode::NewAppeal;
    m_dialog = new AppealDialog(m_session, m_outbox, m_store->accounts(), m_store->currentAccountId(), mode, m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &AppealDialog::appealSent, this, [this](const AppealThread& thread) {
        m_banner->showMessage(MessageBanner::Type::Info,
                              tr("Appeal № %1 has been sent. The answer will appear in «Appeals» of the account, and "
                                 "we will write to you by e-mail.")
                                  .arg(thread.appeal.id));
        if (m_store->currentAccountId() != thread.appeal.accountId)
            m_store->select(thread.appeal.accountId);
        m_accountView->tabs()->setCurrentWidget(m_accountView->appealsPage());
        m_tab->reload();
        m_tab->openAppeal(thread.appeal.id);
    });
    connect(m_dialog, &AppealDialog::appealQueued, this, [this] {
        m_banner->showMessage(MessageBanner::Type::Warning,
                              tr("No connection to the server. The appeal is kept and will be sent as soon as the "
                                 "connection is back."));
    });
    m_dialog->open();
}

void AppealsFeature::showFaq() {
    if (m_faq) {
        m_faq->raise();
        m_faq->activateWindow();
        return;
    }
    m_faq = new FaqDialog(m_session->api(), nullptr, true, m_window);
    m_faq->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_faq, &FaqDialog::askRequested, this, &AppealsFeature::showQuestion);
    m_faq->show();
}

void AppealsFeature::setUnread(qint64 accountId, int unread) {
    auto account = m_store->account(accountId);
    if (!account || account->unreadAppeals == unread)
        return;
    account->unreadAppeals = unread;
    m_store->upsert(*account); // the tab's text and «Ваши счета» follow
}

} // namespace lkk
