#pragma once

#include "server/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <functional>

namespace lkk::server {

class Database;

// The operators' and supervisors' accounts as `lkk-server operator` manages them
// (docs/operations.md, «Operator accounts»). Nobody gets these roles by registering: only add()
// makes them, with an address no customer uses, and no password until the person sets one with
// the link of the invitation mail.
class OperatorAccounts {
public:
    struct Account {
        qint64 id = 0;
        QString email;
        QString name; // "Surname First Patronymic"
        QString role; // operator | supervisor
        bool disabled = false;
        bool passwordSet = false;
        bool secondFactorEnrolled = false;
    };
    enum class AddOutcome {
        Added,   // a new account
        Invited, // an account whose password was never set: invited again
        Taken,   // the address belongs to a customer or to an operator with a password
    };
    struct Added {
        AddOutcome outcome = AddOutcome::Added;
        qint64 userId = 0;
        QString linkToken; // for the set-password link (Added, Invited)
    };
    static constexpr qint64 invitationTtlMs = 72 * 3600 * 1000LL;

    explicit OperatorAccounts(Database& database);

    // email: normalised; name: one to three words, surname first.
    Result<Added> add(const QString& email, const QString& name, bool supervisor, qint64 nowMs);
    // False when the address is no operator's or supervisor's. Ends their sessions and sign-ins.
    Result<bool> disable(const QString& email);
    // Forgets the second factor (a lost phone): the next sign-in enrols again. False as above.
    Result<bool> resetSecondFactor(const QString& email);
    Result<QList<Account>> list();

private:
    // The id of the operator or supervisor with this address, 0 when there is none.
    Result<qint64> operatorId(QSqlDatabase& db, const QString& email);
    // In one transaction: change(db, id) of the operator with this address, then the end of
    // their sessions. False when the address is no operator's; change answers false on a
    // database error.
    Result<bool> changeOperator(const QString& email, const std::function<bool(QSqlDatabase&, qint64)>& change);

    Database& m_database;
};

} // namespace lkk::server
