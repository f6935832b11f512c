#pragma once

#include "app/api/ApiClient.h"
#include "app/api/Dtos.h"
#include "app/api/Result.h"

#include <QDate>

// The API operations: each says how to make its request and how to read its answer. Adding an
// endpoint = adding one small type here (and its parser to JsonCodec).
namespace lkk {

struct LoginOperation {
    using Value = LoginResult;
    LoginRequest login;
    ApiRequest request() const;
    static Result<Value> parse(const ApiResponse& response);
};

// POST /auth/login/second-factor: completes an operator's sign-in; recoveryCodes after enrolment.
struct CompleteSignInOperation {
    using Value = LoginResult;
    QString challenge;
    QString code;         // the 6 digits of the authenticator app, or
    QString recoveryCode; // one of the ten recovery codes (sent instead of code when set)
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

// ---- Accounts; all Bearer, through Session::authorized ----

struct ListAccountsOperation { // GET /accounts
    using Value = QList<AccountSummary>;
    ApiRequest request() const;
    static Result<Value> parse(const ApiResponse& response);
};

struct GetAccountOperation { // GET /accounts/{id}
    using Value = AccountSummary;
    qint64 accountId = 0;
    ApiRequest request() const;
    static Result<Value> parse(const ApiResponse& response);
};

struct UnlinkAccountOperation { // DELETE /accounts/{id} -> 204
    using Value = NoContent;
    qint64 accountId = 0;
    ApiRequest request() const;
    static Result<Value> parse(const ApiResponse& response);
};

struct ListCoHoldersOperation { // GET /accounts/{id}/co-holders (the holder's; 403 for a co-holder)
    using Value = QList<CoHolder>;
    qint64 accountId = 0;
    ApiRequest request() const;
    static Result<Value> parse(const ApiResponse& response);
};

struct RemoveCoHolderOperation { // DELETE /accounts/{id}/co-holders/{linkId} -> 204
    using Value = NoContent;
    qint64 accountId = 0;
    qint64 linkId = 0;
    ApiRequest request() const;
    static Result<Value> parse(const ApiResponse& response);
};

struct StartLinkOperation { // POST /accounts/link
    using Value = LinkChallenge;
    QString number; // sent normalized (spaces removed)
    Relation relation = Relation::Owner;
    ApiRequest request() const;
    static Result<Value> parse(const ApiResponse& response);
};

struct ConfirmLinkOperation { // POST /accounts/link/confirm -> 201 AccountSummary
    using Value = AccountSummary;
    QString challengeId;
    QString question; // "link_code" | "total_to_pay"
    QString answer;
    ApiRequest request() const;
    static Result<Value> parse(const ApiResponse& response);
};

struct GetRequisitesOperation { // GET /accounts/{id}/requisites
    using Value = Requisites;
    qint64 accountId = 0;
    ApiRequest request() const;
    static Result<Value> parse(const ApiResponse& response);
};

struct GetTariffHistoryOperation { // GET /accounts/{id}/contracts/{contractId}/tariffs
    using Value = TariffHistory;
    qint64 accountId = 0;
    qint64 contractId = 0;
    ApiRequest request() const;
    static Result<Value> parse(const ApiResponse& response);
};

struct GetMetersOperation { // GET /accounts/{id}/meters?from=&to= (each only when valid)
    using Value = QList<MeterInfo>;
    qint64 accountId = 0;
    QDate from;
    QDate to;
    ApiRequest request() const;
    static Result<Value> parse(const ApiResponse& response);
};

} // namespace lkk
