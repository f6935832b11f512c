#include "server/auth/PasswordCheck.h"

#include "server/Clock.h"
#include "server/http/RequestContext.h"

namespace lkk::server {

Failure tooManyAttempts(qint64 retryAfterSec) {
    return Failure::of(429, errc::tooManyAttempts).withHeader("Retry-After", QByteArray::number(retryAfterSec));
}

PasswordCheck::PasswordCheck(const PasswordPool& pool, LoginLimits limits)
    : m_pool(pool)
    , m_guard(limits) {}

Result<bool> PasswordCheck::guarded(const RequestContext& context, const QString& email,
                                    const std::function<Result<bool>()>& check) const {
    QSqlDatabase db = context.db;
    const auto admission = m_guard.admit(db, email, LoginGuard::clientNetwork(context.request.ip), context.nowMs);
    if (!admission)
        return admission.failure();
    if (admission->limited)
        return tooManyAttempts(admission->retryAfterSec);
    const auto matches = check();
    using Outcome = LoginGuard::Outcome;
    const Outcome outcome = !matches ? Outcome::Unchecked : *matches ? Outcome::Success : Outcome::Failure;
    if (const auto settled = m_guard.settle(db, admission->attemptId, outcome); !settled)
        return settled.failure();
    return matches;
}

Result<Done> PasswordCheck::confirmCurrent(const RequestContext& context, const QString& email,
                                           const QString& storedHash, const QString& password,
                                           const QString& field) const {
    const auto matches = guarded(context, email, [&] { return m_pool.verify(storedHash, password); });
    if (!matches)
        return matches.failure();
    if (!*matches)
        return Failure::of(403, errc::wrongPassword, field);
    return Done{};
}

} // namespace lkk::server
