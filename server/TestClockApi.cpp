#include "server/TestClockApi.h"

#include "server/Clock.h"

#include <QDateTime>

namespace lkk::server {

using namespace Qt::StringLiterals;

const QList<FeatureRoute<TestClockApi>>& testClockRoutes() {
    static const QList<FeatureRoute<TestClockApi>> table = {
        {{.method = HttpMethod::Post, .path = "/api/v1/test/clock", .usesDatabase = false, .testOnly = true},
         &TestClockApi::set},
    };
    return table;
}

Result<ApiReply> TestClockApi::set(RequestContext& context) const {
    static const JsonBody::Spec spec{{{u"now"_s, JsonBody::Type::String, true}}, false};
    const auto body = context.json(spec);
    if (!body)
        return body.failure();
    // An explicit Z or offset: a local time would depend on the machine's zone.
    const QDateTime now = QDateTime::fromString(body->value(u"now"_s).toString(), Qt::ISODateWithMs);
    if (!now.isValid() || now.timeSpec() == Qt::LocalTime)
        return Failure::invalid(u"now"_s, {});
    setTestClock(now.toMSecsSinceEpoch());
    return ApiReply::noContent();
}

} // namespace lkk::server
