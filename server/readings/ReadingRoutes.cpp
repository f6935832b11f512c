// The /readings handlers of HttpApi (declared in HttpApi.h), kept with the readings module so the
// shared router file only holds the route table.
#include "server/http/HttpApi.h"

#include "server/accounts/AccountContext.h"
#include "server/readings/ReadingsApi.h"
#include "shared/ErrorCodes.h"

namespace lkk::server {

using namespace Qt::StringLiterals;

ApiReply HttpApi::readingsForm(const RequestData& data) const {
    if (!m_readings)
        return ApiReply::error(503, errc::serviceUnavailable, data.language);
    return m_readings->form(data.bearerToken, data.pathArgs.value(0), data.language);
}

ApiReply HttpApi::readingsHistory(const RequestData& data) const {
    if (!m_readings)
        return ApiReply::error(503, errc::serviceUnavailable, data.language);
    return m_readings->history(data.bearerToken, data.pathArgs.value(0), data.query, data.language);
}

ApiReply HttpApi::submitReadings(const RequestData& data) const {
    if (!m_readings)
        return ApiReply::error(503, errc::serviceUnavailable, data.language);
    accounts::Caller caller;
    qint64 accountId = 0;
    if (auto refused = m_readings->admit(data.bearerToken, data.pathArgs.value(0), data.language, &caller, &accountId))
        return *refused;
    using T = JsonBody::Type;
    static const JsonBody::Spec spec{{{u"submissionId"_s, T::String, true},
                                      {u"meterId"_s, T::Integer, true},
                                      {u"values"_s, T::Object, true},
                                      {u"confirmRollover"_s, T::Bool, false},
                                      {u"confirmHighConsumption"_s, T::Bool, false}},
                                     false};
    QJsonObject body;
    ApiReply error;
    if (!parseBody(data, spec, &body, &error)) {
        error.userId = caller.userId;
        return error;
    }
    return m_readings->submit(caller, accountId, body);
}

} // namespace lkk::server
