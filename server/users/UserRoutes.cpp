#include "server/users/UserRoutes.h"

namespace lkk::server::users {

const QList<FeatureRoute<UsersApi>>& routes() {
    using Method = HttpMethod;
    static const QList<FeatureRoute<UsersApi>> table = {
        {{Method::Post, "/api/v1/auth/register"}, &UsersApi::registerUser},
        {{Method::Post, "/api/v1/auth/register/confirm"}, &UsersApi::confirm},
        {{Method::Post, "/api/v1/auth/register/resend"}, &UsersApi::resend},
        {{Method::Post, "/api/v1/auth/recover"}, &UsersApi::recover},
        {{Method::Post, "/api/v1/auth/recover/confirm"}, &UsersApi::recoverConfirm},
        // The pages behind the links in the mails: a failing database answers a page too.
        {{.method = Method::Get, .path = "/confirm", .page = true}, &UsersApi::confirmPage},
        {{.method = Method::Post, .path = "/confirm", .maxBodyBytes = 8 * 1024, .page = true},
         &UsersApi::confirmPageSubmit},
        {{.method = Method::Get, .path = "/recover", .page = true}, &UsersApi::recoverPage},
        // The new-password form is small: the HTTP layer refuses a larger body with a 413 page.
        {{.method = Method::Post, .path = "/recover", .maxBodyBytes = 8 * 1024, .page = true},
         &UsersApi::recoverPageSubmit},
    };
    return table;
}

const QList<FeatureRoute<ProfileApi>>& profileRoutes() {
    using Method = HttpMethod;
    const Roles signedIn = Roles::signedIn();
    const Roles customer{Role::Customer};
    static const QList<FeatureRoute<ProfileApi>> table = {
        {{Method::Post, "/api/v1/profile/password", signedIn}, &ProfileApi::changePassword},
        {{Method::Patch, "/api/v1/profile", signedIn}, &ProfileApi::updateProfile},
        // An operator's address is their account's name, given by `lkk-server operator add`.
        {{Method::Post, "/api/v1/profile/email", customer}, &ProfileApi::requestEmailChange},
        {{Method::Post, "/api/v1/profile/email/confirm", customer}, &ProfileApi::confirmEmailChange},
    };
    return table;
}

} // namespace lkk::server::users
