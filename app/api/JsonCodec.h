#pragma once

#include "app/api/Dtos.h"
#include "app/api/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <utility>

// JSON <-> DTO as pure functions (docs/openapi.yaml). Parsers are strict about the fields the
// contract requires and their types, and ignore fields they do not know (a newer server may add
// some). A parse failure is an ApiError of Kind::Protocol whose message names the bad field.
namespace lkk::json {

using HeaderList = QList<std::pair<QByteArray, QByteArray>>;

QByteArray encodeLoginRequest(const LoginRequest& request);
QByteArray encodeRefreshRequest(const QString& refreshToken);
QByteArray encodeEmptyObject();

Result<LoginResult> parseLoginResult(const QByteArray& body);
// POST /auth/login: a session (200), or the challenge of a second factor (202) in secondFactor.
Result<LoginResult> parseLoginAnswer(int httpStatus, const QByteArray& body);
Result<SecondFactorChallenge> parseSecondFactorChallenge(const QByteArray& body);
// POST /auth/login/second-factor: the 6-digit `code`, or `recoveryCode` when that is not empty.
QByteArray encodeSecondFactorRequest(const QString& challenge, const QString& code, const QString& recoveryCode);
Result<Profile> parseProfile(const QByteArray& body);
Result<CaptchaChallenge> parseCaptcha(const QByteArray& body);
Result<HealthStatus> parseHealth(const QByteArray& body);

// Accounts.
QByteArray encodeStartLink(const QString& number, Relation relation);
QByteArray encodeConfirmLink(const QString& challengeId, const QString& question, const QString& answer);
Result<QList<AccountSummary>> parseAccountList(const QByteArray& body); // {"accounts":[…]}
Result<AccountSummary> parseAccountSummary(const QByteArray& body);
Result<LinkChallenge> parseLinkChallenge(const QByteArray& body);
Result<Requisites> parseRequisites(const QByteArray& body);
Result<TariffHistory> parseTariffHistory(const QByteArray& body);
Result<QList<MeterInfo>> parseMeters(const QByteArray& body);   // {"meters":[…]}
Result<QList<CoHolder>> parseCoHolders(const QByteArray& body); // {"coHolders":[…]}

// The same, from an object already parsed (`where` prefixes field names in error messages).
Result<Profile> profileFromObject(const QJsonObject& object, const QString& where = {});
Result<AccountSummary> accountSummaryFromObject(const QJsonObject& object, const QString& where = {});

// The error of a 4xx/5xx answer: the structured {"error":{code,field,message}} when the body has
// it, otherwise a message that at least names the HTTP status. Retry-After (seconds or an HTTP
// date) fills retryAfterSeconds. "details" is kept as sent; its attemptsLeft (integer >= 0) and
// lockedUntil (ISO 8601 with offset) fill the typed fields when well-formed, and are ignored otherwise.
ApiError parseApiError(int httpStatus, const QByteArray& body, const HeaderList& headers);

// A Kind::Protocol error with a translated message around a technical detail.
ApiError protocolError(const QString& detail);

// Case-insensitive header lookup.
QByteArray headerValue(const HeaderList& headers, const QByteArray& name);

} // namespace lkk::json
