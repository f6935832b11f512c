#pragma once

#include "ApiClient.h"
#include "Dtos.h"
#include "Result.h"

// The API operations: each says how to make its request and how to read its answer. Adding an
// endpoint = adding one small type here (and its parser to JsonCodec).
namespace lkk {

struct LoginOperation {
    using Value = LoginResult;
    LoginRequest login;
    ApiRequest request() const;
    static Result<Value> parse(const ApiResponse& response);
};

struct RefreshOperation {
    using Value = LoginResult;
    QString refreshToken;
    ApiRequest request() const;
    static Result<Value> parse(const ApiResponse& response);
};

struct LogoutOperation { // Bearer
    using Value = NoContent;
    ApiRequest request() const;
    static Result<Value> parse(const ApiResponse& response);
};

struct GetProfileOperation { // Bearer
    using Value = Profile;
    ApiRequest request() const;
    static Result<Value> parse(const ApiResponse& response);
};

struct RequestCaptchaOperation {
    using Value = CaptchaChallenge;
    ApiRequest request() const;
    static Result<Value> parse(const ApiResponse& response);
};

struct HealthOperation {
    using Value = HealthStatus;
    ApiRequest request() const;
    static Result<Value> parse(const ApiResponse& response);
};

} // namespace lkk
