#include "ui/MainWindow.h"

#include "ui/AppMenus.h"
#include "ui/ConnectionTrouble.h"
#include "ui/MessageBanner.h"
#include "ui/StyleRole.h"
#include "ui/accounts/AccountView.h"
#include "ui/accounts/AccountsSidebar.h"
#include "ui/accounts/AddAccountPage.h"
#include "ui/accounts/ControlQuestionDialog.h"
#include "ui/accounts/MeterListDialog.h"
#include "ui/accounts/RequisitesTab.h"
#include "ui/accounts/TariffHistoryDialog.h"
#include "ui/appeals/AppealsFeature.h"
#include "ui/bills/BillsPage.h"
#include "ui/history/HistoryTab.h"
#include "ui/payments/PaymentsFeature.h"
#include "ui/payments/PaymentsPage.h"
#include "ui/readings/ReadingsFeature.h"
#include "ui/readings/ReadingsHistoryPage.h"
#include "ui/registration/ProfileDialog.h"

#include "app/accounts/AccountListModel.h"
#include "app/accounts/AccountsStore.h"
#include "app/accounts/LinkAccountController.h"
#include "app/session/Session.h"
#include "app/settings/AppSettings.h"
#include "generated/branding.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lkk {

MainWindow::MainWindow(Session* session, AppSettings* settings, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_settings(settings)
    , m_menus(new AppMenus(this))
    , m_store(new AccountsStore(session, this))
    , m_accountModel(new AccountListModel(this))
    , m_link(new LinkAccountController(session, m_store, this))
    , m_trouble(new ConnectionTrouble(this)) {
    setObjectName(u"MainWindow"_s);
    // The accounts are asked for before the window is built, so that the server answers meanwhile
    // (the answer is handled by the event loop, once everything below is wired).
    if (m_session->isSignedIn())
        m_store->refresh();
    m_accountModel->setStore(m_store);

    auto* central = new QWidget(this);
    central->setObjectName(u"centralArea"_s);
    auto* column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);

    // Header bar: logo and name on the left, the user's menu on the right (docs/manual.md §4).
    auto* header = new QFrame(central);
    header->setObjectName(u"headerBar"_s);
    auto* headerRow = new QHBoxLayout(header);
    headerRow->setContentsMargins(16, 8, 12, 8);
    headerRow->setSpacing(10);
    auto* logo = new QLabel(header);
    logo->setObjectName(u"headerLogo"_s);
    logo->setPixmap(QIcon(u":/icons/logo.svg"_s).pixmap(QSize(32, 32), devicePixelRatioF()));
    headerRow->addWidget(logo);
    m_appName = new QLabel(header);
    m_appName->setObjectName(u"appNameLabel"_s);
    m_appName->setWordWrap(true); // a narrow window: «Личный / кабинет» on two lines
    headerRow->addWidget(m_appName);
    headerRow->addStretch(1);

    m_userButton = new QToolButton(header);
    m_userButton->setObjectName(u"userButton"_s);
    m_userButton->setPopupMode(QToolButton::InstantPopup);
    m_userButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_userButton->setIcon(QIcon(u":/icons/user-light.svg"_s));
    auto* userMenu = new QMenu(m_userButton);
    userMenu->setObjectName(u"userMenu"_s);
    m_profileAction = userMenu->addAction(QIcon(u":/icons/user.svg"_s), QString());
    m_profileAction->setObjectName(u"profileAction"_s);
    userMenu->addSeparator();
    m_signOutAction = m_menus->signOutAction(); // the same action in the menu bar's «Кабинет»
    userMenu->addAction(m_signOutAction);
    m_userButton->setMenu(userMenu);
    headerRow->addWidget(m_userButton);
    column->addWidget(header);

    m_banner = new MessageBanner(central);
    m_banner->setObjectName(u"mainBanner"_s);
    auto* bannerHolder = new QVBoxLayout;
    bannerHolder->setContentsMargins(12, 8, 12, 0);
    bannerHolder->addWidget(m_banner);
    column->addLayout(bannerHolder);

    auto* splitter = new QSplitter(Qt::Horizontal, central);
    splitter->setObjectName(u"mainSplitter"_s);
    splitter->setChildrenCollapsible(false);

    m_sidebar = new AccountsSidebar(splitter);
    m_sidebar->setModel(m_accountModel);

    // The account area: the selected account, the «Добавить лицевой счёт» page, or (no account
    // selected) an invitation to link one — the manual's main page (docs/manual.md §2).
    auto* area = new QFrame(splitter);
    area->setObjectName(u"accountArea"_s);
    auto* areaColumn = new QVBoxLayout(area);
    areaColumn->setContentsMargins(24, 16, 24, 16);
    m_areaStack = new QStackedWidget(area);
    m_areaStack->setObjectName(u"accountAreaStack"_s);
    areaColumn->addWidget(m_areaStack);

    m_welcomePage = new QWidget(m_areaStack);
    m_welcomePage->setObjectName(u"welcomePage"_s);
    auto* welcomeColumn = new QVBoxLayout(m_welcomePage);
    welcomeColumn->addStretch(1);
    auto* welcomeIcon = new QLabel(m_welcomePage);
    welcomeIcon->setPixmap(QIcon(u":/icons/account-add.svg"_s).pixmap(QSize(64, 64), devicePixelRatioF()));
    welcomeIcon->setAlignment(Qt::AlignHCenter);
    welcomeColumn->addWidget(welcomeIcon);
    m_welcomeTitle = new QLabel(m_welcomePage);
    m_welcomeTitle->setObjectName(u"welcomeTitle"_s);
    m_welcomeTitle->setAlignment(Qt::AlignHCenter);
    m_welcomeTitle->setWordWrap(true);
    welcomeColumn->addWidget(m_welcomeTitle);
    m_welcomeText = new QLabel(m_welcomePage);
    m_welcomeText->setObjectName(u"accountAreaPlaceholder"_s);
    m_welcomeText->setAlignment(Qt::AlignHCenter);
    m_welcomeText->setWordWrap(true);
    welcomeColumn->addWidget(m_welcomeText);
    m_welcomeAdd = new QPushButton(m_welcomePage);
    m_welcomeAdd->setObjectName(u"welcomeAddButton"_s);
    setStyleRole(m_welcomeAdd, StyleRole::Primary);
    m_welcomeAdd->setCursor(Qt::PointingHandCursor);
    welcomeColumn->addSpacing(8);
    welcomeColumn->addWidget(m_welcomeAdd, 0, Qt::AlignHCenter);
    welcomeColumn->addStretch(2);
    m_areaStack->addWidget(m_welcomePage);

    m_accountView = new AccountView(m_areaStack);
    m_areaStack->addWidget(m_accountView);

    m_addPage = new AddAccountPage;
    auto* addScroll = new QScrollArea(m_areaStack);
    addScroll->setObjectName(u"addAccountScroll"_s);
    addScroll->setWidgetResizable(true);
    addScroll->setFrameShape(QFrame::NoFrame);
    addScroll->setWidget(m_addPage);
    m_areaStack->addWidget(addScroll);
    m_addScroll = addScroll;

    splitter->addWidget(m_sidebar);
    splitter->addWidget(area);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({320, 780});
    column->addWidget(splitter, 1);

    central->setLayout(column);
    setCentralWidget(central);
    buildMenus();
    retranslate();
    wireAccounts();
    // «История» › «Платёжный документ»; the page follows the current account itself.
    auto* bills = new BillsPage(m_session, m_store);
    bills->setConnectionTrouble(m_trouble);
    m_accountView->historyTab()->setPage(HistoryTab::Page::Bills, bills);
    m_payments = new PaymentsFeature(m_session, m_store, m_accountView, m_areaStack, m_banner, this);
    m_payments->paymentsPage()->setConnectionTrouble(m_trouble);
    m_readings = new ReadingsFeature(m_session, m_store, m_accountView, m_areaStack, this);
    m_readings->historyPage()->setConnectionTrouble(m_trouble);
    m_appeals = new AppealsFeature(m_session, m_store, m_accountView, m_banner, this, this);
    connect(m_faqAction, &QAction::triggered, m_appeals, &AppealsFeature::showFaq);
    connect(m_askAction, &QAction::triggered, m_appeals, &AppealsFeature::showQuestion);

    connect(m_profileAction, &QAction::triggered, this, &MainWindow::showProfile);
    connect(m_signOutAction, &QAction::triggered, this, &MainWindow::signOutRequested);
    connect(m_session, &Session::userChanged, this, &MainWindow::showUser);
    // Ctrl+Q and the session manager end the application without closing this window first.
    connect(qApp, &QCoreApplication::aboutToQuit, this, &MainWindow::saveWindowState);
    showUser(m_session->user());

    // The first size fits a 1366×768 screen (and smaller) with its panel.
    QSize first(1180, 760);
    if (const QScreen* shown = screen())
        first = first.boundedTo(shown->availableGeometry().size());
    resize(first);
    const QByteArray geometry = m_settings->value(AppSettings::Key::MainWindowGeometry).toByteArray();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray state = m_settings->value(AppSettings::Key::MainWindowState).toByteArray();
    if (!state.isEmpty())
        restoreState(state);
}

MainWindow::~MainWindow() = default;

void MainWindow::wireAccounts() {
    connect(m_sidebar, &AccountsSidebar::addAccountRequested, this, &MainWindow::showAddAccount);
    connect(m_welcomeAdd, &QPushButton::clicked, this, &MainWindow::showAddAccount);
    connect(m_sidebar, &AccountsSidebar::accountActivated, this, [this](qint64 id) {
        m_store->select(id);
        showAccountArea(); // choosing an account leaves the add-account page too
    });
    connect(m_sidebar, &AccountsSidebar::unlinkRequested, m_store, &AccountsStore::unlink);

    connect(m_store, &AccountsStore::accountsChanged, this, [this] {
        m_sidebar->setLoading(false);
        m_sidebar->selectAccount(m_store->currentAccountId());
        // A refreshed list leaves the user where they are: the add-account page, or a task page
        // (readings, payment) of an account that is still there.
        if (m_areaStack->currentWidget() != m_addScroll && !(isAccountTaskShown() && m_store->currentAccount()))
            showAccountArea();
    });
    connect(m_store, &AccountsStore::currentAccountChanged, this, [this](qint64 id) {
        m_sidebar->selectAccount(id);
        showCurrentAccount();
        if (m_areaStack->currentWidget() != m_addScroll)
            showAccountArea(); // a task page belongs to the account that was current
    });
    connect(m_store, &AccountsStore::accountChanged, this, [this](qint64 id) {
        if (id == m_store->currentAccountId())
            showCurrentAccount();
    });
    connect(m_store, &AccountsStore::requisitesChanged, this, [this](qint64 id) {
        if (id == m_store->currentAccountId()) {
            m_accountView->requisitesTab()->setRequisites(m_store->requisites(id));
            m_store->loadCoHolders(id);
        }
    });
    connect(m_store, &AccountsStore::coHoldersChanged, this, [this](qint64 id) {
        if (id == m_store->currentAccountId())
            m_accountView->requisitesTab()->setCoHolders(m_store->coHolders(id).value_or(QList<CoHolder>()));
    });
    connect(m_accountView->requisitesTab(), &RequisitesTab::removeCoHolderRequested, this,
            [this](qint64 linkId) { m_store->removeCoHolder(m_store->currentAccountId(), linkId); });
    connect(m_store, &AccountsStore::loadingChanged, this, [this](AccountsStore::Topic topic, qint64 id, bool) {
        if (topic == AccountsStore::Topic::List) {
            const bool loading = m_store->isLoading(AccountsStore::Topic::List);
            m_sidebar->setLoading(loading && !m_store->isListLoaded());
            m_sidebar->setRefreshing(loading && m_store->isListLoaded());
        } else if ((topic == AccountsStore::Topic::Account || topic == AccountsStore::Topic::Requisites) &&
                   id == m_store->currentAccountId()) {
            m_accountView->setRefreshing(m_store->isLoading(AccountsStore::Topic::Account, id) ||
                                         m_store->isLoading(AccountsStore::Topic::Requisites, id));
        }
    });
    // The server cannot be reached or cannot serve now: one message for the whole window, whichever
    // part noticed, with one «Повторить» for all of them; what was shown stays.
    connect(m_trouble, &ConnectionTrouble::reported, this, [this](const ApiError& error) {
        m_sidebar->setLoading(false);
        m_banner->showMessage(MessageBanner::Type::Error, error.message, tr("Retry"));
    });
    connect(m_store, &AccountsStore::failed, this,
            [this](AccountsStore::Topic topic, qint64 id, const ApiError& error) {
                if (ConnectionTrouble::isTemporary(error) && topic != AccountsStore::Topic::Meters &&
                    topic != AccountsStore::Topic::TariffHistory) {
                    if (topic == AccountsStore::Topic::Requisites && id == m_store->currentAccountId()) {
                        m_accountView->requisitesTab()->showNotLoaded();
                        m_trouble->report(error, m_accountView->requisitesTab(), [this, id] {
                            m_accountView->requisitesTab()->setRequisites(m_store->requisites(id));
                            m_store->loadRequisites(id);
                        });
                    } else
                        m_trouble->report(error, nullptr, {});
                    return;
                }
                switch (topic) {
                case AccountsStore::Topic::List:
                    m_sidebar->setLoading(false);
                    m_banner->showMessage(MessageBanner::Type::Error,
                                          tr("Could not load your accounts: %1").arg(error.message), tr("Retry"));
                    break;
                case AccountsStore::Topic::Requisites:
                    if (id == m_store->currentAccountId())
                        m_accountView->requisitesTab()->showError(
                            tr("Could not load the requisites: %1").arg(error.message));
                    break;
                case AccountsStore::Topic::Account:
                case AccountsStore::Topic::Unlink:
                case AccountsStore::Topic::CoHolders:
                    m_banner->showMessage(MessageBanner::Type::Error, error.message);
                    break;
                case AccountsStore::Topic::Meters:
                case AccountsStore::Topic::TariffHistory:
                    break; // shown in their dialogs
                }
            });
    // Only a failed list or connection offers «Повторить» in this banner (other messages show no
    // action): the list again, and every page that could not load.
    connect(m_banner, &MessageBanner::actionTriggered, m_store, [this] {
        m_banner->hide();
        m_store->refresh();
        m_trouble->retryAll();
    });
    connect(m_store, &AccountsStore::unlinked, this, [this](qint64) {
        m_banner->showMessage(MessageBanner::Type::Info, tr("The personal account has been unlinked."));
    });

    RequisitesTab* requisites = m_accountView->requisitesTab();
    connect(requisites, &RequisitesTab::tariffHistoryRequested, this, [this](qint64 contractId, const QString& title) {
        auto* dialog = new TariffHistoryDialog(m_store, m_store->currentAccountId(), contractId, title, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(requisites, &RequisitesTab::metersRequested, this, [this](qint64, const QString&) {
        const auto account = m_store->currentAccount();
        if (!account)
            return;
        auto* dialog = new MeterListDialog(m_store, account->id, account->address, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });

    // Linking (docs/manual.md §5): the page asks, the controller talks to the server.
    connect(m_addPage, &AddAccountPage::backRequested, this, [this] {
        m_link->cancel();
        m_addPage->clearMessages();
        showAccountArea();
    });
    connect(m_addPage, &AddAccountPage::linkRequested, this, [this](const QString& number, const QString& relation) {
        m_link->start(number, relationFromWire(relation).value_or(Relation::Owner));
    });
    connect(m_link, &LinkAccountController::busyChanged, this, [this](bool busy) {
        const bool confirming = m_link->stage() == LinkAccountController::Stage::Confirming;
        if (m_questionDialog && (confirming || !busy))
            m_questionDialog->setBusy(busy);
        if (!confirming)
            m_addPage->setBusy(busy);
    });
    connect(m_link, &LinkAccountController::questionsReady, this, &MainWindow::openQuestions);
    connect(m_link, &LinkAccountController::failed, this,
            [this](LinkAccountController::Field field, const QString& message) {
                if (m_questionDialog) {
                    if (field == LinkAccountController::Field::Answer)
                        m_questionDialog->setWrongAnswer(message, -1);
                    else
                        m_questionDialog->showError(message);
                    return;
                }
                m_addPage->setBusy(false);
                if (field == LinkAccountController::Field::Number)
                    m_addPage->setNumberError(message);
                else
                    m_addPage->showError(message);
            });
    connect(m_link, &LinkAccountController::wrongAnswer, this, [this](const QString& message, int attemptsLeft) {
        if (m_questionDialog)
            m_questionDialog->setWrongAnswer(message, attemptsLeft);
    });
    connect(m_link, &LinkAccountController::locked, this, [this](const QString& message, const QDateTime&) {
        if (m_questionDialog)
            m_questionDialog->setLocked(message);
        else
            m_addPage->showError(message);
    });
    connect(m_link, &LinkAccountController::challengeExpired, this, [this](const QString& message) {
        closeQuestions();
        m_addPage->setBusy(false);
        m_addPage->showError(message);
    });
    connect(m_link, &LinkAccountController::linked, this, [this](const AccountSummary& account) {
        closeQuestions();
        m_addPage->reset();
        m_banner->showMessage(MessageBanner::Type::Info,
                              tr("The personal account № %1 has been linked.").arg(account.number));
        m_store->select(account.id);
        showAccountArea();
    });

    if (m_session->isSignedIn())
        m_sidebar->setLoading(true); // the list was asked for in the constructor
}

void MainWindow::showAddAccount() {
    m_addPage->reset();
    m_areaStack->setCurrentWidget(m_addScroll);
    m_addPage->focusNumber();
}

void MainWindow::showAccountArea() {
    if (m_store->currentAccount())
        m_areaStack->setCurrentWidget(m_accountView);
    else
        m_areaStack->setCurrentWidget(m_welcomePage);
}

bool MainWindow::isAccountTaskShown() const {
    const QWidget* shown = m_areaStack->currentWidget();
    return shown != m_accountView && shown != m_welcomePage && shown != m_addScroll;
}

void MainWindow::showCurrentAccount() {
    const auto account = m_store->currentAccount();
    if (account) {
        // Instant: the header from the cached list, the requisites from the cache (if seen before);
        // the store refreshes both in the background.
        m_accountView->setAccount(*account);
        m_accountView->requisitesTab()->setRequisites(m_store->requisites(account->id));
        m_accountView->requisitesTab()->setCoHolders(m_store->coHolders(account->id).value_or(QList<CoHolder>()));
        m_accountView->setRefreshing(m_store->isLoading(AccountsStore::Topic::Account, account->id) ||
                                     m_store->isLoading(AccountsStore::Topic::Requisites, account->id));
    }
    if (m_areaStack->currentWidget() == m_welcomePage)
        showAccountArea();
}

void MainWindow::openQuestions() {
    closeQuestions();
    auto* dialog = new ControlQuestionDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QList<ControlQuestionDialog::Question> questions;
    for (const LinkQuestion& q : m_link->challenge().questions)
        questions.append({q.id, q.text});
    dialog->setAccountNumber(m_addPage->number());
    dialog->setQuestions(questions);
    connect(dialog, &ControlQuestionDialog::confirmRequested, m_link, &LinkAccountController::confirm);
    connect(dialog, &QDialog::rejected, this, [this] {
        // Cancelled (or closed after a lock): back to the page with the number kept.
        m_link->cancel();
        m_addPage->setBusy(false);
        m_addPage->focusNumber();
    });
    m_questionDialog = dialog;
    dialog->open();
}

void MainWindow::closeQuestions() {
    if (!m_questionDialog)
        return;
    ControlQuestionDialog* dialog = m_questionDialog;
    m_questionDialog = nullptr;
    dialog->disconnect(this);
    dialog->close();
}

void MainWindow::buildMenus() {
    // F1 opens the questions and answers: help about the cabinet, what people press F1 for.
    m_faqAction = m_menus->addHelpAction(u"faqAction"_s);
    m_faqAction->setShortcut(QKeySequence(Qt::Key_F1));
    m_faqAction->setShortcutContext(Qt::ApplicationShortcut);
    m_askAction = m_menus->addHelpAction(u"askQuestionAction"_s);
}

void MainWindow::retranslate() {
    setWindowTitle(tr("Personal cabinet — %1").arg(QLatin1StringView(branding::appName)));
    m_appName->setText(tr("Personal cabinet"));
    m_profileAction->setText(tr("Profile"));
    // Signing out and quitting sit in one menu: the two names must not be confused.
    m_signOutAction->setText(tr("Sign out of the cabinet"));
    m_menus->retranslate();
    m_faqAction->setText(tr("&Questions and answers"));
    m_askAction->setText(tr("&Ask a question…"));
    m_welcomeTitle->setText(tr("Welcome to the personal cabinet"));
    m_welcomeText->setText(tr("Link your personal account to see the amount to pay, the account's requisites "
                              "and meters. You will need the account number and your latest bill."));
    m_welcomeAdd->setText(tr("Add a personal account"));
    showUser(m_session->user());
}

void MainWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::showUser(const Profile& user) {
    QString name = user.displayName().trimmed();
    if (name.isEmpty())
        name = user.email;
    // A long name is shortened in the header (the whole of it in the tooltip), so that it does not
    // set the window's minimum width.
    const int room = m_userButton->fontMetrics().averageCharWidth() * 28;
    m_userButton->setText(m_userButton->fontMetrics().elidedText(name, Qt::ElideRight, room));
    m_userButton->setToolTip(tr("Profile and sign-out") + u'\n' + name);
    m_userButton->setAccessibleName(tr("User menu: %1").arg(name));
}

void MainWindow::showProfile() {
    auto* dialog = new ProfileDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::saveWindowState() {
    m_settings->setValue(AppSettings::Key::MainWindowGeometry, saveGeometry());
    m_settings->setValue(AppSettings::Key::MainWindowState, saveState());
}

void MainWindow::closeEvent(QCloseEvent* event) {
    saveWindowState();
    QMainWindow::closeEvent(event);
}

} // namespace lkk
