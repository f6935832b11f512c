#pragma once

#include "server/Result.h"
#include "server/http/ApiReply.h"
#include "server/http/RequestContext.h"

namespace lkk::server::accounts {

// Linking an account (docs/domain.md §3): start names the account and the relation and gets a
// challenge; confirm answers one of the two control questions. Wrong answers are limited per
// (user, account): the 5th within 24 h locks further answers until 24 h after the first of them.
class LinkService {
public:
    static constexpr int maxWrongAnswers = 5;
    static constexpr qint64 lockWindowMs = 24 * 3600 * 1000LL;
    static constexpr qint64 challengeTtlMs = 15 * 60 * 1000LL;

    static bool isRelation(const QString& relation);

    static Result<ApiReply> start(RequestContext& context);
    static Result<ApiReply> confirm(RequestContext& context);

private:
    struct LockState {
        int wrong = 0;          // wrong answers within the window
        qint64 lockedUntil = 0; // 0 = not locked
    };
    static Result<LockState> lockState(RequestContext& context, qint64 accountId);
    static Failure locked(RequestContext& context, qint64 lockedUntil);
};

} // namespace lkk::server::accounts
