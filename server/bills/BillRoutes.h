#pragma once

#include "server/bills/BillsService.h"
#include "server/http/Route.h"

namespace lkk::server::payments {

// The account's bills per billing period.
const QList<FeatureRoute<BillsService>>& billRoutes();

} // namespace lkk::server::payments
