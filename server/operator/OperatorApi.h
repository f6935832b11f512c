#pragma once

#include "server/Result.h"
#include "server/http/ApiReply.h"
#include "server/http/RequestContext.h"
#include "server/http/Route.h"
#include "server/operator/AuditTrail.h"
#include "server/operator/OperatorLimits.h"
#include "server/readings/ReadingsService.h"

#include <functional>
#include <optional>

namespace lkk::server {
class Database;
}

namespace lkk::server::operators {

struct CabinetView;

// The handlers of the operators' routes (OperatorRoutes.cpp): the caller search, a caller's
// cabinet read through the customer's own services (never a copy of their logic), a reading
// submitted on the caller's behalf, the audit log for supervisors and the customer's access
// journal. Every read of a customer's data and every action writes its AuditTrail entry in its
// own transaction: a refused or failed one leaves none, and a failed entry fails it.
class OperatorApi {
public:
    OperatorApi(Database& database, OperatorLimits limits, int readingsFromDay, int readingsToDay);

    Result<ApiReply> search(RequestContext& context) const;       // GET /operator/customers?q=
    Result<ApiReply> cabinet(RequestContext& context) const;      // GET /operator/customers/{id}
    Result<ApiReply> readingsForm(RequestContext& context) const; // GET …/accounts/{accountId}/readings/form
    // GET /operator/customers/{id}/… of a CabinetView: the customer's route answers for the caller.
    Result<ApiReply> cabinetView(RequestContext& context, const CabinetView& view,
                                 const std::function<Result<ApiReply>(RequestContext&)>& customerRoute) const;
    Result<ApiReply> submitReading(RequestContext& context) const; // POST …/accounts/{accountId}/readings
    Result<ApiReply> auditLog(RequestContext& context) const;      // GET /operator/audit (supervisors)
    Result<ApiReply> accessJournal(RequestContext& context) const; // GET /profile/access-journal (customers)

private:
    enum class Limit { Searches, Cabinets };
    // Runs `read` and writes `entry` (which `read` may complete) in one transaction, after the
    // limit check; a refusal by the limit is reported (OperatorLimits::report).
    Result<ApiReply> audited(RequestContext& context, AuditEntry entry, Limit limit,
                             const std::function<Result<ApiReply>(AuditEntry&)>& read) const;
    // The customer of the path's first id and their account of the second (linked to them), or
    // the 404 to answer.
    struct Target {
        qint64 customerId = 0;
        qint64 accountId = 0;
        QString accountNumber;
    };
    static Result<Target> target(RequestContext& context);

    Database& m_database;
    OperatorLimits m_limits;
    readings::ReadingsService m_readings;
};

} // namespace lkk::server::operators
