#include "server/accounts/AccountRoutes.h"

#include "server/accounts/DataVersion.h"

namespace lkk::server::accounts {

const QList<FeatureRoute<AccountsApi>>& routes() {
    using Method = HttpMethod;
    const Roles customer{Role::Customer};
    static const QList<FeatureRoute<AccountsApi>> table = {
        {taggedGet("/api/v1/accounts", customer, &DataVersion::ofLinkedAccounts), &AccountsApi::list},
        {{Method::Post, "/api/v1/accounts/link", customer}, &AccountsApi::startLink},
        {{Method::Post, "/api/v1/accounts/link/confirm", customer}, &AccountsApi::confirmLink},
        {taggedGet("/api/v1/accounts/{id}", customer, &DataVersion::ofAccount), &AccountsApi::get},
        {{Method::Delete, "/api/v1/accounts/{id}", customer}, &AccountsApi::unlink},
        {taggedGet("/api/v1/accounts/{id}/requisites", customer, &DataVersion::ofAccount), &AccountsApi::requisites},
        {taggedGet("/api/v1/accounts/{id}/contracts/{contractId}/tariffs", customer, &DataVersion::ofAccount),
         &AccountsApi::tariffs},
        {taggedGet("/api/v1/accounts/{id}/meters", customer, &DataVersion::ofAccount), &AccountsApi::meters},
        {taggedGet("/api/v1/accounts/{id}/co-holders", customer, &DataVersion::ofAccount), &AccountsApi::coHolders},
        {{Method::Delete, "/api/v1/accounts/{id}/co-holders/{linkId}", customer}, &AccountsApi::removeCoHolder},
    };
    return table;
}

} // namespace lkk::server::accounts
