#pragma once

#include "server/http/Route.h"

#include <QList>

namespace lkk::server::operators {

class OperatorApi;

// One read of the caller's cabinet: a customer's GET route and the operators' route that answers
// it for a caller (docs/openapi.yaml, tag operator, «A caller's cabinet»).
struct CabinetView {
    const char* customerPath; // "/api/v1/accounts/{id}/bills"
    const char* operatorPath; // "/api/v1/operator/customers/{id}/accounts/{accountId}/bills"
    const char* view;         // the audit entry's details.view: "bills"
    bool ofAccount;           // the route's first id is an account of the caller (else an appeal)
};

// The reviewed list of what operators read of a caller: the account, its requisites, tariffs,
// meters, bills, readings, payments and appeals. Never the payment form, a link question or
// anything that writes.
const QList<CabinetView>& cabinetViews();

// Appends an operators' route for every view to `routes`, which must hold the customers' routes
// already: the same query and the same body (the ETag the body's), answered by the customer's own
// handler for the caller through `api` (OperatorApi::cabinetView). api null: the infos only
// (--print-routes).
void appendCallerCabinet(QList<Route>& routes, const OperatorApi* api);

} // namespace lkk::server::operators
