#pragma once

#include "app/appeals/AppealDtos.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace lkk {

class AppealOutbox;
class AppealThreadModel;
class AttachmentPicker;
class Session;

// One appeal opened below the list: its heading and status, the thread (each message with its
// author, time, plain text and files — images as thumbnails — each file with «Открыть» and
// «Сохранить…»), the reply box with its files, and «Закрыть обращение». A reply goes through the
// AppealOutbox (sent once even when the connection is lost meanwhile); closing and downloads are
// direct requests. Without an outbox it only shows the thread and its files (the operators'
// queue answers with an editor of its own, AppealsQueueView).
class AppealThreadView : public QWidget {
    Q_OBJECT
public:
    AppealThreadView(Session* session, AppealOutbox* outbox, QWidget* parent = nullptr); // outbox may be null
    ~AppealThreadView() override;

    void setThread(const AppealThread& thread);
    void clear();
    qint64 appealId() const;
    AppealThreadModel* model() const { return m_model; }
    QPlainTextEdit* replyEdit() const { return m_reply; }
    AttachmentPicker* replyAttachments() const { return m_files; }
    QPushButton* sendButton() const { return m_send; }
    QPushButton* closeAppealButton() const { return m_close; }
    QString statusText() const;

    // Downloads an attachment and saves it where the user says (file dialog).
    void saveAttachment(const AppealAttachment& attachment);
    // Downloads it into a private temporary folder and opens it with the system's viewer.
    void openAttachment(const AppealAttachment& attachment);

signals:
    // The appeal changed on the server (reply sent, closed): the list shows it too.
    void threadChanged(const lkk::AppealThread& thread);

protected:
    void changeEvent(QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void rebuildMessages();
    QWidget* messageWidget(int row);
    QWidget* attachmentWidget(const AppealAttachment& attachment);
    void download(const AppealAttachment& attachment, std::function<void(const QByteArray&)> done);
    void sendReply();
    void closeAppeal();
    void onOutboxChanged(const QString& key);
    void showStatus(const QString& text, bool error);
    void updateActions();
    void retranslate();

    Session* m_session;
    AppealOutbox* m_outbox;
    AppealThreadModel* m_model;
    QLabel* m_title;
    QLabel* m_chip;
    QLabel* m_subtitle;
    QScrollArea* m_scroll;
    QWidget* m_messages;
    QVBoxLayout* m_messagesLayout;
    QLabel* m_replyLabel;
    QPlainTextEdit* m_reply;
    QLabel* m_replyError;
    AttachmentPicker* m_files;
    QPushButton* m_send;
    QPushButton* m_close;
    QLabel* m_status;
    QString m_pendingKey; // the reply in the outbox
    bool m_busy = false;
    bool m_followEnd = false; // keep the thread scrolled to its newest message
};

} // namespace lkk
