#pragma once

#include "server/http/Messages.h"
#include "shared/AppealRules.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QtGlobal>
#include <optional>

// The appeals model as the store reads and writes it (migration 0007, docs/appeals.md).
namespace lkk::server::appeals {

using rules::appeals::FileType;

// new → in_progress → answered → closed; a customer's message on an answered appeal makes it
// in_progress again (docs/appeals.md, "Statuses").
enum class Status { New, InProgress, Answered, Closed };
QString statusName(Status status); // "new", "in_progress", "answered", "closed"
std::optional<Status> statusFromName(const QString& name);

enum class AuthorKind { Customer, Operator, System };
QString authorKindName(AuthorKind kind); // "customer", "operator", "system"
std::optional<AuthorKind> authorKindFromName(const QString& name);

// What a system message records; its text is rendered in the reader's language.
enum class Event { Taken, Returned, ClosedByCustomer, ClosedByOperator, Reopened };
QString eventName(Event event);
std::optional<Event> eventFromName(const QString& name);

struct Topic {
    qint64 id = 0;
    QString code;
    QString nameRu;
    QString nameEn;
    bool active = true;
    QString name(Language language) const { return language == Language::En ? nameEn : nameRu; }
};

struct Provider {
    qint64 id = 0;
    QString name;
};

struct AttachmentInfo {
    qint64 id = 0;
    QString fileName; // as the customer or operator named it
    FileType type = FileType::Unknown;
    qint64 size = 0;
};

struct Message {
    qint64 id = 0;
    AuthorKind author = AuthorKind::Customer;
    qint64 authorId = 0;          // 0: system, or a deleted user
    QString authorName;           // "Смирнов А. В."; empty for system messages
    QString body;                 // empty for system messages
    std::optional<Event> event;   // system messages
    std::optional<Status> status; // system messages: the status the appeal moved to
    qint64 createdAt = 0;
    QList<AttachmentInfo> attachments;
};

struct Appeal {
    qint64 id = 0;
    qint64 userId = 0;
    qint64 accountId = 0;
    QString accountNumber;
    Provider provider;
    Topic topic;
    Status status = Status::New;
    Language language = Language::Ru;
    qint64 assigneeId = 0; // 0: nobody has taken it
    QString assigneeName;
    int messageCount = 0;
    bool unread = false;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    std::optional<qint64> answeredAt;
    std::optional<qint64> closedAt;
    QString openingText; // the first message's text
};

// The customer of an appeal, as the operator sees them.
struct Customer {
    qint64 id = 0;
    QString name; // "Иванова Мария Петровна"
    QString email;
    QString phone; // E.164 or empty
};

// A file of a new message, checked: the decoded bytes and what they are.
struct NewAttachment {
    QString fileName;
    FileType type = FileType::Unknown;
    QByteArray content;
    QString sha256; // hex
};

// The text and files of a new message, checked (AppealUpload).
struct NewMessage {
    QString text;
    QList<NewAttachment> attachments;
};

} // namespace lkk::server::appeals
