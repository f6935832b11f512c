#pragma once

#include "server/auth/AuthService.h"
#include "server/http/Route.h"

namespace lkk::server {

// Sign-in, tokens, the profile, the captcha and the health check.
const QList<FeatureRoute<AuthService>>& authRoutes();

} // namespace lkk::server
