#pragma once

#include "app/operator/OperatorDtos.h"
#include "app/operator/OperatorOperations.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QScrollArea;
class QStackedWidget;

namespace lkk {

class AccountView;
class AccountsStore;
class CopyButton;
class MessageBanner;
class ReadingsOutbox;
class ReadingsSubmitPage;
class Session;
struct ApiError;

// One caller's tab in the operator's workspace: the persistent banner «Кабинет клиента … — только
// просмотр», the caller's card, the actions on their behalf (each behind a ReasonDialog), the
// caller's accounts and the customer's own account view in read-only mode. Everything the view
// reads goes through a caller-scoped Session (below /operator/customers/{id}), so the server
// answers with the caller's data through the customer's own services and audits every read.
class CallerPage : public QWidget {
    Q_OBJECT
public:
    CallerPage(Session* operatorSession, const CallerSummary& caller, QWidget* parent = nullptr);
    ~CallerPage() override;

    qint64 customerId() const { return m_caller.card.id; }
    QString tabTitle() const; // «Иванова М. П.»

    MessageBanner* readOnlyBanner() const { return m_readOnlyBanner; }
    MessageBanner* messages() const { return m_messages; }
    QListWidget* accountList() const { return m_accounts; }
    AccountView* accountView() const { return m_accountView; }
    AccountsStore* store() const { return m_store; }
    Session* cabinetSession() const { return m_cabinet; }
    ReadingsSubmitPage* readingsPage() const { return m_readingsPage; }
    bool isReadingsPageShown() const;

    // Reloads the card and the accounts (GET /operator/customers/{id}).
    void reload();
    // The actions; each asks for the reason first.
    void submitReadingsForCaller();
    void resendConfirmation();
    void liftSignInLock();
    void liftLinkLock();
    void registerAppeal(); // the topics first, then the dialog

signals:
    void titleChanged(const QString& title);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void buildCard();
    void wireAccountView();
    void showCabinet(const CallerCabinet& cabinet);
    void showCurrentAccount();
    void showFigures();
    void showAccountArea();
    void runAction(CallerAction action, const QString& title, const QString& explanation, const QString& doneText);
    void showError(const ApiError& error);
    void openAppealDialog(const QList<AppealTopic>& topics);
    void showDone(const QString& text);

    Session* m_operator;
    CallerSummary m_caller;
    Session* m_cabinet; // owned: the caller-scoped view of the operator's session
    AccountsStore* m_store;
    ReadingsOutbox* m_outbox; // in memory: an operator's submissions are not kept across runs
    MessageBanner* m_readOnlyBanner;
    MessageBanner* m_messages;
    QLabel* m_name;
    QLabel* m_contacts;
    QPushButton* m_readingsButton;
    QPushButton* m_confirmationButton;
    QPushButton* m_signInLockButton;
    QPushButton* m_linkLockButton;
    QPushButton* m_appealButton;
    QListWidget* m_accounts;
    QLabel* m_accountsCaption;
    QLabel* m_numberCaption;
    QLabel* m_number;
    CopyButton* m_copyNumber;
    QLabel* m_amountCaption;
    QLabel* m_amount;
    CopyButton* m_copyAmount;
    QLabel* m_penaltiesCaption;
    QLabel* m_penalties;
    CopyButton* m_copyPenalties;
    QStackedWidget* m_area;
    QLabel* m_noAccounts;
    QWidget* m_accountPage; // the figures and the account view
    AccountView* m_accountView;
    ReadingsSubmitPage* m_readingsPage;
    QScrollArea* m_readingsScroll;
};

} // namespace lkk
