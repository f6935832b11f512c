#pragma once

#include "server/http/Route.h"
#include "server/operator/OperatorApi.h"

namespace lkk::server::operators {

// The operators' workspace routes (tag `operator` in docs/openapi.yaml), each with the roles it
// serves, and the customers' access journal.
const QList<FeatureRoute<OperatorApi>>& routes();

} // namespace lkk::server::operators
