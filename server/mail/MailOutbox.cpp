#include "server/mail/MailOutbox.h"

#include "server/db/Database.h"

#include <QSqlQuery>
#include <QVariant>

namespace lkk::server::mail {

using namespace Qt::StringLiterals;

MailOutbox::MailOutbox(Database& database)
    : m_database(database) {}

std::optional<qint64> MailOutbox::add(const MailMessage& message, qint64 nowMs) {
    QSqlDatabase db = m_database.connection();
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO mail_outbox (recipient, subject, text_body, html_body, created_at) VALUES (?, ?, ?, ?, ?) "
              u"RETURNING id"_s);
    q.addBindValue(message.to);
    q.addBindValue(message.subject);
    q.addBindValue(message.textBody);
    q.addBindValue(message.htmlBody.isNull() ? u""_s : message.htmlBody);
    q.addBindValue(nowMs);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

bool MailOutbox::remove(qint64 id) {
    QSqlDatabase db = m_database.checkedConnection(); // the queue's thread: no transaction
    QSqlQuery q(db);
    q.prepare(u"DELETE FROM mail_outbox WHERE id = ?"_s);
    q.addBindValue(id);
    return q.exec();
}

std::optional<QList<MailOutbox::Stored>> MailOutbox::load() {
    QSqlDatabase db = m_database.connection();
    QSqlQuery q(db);
    if (!q.exec(u"SELECT id, recipient, subject, text_body, html_body, created_at FROM mail_outbox ORDER BY id"_s))
        return std::nullopt;
    QList<Stored> result;
    while (q.next())
        result.append({q.value(0).toLongLong(),
                       {q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toString()},
                       q.value(5).toLongLong()});
    return result;
}

} // namespace lkk::server::mail
