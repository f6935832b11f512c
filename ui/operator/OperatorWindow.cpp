#include "ui/operator/OperatorWindow.h"

#include "app/session/Session.h"
#include "generated/branding.h"
#include "ui/AppMenus.h"
#include "ui/appeals/AppealsQueueView.h"
#include "ui/operator/OperatorWorkspace.h"
#include "ui/operator/ShortcutsDialog.h"

#include <QAction>
#include <QEvent>
#include <QLabel>
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
    , m_user(new QLabel(this))
    , m_menus(new AppMenus(this)) {
    setObjectName(u"OperatorWindow"_s);
    setCentralWidget(m_workspace);
    m_workspace->addQueueTab(m_queue, QString()); // titled in retranslate()
    m_user->setObjectName(u"operatorUserLabel"_s);
    statusBar()->addPermanentWidget(m_user);

    m_signOutAction = m_menus->signOutAction();
    connect(m_signOutAction, &QAction::triggered, this, &OperatorWindow::signOutRequested);
    m_shortcutsAction = m_menus->addHelpAction(u"shortcutsAction"_s);
    m_shortcutsAction->setShortcut(QKeySequence(Qt::Key_F1));
    connect(m_shortcutsAction, &QAction::triggered, this, &OperatorWindow::showShortcuts);

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
    m_menus->retranslate();
    m_signOutAction->setText(tr("Sign out"));
    m_workspace->tabs()->setTabText(m_workspace->tabs()->indexOf(m_queue), tr("Appeals queue"));
    m_shortcutsAction->setText(tr("&Keyboard shortcuts"));
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
