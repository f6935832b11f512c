#include "app/appeals/AppealsOperations.h"

#include "app/api/JsonCodec.h"
#include "app/appeals/AppealsCodec.h"

using namespace Qt::StringLiterals;

namespace lkk {

namespace {

QString appealPath(qint64 appealId, QStringView rest = {}) {
    return u"/appeals/"_s + QString::number(appealId) + rest;
}

QList<std::pair<QByteArray, QByteArray>> idempotencyHeader(const QString& key) {
    return {{"Idempotency-Key", key.toLatin1()}};
}

Result<AppealThread> parseThreadOrReplay(const ApiResponse& response, bool created) {
    auto result = json::parseAppealThread(response.body);
    if (!result || !created)
        return result;
    AppealThread thread = std::move(result).value();
    thread.replay = response.httpStatus == 200;
    return thread;
}

} // namespace

ApiRequest GetAppealFormOperation::request() const {
    return {"GET", u"/accounts/"_s + QString::number(accountId) + u"/appeal-form"_s, {}, {}, {}};
}

Result<AppealForm> GetAppealFormOperation::parse(const ApiResponse& response) {
    return json::parseAppealForm(response.body);
}

ApiRequest ListAppealsOperation::request() const {
    QStringList query;
    if (from.isValid())
        query.append(u"from="_s + from.toString(Qt::ISODate));
    if (to.isValid())
        query.append(u"to="_s + to.toString(Qt::ISODate));
    return {"GET", u"/accounts/"_s + QString::number(accountId) + u"/appeals"_s, {}, {}, query.join(u'&')};
}

Result<AppealList> ListAppealsOperation::parse(const ApiResponse& response) {
    return json::parseAppealList(response.body);
}

ApiRequest CreateAppealOperation::request() const {
    ApiRequest r{"POST",
                 u"/accounts/"_s + QString::number(appeal.accountId) + u"/appeals"_s,
                 json::encodeNewAppeal(appeal),
                 {},
                 {}};
    r.headers = idempotencyHeader(idempotencyKey);
    return r;
}

Result<AppealThread> CreateAppealOperation::parse(const ApiResponse& response) {
    return parseThreadOrReplay(response, true);
}

ApiRequest GetAppealOperation::request() const {
    return {"GET", appealPath(appealId), {}, {}, {}};
}

Result<AppealThread> GetAppealOperation::parse(const ApiResponse& response) {
    return parseThreadOrReplay(response, false);
}

ApiRequest AddAppealMessageOperation::request() const {
    ApiRequest r{"POST", appealPath(message.appealId, u"/messages"), json::encodeNewAppealMessage(message), {}, {}};
    r.headers = idempotencyHeader(idempotencyKey);
    return r;
}

Result<AppealThread> AddAppealMessageOperation::parse(const ApiResponse& response) {
    return parseThreadOrReplay(response, true);
}

ApiRequest CloseAppealOperation::request() const {
    return {"POST", appealPath(appealId, u"/close"), json::encodeEmptyObject(), {}, {}};
}

Result<AppealThread> CloseAppealOperation::parse(const ApiResponse& response) {
    return parseThreadOrReplay(response, false);
}

ApiRequest MarkAppealReadOperation::request() const {
    return {"POST", appealPath(appealId, u"/read"), json::encodeEmptyObject(), {}, {}};
}

Result<NoContent> MarkAppealReadOperation::parse(const ApiResponse&) {
    return NoContent{};
}

ApiRequest DownloadAppealAttachmentOperation::request() const {
    ApiRequest request{
        "GET", appealPath(appealId, QString(u"/attachments/"_s + QString::number(attachmentId))), {}, {}, {}};
    // The same route serves the appeal's customer and the operators (docs/appeals.md): a caller's
    // cabinet downloads through it, there is no copy below /operator/customers/{id}.
    request.belowCallerPrefix = false;
    return request;
}

Result<QByteArray> DownloadAppealAttachmentOperation::parse(const ApiResponse& response) {
    return response.body;
}

namespace {

QString operatorAppealPath(qint64 appealId, QStringView rest = {}) {
    return u"/operator/appeals/"_s + QString::number(appealId) + rest;
}

Result<OperatorAppealThread> parseOperatorThreadOrReplay(const ApiResponse& response, bool created) {
    auto result = json::parseOperatorAppealThread(response.body);
    if (!result || !created)
        return result;
    OperatorAppealThread thread = std::move(result).value();
    thread.thread.replay = response.httpStatus == 200;
    return thread;
}

} // namespace

ApiRequest ListAppealQueueOperation::request() const {
    return {"GET", u"/operator/appeals"_s, {}, {}, json::appealQueueQuery(filter)};
}

Result<AppealQueuePage> ListAppealQueueOperation::parse(const ApiResponse& response) {
    return json::parseAppealQueue(response.body);
}

ApiRequest ListQueueTopicsOperation::request() const {
    return {"GET", u"/operator/appeal-topics"_s, {}, {}, {}};
}

Result<QList<QueueTopic>> ListQueueTopicsOperation::parse(const ApiResponse& response) {
    return json::parseQueueTopics(response.body);
}

ApiRequest GetOperatorAppealOperation::request() const {
    return {"GET", operatorAppealPath(appealId), {}, {}, {}};
}

Result<OperatorAppealThread> GetOperatorAppealOperation::parse(const ApiResponse& response) {
    return parseOperatorThreadOrReplay(response, false);
}

ApiRequest TakeAppealOperation::request() const {
    return {"POST", operatorAppealPath(appealId, u"/take"), json::encodeEmptyObject(), {}, {}};
}

Result<OperatorAppealThread> TakeAppealOperation::parse(const ApiResponse& response) {
    return parseOperatorThreadOrReplay(response, false);
}

ApiRequest AnswerAppealOperation::request() const {
    ApiRequest r{
        "POST", operatorAppealPath(message.appealId, u"/messages"), json::encodeNewAppealMessage(message), {}, {}};
    r.headers = idempotencyHeader(idempotencyKey);
    return r;
}

Result<OperatorAppealThread> AnswerAppealOperation::parse(const ApiResponse& response) {
    return parseOperatorThreadOrReplay(response, true);
}

ApiRequest SetAppealStatusOperation::request() const {
    return {"POST", operatorAppealPath(appealId, u"/status"), json::encodeStatusChange(status), {}, {}};
}

Result<OperatorAppealThread> SetAppealStatusOperation::parse(const ApiResponse& response) {
    return parseOperatorThreadOrReplay(response, false);
}

ApiRequest GetFaqOperation::request() const {
    return {"GET", u"/faq"_s, {}, {}, {}};
}

Result<Faq> GetFaqOperation::parse(const ApiResponse& response) {
    return json::parseFaq(response.body);
}

} // namespace lkk
