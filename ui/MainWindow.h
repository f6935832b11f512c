#pragma once

#include <QMainWindow>

class QAction;
class QLabel;
class QMenu;
class QPushButton;
class QToolButton;

namespace lkk {

class AppSettings;
class MessageBanner;
class Session;
struct Profile;

// The cabinet's main window after sign-in (manual, figures 8 and 19): a header bar with the
// user's menu top right, the sidebar «Ваши счета» on the left and the account area. Accounts
// arrive with the account-linking issue; until then both areas say so.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(Session* session, AppSettings* settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    MessageBanner* banner() const { return m_banner; }

signals:
    void signOutRequested();

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void buildMenus();
    void showUser(const Profile& user);
    void showProfile();
    void showAbout();
    void saveWindowState();
    void retranslate();

    Session* m_session;
    AppSettings* m_settings;
    QLabel* m_appName = nullptr;
    QToolButton* m_userButton = nullptr;
    QAction* m_profileAction = nullptr;
    QAction* m_signOutAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QLabel* m_accountsTitle = nullptr;
    QLabel* m_accountsEmpty = nullptr;
    QPushButton* m_addAccount = nullptr;
    QLabel* m_placeholder = nullptr;
    MessageBanner* m_banner = nullptr;
};

} // namespace lkk
