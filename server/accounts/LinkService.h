#pragma once

#include "server/Result.h"
#include "server/http/ApiReply.h"
#include "server/http/RequestContext.h"

namespace lkk::server::accounts {

// Linking an account (docs/domain.md §3): start names the account and the relation and gets a
// challenge; confirm answers one of the two control questions. Wrong answers are limited per
// (user, account) — the 5th within 24 h locks that customer's answers until 24 h after the first
// of them — and per account over every customer (maxWrongPerAccount, link-account-max), so new
// registrations bring no new guesses. Only positive totals count as an answer to «ИТОГО К
// ОПЛАТЕ» (a provider block's credit, a negative total, is no secret).
class LinkService {
public:
    static constexpr int maxWrongAnswers = 5;
    static constexpr qint64 lockWindowMs = 24 * 3600 * 1000LL;
    static constexpr qint64 challengeTtlMs = 15 * 60 * 1000LL;

    explicit LinkService(int maxWrongPerAccount);

    static bool isRelation(const QString& relation);

    Result<ApiReply> start(RequestContext& context) const;
    Result<ApiReply> confirm(RequestContext& context) const;

    // Lifts the link locks of the account (the contact centre, on a caller's behalf): its wrong
    // answers within the window, of every customer, stop counting (link_attempts.ok = 2). The
    // number of answers lifted.
    static Result<int> liftLock(QSqlDatabase& db, qint64 accountId, qint64 nowMs);

private:
    struct LockState {
        int wrong = 0;          // this customer's wrong answers within the window
        qint64 lockedUntil = 0; // 0 = not locked
    };
    Result<LockState> lockState(RequestContext& context, qint64 accountId) const;
    static Failure locked(RequestContext& context, qint64 lockedUntil);

    int m_maxWrongPerAccount;
};

} // namespace lkk::server::accounts
