#pragma once

#include "server/Result.h"

#include <QDate>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace lkk::server {

class RowReader;

struct User {
    qint64 id = 0;
    QString email;
    QString passwordHash;
    QString surname;
    QString firstName;
    QString patronymic;
    QString phone; // E.164 or empty
    QDate birthDate;
    QString sex;           // male | female | empty
    QString role;          // customer | operator | supervisor
    bool disabled = false; // an operator's account ended (lkk-server operator disable)
    // Registration and the profile (0005_users.sql).
    bool emailConfirmed = true;
    QString pendingEmail; // an e-mail change waiting for its code
    qint64 pendingEmailExpiresAt = 0;
    bool marketingRts = false;
    QString marketingRtsEmail; // empty = the login e-mail
    bool marketingTes = true;
    QString marketingTesEmail;

    QJsonObject profileJson() const; // the API's Profile schema
};

// Users table access. E-mails are stored normalised (rules::normalizedEmail).
class UserStore {
public:
    // The user, nullopt when there is none, or the database failure.
    static Result<std::optional<User>> findByEmail(QSqlDatabase& db, const QString& normalizedEmail);
    static Result<std::optional<User>> findById(QSqlDatabase& db, qint64 id);
    // The users columns fromRow() reads, each after `alias` and a '.' when one is given.
    static QString columns(const QString& alias);
    // The user in q's current row, its columns() from `first` on.
    static User fromRow(const RowReader& q, int first);
    // A NOT NULL text column's value: a null QString would bind as SQL NULL.
    static QString columnText(const QString& value);
    // A request body's text field, trimmed, for a NOT NULL column.
    static QString columnText(const QJsonObject& body, const QString& key);
    // Inserts unless the e-mail exists (idempotent seeding). False on a database error.
    static bool insertIfMissing(QSqlDatabase& db, const User& user, qint64 nowMs, bool* inserted = nullptr);
};

} // namespace lkk::server
