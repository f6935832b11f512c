#pragma once

#include "server/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace lkk::server::users {

// The codes and links of the cabinet's mails (user_codes): each mail carries a 6-digit code and a
// link token for the same row; only hashes are stored. A new code of a purpose ends the user's
// earlier ones, except registration codes: each registration of an unconfirmed address stays
// pending with its own code (pending_registrations). A right code or an opened link uses the row
// (both die with it); five wrong codes end the code but not the link, which proves the mailbox by
// itself.
class ConfirmationCodes {
public:
    enum class Purpose { Register, Recover, EmailChange };
    static constexpr int codeLength = 6;
    static constexpr int maxWrongCodes = 5;
    static constexpr qint64 addressTtlMs = 24 * 3600 * 1000LL; // registration, e-mail change
    static constexpr qint64 recoveryTtlMs = 3600 * 1000LL;

    struct Issued {
        QString code;
        QString token; // for the link
    };
    struct Check {
        enum class Outcome { Ok, Wrong, Expired };
        Outcome outcome = Outcome::Expired; // Expired also when there is no live code
        qint64 userId = 0;
        qint64 codeId = 0;    // the row of the right code
        int attemptsLeft = 0; // after a wrong code
        QString sentTo;       // the address the code went to
    };
    // The mail a link came in, while the link is still good.
    struct Link {
        qint64 codeId = 0;
        qint64 userId = 0;
        Purpose purpose = Purpose::Register;
        QString email; // the address the mail went to
    };

    // codeId: the new row's id, for data that waits with it (a pending registration).
    static Result<Issued> issue(QSqlDatabase& db, qint64 userId, Purpose purpose, const QString& email, qint64 ttlMs,
                                qint64 nowMs, qint64* codeId = nullptr);
    // The live codes of `purpose` for an e-mail (register, recover) or, with byUserId, for a user
    // (e-mail change): the one the code matches is used up; no match counts against the newest.
    static Result<Check> check(QSqlDatabase& db, Purpose purpose, const QString& email, const QString& code,
                               qint64 nowMs, qint64 byUserId = 0);
    // The live link of `token` for one of `purposes`; nullopt when it is dead, unknown or for
    // another page (a recovery link is for /recover, and so on).
    static Result<std::optional<Link>> openLink(QSqlDatabase& db, const QString& token, const QList<Purpose>& purposes,
                                                qint64 nowMs);
    // Marks a code row used; false when another request used it first.
    static Result<bool> use(QSqlDatabase& db, qint64 codeId);
    // No live code of the user's for `purpose` works any more (its link neither).
    static Result<Done> block(QSqlDatabase& db, qint64 userId, Purpose purpose);
};

} // namespace lkk::server::users
