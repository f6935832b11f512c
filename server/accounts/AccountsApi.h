#pragma once

#include "server/auth/TokenService.h"
#include "server/http/ApiReply.h"

#include <QJsonObject>
#include <optional>

namespace lkk::server {
class Database;
}

namespace lkk::server::accounts {

struct Caller;

// What HttpApi calls for the /accounts routes: resolves the bearer token to a customer (401 like
// /profile otherwise) and hands the request to AccountsService or RequisitesService; the link
// routes authenticate first, then parse their body and call LinkService (AccountRoutes.cpp).
// Thread-safe: every call uses the calling thread's connection.
class AccountsApi {
public:
    explicit AccountsApi(Database& database);

    ApiReply list(const QString& token, Language language) const;
    ApiReply get(const QString& token, const QString& id, Language language) const;
    ApiReply unlink(const QString& token, const QString& id, Language language) const;
    ApiReply requisites(const QString& token, const QString& id, Language language) const;
    ApiReply tariffs(const QString& token, const QString& id, const QString& contractId, Language language) const;
    ApiReply meters(const QString& token, const QString& id, const QString& query, Language language) const;

    // nullopt and *caller filled when the token is a valid access token; otherwise the 401/503.
    std::optional<ApiReply> authenticate(const QString& token, Language language, Caller* caller) const;

private:
    Database& m_database;
    TokenService m_tokens; // only checkAccess is used: the TTLs do not matter here
};

} // namespace lkk::server::accounts
