#pragma once

#include "server/mail/Mailer.h"

#include <QList>
#include <optional>

namespace lkk::server {
class Database;
}

namespace lkk::server::mail {

// Where MailQueue keeps the mail it has accepted until it is delivered (the mail_outbox table):
// mail queued when the server crashes is sent after the restart. Delivery is at least once: a
// crash between the mail server's acceptance and remove() sends that mail again.
class MailOutbox {
public:
    struct Stored {
        qint64 id = 0;
        MailMessage message;
        qint64 acceptedMs = 0; // when add() stored it
    };

    explicit MailOutbox(Database& database);

    // Called from worker threads (accepting) and the queue's thread (removing); each uses its
    // thread's connection. nullopt / false on a database error.
    std::optional<qint64> add(const MailMessage& message, qint64 nowMs);
    bool remove(qint64 id);
    // Everything not yet delivered, oldest first.
    std::optional<QList<Stored>> load();

private:
    Database& m_database;
};

} // namespace lkk::server::mail
