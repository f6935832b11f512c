#pragma once

#include "app/api/ApiClient.h"
#include "app/api/Result.h"
#include "app/registration/RegistrationDtos.h"

// The registration, recovery and profile endpoints as operations for ApiClient::call /
// Session::authorized (app/api/ApiOperations.h).
namespace lkk {

struct RegisterOperation { // POST /auth/register -> 202
    using Value = RegistrationAccepted;
    RegistrationForm form;
    QString captchaId;
    QString captchaAnswer;
    bool agreement = false;
    ApiRequest request() const;
    static Result<Value> parse(const ApiResponse& response);
};

struct ConfirmRegistrationOperation { // POST /auth/register/confirm -> 204
    using Value = NoContent;
    QString email;
    QString code;
    ApiRequest request() const;
    static Result<Value> parse(const ApiResponse&) { return NoContent{}; }
};

struct ResendConfirmationOperation { // POST /auth/register/resend -> 202 {"resendAfter"}
    using Value = int;
    QString email;
    ApiRequest request() const;
    static Result<Value> parse(const ApiResponse& response);
};

struct RecoverPasswordOperation { // POST /auth/recover -> 202
    using Value = RecoveryAccepted;
    QString email;
    QString captchaId;
    QString captchaAnswer;
    ApiRequest request() const;
    static Result<Value> parse(const ApiResponse& response);
};

struct ConfirmRecoveryOperation { // POST /auth/recover/confirm -> 204
    using Value = NoContent;
    QString email;
    QString code;
    QString newPassword;
    ApiRequest request() const;
    static Result<Value> parse(const ApiResponse&) { return NoContent{}; }
};

struct UpdateProfileOperation { // PATCH /profile -> 200 Profile (Bearer)
    using Value = Profile;
    ProfileUpdate update;
    ApiRequest request() const;
    static Result<Value> parse(const ApiResponse& response);
};

struct ChangeEmailOperation { // POST /profile/email -> 202 (Bearer)
    using Value = EmailChangeAccepted;
    QString newEmail;
    QString currentPassword;
    ApiRequest request() const;
    static Result<Value> parse(const ApiResponse& response);
};

struct ConfirmEmailChangeOperation { // POST /profile/email/confirm -> 200 Profile (Bearer)
    using Value = Profile;
    QString code;
    ApiRequest request() const;
    static Result<Value> parse(const ApiResponse& response);
};

struct ChangePasswordOperation { // POST /profile/password -> 204 (Bearer)
    using Value = NoContent;
    QString currentPassword;
    QString newPassword;
    ApiRequest request() const;
    static Result<Value> parse(const ApiResponse&) { return NoContent{}; }
};

} // namespace lkk
