#include "ui/appeals/AppealThreadView.h"

#include "app/appeals/AppealInput.h"
#include "app/appeals/AppealOutbox.h"
#include "app/appeals/AppealThreadModel.h"
#include "app/appeals/AppealsOperations.h"
#include "app/core/OwnerOnlyFile.h"
#include "app/session/Session.h"
#include "ui/Dialogs.h"
#include "ui/FieldError.h"
#include "ui/StyleRole.h"
#include "ui/appeals/AttachmentPicker.h"
#include "ui/appeals/StatusChip.h"

#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lkk {

namespace {
constexpr int thumbnailSize = 96; // device-independent pixels
}

AppealThreadView::AppealThreadView(Session* session, AppealOutbox* outbox, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_outbox(outbox)
    , m_model(new AppealThreadModel(this))
    , m_title(new QLabel(this))
    , m_chip(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_scroll(new QScrollArea(this))
    , m_messages(new QWidget)
    , m_messagesLayout(new QVBoxLayout(m_messages))
    , m_replyLabel(new QLabel(this))
    , m_reply(new QPlainTextEdit(this))
    , m_replyError(new QLabel(this))
    , m_files(new AttachmentPicker(this))
    , m_send(new QPushButton(this))
    , m_close(new QPushButton(this))
    , m_status(new QLabel(this)) {
    setObjectName(u"appealThreadView"_s);
    setAcceptDrops(true);
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 8, 0, 0);
    column->setSpacing(6);

    auto* head = new QHBoxLayout;
    m_title->setObjectName(u"appealTitle"_s);
    setStyleRole(m_title, StyleRole::SectionTitle);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_chip->setObjectName(u"appealStatusChip"_s);
    head->addWidget(m_title);
    head->addWidget(m_chip);
    head->addStretch(1);
    m_close->setObjectName(u"closeAppealButton"_s);
    setStyleRole(m_close, StyleRole::Secondary);
    head->addWidget(m_close);
    column->addLayout(head);
    m_subtitle->setObjectName(u"appealSubtitle"_s);
    m_subtitle->setWordWrap(true);
    setStyleRole(m_subtitle, StyleRole::Hint);
    column->addWidget(m_subtitle);

    m_messages->setObjectName(u"appealMessages"_s);
    m_messagesLayout->setContentsMargins(0, 0, 8, 0);
    m_messagesLayout->setSpacing(8);
    m_scroll->setObjectName(u"appealMessagesScroll"_s);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(m_messages);
    m_scroll->setMinimumHeight(m_scroll->fontMetrics().lineSpacing() * 8);
    column->addWidget(m_scroll, 1);
    QScrollBar* bar = m_scroll->verticalScrollBar();
    connect(bar, &QScrollBar::rangeChanged, this, [this, bar](int, int max) {
        if (m_followEnd)
            bar->setValue(max);
    });
    connect(bar, &QScrollBar::actionTriggered, this, [this] { m_followEnd = false; }); // the user scrolls

    m_replyLabel->setObjectName(u"replyLabel"_s);
    setStyleRole(m_replyLabel, StyleRole::FieldLabel);
    m_replyLabel->setBuddy(m_reply);
    column->addWidget(m_replyLabel);
    m_reply->setObjectName(u"replyEdit"_s);
    m_reply->setTabChangesFocus(true);
    m_reply->setMaximumHeight(m_reply->fontMetrics().lineSpacing() * 3 + 14);
    column->addWidget(m_reply);
    m_replyError->setObjectName(u"replyError"_s);
    m_replyError->setWordWrap(true);
    setStyleRole(m_replyError, StyleRole::FieldError);
    m_replyError->hide();
    column->addWidget(m_replyError);
    column->addWidget(m_files);

    auto* actions = new QHBoxLayout;
    m_status->setObjectName(u"appealThreadStatus"_s);
    m_status->setWordWrap(true);
    m_status->hide();
    actions->addWidget(m_status, 3);
    actions->addStretch(1); // keeps «Отправить» at the right while there is no status
    m_send->setObjectName(u"sendReplyButton"_s);
    setStyleRole(m_send, StyleRole::Primary);
    m_send->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    actions->addWidget(m_send);
    column->addLayout(actions);

    connect(m_send, &QPushButton::clicked, this, &AppealThreadView::sendReply);
    connect(m_close, &QPushButton::clicked, this, &AppealThreadView::closeAppeal);
    connect(m_reply, &QPlainTextEdit::textChanged, this, [this] { clearFieldError(m_reply, m_replyError); });
    if (m_outbox) {
        connect(m_outbox, &AppealOutbox::entryChanged, this, &AppealThreadView::onOutboxChanged);
        connect(m_outbox, &AppealOutbox::sent, this, [this](const QString& key, const AppealThread& thread) {
            if (thread.appeal.id == appealId())
                setThread(thread);
            if (key == m_pendingKey) {
                m_pendingKey.clear();
                m_reply->clear();
                m_files->clear();
                showStatus(tr("Your message has been sent."), false);
            }
            emit threadChanged(thread);
        });
    }
    retranslate();
    clear();
}

AppealThreadView::~AppealThreadView() = default;

qint64 AppealThreadView::appealId() const {
    return m_model->thread() ? m_model->thread()->appeal.id : 0;
}

QString AppealThreadView::statusText() const {
    return m_status->isVisible() ? m_status->text() : QString();
}

void AppealThreadView::setThread(const AppealThread& thread) {
    const bool other = thread.appeal.id != appealId();
    m_model->setThread(thread);
    if (other) {
        m_reply->clear();
        m_files->clear();
        m_pendingKey.clear();
        showStatus({}, false);
        clearFieldError(m_reply, m_replyError);
    }
    const Appeal& a = thread.appeal;
    m_title->setText(tr("Appeal № %1").arg(a.id));
    setStatusChip(m_chip, a.status);
    m_subtitle->setText(tr("%1 · %2 · personal account № %3").arg(a.topicName, a.providerName, a.accountNumber));
    rebuildMessages();
    updateActions();
    setEnabled(true);
}

void AppealThreadView::clear() {
    m_model->clear();
    m_pendingKey.clear();
    rebuildMessages();
    setEnabled(false);
}

void AppealThreadView::updateActions() {
    const auto& thread = m_model->thread();
    const bool canReply = thread && thread->canReply && m_pendingKey.isEmpty() && !m_busy;
    m_reply->setEnabled(thread && thread->canReply);
    m_files->setEnabled(thread && thread->canReply);
    m_send->setEnabled(canReply);
    for (QWidget* part : {static_cast<QWidget*>(m_replyLabel), static_cast<QWidget*>(m_reply),
                          static_cast<QWidget*>(m_files), static_cast<QWidget*>(m_send)})
        part->setVisible(m_outbox != nullptr);
    m_close->setVisible(m_outbox && thread && thread->canClose);
    m_close->setEnabled(!m_busy);
    m_replyLabel->setText(thread && !thread->canReply && thread->appeal.status == AppealStatus::Closed
                              ? tr("The appeal is closed. To continue, open a new appeal.")
                              : tr("Your message"));
}

void AppealThreadView::rebuildMessages() {
    while (QLayoutItem* item = m_messagesLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (int row = 0; row < m_model->rowCount(); ++row)
        m_messagesLayout->addWidget(messageWidget(row));
    m_messagesLayout->addStretch(1);
    m_followEnd = true; // the newest message (usually the answer) in view, also as thumbnails arrive
}

QWidget* AppealThreadView::messageWidget(int row) {
    const AppealMessage& m = m_model->message(row);
    auto* card = new QFrame(m_messages);
    card->setObjectName(u"appealMessage"_s);
    card->setProperty("author", m.author == AppealMessage::Author::Customer   ? u"customer"_s
                                : m.author == AppealMessage::Author::Operator ? u"operator"_s
                                                                              : u"system"_s);
    card->setAttribute(Qt::WA_StyledBackground);
    auto* layout = new QVBoxLayout(card);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(4);
    auto* heading = new QLabel(m_model->index(row).data().toString(), card);
    heading->setObjectName(u"messageHeading"_s);
    heading->setWordWrap(true);
    setStyleRole(heading, StyleRole::Hint);
    layout->addWidget(heading);
    if (m.author != AppealMessage::Author::System) {
        auto* text = new QLabel(card);
        text->setObjectName(u"messageText"_s);
        text->setTextFormat(Qt::PlainText); // never markup: «<b>» is four characters
        text->setText(m.text);
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        layout->addWidget(text);
    }
    for (const AppealAttachment& attachment : m.attachments)
        layout->addWidget(attachmentWidget(attachment));
    return card;
}

QWidget* AppealThreadView::attachmentWidget(const AppealAttachment& attachment) {
    auto* row = new QWidget(m_messages);
    row->setObjectName(u"appealAttachment"_s);
    row->setProperty("attachmentId", attachment.id);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    if (attachment.isImage()) {
        auto* thumbnail = new QLabel(row);
        thumbnail->setObjectName(u"attachmentThumbnail"_s);
        thumbnail->setFixedSize(thumbnailSize, thumbnailSize);
        thumbnail->setAlignment(Qt::AlignCenter);
        layout->addWidget(thumbnail);
        QPointer<QLabel> target(thumbnail);
        download(attachment, [target](const QByteArray& bytes) {
            QPixmap picture;
            if (!target || !picture.loadFromData(bytes))
                return;
            const qreal ratio = target->devicePixelRatioF();
            QPixmap scaled = picture.scaled(QSize(thumbnailSize, thumbnailSize) * ratio, Qt::KeepAspectRatio,
                                            Qt::SmoothTransformation);
            scaled.setDevicePixelRatio(ratio);
            target->setPixmap(scaled);
        });
    }
    auto* name = new QLabel(tr("%1 (%2)").arg(attachment.fileName, AppealInput::sizeText(attachment.size)), row);
    name->setObjectName(u"attachmentName"_s);
    name->setTextFormat(Qt::PlainText);
    layout->addWidget(name, 1);
    auto* open = new QPushButton(tr("Open"), row);
    open->setObjectName(u"openAttachmentButton"_s);
    open->setAccessibleName(tr("Open %1").arg(attachment.fileName));
    setStyleRole(open, StyleRole::Link);
    auto* save = new QPushButton(tr("Save…"), row);
    save->setObjectName(u"saveAttachmentButton"_s);
    save->setAccessibleName(tr("Save %1").arg(attachment.fileName));
    setStyleRole(save, StyleRole::Link);
    layout->addWidget(open);
    layout->addWidget(save);
    connect(open, &QPushButton::clicked, this, [this, attachment] { openAttachment(attachment); });
    connect(save, &QPushButton::clicked, this, [this, attachment] { saveAttachment(attachment); });
    return row;
}

void AppealThreadView::download(const AppealAttachment& attachment, std::function<void(const QByteArray&)> done) {
    const qint64 appeal = appealId();
    m_session->authorized(DownloadAppealAttachmentOperation{appeal, attachment.id}, this,
                          [this, done = std::move(done)](Result<QByteArray> result) {
                              if (result)
                                  done(result.value());
                              else
                                  showStatus(tr("Could not download the file: %1").arg(result.error().message), true);
                          });
}

void AppealThreadView::saveAttachment(const AppealAttachment& attachment) {
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    Dialogs::FileRequest request{tr("Save the file"), QDir(folder).filePath(attachment.fileName), {}};
    Dialogs::saveFileName(this, request, this, [this, attachment](const QString& path) {
        if (path.isEmpty())
            return;
        download(attachment, [this, path](const QByteArray& bytes) {
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
                showStatus(tr("Could not save the file: %1").arg(file.errorString()), true);
                return;
            }
            file.close();
            showStatus(tr("Saved: %1").arg(QDir::toNativeSeparators(path)), false);
        });
    });
}

void AppealThreadView::openAttachment(const AppealAttachment& attachment) {
    download(attachment, [this, attachment](const QByteArray& bytes) {
        // A folder of the user's own, the file readable by them only: it is their correspondence.
        const QString path = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
                             u"/attachments/%1-%2/"_s.arg(appealId()).arg(attachment.id) + attachment.fileName;
        QString error;
        if (!writeOwnerOnlyFile(path, bytes, &error)) {
            showStatus(tr("Could not open the file: %1").arg(error), true);
            return;
        }
        if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
            showStatus(tr("No program to open «%1» was found. Use «Save…» instead.").arg(attachment.fileName), true);
    });
}

void AppealThreadView::sendReply() {
    const auto& thread = m_model->thread();
    if (!thread || !m_pendingKey.isEmpty() || !m_outbox)
        return;
    const QString problem = AppealInput::textProblem(m_reply->toPlainText());
    showFieldError(m_reply, m_replyError, problem);
    if (!problem.isEmpty()) {
        m_reply->setFocus();
        return;
    }
    if (!m_files->error().isEmpty())
        return;
    showStatus(tr("Sending…"), false);
    m_pendingKey = m_outbox->send(NewAppealMessage{
        thread->appeal.id, AppealInput::normalizedText(m_reply->toPlainText()), m_files->attachments()});
    updateActions();
}

void AppealThreadView::onOutboxChanged(const QString& key) {
    if (key != m_pendingKey)
        return;
    const auto entry = m_outbox->entry(key);
    if (!entry)
        return;
    if (entry->state == AppealOutbox::State::Pending && entry->error) {
        showStatus(tr("No connection to the server (%1). The message is kept and will be sent when the connection "
                      "is back.")
                       .arg(entry->error->message),
                   true);
    } else if (entry->state == AppealOutbox::State::Refused) {
        m_pendingKey.clear();
        const ApiError error = entry->error.value_or(ApiError{});
        m_outbox->forget(key);
        showStatus({}, false);
        if (error.field.startsWith(u"attachments"_s) || error.code.startsWith(u"attachment"_s) ||
            error.code == u"too_many_attachments"_s)
            m_files->showError(error.message);
        else
            showFieldError(m_reply, m_replyError, error.message);
        updateActions();
    }
}

void AppealThreadView::closeAppeal() {
    const qint64 id = appealId();
    if (!id)
        return;
    Dialogs::confirm(this,
                     {tr("Close the appeal"),
                      tr("Close appeal № %1? Nothing more can be written to a closed appeal; for a new question "
                         "open a new appeal.")
                          .arg(id),
                      tr("Close the appeal"), tr("Cancel"), QMessageBox::Question, false},
                     this, [this, id](bool accepted) {
                         if (!accepted)
                             return;
                         m_busy = true;
                         updateActions();
                         m_session->authorized(CloseAppealOperation{id}, this, [this](Result<AppealThread> result) {
                             m_busy = false;
                             if (!result) {
                                 showStatus(tr("Could not close the appeal: %1").arg(result.error().message), true);
                                 updateActions();
                                 return;
                             }
                             setThread(result.value());
                             showStatus(tr("The appeal is closed."), false);
                             emit threadChanged(result.value());
                         });
                     });
}

void AppealThreadView::showStatus(const QString& text, bool error) {
    setStyleRole(m_status, error ? StyleRole::FieldError : StyleRole::Hint);
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void AppealThreadView::dragEnterEvent(QDragEnterEvent* event) {
    if (m_outbox && m_reply->isEnabled() && AttachmentPicker::acceptsDrag(event->mimeData()))
        event->acceptProposedAction();
}

void AppealThreadView::dropEvent(QDropEvent* event) {
    m_files->addFiles(AttachmentPicker::droppedFiles(event->mimeData()));
    event->acceptProposedAction();
}

void AppealThreadView::retranslate() {
    m_send->setText(tr("Send"));
    m_close->setText(tr("Close the appeal"));
    m_reply->setPlaceholderText(tr("Write to the utility about this appeal"));
    if (m_model->thread())
        setThread(*m_model->thread());
    else
        updateActions();
}

void AppealThreadView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace lkk
