#include "app/registration/RegistrationOperations.h"

#include "app/api/JsonCodec.h"
#include "app/registration/RegistrationCodec.h"

using namespace Qt::StringLiterals;

namespace lkk {

ApiRequest RegisterOperation::request() const {
    return {"POST", u"/auth/register"_s, json::encodeRegistration(form, captchaId, captchaAnswer, agreement), {}, {}};
}

Result<RegistrationAccepted> RegisterOperation::parse(const ApiResponse& response) {
    return json::parseRegistrationAccepted(response.body);
}

ApiRequest ConfirmRegistrationOperation::request() const {
    return {"POST", u"/auth/register/confirm"_s, json::encodeEmailCode(email, code), {}, {}};
}

ApiRequest ResendConfirmationOperation::request() const {
    return {"POST", u"/auth/register/resend"_s, json::encodeEmail(email), {}, {}};
}

Result<int> ResendConfirmationOperation::parse(const ApiResponse& response) {
    return json::parseResendAccepted(response.body);
}

ApiRequest RecoverPasswordOperation::request() const {
    return {"POST", u"/auth/recover"_s, json::encodeRecovery(email, captchaId, captchaAnswer), {}, {}};
}

Result<RecoveryAccepted> RecoverPasswordOperation::parse(const ApiResponse& response) {
    return json::parseRecoveryAccepted(response.body);
}

ApiRequest ConfirmRecoveryOperation::request() const {
    return {"POST", u"/auth/recover/confirm"_s, json::encodeRecoveryConfirm(email, code, newPassword), {}, {}};
}

ApiRequest UpdateProfileOperation::request() const {
    return {"PATCH", u"/profile"_s, json::encodeProfileUpdate(update), {}, {}};
}

Result<Profile> UpdateProfileOperation::parse(const ApiResponse& response) {
    return json::parseProfile(response.body);
}

ApiRequest ChangeEmailOperation::request() const {
    return {"POST", u"/profile/email"_s, json::encodeEmailChange(newEmail, currentPassword), {}, {}};
}

Result<EmailChangeAccepted> ChangeEmailOperation::parse(const ApiResponse& response) {
    return json::parseEmailChangeAccepted(response.body);
}

ApiRequest ConfirmEmailChangeOperation::request() const {
    return {"POST", u"/profile/email/confirm"_s, json::encodeCode(code), {}, {}};
}

Result<Profile> ConfirmEmailChangeOperation::parse(const ApiResponse& response) {
    return json::parseProfile(response.body);
}

ApiRequest ChangePasswordOperation::request() const {
    return {"POST", u"/profile/password"_s, json::encodePasswordChange(currentPassword, newPassword), {}, {}};
}

} // namespace lkk
