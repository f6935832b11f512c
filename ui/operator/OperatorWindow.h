#pragma once

#include <QMainWindow>

class QAction;
class QLabel;

namespace lkk {

class AppMenus;
class OperatorWorkspace;
class Session;
struct Profile;

// The window an operator or supervisor gets after signing in (instead of the customer's cabinet):
// the workspace, the menus «Кабинет» (sign out, close the program) and «Справка» (keyboard
// shortcuts on F1, about), and the signed-in operator's name in the status bar.
class OperatorWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit OperatorWindow(Session* session, QWidget* parent = nullptr);

    OperatorWorkspace* workspace() const { return m_workspace; }
    QAction* shortcutsAction() const { return m_shortcutsAction; }
    void showShortcuts();

signals:
    void signOutRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showUser(const Profile& user);

    Session* m_session;
    OperatorWorkspace* m_workspace;
    QWidget* m_queue; // the appeals queue's tab
    QLabel* m_user;
    AppMenus* m_menus;
    QAction* m_signOutAction;
    QAction* m_shortcutsAction;
};

} // namespace lkk
