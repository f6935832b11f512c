#include "MainWindow.h"

#include "AboutDialog.h"
#include "MessageBanner.h"
#include "ProfileDialog.h"

#include "branding.h"
#include "session/Session.h"
#include "settings/AppSettings.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lkk {

MainWindow::MainWindow(Session* session, AppSettings* settings, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_settings(settings) {
    setObjectName(u"MainWindow"_s);

    auto* central = new QWidget(this);
    central->setObjectName(u"centralArea"_s);
    auto* column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);

    // Header bar: logo and name on the left, the user's menu on the right (manual, section 4).
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
    m_signOutAction = userMenu->addAction(QIcon(u":/icons/logout.svg"_s), QString());
    m_signOutAction->setObjectName(u"signOutAction"_s);
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

    auto* sidebar = new QFrame(splitter);
    sidebar->setObjectName(u"accountsSidebar"_s);
    sidebar->setMinimumWidth(240);
    auto* sideColumn = new QVBoxLayout(sidebar);
    sideColumn->setContentsMargins(16, 16, 16, 16);
    sideColumn->setSpacing(10);
    m_addAccount = new QPushButton(sidebar);
    m_addAccount->setObjectName(u"addAccountButton"_s);
    m_addAccount->setIcon(QIcon(u":/icons/account-add.svg"_s));
    m_addAccount->setEnabled(false);
    sideColumn->addWidget(m_addAccount);
    m_accountsTitle = new QLabel(sidebar);
    m_accountsTitle->setObjectName(u"accountsTitle"_s);
    sideColumn->addWidget(m_accountsTitle);
    m_accountsEmpty = new QLabel(sidebar);
    m_accountsEmpty->setObjectName(u"accountsEmptyLabel"_s);
    m_accountsEmpty->setWordWrap(true);
    sideColumn->addWidget(m_accountsEmpty);
    sideColumn->addStretch(1);

    auto* area = new QFrame(splitter);
    area->setObjectName(u"accountArea"_s);
    auto* areaColumn = new QVBoxLayout(area);
    areaColumn->setContentsMargins(32, 32, 32, 32);
    m_placeholder = new QLabel(area);
    m_placeholder->setObjectName(u"accountAreaPlaceholder"_s);
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    areaColumn->addWidget(m_placeholder, 1);

    splitter->addWidget(sidebar);
    splitter->addWidget(area);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({300, 700});
    column->addWidget(splitter, 1);

    central->setLayout(column);
    setCentralWidget(central);
    buildMenus();
    retranslate();

    connect(m_profileAction, &QAction::triggered, this, &MainWindow::showProfile);
    connect(m_signOutAction, &QAction::triggered, this, &MainWindow::signOutRequested);
    connect(m_session, &Session::userChanged, this, &MainWindow::showUser);
    // Ctrl+Q and the session manager end the application without closing this window first.
    connect(qApp, &QCoreApplication::aboutToQuit, this, &MainWindow::saveWindowState);
    showUser(m_session->user());

    resize(1100, 720);
    const QByteArray geometry = m_settings->value(AppSettings::Key::MainWindowGeometry).toByteArray();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray state = m_settings->value(AppSettings::Key::MainWindowState).toByteArray();
    if (!state.isEmpty())
        restoreState(state);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus() {
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(u"fileMenu"_s);
    m_fileMenu->addAction(m_signOutAction);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString());
    m_quitAction->setObjectName(u"quitAction"_s);
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setShortcutContext(Qt::ApplicationShortcut);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, [] { QCoreApplication::quit(); });

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(u"helpMenu"_s);
    m_aboutAction = m_helpMenu->addAction(QString());
    m_aboutAction->setObjectName(u"aboutAction"_s);
    m_aboutAction->setShortcut(QKeySequence(Qt::Key_F1));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::retranslate() {
    setWindowTitle(tr("Personal cabinet — %1").arg(QLatin1StringView(branding::appName)));
    m_appName->setText(tr("Personal cabinet"));
    m_profileAction->setText(tr("Profile"));
    m_signOutAction->setText(tr("Sign out"));
    m_fileMenu->setTitle(tr("&Cabinet"));
    m_quitAction->setText(tr("&Quit"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About %1").arg(QLatin1StringView(branding::appName)));
    m_userButton->setToolTip(tr("Profile and sign-out"));
    m_addAccount->setText(tr("Add a personal account"));
    m_addAccount->setToolTip(tr("Linking a personal account comes in the next version of the application."));
    m_accountsTitle->setText(tr("Your accounts"));
    m_accountsEmpty->setText(tr("No personal accounts are linked yet. Link your account by its number from "
                                "the bill to see balances, bills and meters here."));
    m_placeholder->setText(tr("Linking personal accounts comes in the next version of the application.\n"
                              "After that, the account's bills, payments and meter readings will appear here."));
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
    m_userButton->setText(name);
    m_userButton->setAccessibleName(tr("User menu: %1").arg(name));
}

void MainWindow::showProfile() {
    auto* dialog = new ProfileDialog(m_session->user(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showAbout() {
    auto* dialog = new AboutDialog(this);
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
