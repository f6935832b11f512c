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
    return {"GET", appealPath(appealId, QString(u"/attachments/"_s + QString::number(attachmentId))), {}, {}, {}};
}

Result<QByteArray> DownloadAppealAttachmentOperation::parse(const ApiResponse& response) {
    return response.body;
}

ApiRequest GetFaqOperation::request() const {
    return {"GET", u"/faq"_s, {}, {}, {}};
}

Result<Faq> GetFaqOperation::parse(const ApiResponse& response) {
    return json::parseFaq(response.body);
}

} // namespace lkk
