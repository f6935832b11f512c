#include "server/readings/ReadingsApi.h"

#include "server/accounts/AccountsService.h"

namespace lkk::server::readings {

using namespace Qt::StringLiterals;
using accounts::AccountsService;

ReadingsApi::ReadingsApi(Database& database, int fromDay, int toDay)
    : m_service(database, fromDay, toDay) {}

Result<ApiReply> ReadingsApi::form(RequestContext& context) const {
    const auto accountId = AccountsService::requireLinked(context, context.arg(0));
    if (!accountId)
        return accountId.failure();
    return m_service.form(context, *accountId);
}

Result<ApiReply> ReadingsApi::history(RequestContext& context) const {
    const auto accountId = AccountsService::requireLinked(context, context.arg(0));
    if (!accountId)
        return accountId.failure();
    return m_service.history(context, *accountId, context.request.query);
}

Result<ApiReply> ReadingsApi::submit(RequestContext& context) const {
    const auto accountId = AccountsService::requireLinked(context, context.arg(0));
    if (!accountId)
        return accountId.failure();
    using T = JsonBody::Type;
    static const JsonBody::Spec spec{{{u"submissionId"_s, T::String, true},
                                      {u"meterId"_s, T::Integer, true},
                                      {u"values"_s, T::Object, true},
                                      {u"confirmRollover"_s, T::Bool, false},
                                      {u"confirmHighConsumption"_s, T::Bool, false}},
                                     false};
    const auto body = context.json(spec);
    if (!body)
        return body.failure();
    return m_service.submit(context, *accountId, *body);
}

} // namespace lkk::server::readings
