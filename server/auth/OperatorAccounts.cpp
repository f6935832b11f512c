#include "server/auth/OperatorAccounts.h"

#include "server/auth/SecondFactor.h"
#include "server/auth/TokenService.h"
#include "server/db/WriteTransaction.h"
#include "server/users/ConfirmationCodes.h"
#include "server/users/UserStore.h"

#include <QSqlQuery>
#include <QVariant>

namespace lkk::server {

using namespace Qt::StringLiterals;
using users::ConfirmationCodes;

OperatorAccounts::OperatorAccounts(Database& database)
    : m_database(database) {}

Result<qint64> OperatorAccounts::operatorId(QSqlDatabase& db, const QString& email) {
    QSqlQuery q(db);
    q.prepare(u"SELECT id FROM users WHERE email = ? AND role IN ('operator', 'supervisor')"_s);
    q.addBindValue(email);
    if (!q.exec())
        return Failure::databaseUnavailable();
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<OperatorAccounts::Added> OperatorAccounts::add(const QString& email, const QString& name, bool supervisor,
                                                      qint64 nowMs) {
    QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(m_database, db);
    if (!transaction.begun())
        return Failure::databaseUnavailable();
    const auto existing = UserStore::findByEmail(db, email);
    if (!existing)
        return existing.failure();
    Added added;
    if (*existing) {
        // Customers stay customers: an operator's work is done under an address of its own.
        if ((*existing)->role == u"customer" || !(*existing)->passwordHash.isEmpty() || (*existing)->disabled) {
            added.outcome = AddOutcome::Taken;
            return added;
        }
        added.outcome = AddOutcome::Invited;
        added.userId = (*existing)->id;
    } else {
        const QStringList words = name.simplified().split(u' ', Qt::SkipEmptyParts);
        User user;
        user.email = email;
        user.surname = words.value(0);
        user.firstName = words.value(1);
        user.patronymic = words.mid(2).join(u' ');
        user.role = supervisor ? u"supervisor"_s : u"operator"_s;
        // No password until the invitation's link sets one: an empty hash matches nothing.
        bool inserted = false;
        if (!UserStore::insertIfMissing(db, user, nowMs, &inserted) || !inserted)
            return Failure::databaseUnavailable();
        const auto id = operatorId(db, email);
        if (!id)
            return id.failure();
        added.userId = *id;
    }
    const auto issued =
        ConfirmationCodes::issue(db, added.userId, ConfirmationCodes::Purpose::Recover, email, invitationTtlMs, nowMs);
    if (!issued)
        return issued.failure();
    added.linkToken = issued->token;
    if (!transaction.commit())
        return Failure::databaseUnavailable();
    return added;
}

Result<bool> OperatorAccounts::changeOperator(const QString& email,
                                              const std::function<bool(QSqlDatabase&, qint64)>& change) {
    QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(m_database, db);
    if (!transaction.begun())
        return Failure::databaseUnavailable();
    const auto id = operatorId(db, email);
    if (!id)
        return id.failure();
    if (*id == 0)
        return false;
    // Whatever changes, the sessions of before end.
    if (!change(db, *id) || !TokenService(1, 1).revokeAllOfUser(db, *id) || !transaction.commit())
        return Failure::databaseUnavailable();
    return true;
}

Result<bool> OperatorAccounts::disable(const QString& email) {
    return changeOperator(email, [](QSqlDatabase& db, qint64 id) {
        QSqlQuery q(db);
        q.prepare(u"UPDATE users SET disabled = 1 WHERE id = ?"_s);
        q.addBindValue(id);
        if (!q.exec())
            return false;
        q.prepare(u"UPDATE sign_in_challenges SET used = 1 WHERE user_id = ?"_s);
        q.addBindValue(id);
        // A set-password link still in a mailbox must not work either.
        return q.exec() && bool(ConfirmationCodes::block(db, id, ConfirmationCodes::Purpose::Recover));
    });
}

Result<bool> OperatorAccounts::resetSecondFactor(const QString& email) {
    return changeOperator(email, [](QSqlDatabase& db, qint64 id) { return bool(SecondFactor::reset(db, id)); });
}

Result<QList<OperatorAccounts::Account>> OperatorAccounts::list() {
    QSqlDatabase db = m_database.connection();
    QSqlQuery q(db);
    if (!q.exec(u"SELECT u.id, u.email, u.surname, u.first_name, u.patronymic, u.role, u.disabled, "
                u"u.password_hash <> '', COALESCE(t.confirmed, 0) FROM users u "
                u"LEFT JOIN operator_totp t ON t.user_id = u.id "
                u"WHERE u.role IN ('operator', 'supervisor') ORDER BY u.email"_s))
        return Failure::databaseUnavailable();
    QList<Account> accounts;
    while (q.next()) {
        Account a;
        a.id = q.value(0).toLongLong();
        a.email = q.value(1).toString();
        a.name =
            QStringList{q.value(2).toString(), q.value(3).toString(), q.value(4).toString()}.join(u' ').simplified();
        a.role = q.value(5).toString();
        a.disabled = q.value(6).toInt() != 0;
        a.passwordSet = q.value(7).toBool();
        a.secondFactorEnrolled = q.value(8).toInt() != 0;
        accounts << a;
    }
    return accounts;
}

} // namespace lkk::server
