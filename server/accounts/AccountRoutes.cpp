// The /accounts handlers of HttpApi (declared in HttpApi.h), kept with the accounts module so the
// shared router file only holds the route table.
#include "server/http/HttpApi.h"

#include "server/accounts/AccountContext.h"
#include "server/accounts/AccountsApi.h"
#include "server/accounts/LinkService.h"
#include "shared/ErrorCodes.h"

namespace lkk::server {

using namespace Qt::StringLiterals;

namespace {
ApiReply notReady(Language language) {
    return ApiReply::error(503, errc::serviceUnavailable, language);
}
} // namespace

ApiReply HttpApi::listAccounts(const RequestData& data) const {
    if (!m_accounts)
        return notReady(data.language);
    return m_accounts->list(data.bearerToken, data.language);
}

ApiReply HttpApi::getAccount(const RequestData& data) const {
    if (!m_accounts)
        return notReady(data.language);
    return m_accounts->get(data.bearerToken, data.pathArgs.value(0), data.language);
}

ApiReply HttpApi::unlinkAccount(const RequestData& data) const {
    if (!m_accounts)
        return notReady(data.language);
    return m_accounts->unlink(data.bearerToken, data.pathArgs.value(0), data.language);
}

ApiReply HttpApi::startLink(const RequestData& data) const {
    if (!m_accounts)
        return notReady(data.language);
    accounts::Caller caller;
    if (auto refused = m_accounts->authenticate(data.bearerToken, data.language, &caller))
        return *refused;
    using T = JsonBody::Type;
    static const JsonBody::Spec spec{{{u"number"_s, T::String, true}, {u"relation"_s, T::String, true}}, false};
    QJsonObject body;
    ApiReply error;
    if (!parseBody(data, spec, &body, &error))
        return error;
    return accounts::LinkService::start(caller, body);
}

ApiReply HttpApi::confirmLink(const RequestData& data) const {
    if (!m_accounts)
        return notReady(data.language);
    accounts::Caller caller;
    if (auto refused = m_accounts->authenticate(data.bearerToken, data.language, &caller))
        return *refused;
    using T = JsonBody::Type;
    static const JsonBody::Spec spec{
        {{u"challengeId"_s, T::String, true}, {u"question"_s, T::String, true}, {u"answer"_s, T::String, true}}, false};
    QJsonObject body;
    ApiReply error;
    if (!parseBody(data, spec, &body, &error))
        return error;
    return accounts::LinkService::confirm(caller, body);
}

ApiReply HttpApi::accountRequisites(const RequestData& data) const {
    if (!m_accounts)
        return notReady(data.language);
    return m_accounts->requisites(data.bearerToken, data.pathArgs.value(0), data.language);
}

ApiReply HttpApi::contractTariffs(const RequestData& data) const {
    if (!m_accounts)
        return notReady(data.language);
    return m_accounts->tariffs(data.bearerToken, data.pathArgs.value(0), data.pathArgs.value(1), data.language);
}

ApiReply HttpApi::accountMeters(const RequestData& data) const {
    if (!m_accounts)
        return notReady(data.language);
    return m_accounts->meters(data.bearerToken, data.pathArgs.value(0), data.query, data.language);
}

} // namespace lkk::server
