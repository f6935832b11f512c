#pragma once

#include "server/Result.h"
#include "server/appeals/Appeal.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <optional>

namespace lkk::server {
class Database;
}

namespace lkk::server::appeals {

// The SQL of appeals (migration 0007), SQLite and PostgreSQL. A database error is the Failure of
// the Result (503). Writes run inside the caller's WriteTransaction.
class AppealStore {
public:
    explicit AppealStore(Database& database);

    // ---- reading ----
    static Result<QList<Topic>> topics(QSqlDatabase& db, bool activeOnly);
    static Result<std::optional<Topic>> activeTopic(QSqlDatabase& db, const QString& code);
    // The providers of the account's contracts, in the contracts' order.
    static Result<QList<Provider>> providers(QSqlDatabase& db, qint64 accountId);
    // Any appeal (operators).
    static Result<std::optional<Appeal>> appeal(QSqlDatabase& db, qint64 appealId);
    // The customer's appeal on an account still linked to them; nullopt otherwise.
    static Result<std::optional<Appeal>> customersAppeal(QSqlDatabase& db, qint64 appealId, qint64 userId);
    // The customer's appeals of one account alive during [fromMs, toMs]: created before its end
    // and last changed after its start; newest first.
    static Result<QList<Appeal>> accountAppeals(QSqlDatabase& db, qint64 userId, qint64 accountId, qint64 fromMs,
                                                qint64 toMs);

    struct QueueFilter {
        QList<Status> statuses;               // empty: every status
        qint64 providerId = 0;                // 0: any
        QString topic;                        // code; empty: any
        std::optional<qint64> createdAtMost;  // created at or before (minimum age)
        std::optional<qint64> createdAtLeast; // created at or after (maximum age)
        enum class Assignee { Any, Me, Nobody } assignee = Assignee::Any;
        qint64 operatorId = 0; // "me"
        int limit = 50;
        int offset = 0;
    };
    struct QueuePage {
        int total = 0;
        QList<Appeal> appeals; // oldest first
    };
    static Result<QueuePage> queue(QSqlDatabase& db, const QueueFilter& filter);

    // The whole thread, oldest first, with each message's attachments.
    static Result<QList<Message>> thread(QSqlDatabase& db, qint64 appealId);
    // The newest operator message, with its attachments.
    static Result<std::optional<Message>> lastAnswer(QSqlDatabase& db, qint64 appealId);
    // A column of a query over the customer's links `l` (account_links): the appeals on the link's
    // account unread by its customer, so that their accounts' summaries need no query of their own.
    static QString unreadOfLinkSql();
    static Result<std::optional<Customer>> customer(QSqlDatabase& db, qint64 userId);

    struct StoredFile {
        AttachmentInfo info;
        QByteArray content;
    };
    static Result<std::optional<StoredFile>> attachment(QSqlDatabase& db, qint64 appealId, qint64 attachmentId);

    // The message an author already posted with an Idempotency-Key.
    struct Posted {
        qint64 messageId = 0;
        qint64 appealId = 0;
        QString requestHash;
    };
    static Result<std::optional<Posted>> posted(QSqlDatabase& db, qint64 authorId, const QString& key);

    // For the daily limits: when the customer opened appeals / added further messages since
    // sinceMs, oldest first.
    static Result<QList<qint64>> appealTimes(QSqlDatabase& db, qint64 userId, qint64 sinceMs);
    static Result<QList<qint64>> replyTimes(QSqlDatabase& db, qint64 userId, qint64 sinceMs);

    // ---- writing (inside a WriteTransaction) ----
    struct NewAppeal {
        qint64 userId = 0;
        qint64 accountId = 0;
        qint64 providerId = 0;
        qint64 topicId = 0;
        Language language = Language::Ru;
        qint64 at = 0;
    };
    Result<qint64> insertAppeal(QSqlDatabase& db, const NewAppeal& appeal) const;

    struct NewPost {
        qint64 appealId = 0;
        AuthorKind author = AuthorKind::Customer;
        qint64 authorId = 0;
        bool opening = false;
        qint64 at = 0;
        QString idempotencyKey; // empty: none
        QString requestHash;
    };
    // A customer or operator message with its files (the appeal's counters are the caller's).
    Result<qint64> insertMessage(QSqlDatabase& db, const NewPost& post, const NewMessage& message) const;
    // A system message recording `event`, after which the appeal has `status`.
    Result<qint64> insertEvent(QSqlDatabase& db, qint64 appealId, Event event, Status status, qint64 authorId,
                               qint64 at) const;

    // Column changes of one appeal; what is not set stays.
    struct Change {
        std::optional<Status> status;
        std::optional<qint64> assigneeId; // 0: nobody
        std::optional<bool> unread;
        std::optional<Language> language;
        std::optional<qint64> answeredAt;
        std::optional<qint64> closedAt;
        bool clearClosedAt = false;
        int addMessages = 0;
        qint64 updatedAt = 0;            // 0: keep
        std::optional<Status> onlyIfNot; // applied only while the status is not this one
    };
    // Whether the row changed (false: onlyIfNot refused it).
    static Result<bool> update(QSqlDatabase& db, qint64 appealId, const Change& change);

private:
    // Runs an INSERT and returns the new row's id.
    Result<qint64> insert(QSqlDatabase& db, const QString& sql, const QVariantList& values) const;

    Database& m_database;
};

} // namespace lkk::server::appeals
