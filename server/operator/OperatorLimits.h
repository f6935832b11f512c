#pragma once

#include "server/Result.h"
#include "server/http/RequestContext.h"

#include <optional>

namespace lkk::server {
class Database;
}

namespace lkk::server::operators {

// The operators' look-up limits (docs/security.md, «Operator audit trail»): so many searches in
// any minute and so many different customers' cabinets in any hour per operator, counted
// from the operator's own audit entries, so every instance agrees. Checked inside the request's
// transaction, after the operator's row is locked (PostgreSQL), so concurrent requests of one
// operator are counted one after the other.
class OperatorLimits {
public:
    static constexpr qint64 searchWindowMs = 60 * 1000;
    static constexpr qint64 cabinetWindowMs = 3600 * 1000;
    struct Options {
        int searchesPerMinute = 60; // operator-searches-per-minute
        int cabinetsPerHour = 300;  // operator-cabinets-per-hour
    };
    explicit OperatorLimits(Options options)
        : m_options(options) {}

    // nullopt within the limit; otherwise the 429 (operator_limit_reached, Retry-After) to answer.
    Result<std::optional<Failure>> searches(RequestContext& context) const;
    Result<std::optional<Failure>> cabinets(RequestContext& context, qint64 customerId) const;

    // After a refusal, outside its rolled-back transaction: a warning in the log, and a
    // limit_exceeded entry in the trail for the supervisors (at most one per operator and minute).
    static void report(Database& database, RequestContext& context, const Failure& refusal);

private:
    Options m_options;
};

} // namespace lkk::server::operators
