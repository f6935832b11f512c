#pragma once

#include "server/http/ApiReply.h"
#include "server/readings/ReadingsService.h"

#include <QJsonObject>
#include <optional>

namespace lkk::server {
class Database;
namespace accounts {
class AccountsApi;
struct Caller;
} // namespace accounts
} // namespace lkk::server

namespace lkk::server::readings {

// What HttpApi calls for the /readings routes: the bearer token and the account link are checked
// exactly like the other account endpoints (AccountsApi; 401, then 404 account_not_found), then
// ReadingsService answers. The submit route also parses its body in between (ReadingRoutes.cpp).
class ReadingsApi {
public:
    ReadingsApi(Database& database, const accounts::AccountsApi& accounts, int fromDay, int toDay);

    ApiReply form(const QString& token, const QString& id, Language language) const;
    ApiReply history(const QString& token, const QString& id, const QString& query, Language language) const;

    // For the submit route: nullopt when the token is valid and the account is the caller's
    // (*caller and *accountId filled); otherwise the reply (401/404/503).
    std::optional<ApiReply> admit(const QString& token, const QString& id, Language language, accounts::Caller* caller,
                                  qint64* accountId) const;
    ApiReply submit(accounts::Caller& caller, qint64 accountId, const QJsonObject& body) const;

private:
    const accounts::AccountsApi& m_accounts;
    ReadingsService m_service;
};

} // namespace lkk::server::readings
