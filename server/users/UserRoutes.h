#pragma once

#include "server/http/Route.h"
#include "server/users/UsersApi.h"

namespace lkk::server::users {

// Registration, recovery, the profile and the pages behind the links in the mails.
const QList<FeatureRoute<UsersApi>>& routes();

} // namespace lkk::server::users
