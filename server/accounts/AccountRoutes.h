#pragma once

#include "server/accounts/AccountsApi.h"
#include "server/http/Route.h"

namespace lkk::server::accounts {

// The customer's linked accounts, linking one, and «Реквизиты ЛС».
const QList<FeatureRoute<AccountsApi>>& routes();

} // namespace lkk::server::accounts
