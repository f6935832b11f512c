#include "app/operator/OperatorOperations.h"

#include "app/operator/OperatorCodec.h"

#include <QJsonObject>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace lkk {

QString callerPathPrefix(qint64 customerId) {
    return u"/operator/customers/"_s + QString::number(customerId);
}

ApiRequest SearchCallersOperation::request() const {
    // Every reserved character encoded, '+' included: the server reads a bare '+' as a space.
    const QString q = QString::fromLatin1(QUrl::toPercentEncoding(query.trimmed()));
    return {"GET", u"/operator/customers"_s, {}, {}, u"q="_s + q};
}

Result<CallerSearchResult> SearchCallersOperation::parse(const ApiResponse& response) {
    return json::parseCallerSearchResult(response.body);
}

ApiRequest GetCallerCabinetOperation::request() const {
    return {"GET", callerPathPrefix(customerId), {}, {}, {}};
}

Result<CallerCabinet> GetCallerCabinetOperation::parse(const ApiResponse& response) {
    return json::parseCallerCabinet(response.body);
}

ApiRequest CallerActionOperation::request() const {
    QString rest;
    QJsonObject fields;
    switch (action) {
    case CallerAction::ResendConfirmation:
        rest = u"/confirmation"_s;
        break;
    case CallerAction::LiftSignInLock:
        rest = u"/sign-in-lock/lift"_s;
        break;
    case CallerAction::LiftLinkLock:
        rest = u"/link-lock/lift"_s;
        fields.insert("accountNumber"_L1, accountNumber);
        break;
    }
    return {"POST", callerPathPrefix(customerId) + rest, json::encodeReasonBody(reason, fields), {}, {}};
}

Result<NoContent> CallerActionOperation::parse(const ApiResponse&) {
    return NoContent{};
}

ApiRequest ListAppealTopicsOperation::request() const {
    return {"GET", u"/operator/appeal-topics"_s, {}, {}, {}};
}

Result<QList<AppealTopic>> ListAppealTopicsOperation::parse(const ApiResponse& response) {
    return json::parseActiveAppealTopics(response.body);
}

ApiRequest RegisterAppealOperation::request() const {
    const QJsonObject fields{
        {"accountId"_L1, accountId}, {"providerId"_L1, providerId}, {"topic"_L1, topic}, {"text"_L1, text}};
    ApiRequest request{
        "POST", callerPathPrefix(customerId) + u"/appeals"_s, json::encodeReasonBody(reason, fields), {}, {}};
    request.headers.append({"Idempotency-Key", idempotencyKey.toLatin1()});
    return request;
}

Result<NoContent> RegisterAppealOperation::parse(const ApiResponse&) {
    return NoContent{};
}

} // namespace lkk
