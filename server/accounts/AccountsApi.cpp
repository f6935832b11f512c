#include "server/accounts/AccountsApi.h"

#include "server/Clock.h"
#include "server/accounts/AccountContext.h"
#include "server/accounts/AccountsService.h"
#include "server/accounts/RequisitesService.h"
#include "server/db/Database.h"
#include "shared/ErrorCodes.h"

namespace lkk::server::accounts {

AccountsApi::AccountsApi(Database& database)
    : m_database(database)
    , m_tokens(0, 0) {}

std::optional<ApiReply> AccountsApi::authenticate(const QString& token, Language language, Caller* caller) const {
    caller->db = m_database.connection();
    caller->language = language;
    caller->nowMs = nowMs();
    if (!caller->db.isOpen())
        return databaseDown(caller->db, language);
    const char* code = errc::unauthorized;
    const auto access = m_tokens.checkAccess(caller->db, token, caller->nowMs);
    switch (access.status) {
    case TokenService::AccessStatus::DatabaseError:
        return databaseDown(caller->db, language);
    case TokenService::AccessStatus::Valid:
        caller->userId = access.userId;
        return std::nullopt;
    case TokenService::AccessStatus::Expired:
        code = errc::tokenExpired;
        break;
    case TokenService::AccessStatus::Unknown:
    case TokenService::AccessStatus::Revoked:
        break;
    }
    ApiReply reply = ApiReply::error(401, code, language);
    reply.headers.append({"WWW-Authenticate", QByteArray("Bearer realm=\"lkk\"")});
    return reply;
}

ApiReply AccountsApi::list(const QString& token, Language language) const {
    Caller caller;
    if (auto refused = authenticate(token, language, &caller))
        return *refused;
    return AccountsService::list(caller);
}

ApiReply AccountsApi::get(const QString& token, const QString& id, Language language) const {
    Caller caller;
    if (auto refused = authenticate(token, language, &caller))
        return *refused;
    return AccountsService::get(caller, id);
}

ApiReply AccountsApi::unlink(const QString& token, const QString& id, Language language) const {
    Caller caller;
    if (auto refused = authenticate(token, language, &caller))
        return *refused;
    return AccountsService::unlink(caller, id);
}

ApiReply AccountsApi::requisites(const QString& token, const QString& id, Language language) const {
    Caller caller;
    if (auto refused = authenticate(token, language, &caller))
        return *refused;
    return RequisitesService::requisites(caller, id);
}

ApiReply AccountsApi::tariffs(const QString& token, const QString& id, const QString& contractId,
                              Language language) const {
    Caller caller;
    if (auto refused = authenticate(token, language, &caller))
        return *refused;
    return RequisitesService::tariffs(caller, id, contractId);
}

ApiReply AccountsApi::meters(const QString& token, const QString& id, const QString& query, Language language) const {
    Caller caller;
    if (auto refused = authenticate(token, language, &caller))
        return *refused;
    return RequisitesService::meters(caller, id, query);
}

} // namespace lkk::server::accounts
