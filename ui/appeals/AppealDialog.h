#pragma once

#include "app/api/ApiError.h"
#include "app/api/Dtos.h"
#include "app/appeals/AppealDtos.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace lkk {

class AppealOutbox;
class AttachmentPicker;
class Session;

// «Новое обращение» and «Задать вопрос» (docs/manual.md §11, the pop-up): Поставщик*, Лицевой
// счёт*, the topic, the text and the files, «Отправить» / «Отменить». Provider and account start
// at the current account; the providers and topics come from the account's appeal form. What is
// wrong is said under its field before anything is sent, and the server's refusal likewise. The
// form is kept as a draft when the dialog is closed unsent, and a sent appeal goes through the
// AppealOutbox: with no connection it is kept and sent once when the server is back.
class AppealDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { NewAppeal, Question };

    AppealDialog(Session* session, AppealOutbox* outbox, const QList<AccountSummary>& accounts, qint64 accountId,
                 Mode mode, QWidget* parent = nullptr);
    ~AppealDialog() override;

    qint64 accountId() const;
    QComboBox* providerCombo() const { return m_provider; }
    QComboBox* accountCombo() const { return m_account; }
    QComboBox* topicCombo() const { return m_topic; }
    QPlainTextEdit* textEdit() const { return m_text; }
    AttachmentPicker* attachments() const { return m_files; }
    QPushButton* sendButton() const { return m_send; }
    bool isFormLoaded() const { return m_formLoaded; }
    QString formError() const;

    void done(int result) override;

signals:
    void appealSent(const lkk::AppealThread& thread); // stored on the server
    void appealQueued(const QString& key);            // kept in the outbox until the server is back

protected:
    void changeEvent(QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void loadForm();
    void restoreDraft();
    void saveDraft();
    void send();
    void onOutboxChanged(const QString& key);
    void onSent(const QString& key, const AppealThread& thread);
    void showRefusal(const ApiError& error);
    void showFormError(const QString& text);
    void setSending(bool sending);
    void updateCounter();
    void retranslate();

    Session* m_session;
    AppealOutbox* m_outbox;
    Mode m_mode;
    qint64 m_loadedFor = 0;
    bool m_formLoaded = false;
    bool m_sending = false;
    bool m_finished = false; // sent or queued: nothing to keep as a draft
    QString m_key;
    QLabel* m_title;
    QLabel* m_formErrorLabel;
    QLabel* m_providerLabel;
    QComboBox* m_provider;
    QLabel* m_providerError;
    QLabel* m_accountLabel;
    QComboBox* m_account;
    QLabel* m_accountError;
    QLabel* m_topicLabel;
    QComboBox* m_topic;
    QLabel* m_topicError;
    QLabel* m_textLabel;
    QPlainTextEdit* m_text;
    QLabel* m_counter;
    QLabel* m_textError;
    QLabel* m_filesLabel;
    AttachmentPicker* m_files;
    QLabel* m_requiredHint;
    QPushButton* m_send;
    QPushButton* m_cancel;
};

} // namespace lkk
