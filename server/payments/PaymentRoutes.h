#pragma once

#include "server/http/Route.h"
#include "server/payments/PaymentsApi.h"

namespace lkk::server::payments {

// Payments per account, payment orders, the payment rules and the sandbox bank's pages.
const QList<FeatureRoute<PaymentsApi>>& routes();

} // namespace lkk::server::payments
