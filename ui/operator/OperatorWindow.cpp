#include "ui/operator/OperatorWindow.h"

#include "app/session/Session.h"
#include "generated/branding.h"
#include "ui/AboutDialog.h"
#include "ui/appeals/AppealsQueueView.h"
#include "ui/operator/OperatorWorkspace.h"
#include "ui/operator/ShortcutsDialog.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QStatusBar>
#include <QTabWidget>

using namespace Qt::StringLiterals;

namespace lkk {

OperatorWindow::OperatorWindow(Session* session, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_workspace(new OperatorWorkspace(session, this))
    , m_queue(new AppealsQueueView(session))
    , m_user(new QLabel(this)) {
    setObjectName(u"OperatorWindow"_s);
    setCentralWidget(m_workspace);
    m_workspace->addQueueTab(m_queue, QString()); // titled in retranslate()
    m_user->setObjectName(u"operatorUserLabel"_s);
    statusBar()->addPermanentWidget(m_user);

    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(u"fileMenu"_s);
    m_signOutAction = m_fileMenu->addAction(QIcon(u":/icons/logout.svg"_s), QString());
    m_signOutAction->setObjectName(u"signOutAction"_s);
    connect(m_signOutAction, &QAction::triggered, this, &OperatorWindow::signOutRequested);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString());
    m_quitAction->setObjectName(u"quitAction"_s);
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setShortcutContext(Qt::ApplicationShortcut);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, [] { QCoreApplication::quit(); });

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(u"helpMenu"_s);
    m_shortcutsAction = m_helpMenu->addAction(QString());
    m_shortcutsAction->setObjectName(u"shortcutsAction"_s);
    m_shortcutsAction->setShortcut(QKeySequence(Qt::Key_F1));
    connect(m_shortcutsAction, &QAction::triggered, this, &OperatorWindow::showShortcuts);
    m_helpMenu->addSeparator();
    m_aboutAction = m_helpMenu->addAction(QString());
    m_aboutAction->setObjectName(u"aboutAction"_s);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        auto* about = new AboutDialog(this);
        about->setAttribute(Qt::WA_DeleteOnClose);
        about->open();
    });

    connect(m_session, &Session::userChanged, this, &OperatorWindow::showUser);
    retranslate();
    QSize first(1280, 800);
    if (const QScreen* shown = screen())
        first = first.boundedTo(shown->availableGeometry().size());
    resize(first);
}

void OperatorWindow::showShortcuts() {
    auto* dialog = new ShortcutsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void OperatorWindow::retranslate() {
    setWindowTitle(tr("Contact centre — %1").arg(QLatin1StringView(branding::appName)));
    m_fileMenu->setTitle(tr("&Cabinet"));
    m_signOutAction->setText(tr("Sign out"));
    m_quitAction->setText(tr("&Close the program"));
    m_workspace->tabs()->setTabText(m_workspace->tabs()->indexOf(m_queue), tr("Appeals queue"));
    m_helpMenu->setTitle(tr("&Help"));
    m_shortcutsAction->setText(tr("&Keyboard shortcuts"));
    m_aboutAction->setText(tr("&About %1").arg(QLatin1StringView(branding::appName)));
    showUser(m_session->user());
}

void OperatorWindow::showUser(const Profile& user) {
    const QString role = user.role == u"supervisor"_s ? tr("Supervisor") : tr("Operator");
    m_user->setText(tr("%1: %2").arg(role, user.displayName()));
}

void OperatorWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

} // namespace lkk
