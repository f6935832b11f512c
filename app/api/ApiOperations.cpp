#include "app/api/ApiOperations.h"

#include "app/api/JsonCodec.h"

using namespace Qt::StringLiterals;

namespace lkk {

ApiRequest LoginOperation::request() const {
    return {"POST", u"/auth/login"_s, json::encodeLoginRequest(login), {}, {}};
}

Result<LoginResult> LoginOperation::parse(const ApiResponse& response) {
    return json::parseLoginAnswer(response.httpStatus, response.body);
}

ApiRequest CompleteSignInOperation::request() const {
    return {
        "POST", u"/auth/login/second-factor"_s, json::encodeSecondFactorRequest(challenge, code, recoveryCode), {}, {}};
}

Result<LoginResult> CompleteSignInOperation::parse(const ApiResponse& response) {
    return json::parseLoginResult(response.body);
}

ApiRequest RefreshOperation::request() const {
    return {"POST", u"/auth/refresh"_s, json::encodeRefreshRequest(refreshToken), {}, {}};
}

Result<LoginResult> RefreshOperation::parse(const ApiResponse& response) {
    return json::parseLoginResult(response.body);
}

ApiRequest LogoutOperation::request() const {
    return {"POST", u"/auth/logout"_s, json::encodeEmptyObject(), {}, {}};
}

Result<NoContent> LogoutOperation::parse(const ApiResponse&) {
    return NoContent{};
}

ApiRequest GetProfileOperation::request() const {
    return {"GET", u"/profile"_s, {}, {}, {}};
}

Result<Profile> GetProfileOperation::parse(const ApiResponse& response) {
    return json::parseProfile(response.body);
}

ApiRequest RequestCaptchaOperation::request() const {
    return {"POST", u"/captcha"_s, json::encodeEmptyObject(), {}, {}};
}

Result<CaptchaChallenge> RequestCaptchaOperation::parse(const ApiResponse& response) {
    return json::parseCaptcha(response.body);
}

ApiRequest HealthOperation::request() const {
    return {"GET", u"/health"_s, {}, {}, {}};
}

Result<HealthStatus> HealthOperation::parse(const ApiResponse& response) {
    return json::parseHealth(response.body);
}

namespace {
QString accountPath(qint64 id, QStringView rest = {}) {
    return u"/accounts/"_s + QString::number(id) + rest;
}
} // namespace

ApiRequest ListAccountsOperation::request() const {
    return {"GET", u"/accounts"_s, {}, {}, {}};
}

Result<QList<AccountSummary>> ListAccountsOperation::parse(const ApiResponse& response) {
    return json::parseAccountList(response.body);
}

ApiRequest GetAccountOperation::request() const {
    return {"GET", accountPath(accountId), {}, {}, {}};
}

Result<AccountSummary> GetAccountOperation::parse(const ApiResponse& response) {
    return json::parseAccountSummary(response.body);
}

ApiRequest UnlinkAccountOperation::request() const {
    return {"DELETE", accountPath(accountId), {}, {}, {}};
}

Result<NoContent> UnlinkAccountOperation::parse(const ApiResponse&) {
    return NoContent{};
}

ApiRequest ListCoHoldersOperation::request() const {
    return {"GET", accountPath(accountId, u"/co-holders"), {}, {}, {}};
}

Result<QList<CoHolder>> ListCoHoldersOperation::parse(const ApiResponse& response) {
    return json::parseCoHolders(response.body);
}

ApiRequest RemoveCoHolderOperation::request() const {
    return {"DELETE", accountPath(accountId, QString(u"/co-holders/"_s + QString::number(linkId))), {}, {}, {}};
}

Result<NoContent> RemoveCoHolderOperation::parse(const ApiResponse&) {
    return NoContent{};
}

ApiRequest StartLinkOperation::request() const {
    return {"POST", u"/accounts/link"_s, json::encodeStartLink(number, relation), {}, {}};
}

Result<LinkChallenge> StartLinkOperation::parse(const ApiResponse& response) {
    return json::parseLinkChallenge(response.body);
}

ApiRequest ConfirmLinkOperation::request() const {
    return {"POST", u"/accounts/link/confirm"_s, json::encodeConfirmLink(challengeId, question, answer), {}, {}};
}

Result<AccountSummary> ConfirmLinkOperation::parse(const ApiResponse& response) {
    return json::parseAccountSummary(response.body);
}

ApiRequest GetRequisitesOperation::request() const {
    return {"GET", accountPath(accountId, u"/requisites"), {}, {}, {}};
}

Result<Requisites> GetRequisitesOperation::parse(const ApiResponse& response) {
    return json::parseRequisites(response.body);
}

ApiRequest GetTariffHistoryOperation::request() const {
    return {"GET",
            accountPath(accountId, QString(u"/contracts/"_s + QString::number(contractId) + u"/tariffs"_s)),
            {},
            {},
            {}};
}

Result<TariffHistory> GetTariffHistoryOperation::parse(const ApiResponse& response) {
    return json::parseTariffHistory(response.body);
}

ApiRequest GetMetersOperation::request() const {
    QStringList query;
    if (from.isValid())
        query << u"from="_s + from.toString(Qt::ISODate);
    if (to.isValid())
        query << u"to="_s + to.toString(Qt::ISODate);
    return {"GET", accountPath(accountId, u"/meters"), {}, {}, query.join(u'&')};
}

Result<QList<MeterInfo>> GetMetersOperation::parse(const ApiResponse& response) {
    return json::parseMeters(response.body);
}

} // namespace lkk
