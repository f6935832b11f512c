#pragma once

#include "server/http/Route.h"
#include "server/operator/CallerActions.h"
#include "server/operator/OperatorApi.h"

namespace lkk::server::operators {

// The operators' workspace routes (tag `operator` in docs/openapi.yaml), each with the roles it
// serves, and the customers' access journal.
const QList<FeatureRoute<OperatorApi>>& routes();
// The actions on a caller's behalf but a reading.
const QList<FeatureRoute<CallerActions>>& actionRoutes();

} // namespace lkk::server::operators
