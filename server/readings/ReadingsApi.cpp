#include "server/readings/ReadingsApi.h"

#include "server/accounts/AccountContext.h"
#include "server/accounts/AccountsApi.h"
#include "server/accounts/AccountsService.h"

namespace lkk::server::readings {

using accounts::AccountsService;
using accounts::Caller;

ReadingsApi::ReadingsApi(Database& database, const accounts::AccountsApi& accounts, int fromDay, int toDay)
    : m_accounts(accounts)
    , m_service(database, fromDay, toDay) {}

std::optional<ApiReply> ReadingsApi::admit(const QString& token, const QString& id, Language language, Caller* caller,
                                           qint64* accountId) const {
    if (auto refused = m_accounts.authenticate(token, language, caller))
        return refused;
    *accountId = accounts::parsePathId(id);
    return AccountsService::refuseUnlessLinked(*caller, *accountId);
}

ApiReply ReadingsApi::form(const QString& token, const QString& id, Language language) const {
    Caller caller;
    qint64 accountId = 0;
    if (auto refused = admit(token, id, language, &caller, &accountId))
        return *refused;
    return m_service.form(caller, accountId);
}

ApiReply ReadingsApi::history(const QString& token, const QString& id, const QString& query, Language language) const {
    Caller caller;
    qint64 accountId = 0;
    if (auto refused = admit(token, id, language, &caller, &accountId))
        return *refused;
    return m_service.history(caller, accountId, query);
}

ApiReply ReadingsApi::submit(Caller& caller, qint64 accountId, const QJsonObject& body) const {
    return m_service.submit(caller, accountId, body);
}

} // namespace lkk::server::readings
