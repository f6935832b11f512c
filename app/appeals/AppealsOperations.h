#pragma once

#include "app/api/ApiClient.h"
#include "app/api/Result.h"
#include "app/appeals/AppealDtos.h"

#include <QDate>

// The customer's appeals operations (Bearer, through Session::authorized) and the public FAQ.
namespace lkk {

struct GetAppealFormOperation { // GET /accounts/{id}/appeal-form
    using Value = AppealForm;
    qint64 accountId = 0;
    ApiRequest request() const;
    static Result<Value> parse(const ApiResponse& response);
};

struct ListAppealsOperation { // GET /accounts/{id}/appeals?from=&to= (each only when valid)
    using Value = AppealList;
    qint64 accountId = 0;
    QDate from;
    QDate to;
    ApiRequest request() const;
    static Result<Value> parse(const ApiResponse& response);
};

struct CreateAppealOperation { // POST /accounts/{id}/appeals -> 201 (200 on a replay of the key)
    using Value = AppealThread;
    NewAppeal appeal;
    QString idempotencyKey;
    ApiRequest request() const;
    static Result<Value> parse(const ApiResponse& response);
};

struct GetAppealOperation { // GET /appeals/{id}
    using Value = AppealThread;
    qint64 appealId = 0;
    ApiRequest request() const;
    static Result<Value> parse(const ApiResponse& response);
};

struct AddAppealMessageOperation { // POST /appeals/{id}/messages -> 201 (200 on a replay)
    using Value = AppealThread;
    NewAppealMessage message;
    QString idempotencyKey;
    ApiRequest request() const;
    static Result<Value> parse(const ApiResponse& response);
};

struct CloseAppealOperation { // POST /appeals/{id}/close
    using Value = AppealThread;
    qint64 appealId = 0;
    ApiRequest request() const;
    static Result<Value> parse(const ApiResponse& response);
};

struct MarkAppealReadOperation { // POST /appeals/{id}/read -> 204
    using Value = NoContent;
    qint64 appealId = 0;
    ApiRequest request() const;
    static Result<Value> parse(const ApiResponse& response);
};

struct DownloadAppealAttachmentOperation { // GET /appeals/{id}/attachments/{attachmentId}: the bytes
    using Value = QByteArray;
    qint64 appealId = 0;
    qint64 attachmentId = 0;
    ApiRequest request() const;
    static Result<Value> parse(const ApiResponse& response);
};

// The operators' queue (operator and supervisor sign-ins).
struct ListAppealQueueOperation { // GET /operator/appeals?…
    using Value = AppealQueuePage;
    AppealQueueFilter filter;
    ApiRequest request() const;
    static Result<Value> parse(const ApiResponse& response);
};

struct ListQueueTopicsOperation { // GET /operator/appeal-topics
    using Value = QList<QueueTopic>;
    ApiRequest request() const;
    static Result<Value> parse(const ApiResponse& response);
};

struct GetOperatorAppealOperation { // GET /operator/appeals/{id}
    using Value = OperatorAppealThread;
    qint64 appealId = 0;
    ApiRequest request() const;
    static Result<Value> parse(const ApiResponse& response);
};

struct TakeAppealOperation { // POST /operator/appeals/{id}/take
    using Value = OperatorAppealThread;
    qint64 appealId = 0;
    ApiRequest request() const;
    static Result<Value> parse(const ApiResponse& response);
};

struct AnswerAppealOperation { // POST /operator/appeals/{id}/messages -> 201 (200 on a replay)
    using Value = OperatorAppealThread;
    NewAppealMessage message;
    QString idempotencyKey;
    ApiRequest request() const;
    static Result<Value> parse(const ApiResponse& response);
};

struct SetAppealStatusOperation { // POST /operator/appeals/{id}/status: new, in_progress or closed
    using Value = OperatorAppealThread;
    qint64 appealId = 0;
    AppealStatus status = AppealStatus::InProgress;
    ApiRequest request() const;
    static Result<Value> parse(const ApiResponse& response);
};

struct GetFaqOperation { // GET /faq, no sign-in; the language is the client's Accept-Language
    using Value = Faq;
    ApiRequest request() const;
    static Result<Value> parse(const ApiResponse& response);
};

} // namespace lkk
