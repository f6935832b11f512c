#include "app/readings/ReadingsOperations.h"

#include "app/readings/ReadingsCodec.h"

using namespace Qt::StringLiterals;

namespace lkk {

namespace {
QString readingsPath(qint64 accountId, QStringView rest = {}) {
    return u"/accounts/"_s + QString::number(accountId) + u"/readings"_s + rest;
}
} // namespace

ApiRequest GetReadingsFormOperation::request() const {
    return {"GET", readingsPath(accountId, u"/form"), {}, {}, {}};
}

Result<ReadingsForm> GetReadingsFormOperation::parse(const ApiResponse& response) {
    return json::parseReadingsForm(response.body);
}

ApiRequest SubmitReadingOperation::request() const {
    return {"POST", readingsPath(submission.accountId), json::encodeReadingSubmission(submission), {}, {}};
}

Result<ReadingSubmissionResult> SubmitReadingOperation::parse(const ApiResponse& response) {
    auto result = json::parseReadingSubmissionResult(response.body);
    if (!result)
        return result;
    ReadingSubmissionResult value = std::move(result).value();
    value.replay = response.httpStatus == 200;
    return value;
}

ApiRequest GetReadingsHistoryOperation::request() const {
    QStringList query;
    if (from.isValid())
        query.append(u"from="_s + from.toString(Qt::ISODate));
    if (to.isValid())
        query.append(u"to="_s + to.toString(Qt::ISODate));
    return {"GET", readingsPath(accountId), {}, {}, query.join(u'&')};
}

Result<ReadingsHistory> GetReadingsHistoryOperation::parse(const ApiResponse& response) {
    return json::parseReadingsHistory(response.body);
}

} // namespace lkk
