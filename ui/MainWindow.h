#pragma once

#include "ui/accounts/ControlQuestionDialog.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QLabel;
class QPushButton;
class QStackedWidget;
class QToolButton;

namespace lkk {

class AccountListModel;
class AccountsSidebar;
class AccountsStore;
class AccountView;
class AddAccountPage;
class AppMenus;
class AppealsFeature;
class AppSettings;
class ConnectionTrouble;
class LinkAccountController;
class MessageBanner;
class PaymentsFeature;
class ReadingsFeature;
class Session;
struct AccountSummary;
struct Profile;

// The cabinet's main window after sign-in (docs/manual.md §2, §6): a header bar with the
// user's menu top right, the sidebar «Ваши счета» on the left and the account area, which shows
// the selected account, the «Добавить лицевой счёт» page or, with no account, an invitation.
// The window owns the signed-in user's AccountsStore and the link controller.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(Session* session, AppSettings* settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    MessageBanner* banner() const { return m_banner; }
    ConnectionTrouble* connectionTrouble() const { return m_trouble; }
    AccountsStore* accountsStore() const { return m_store; }
    AccountsSidebar* sidebar() const { return m_sidebar; }
    AccountView* accountView() const { return m_accountView; }
    AddAccountPage* addAccountPage() const { return m_addPage; }
    ControlQuestionDialog* controlQuestionDialog() const { return m_questionDialog; }
    LinkAccountController* linkController() const { return m_link; }
    PaymentsFeature* payments() const { return m_payments; } // «Оплатить», «Оплаты»
    ReadingsFeature* readings() const { return m_readings; } // «Передать показания», «Показания»
    AppealsFeature* appeals() const { return m_appeals; } // «Обращения», «Вопросы и ответы»

    void showAddAccount();

signals:
    void signOutRequested();

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void buildMenus();
    void showUser(const Profile& user);
    void showProfile();
    void saveWindowState();
    void retranslate();
    void wireAccounts();
    void showCurrentAccount();
    void showAccountArea();
    // A page about the current account's task (submitting readings, paying) is shown.
    bool isAccountTaskShown() const;
    void openQuestions();
    void closeQuestions();

    Session* m_session;
    AppSettings* m_settings;
    AppMenus* m_menus;
    QLabel* m_appName = nullptr;
    QToolButton* m_userButton = nullptr;
    QAction* m_profileAction = nullptr;
    QAction* m_signOutAction = nullptr;
    QAction* m_faqAction = nullptr;
    QAction* m_askAction = nullptr;
    AccountsStore* m_store = nullptr;
    AccountListModel* m_accountModel = nullptr;
    LinkAccountController* m_link = nullptr;
    AccountsSidebar* m_sidebar = nullptr;
    QStackedWidget* m_areaStack = nullptr;
    QWidget* m_welcomePage = nullptr;
    QLabel* m_welcomeTitle = nullptr;
    QLabel* m_welcomeText = nullptr;
    QPushButton* m_welcomeAdd = nullptr;
    AccountView* m_accountView = nullptr;
    AddAccountPage* m_addPage = nullptr;
    QWidget* m_addScroll = nullptr; // the add-account page in its scroll area
    QPointer<ControlQuestionDialog> m_questionDialog;
    MessageBanner* m_banner = nullptr;
    ConnectionTrouble* m_trouble = nullptr; // a failed connection, said once in m_banner
    PaymentsFeature* m_payments = nullptr;
    ReadingsFeature* m_readings = nullptr;
    AppealsFeature* m_appeals = nullptr;
};

} // namespace lkk
