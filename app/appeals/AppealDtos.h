#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// The appeals and FAQ parts of the API contract (docs/openapi.yaml, tags appeals and faq) as
// plain values; docs/appeals.md explains the model.
namespace lkk {

enum class AppealStatus { New, InProgress, Answered, Closed };

struct AppealAttachment {
    qint64 id = 0;
    QString fileName;    // base name, with an extension that fits the type
    QString contentType; // image/jpeg, image/png or application/pdf
    qint64 size = 0;     // bytes
    bool isImage() const { return contentType.startsWith(QLatin1StringView("image/")); }
};

struct AppealMessage {
    enum class Author { Customer, Operator, System };
    qint64 id = 0;
    Author author = Author::Customer;
    QString authorName;                 // empty for system messages
    QString text;                       // plain text, never markup
    std::optional<AppealStatus> status; // system messages: the status the appeal moved to
    QDateTime createdAt;
    QList<AppealAttachment> attachments;
};

struct Appeal {
    qint64 id = 0; // also its number («Обращение № 42»)
    qint64 accountId = 0;
    QString accountNumber;
    qint64 providerId = 0;
    QString providerName;
    QString topicCode;
    QString topicName;
    AppealStatus status = AppealStatus::New;
    bool unread = false; // an operator answer not marked read
    QString text;        // the first message
    int messageCount = 0;
    std::optional<AppealMessage> lastAnswer;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime answeredAt; // null before the first answer
    QDateTime closedAt;   // null unless closed
};

struct AppealThread {
    Appeal appeal;
    QList<AppealMessage> messages; // oldest first; the first is the appeal's text
    bool canReply = false;
    bool canClose = false;
    bool replay = false; // a POST answered 200: the same Idempotency-Key was used before
};

struct AppealList {
    QDate from;
    QDate to;
    QList<Appeal> appeals; // newest first
};

struct AppealProvider {
    qint64 id = 0;
    QString name;
};

struct AppealTopic {
    QString code;
    QString name;
};

struct AppealLimits {
    int maxTextLength = 0;
    int maxAttachments = 0;
    qint64 maxAttachmentBytes = 0;
    QStringList attachmentTypes;
    int maxThreadMessages = 0;
    int appealsPerDay = 0;
    int appealsLeft = 0;
    int messagesPerDay = 0;
    int messagesLeft = 0;
};

struct AppealForm {
    QList<AppealProvider> providers;
    QList<AppealTopic> topics;
    AppealLimits limits;
};

// A file to send, as read from disk.
struct NewAttachment {
    QString fileName; // base name
    QByteArray content;
    friend bool operator==(const NewAttachment&, const NewAttachment&) = default;
};

// POST /accounts/{id}/appeals.
struct NewAppeal {
    qint64 accountId = 0;
    qint64 providerId = 0;
    QString topic; // AppealTopic::code
    QString text;
    QList<NewAttachment> attachments;
    friend bool operator==(const NewAppeal&, const NewAppeal&) = default;
};

// POST /appeals/{id}/messages.
struct NewAppealMessage {
    qint64 appealId = 0;
    QString text;
    QList<NewAttachment> attachments;
    friend bool operator==(const NewAppealMessage&, const NewAppealMessage&) = default;
};

// The operators' queue (docs/appeals.md, «The operators' queue»): an appeal with its customer,
// who has it, and the customer's language.
struct AppealCustomer {
    qint64 id = 0;
    QString name;
    QString email;
    QString phone; // E.164 or empty
};

struct AppealAssignee {
    qint64 id = 0; // 0: nobody has it
    QString name;
};

struct QueuedAppeal {
    Appeal appeal;
    AppealCustomer customer;
    AppealAssignee assignee;
    QString language; // ru or en: the answer mail's
};

struct OperatorAppealThread {
    AppealThread thread;
    AppealCustomer customer;
    AppealAssignee assignee;
    QString language;
};

struct AppealQueuePage {
    int total = 0; // all that match the filter
    int limit = 0;
    int offset = 0;
    QList<QueuedAppeal> appeals; // oldest first
};

// GET /operator/appeals: every part optional; an empty statuses list is the server's default
// (new and in_progress).
struct AppealQueueFilter {
    enum class Assignee { Any, Me, Nobody };
    QList<AppealStatus> statuses;
    qint64 providerId = 0; // 0: any
    QString topic;         // empty: any
    std::optional<int> minAgeHours;
    std::optional<int> maxAgeHours;
    Assignee assignee = Assignee::Any;
    int limit = 50;
    int offset = 0;
    friend bool operator==(const AppealQueueFilter&, const AppealQueueFilter&) = default;
};

struct QueueTopic {
    QString code;
    QString name;
    bool active = true; // a retired topic is still in the filter: old appeals have it
};

struct FaqQuestion {
    QString id;
    QString question;
    QString answer; // plain text, paragraphs separated by line feeds
};

struct FaqCompany {
    QString code;
    QString name;
    QString contactPhone; // may be empty
    QList<FaqQuestion> questions;
};

struct Faq {
    QString language;
    QDateTime updatedAt; // null before any import
    QList<FaqCompany> companies;
};

} // namespace lkk
