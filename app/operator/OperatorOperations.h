#pragma once

#include "app/api/ApiClient.h"
#include "app/api/Result.h"
#include "app/appeals/AppealDtos.h"
#include "app/operator/OperatorDtos.h"

// The operators' own requests (docs/openapi.yaml, tag `operator`), sent with the operator's
// session as it is (no caller prefix). The caller's cabinet data comes through the customer's
// operations on a caller-scoped Session instead (Session's pathPrefix).
namespace lkk {

struct SearchCallersOperation { // GET /operator/customers?q=
    using Value = CallerSearchResult;
    QString query;
    ApiRequest request() const;
    static Result<Value> parse(const ApiResponse& response);
};

struct GetCallerCabinetOperation { // GET /operator/customers/{id} (audited cabinet_open)
    using Value = CallerCabinet;
    qint64 customerId = 0;
    ApiRequest request() const;
    static Result<Value> parse(const ApiResponse& response);
};

// What an operator does for a caller, each with a reason (10–500 characters).
enum class CallerAction {
    ResendConfirmation, // POST …/confirmation
    LiftSignInLock,     // POST …/sign-in-lock/lift
    LiftLinkLock,       // POST …/link-lock/lift, with the account number
};

struct CallerActionOperation {
    using Value = NoContent;
    qint64 customerId = 0;
    CallerAction action = CallerAction::ResendConfirmation;
    QString reason;
    QString accountNumber; // LiftLinkLock only
    ApiRequest request() const;
    static Result<Value> parse(const ApiResponse& response);
};

struct ListAppealTopicsOperation { // GET /operator/appeal-topics; only the active ones are kept
    using Value = QList<AppealTopic>;
    ApiRequest request() const;
    static Result<Value> parse(const ApiResponse& response);
};

// POST /operator/customers/{id}/appeals: an appeal the caller dictates, registered as theirs, once
// per idempotencyKey (a retry of the same registration answers with the same appeal).
struct RegisterAppealOperation {
    using Value = NoContent;
    qint64 customerId = 0;
    QString idempotencyKey;
    qint64 accountId = 0; // one of the caller's accounts
    qint64 providerId = 0;
    QString topic; // AppealTopic::code
    QString text;
    QString reason;
    ApiRequest request() const;
    static Result<Value> parse(const ApiResponse& response);
};

// "/operator/customers/{id}": the prefix of a caller's cabinet requests.
QString callerPathPrefix(qint64 customerId);

} // namespace lkk
