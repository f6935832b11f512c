#pragma once

#include "app/api/Result.h"
#include "app/readings/ReadingsDtos.h"

#include <QByteArray>
#include <QJsonObject>

// JSON <-> readings DTOs as pure functions (the contract, docs/openapi.yaml). Strict about
// required fields and their types, tolerant of fields they do not know. The JSON field names of
// the readings API are written here and nowhere else.
namespace lkk::json {

Result<ReadingsForm> parseReadingsForm(const QByteArray& body);
QByteArray encodeReadingSubmission(const ReadingSubmission& submission); // the POST body
Result<ReadingSubmissionResult> parseReadingSubmissionResult(const QByteArray& body);
Result<ReadingsHistory> parseReadingsHistory(const QByteArray& body);

// The outbox file keeps a submission with its account (the POST body has it in the path).
QJsonObject readingSubmissionToJson(const ReadingSubmission& submission);
std::optional<ReadingSubmission> readingSubmissionFromJson(const QJsonObject& object);
QJsonObject readingSubmissionResultToJson(const ReadingSubmissionResult& result);
Result<ReadingSubmissionResult> readingSubmissionResultFromObject(const QJsonObject& object);

} // namespace lkk::json
