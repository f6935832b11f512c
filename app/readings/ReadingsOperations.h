#pragma once

#include "app/api/ApiClient.h"
#include "app/api/Result.h"
#include "app/readings/ReadingsDtos.h"

#include <QDate>

// The three readings operations; all Bearer, through Session::authorized.
namespace lkk {

struct GetReadingsFormOperation { // GET /accounts/{id}/readings/form
    using Value = ReadingsForm;
    qint64 accountId = 0;
    ApiRequest request() const;
    static Result<Value> parse(const ApiResponse& response);
};

struct SubmitReadingOperation { // POST /accounts/{id}/readings -> 201 (200 on a replay)
    using Value = ReadingSubmissionResult;
    ReadingSubmission submission;
    ApiRequest request() const;
    static Result<Value> parse(const ApiResponse& response);
};

struct GetReadingsHistoryOperation { // GET /accounts/{id}/readings?from=&to= (each only when valid)
    using Value = ReadingsHistory;
    qint64 accountId = 0;
    QDate from;
    QDate to;
    ApiRequest request() const;
    static Result<Value> parse(const ApiResponse& response);
};

} // namespace lkk
