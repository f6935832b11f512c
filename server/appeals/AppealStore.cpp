#include "server/appeals/AppealStore.h"

#include "server/db/Database.h"
#include "server/db/PreparedQuery.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

Q_LOGGING_CATEGORY(lcAppealStore, "lkk.server.appeals.store")

namespace lkk::server::appeals {

using namespace Qt::StringLiterals;

namespace {

const QString kAppealSelect =
    u"SELECT a.id, a.user_id, a.account_id, ba.number, a.provider_id, p.name, t.id, t.code, t.name_ru, t.name_en, "
    u"t.active, a.status, a.language, a.assignee_id, op.surname, op.first_name, op.patronymic, a.message_count, "
    u"a.unread, a.created_at, a.updated_at, a.answered_at, a.closed_at, "
    u"(SELECT m.body FROM appeal_messages m WHERE m.appeal_id = a.id AND m.opening = 1) "
    u"FROM appeals a JOIN billing_accounts ba ON ba.id = a.account_id "
    u"JOIN billing_providers p ON p.id = a.provider_id JOIN appeal_topics t ON t.id = a.topic_id "
    u"LEFT JOIN users op ON op.id = a.assignee_id"_s;

// What a customer may see: their own appeals on accounts still linked to them.
const QString kCustomerVisible = u"a.user_id = ? AND EXISTS (SELECT 1 FROM account_links l "
                                 u"WHERE l.user_id = a.user_id AND l.account_id = a.account_id)"_s;

const QString kMessageSelect =
    u"SELECT m.id, m.author_kind, m.author_id, u.surname, u.first_name, u.patronymic, m.body, m.event, m.status, "
    u"m.created_at FROM appeal_messages m LEFT JOIN users u ON u.id = m.author_id"_s;

Failure failed(const QSqlQuery& q) {
    qCWarning(lcAppealStore).noquote() << "query failed:" << q.lastError().text();
    return Failure::databaseUnavailable();
}

// "Смирнов А. В." — how people are named to each other in a thread.
QString shortName(const QVariant& surname, const QVariant& firstName, const QVariant& patronymic) {
    QString name = surname.toString();
    for (const QVariant& part : {firstName, patronymic}) {
        const QString text = part.toString();
        if (!text.isEmpty())
            name += (name.isEmpty() ? u""_s : u" "_s) + text.left(1) + u'.';
    }
    return name;
}

std::optional<qint64> optionalMs(const QVariant& value) {
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

Appeal appealFromRow(const QSqlQuery& q) {
    Appeal a;
    a.id = q.value(0).toLongLong();
    a.userId = q.value(1).toLongLong();
    a.accountId = q.value(2).toLongLong();
    a.accountNumber = q.value(3).toString();
    a.provider = {q.value(4).toLongLong(), q.value(5).toString()};
    a.topic = {q.value(6).toLongLong(), q.value(7).toString(), q.value(8).toString(), q.value(9).toString(),
               q.value(10).toInt() != 0};
    a.status = statusFromName(q.value(11).toString()).value_or(Status::New);
    a.language = q.value(12).toString() == u"en" ? Language::En : Language::Ru;
    a.assigneeId = q.value(13).isNull() ? 0 : q.value(13).toLongLong();
    if (a.assigneeId != 0)
        a.assigneeName = shortName(q.value(14), q.value(15), q.value(16));
    a.messageCount = q.value(17).toInt();
    a.unread = q.value(18).toInt() != 0;
    a.createdAt = q.value(19).toLongLong();
    a.updatedAt = q.value(20).toLongLong();
    a.answeredAt = optionalMs(q.value(21));
    a.closedAt = optionalMs(q.value(22));
    a.openingText = q.value(23).toString();
    return a;
}

Message messageFromRow(const QSqlQuery& q) {
    Message m;
    m.id = q.value(0).toLongLong();
    m.author = authorKindFromName(q.value(1).toString()).value_or(AuthorKind::System);
    m.authorId = q.value(2).isNull() ? 0 : q.value(2).toLongLong();
    if (m.author != AuthorKind::System && m.authorId != 0)
        m.authorName = shortName(q.value(3), q.value(4), q.value(5));
    m.body = q.value(6).toString();
    m.event = eventFromName(q.value(7).toString());
    m.status = statusFromName(q.value(8).toString());
    m.createdAt = q.value(9).toLongLong();
    return m;
}

// id, file_name, content_type, size from column `first` on.
AttachmentInfo attachmentFromRow(const QSqlQuery& q, int first) {
    AttachmentInfo info;
    info.id = q.value(first).toLongLong();
    info.fileName = q.value(first + 1).toString();
    info.type = rules::appeals::fileTypeOfMime(q.value(first + 2).toByteArray());
    info.size = q.value(first + 3).toLongLong();
    return info;
}

// The attachments of the messages, keyed by message id.
Result<QHash<qint64, QList<AttachmentInfo>>> attachmentsOf(QSqlDatabase& db, const QString& where, qint64 id) {
    QSqlQuery q(db);
    q.prepare(u"SELECT message_id, id, file_name, content_type, size FROM appeal_attachments WHERE "_s + where +
              u" ORDER BY message_id, ord"_s);
    q.addBindValue(id);
    if (!q.exec())
        return failed(q);
    QHash<qint64, QList<AttachmentInfo>> byMessage;
    while (q.next())
        byMessage[q.value(0).toLongLong()].append(attachmentFromRow(q, 1));
    return byMessage;
}

Result<std::optional<Appeal>> oneAppeal(QSqlQuery& q) {
    if (!q.exec())
        return failed(q);
    if (!q.next())
        return std::optional<Appeal>();
    return std::optional<Appeal>(appealFromRow(q));
}

Result<QList<qint64>> times(QSqlDatabase& db, const QString& sql, qint64 userId, qint64 sinceMs) {
    QSqlQuery q(db);
    q.prepare(sql);
    q.addBindValue(userId);
    q.addBindValue(sinceMs);
    if (!q.exec())
        return failed(q);
    QList<qint64> result;
    while (q.next())
        result.append(q.value(0).toLongLong());
    return result;
}

} // namespace

AppealStore::AppealStore(Database& database)
    : m_database(database) {}

Result<QList<Topic>> AppealStore::topics(QSqlDatabase& db, bool activeOnly) {
    QSqlQuery q(db);
    if (!q.exec(u"SELECT id, code, name_ru, name_en, active FROM appeal_topics"_s +
                (activeOnly ? u" WHERE active = 1"_s : QString()) + u" ORDER BY ord, id"_s))
        return failed(q);
    QList<Topic> topics;
    while (q.next())
        topics.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                       q.value(4).toInt() != 0});
    return topics;
}

Result<std::optional<Topic>> AppealStore::activeTopic(QSqlDatabase& db, const QString& code) {
    QSqlQuery q(db);
    q.prepare(u"SELECT id, code, name_ru, name_en FROM appeal_topics WHERE code = ? AND active = 1"_s);
    q.addBindValue(code);
    if (!q.exec())
        return failed(q);
    if (!q.next())
        return std::optional<Topic>();
    return std::optional<Topic>(
        Topic{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), true});
}

Result<QList<Provider>> AppealStore::providers(QSqlDatabase& db, qint64 accountId) {
    QSqlQuery q(db);
    q.prepare(u"SELECT p.id, p.name FROM billing_contracts c JOIN billing_providers p ON p.id = c.provider_id "
              u"WHERE c.account_id = ? GROUP BY p.id, p.name ORDER BY MIN(c.id)"_s);
    q.addBindValue(accountId);
    if (!q.exec())
        return failed(q);
    QList<Provider> providers;
    while (q.next())
        providers.append({q.value(0).toLongLong(), q.value(1).toString()});
    return providers;
}

Result<std::optional<Appeal>> AppealStore::appeal(QSqlDatabase& db, qint64 appealId) {
    QSqlQuery q(db);
    q.prepare(kAppealSelect + u" WHERE a.id = ?"_s);
    q.addBindValue(appealId);
    return oneAppeal(q);
}

Result<std::optional<Appeal>> AppealStore::customersAppeal(QSqlDatabase& db, qint64 appealId, qint64 userId) {
    QSqlQuery q(db);
    q.prepare(kAppealSelect + u" WHERE a.id = ? AND "_s + kCustomerVisible);
    q.addBindValue(appealId);
    q.addBindValue(userId);
    return oneAppeal(q);
}

Result<QList<Appeal>> AppealStore::accountAppeals(QSqlDatabase& db, qint64 userId, qint64 accountId, qint64 fromMs,
                                                  qint64 toMs) {
    QSqlQuery q(db);
    q.prepare(kAppealSelect + u" WHERE a.account_id = ? AND a.created_at <= ? AND a.updated_at >= ? AND "_s +
              kCustomerVisible + u" ORDER BY a.created_at DESC, a.id DESC"_s);
    q.addBindValue(accountId);
    q.addBindValue(toMs);
    q.addBindValue(fromMs);
    q.addBindValue(userId);
    if (!q.exec())
        return failed(q);
    QList<Appeal> appeals;
    while (q.next())
        appeals.append(appealFromRow(q));
    return appeals;
}

Result<AppealStore::QueuePage> AppealStore::queue(QSqlDatabase& db, const QueueFilter& filter) {
    QStringList where;
    QVariantList values;
    if (!filter.statuses.isEmpty()) {
        QStringList marks;
        for (const Status status : filter.statuses) {
            marks << u"?"_s;
            values << statusName(status);
        }
        where << u"a.status IN ("_s + marks.join(u", "_s) + u')';
    }
    if (filter.providerId > 0) {
        where << u"a.provider_id = ?"_s;
        values << filter.providerId;
    }
    if (!filter.topic.isEmpty()) {
        where << u"t.code = ?"_s;
        values << filter.topic;
    }
    if (filter.createdAtMost) {
        where << u"a.created_at <= ?"_s;
        values << *filter.createdAtMost;
    }
    if (filter.createdAtLeast) {
        where << u"a.created_at >= ?"_s;
        values << *filter.createdAtLeast;
    }
    if (filter.assignee == QueueFilter::Assignee::Me) {
        where << u"a.assignee_id = ?"_s;
        values << filter.operatorId;
    } else if (filter.assignee == QueueFilter::Assignee::Nobody) {
        where << u"a.assignee_id IS NULL"_s;
    }
    const QString condition = where.isEmpty() ? QString() : u" WHERE "_s + where.join(u" AND "_s);

    QSqlQuery count(db);
    count.prepare(u"SELECT COUNT(*) FROM appeals a JOIN appeal_topics t ON t.id = a.topic_id"_s + condition);
    for (const QVariant& v : std::as_const(values))
        count.addBindValue(v);
    if (!count.exec() || !count.next())
        return failed(count);
    QueuePage page;
    page.total = count.value(0).toInt();

    QSqlQuery q(db);
    q.prepare(kAppealSelect + condition + u" ORDER BY a.created_at, a.id LIMIT ? OFFSET ?"_s);
    for (const QVariant& v : std::as_const(values))
        q.addBindValue(v);
    q.addBindValue(filter.limit);
    q.addBindValue(filter.offset);
    if (!q.exec())
        return failed(q);
    while (q.next())
        page.appeals.append(appealFromRow(q));
    return page;
}

Result<QList<Message>> AppealStore::thread(QSqlDatabase& db, qint64 appealId) {
    const auto files = attachmentsOf(db, u"appeal_id = ?"_s, appealId);
    if (!files)
        return files.failure();
    QSqlQuery q(db);
    q.prepare(kMessageSelect + u" WHERE m.appeal_id = ? ORDER BY m.id"_s);
    q.addBindValue(appealId);
    if (!q.exec())
        return failed(q);
    QList<Message> messages;
    while (q.next()) {
        Message m = messageFromRow(q);
        m.attachments = files->value(m.id);
        messages.append(m);
    }
    return messages;
}

Result<std::optional<Message>> AppealStore::lastAnswer(QSqlDatabase& db, qint64 appealId) {
    QSqlQuery q(db);
    q.prepare(kMessageSelect + u" WHERE m.appeal_id = ? AND m.author_kind = 'operator' ORDER BY m.id DESC LIMIT 1"_s);
    q.addBindValue(appealId);
    if (!q.exec())
        return failed(q);
    if (!q.next())
        return std::optional<Message>();
    Message m = messageFromRow(q);
    const auto files = attachmentsOf(db, u"message_id = ?"_s, m.id);
    if (!files)
        return files.failure();
    m.attachments = files->value(m.id);
    return std::optional<Message>(m);
}

QString AppealStore::unreadOfLinkSql() {
    // kCustomerVisible: the link is the customer's own.
    return u"(SELECT COUNT(*) FROM appeals ap WHERE ap.user_id = l.user_id AND ap.account_id = l.account_id AND "
           u"ap.unread = 1)"_s;
}

Result<std::optional<Customer>> AppealStore::customer(QSqlDatabase& db, qint64 userId) {
    QSqlQuery q(db);
    q.prepare(u"SELECT id, surname, first_name, patronymic, email, phone FROM users WHERE id = ?"_s);
    q.addBindValue(userId);
    if (!q.exec())
        return failed(q);
    if (!q.next())
        return std::optional<Customer>();
    Customer c;
    c.id = q.value(0).toLongLong();
    QStringList name;
    for (int i = 1; i <= 3; ++i) {
        if (!q.value(i).toString().isEmpty())
            name << q.value(i).toString();
    }
    c.name = name.join(u' ');
    c.email = q.value(4).toString();
    c.phone = q.value(5).toString();
    return std::optional<Customer>(c);
}

Result<std::optional<AppealStore::StoredFile>> AppealStore::attachment(QSqlDatabase& db, qint64 appealId,
                                                                       qint64 attachmentId) {
    QSqlQuery q(db);
    q.prepare(u"SELECT id, file_name, content_type, size, content FROM appeal_attachments "
              u"WHERE id = ? AND appeal_id = ?"_s);
    q.addBindValue(attachmentId);
    q.addBindValue(appealId);
    if (!q.exec())
        return failed(q);
    if (!q.next())
        return std::optional<StoredFile>();
    StoredFile file;
    file.info = attachmentFromRow(q, 0);
    file.content = q.value(4).toByteArray();
    return std::optional<StoredFile>(file);
}

Result<std::optional<AppealStore::Posted>> AppealStore::posted(QSqlDatabase& db, qint64 authorId, const QString& key) {
    QSqlQuery q(db);
    q.prepare(u"SELECT id, appeal_id, request_hash FROM appeal_messages WHERE author_id = ? AND idempotency_key = ?"_s);
    q.addBindValue(authorId);
    q.addBindValue(key);
    if (!q.exec())
        return failed(q);
    if (!q.next())
        return std::optional<Posted>();
    return std::optional<Posted>(Posted{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString()});
}

Result<QList<qint64>> AppealStore::appealTimes(QSqlDatabase& db, qint64 userId, qint64 sinceMs) {
    return times(db, u"SELECT created_at FROM appeals WHERE user_id = ? AND created_at > ? ORDER BY created_at"_s,
                 userId, sinceMs);
}

Result<QList<qint64>> AppealStore::replyTimes(QSqlDatabase& db, qint64 userId, qint64 sinceMs) {
    return times(db,
                 u"SELECT created_at FROM appeal_messages WHERE author_id = ? AND created_at > ? "
                 u"AND author_kind = 'customer' AND opening = 0 ORDER BY created_at"_s,
                 userId, sinceMs);
}

Result<qint64> AppealStore::insert(QSqlDatabase& db, const QString& sql, const QVariantList& values) const {
    const bool postgres = m_database.dialect() == Dialect::Postgres;
    QSqlQuery q(db);
    q.prepare(postgres ? sql + u" RETURNING id"_s : sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        return failed(q);
    if (postgres)
        return q.next() ? Result<qint64>(q.value(0).toLongLong()) : failed(q);
    return q.lastInsertId().toLongLong();
}

Result<qint64> AppealStore::insertAppeal(QSqlDatabase& db, const NewAppeal& a) const {
    return insert(db,
                  u"INSERT INTO appeals (user_id, account_id, provider_id, topic_id, status, language, created_at, "
                  u"updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                  {a.userId, a.accountId, a.providerId, a.topicId, statusName(Status::New),
                   QString::fromLatin1(Messages::languageTag(a.language)), a.at, a.at});
}

Result<qint64> AppealStore::insertMessage(QSqlDatabase& db, const NewPost& post, const NewMessage& message) const {
    const QVariant key = post.idempotencyKey.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : post.idempotencyKey;
    const QVariant hash = post.idempotencyKey.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : post.requestHash;
    const auto id =
        insert(db,
               u"INSERT INTO appeal_messages (appeal_id, author_kind, author_id, body, opening, created_at, "
               u"idempotency_key, request_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
               {post.appealId, authorKindName(post.author), post.authorId, message.text, post.opening ? 1 : 0, post.at,
                key, hash});
    if (!id)
        return id;
    for (qsizetype i = 0; i < message.attachments.size(); ++i) {
        const NewAttachment& file = message.attachments.at(i);
        const auto stored = insert(
            db,
            u"INSERT INTO appeal_attachments (appeal_id, message_id, ord, file_name, content_type, size, sha256, "
            u"content) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
            {post.appealId, *id, int(i), file.fileName, QString::fromLatin1(rules::appeals::mimeType(file.type)),
             qint64(file.content.size()), file.sha256, file.content});
        if (!stored)
            return stored.failure();
    }
    return id;
}

Result<qint64> AppealStore::insertEvent(QSqlDatabase& db, qint64 appealId, Event event, Status status, qint64 authorId,
                                        qint64 at) const {
    return insert(db,
                  u"INSERT INTO appeal_messages (appeal_id, author_kind, author_id, body, event, status, created_at) "
                  u"VALUES (?, 'system', ?, '', ?, ?, ?)"_s,
                  {appealId, authorId == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(authorId),
                   eventName(event), statusName(status), at});
}

Result<bool> AppealStore::update(QSqlDatabase& db, qint64 appealId, const Change& c) {
    QStringList set;
    QVariantList values;
    if (c.status) {
        set << u"status = ?"_s;
        values << statusName(*c.status);
    }
    if (c.assigneeId) {
        set << u"assignee_id = ?"_s;
        values << (*c.assigneeId == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(*c.assigneeId));
    }
    if (c.unread) {
        set << u"unread = ?"_s;
        values << (*c.unread ? 1 : 0);
    }
    if (c.language) {
        set << u"language = ?"_s;
        values << QString::fromLatin1(Messages::languageTag(*c.language));
    }
    if (c.answeredAt) {
        set << u"answered_at = ?"_s;
        values << *c.answeredAt;
    }
    if (c.closedAt) {
        set << u"closed_at = ?"_s;
        values << *c.closedAt;
    } else if (c.clearClosedAt) {
        set << u"closed_at = NULL"_s;
    }
    if (c.addMessages != 0) {
        set << u"message_count = message_count + ?"_s;
        values << c.addMessages;
    }
    if (c.updatedAt != 0) {
        set << u"updated_at = ?"_s;
        values << c.updatedAt;
    }
    if (set.isEmpty())
        return false;
    QSqlQuery q(db);
    q.prepare(u"UPDATE appeals SET "_s + set.join(u", "_s) + u" WHERE id = ?"_s +
              (c.onlyIfNot ? u" AND status <> ?"_s : QString()));
    for (const QVariant& v : std::as_const(values))
        q.addBindValue(v);
    q.addBindValue(appealId);
    if (c.onlyIfNot)
        q.addBindValue(statusName(*c.onlyIfNot));
    if (!q.exec())
        return failed(q);
    return q.numRowsAffected() > 0;
}

} // namespace lkk::server::appeals
