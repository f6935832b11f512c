#pragma once

#include "server/http/Route.h"
#include "server/users/ProfileApi.h"
#include "server/users/UsersApi.h"

namespace lkk::server::users {

// Registration, recovery and the pages behind the links in the mails.
const QList<FeatureRoute<UsersApi>>& routes();
// The signed-in user's profile, password and e-mail address.
const QList<FeatureRoute<ProfileApi>>& profileRoutes();

} // namespace lkk::server::users
