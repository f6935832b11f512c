#include "server/accounts/AccountRoutes.h"

namespace lkk::server::accounts {

const QList<FeatureRoute<AccountsApi>>& routes() {
    using Method = HttpMethod;
    const Roles customer{Role::Customer};
    static const QList<FeatureRoute<AccountsApi>> table = {
        {taggedGet("/api/v1/accounts", customer), &AccountsApi::list},
        {{Method::Post, "/api/v1/accounts/link", customer}, &AccountsApi::startLink},
        {{Method::Post, "/api/v1/accounts/link/confirm", customer}, &AccountsApi::confirmLink},
        {taggedGet("/api/v1/accounts/{id}", customer), &AccountsApi::get},
        {{Method::Delete, "/api/v1/accounts/{id}", customer}, &AccountsApi::unlink},
        {taggedGet("/api/v1/accounts/{id}/requisites", customer), &AccountsApi::requisites},
        {taggedGet("/api/v1/accounts/{id}/contracts/{contractId}/tariffs", customer), &AccountsApi::tariffs},
        {taggedGet("/api/v1/accounts/{id}/meters", customer), &AccountsApi::meters},
        {taggedGet("/api/v1/accounts/{id}/co-holders", customer), &AccountsApi::coHolders},
        {{Method::Delete, "/api/v1/accounts/{id}/co-holders/{linkId}", customer}, &AccountsApi::removeCoHolder},
    };
    return table;
}

} // namespace lkk::server::accounts
