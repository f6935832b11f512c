#include "server/users/ConfirmationCodes.h"

#include "server/Sha256Hex.h"
#include "server/auth/TokenService.h"

#include <QSqlQuery>
#include <QVariant>

#include <sodium.h>

namespace lkk::server::users {

using namespace Qt::StringLiterals;

namespace {

QString purposeName(ConfirmationCodes::Purpose purpose) {
    switch (purpose) {
    case ConfirmationCodes::Purpose::Register:
        return u"register"_s;
    case ConfirmationCodes::Purpose::Recover:
        return u"recover"_s;
    case ConfirmationCodes::Purpose::EmailChange:
        break;
    }
    return u"email"_s;
}

std::optional<ConfirmationCodes::Purpose> purposeFromName(const QString& name) {
    for (const auto purpose : {ConfirmationCodes::Purpose::Register, ConfirmationCodes::Purpose::Recover,
                               ConfirmationCodes::Purpose::EmailChange}) {
        if (purposeName(purpose) == name)
            return purpose;
    }
    return std::nullopt;
}

QString codeHash(const QString& salt, const QString& code) {
    return sha256Hex((salt + u':' + code).toUtf8());
}

QString newCode() {
    return QStringLiteral("%1").arg(randombytes_uniform(1000000), ConfirmationCodes::codeLength, 10, QLatin1Char('0'));
}

} // namespace

Result<ConfirmationCodes::Issued> ConfirmationCodes::issue(QSqlDatabase& db, qint64 userId, Purpose purpose,
                                                           const QString& email, qint64 ttlMs, qint64 nowMs,
                                                           qint64* codeId) {
    QSqlQuery q(db);
    if (purpose != Purpose::Register) {
        q.prepare(u"UPDATE user_codes SET used = 1 WHERE user_id = ? AND purpose = ? AND used = 0"_s);
        q.addBindValue(userId);
        q.addBindValue(purposeName(purpose));
        if (!q.exec())
            return Failure::databaseUnavailable();
    }
    Issued issued{newCode(), TokenService::newToken()};
    const QString salt = TokenService::newToken();
    q.prepare(u"INSERT INTO user_codes (user_id, purpose, email, salt, code_hash, token_hash, expires_at, attempts, "
              u"used, blocked, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0, 0, ?) RETURNING id"_s);
    q.addBindValue(userId);
    q.addBindValue(purposeName(purpose));
    q.addBindValue(email);
    q.addBindValue(salt);
    q.addBindValue(codeHash(salt, issued.code));
    q.addBindValue(TokenService::hashToken(issued.token));
    q.addBindValue(nowMs + ttlMs);
    q.addBindValue(nowMs);
    if (!q.exec() || !q.next())
        return Failure::databaseUnavailable();
    if (codeId)
        *codeId = q.value(0).toLongLong();
    return issued;
}

Result<ConfirmationCodes::Check> ConfirmationCodes::check(QSqlDatabase& db, Purpose purpose, const QString& email,
                                                          const QString& code, qint64 nowMs, qint64 byUserId) {
    QSqlQuery q(db);
    q.prepare(u"SELECT id, user_id, salt, code_hash, expires_at, attempts, email FROM user_codes WHERE purpose = ? "
              u"AND "_s +
              (byUserId ? u"user_id"_s : u"email"_s) + u" = ? AND used = 0 AND blocked = 0 ORDER BY id DESC"_s);
    q.addBindValue(purposeName(purpose));
    q.addBindValue(byUserId ? QVariant(byUserId) : QVariant(email));
    if (!q.exec())
        return Failure::databaseUnavailable();
    Check check;
    qint64 newestLive = 0; // the row a wrong code counts against
    int newestAttempts = 0;
    while (q.next()) {
        const int attempts = q.value(5).toInt();
        if (q.value(4).toLongLong() <= nowMs || attempts >= maxWrongCodes)
            continue;
        const qint64 id = q.value(0).toLongLong();
        if (newestLive == 0) {
            newestLive = id;
            newestAttempts = attempts;
            check.userId = q.value(1).toLongLong();
            check.sentTo = q.value(6).toString();
        }
        const QByteArray expected = q.value(3).toString().toLatin1();
        const QByteArray given = codeHash(q.value(2).toString(), code.trimmed()).toLatin1();
        if (expected.size() == given.size() &&
            sodium_memcmp(expected.constData(), given.constData(), size_t(given.size())) == 0) {
            check.userId = q.value(1).toLongLong();
            check.sentTo = q.value(6).toString();
            const auto used = use(db, id);
            if (!used)
                return used.failure();
            check.codeId = id;
            check.outcome = *used ? Check::Outcome::Ok : Check::Outcome::Expired;
            return check;
        }
    }
    if (newestLive == 0)
        return check;
    QSqlQuery wrong(db);
    wrong.prepare(u"UPDATE user_codes SET attempts = attempts + 1 WHERE id = ?"_s);
    wrong.addBindValue(newestLive);
    if (!wrong.exec())
        return Failure::databaseUnavailable();
    check.outcome = Check::Outcome::Wrong;
    check.attemptsLeft = maxWrongCodes - newestAttempts - 1;
    return check;
}

Result<bool> ConfirmationCodes::use(QSqlDatabase& db, qint64 codeId) {
    // Conditional: of two concurrent confirmations (code or link) only one uses the row.
    QSqlQuery q(db);
    q.prepare(u"UPDATE user_codes SET used = 1 WHERE id = ? AND used = 0"_s);
    q.addBindValue(codeId);
    if (!q.exec())
        return Failure::databaseUnavailable();
    return q.numRowsAffected() == 1;
}

Result<std::optional<ConfirmationCodes::Link>>
ConfirmationCodes::openLink(QSqlDatabase& db, const QString& token, const QList<Purpose>& purposes, qint64 nowMs) {
    const std::optional<Link> dead;
    if (token.isEmpty() || token.size() > 128)
        return dead;
    // Wrong codes do not kill the link (attempts is not checked): it proves the mailbox by itself.
    QSqlQuery q(db);
    q.prepare(u"SELECT id, user_id, purpose, email, expires_at FROM user_codes WHERE token_hash = ? AND used = 0 "
              u"AND blocked = 0"_s);
    q.addBindValue(TokenService::hashToken(token));
    if (!q.exec())
        return Failure::databaseUnavailable();
    if (!q.next() || q.value(4).toLongLong() <= nowMs)
        return dead;
    const auto purpose = purposeFromName(q.value(2).toString());
    if (!purpose || !purposes.contains(*purpose))
        return dead;
    return std::optional<Link>(Link{q.value(0).toLongLong(), q.value(1).toLongLong(), *purpose, q.value(3).toString()});
}

Result<Done> ConfirmationCodes::block(QSqlDatabase& db, qint64 userId, Purpose purpose) {
    QSqlQuery q(db);
    q.prepare(u"UPDATE user_codes SET blocked = 1 WHERE user_id = ? AND purpose = ? AND used = 0"_s);
    q.addBindValue(userId);
    q.addBindValue(purposeName(purpose));
    if (!q.exec())
        return Failure::databaseUnavailable();
    return Done{};
}

} // namespace lkk::server::users
