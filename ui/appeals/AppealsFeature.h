#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace lkk {

class AccountView;
class AccountsStore;
class AppealDialog;
class AppealOutbox;
class AppealsTab;
class FaqDialog;
class MessageBanner;
class Session;

// Puts appeals into the main window with one line there: the signed-in user's AppealOutbox
// (opened for this server and user, so what was queued is sent again), the «Обращения» tab of
// the account area following the selected account, «Новое обращение» / «Задать вопрос» and
// «Вопросы и ответы», and the unread answers counted on the tab and in «Ваши счета».
class AppealsFeature : public QObject {
    Q_OBJECT
public:
    AppealsFeature(Session* session, AccountsStore* store, AccountView* accountView, MessageBanner* banner,
                   QWidget* window, QObject* parent = nullptr);
    ~AppealsFeature() override;

    AppealOutbox* outbox() const { return m_outbox; }
    AppealsTab* tab() const { return m_tab; }
    AppealDialog* dialog() const; // the open «Новое обращение», if any
    FaqDialog* faqDialog() const;

    void showNewAppeal(); // «Новое обращение» for the current account
    void showQuestion();  // «Задать вопрос»: the same form
    void showFaq();       // «Вопросы и ответы»

private:
    void openDialog(bool question);
    void setUnread(qint64 accountId, int unread);

    Session* m_session;
    AccountsStore* m_store;
    AccountView* m_accountView;
    MessageBanner* m_banner;
    QWidget* m_window;
    AppealOutbox* m_outbox;
    AppealsTab* m_tab;
    QPointer<AppealDialog> m_dialog;
    QPointer<FaqDialog> m_faq;
};

} // namespace lkk
