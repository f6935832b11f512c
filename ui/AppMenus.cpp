#include "ui/AppMenus.h"

#include "generated/branding.h"
#include "ui/AboutDialog.h"

#include <QAction>
#include <QCoreApplication>
#include <QIcon>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>

using namespace Qt::StringLiterals;

namespace lkk {

AppMenus::AppMenus(QMainWindow* window)
    : QObject(window)
    , m_window(window) {
    m_fileMenu = window->menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(u"fileMenu"_s);
    m_signOutAction = m_fileMenu->addAction(QIcon(u":/icons/logout.svg"_s), QString());
    m_signOutAction->setObjectName(u"signOutAction"_s);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString());
    m_quitAction->setObjectName(u"quitAction"_s);
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setShortcutContext(Qt::ApplicationShortcut);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, [] { QCoreApplication::quit(); });

    m_helpMenu = window->menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(u"helpMenu"_s);
    m_helpSeparator = m_helpMenu->addSeparator();
    m_aboutAction = m_helpMenu->addAction(QString());
    m_aboutAction->setObjectName(u"aboutAction"_s);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        auto* about = new AboutDialog(m_window);
        about->setAttribute(Qt::WA_DeleteOnClose);
        about->open();
    });
}

QAction* AppMenus::addHelpAction(const QString& objectName) {
    auto* action = new QAction(m_helpMenu);
    action->setObjectName(objectName);
    m_helpMenu->insertAction(m_helpSeparator, action);
    return action;
}

void AppMenus::retranslate() {
    m_fileMenu->setTitle(tr("&Cabinet"));
    m_quitAction->setText(tr("&Close the program"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About %1").arg(QLatin1StringView(branding::appName)));
}

} // namespace lkk
