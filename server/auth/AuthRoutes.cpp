#include "server/auth/AuthRoutes.h"

namespace lkk::server {

const QList<FeatureRoute<AuthService>>& authRoutes() {
    using Method = HttpMethod;
    static const QList<FeatureRoute<AuthService>> table = {
        {{Method::Post, "/api/v1/auth/login"}, &AuthService::login},
        {{Method::Post, "/api/v1/auth/login/second-factor"}, &AuthService::completeSignIn},
        {{Method::Post, "/api/v1/auth/refresh"}, &AuthService::refresh},
        // An expired access token still names the session to end.
        {{.method = Method::Post,
          .path = "/api/v1/auth/logout",
          .roles = Roles::signedIn(),
          .acceptsExpiredToken = true},
         &AuthService::logout},
        {{.method = Method::Get,
          .path = "/api/v1/profile",
          .roles = Roles::signedIn(),
          .withToken = &AuthService::profileRead},
         &AuthService::profile},
        {{Method::Post, "/api/v1/captcha"}, &AuthService::captcha},
        // Reports the database itself (200 ok / 503 degraded) instead of failing on it.
        {{.method = Method::Get, .path = "/api/v1/health", .usesDatabase = false}, &AuthService::health},
    };
    return table;
}

} // namespace lkk::server
