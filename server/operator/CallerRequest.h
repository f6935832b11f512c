#pragma once

#include "server/Result.h"
#include "server/http/RequestContext.h"

#include <QJsonObject>
#include <QString>

namespace lkk::server::operators {

// What every operators' route of a caller (/operator/customers/{id}/…) needs first.

// The card (CallerSearch::card) of the customer of the path's first id, or 404
// customer_not_found (also for an operator's id); callerOf: their id.
Result<QJsonObject> callerCard(RequestContext& context);
Result<qint64> callerOf(RequestContext& context);

// The same request as the customer makes it, with the operator as Caller::operatorId: the
// customer's own services answer it. `request` stands for the operator's when the customer's
// route takes other path ids or another body.
RequestContext asCustomer(const RequestContext& context, qint64 customerId, const RequestData* request = nullptr);

// Takes `reason` out of an action's body: 10–500 characters after trimming (OperatorRules), or
// 400 validation_failed with the field `reason`.
Result<QString> takeReason(QJsonObject& body, Language language);

} // namespace lkk::server::operators
