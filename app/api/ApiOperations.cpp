#include "ApiOperations.h"

#include "JsonCodec.h"

using namespace Qt::StringLiterals;

namespace lkk {

ApiRequest LoginOperation::request() const {
    return {"POST", u"/auth/login"_s, json::encodeLoginRequest(login), {}};
}

Result<LoginResult> LoginOperation::parse(const ApiResponse& response) {
    return json::parseLoginResult(response.body);
}

ApiRequest RefreshOperation::request() const {
    return {"POST", u"/auth/refresh"_s, json::encodeRefreshRequest(refreshToken), {}};
}

Result<LoginResult> RefreshOperation::parse(const ApiResponse& response) {
    return json::parseLoginResult(response.body);
}

ApiRequest LogoutOperation::request() const {
    return {"POST", u"/auth/logout"_s, json::encodeEmptyObject(), {}};
}

Result<NoContent> LogoutOperation::parse(const ApiResponse&) {
    return NoContent{};
}

ApiRequest GetProfileOperation::request() const {
    return {"GET", u"/profile"_s, {}, {}};
}

Result<Profile> GetProfileOperation::parse(const ApiResponse& response) {
    return json::parseProfile(response.body);
}

ApiRequest RequestCaptchaOperation::request() const {
    return {"POST", u"/captcha"_s, json::encodeEmptyObject(), {}};
}

Result<CaptchaChallenge> RequestCaptchaOperation::parse(const ApiResponse& response) {
    return json::parseCaptcha(response.body);
}

ApiRequest HealthOperation::request() const {
    return {"GET", u"/health"_s, {}, {}};
}

Result<HealthStatus> HealthOperation::parse(const ApiResponse& response) {
    return json::parseHealth(response.body);
}

} // namespace lkk
