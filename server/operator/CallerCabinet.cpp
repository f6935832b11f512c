#include "server/operator/CallerCabinet.h"

#include "server/operator/OperatorApi.h"

#include <QLatin1StringView>

namespace lkk::server::operators {

const QList<CabinetView>& cabinetViews() {
    static const QList<CabinetView> views = {
        {"/api/v1/accounts/{id}", "/api/v1/operator/customers/{id}/accounts/{accountId}", "account", true},
        {"/api/v1/accounts/{id}/requisites", "/api/v1/operator/customers/{id}/accounts/{accountId}/requisites",
         "requisites", true},
        {"/api/v1/accounts/{id}/contracts/{contractId}/tariffs",
         "/api/v1/operator/customers/{id}/accounts/{accountId}/contracts/{contractId}/tariffs", "tariffs", true},
        {"/api/v1/accounts/{id}/meters", "/api/v1/operator/customers/{id}/accounts/{accountId}/meters", "meters", true},
        {"/api/v1/accounts/{id}/bills", "/api/v1/operator/customers/{id}/accounts/{accountId}/bills", "bills", true},
        {"/api/v1/accounts/{id}/readings", "/api/v1/operator/customers/{id}/accounts/{accountId}/readings", "readings",
         true},
        {"/api/v1/accounts/{id}/payments", "/api/v1/operator/customers/{id}/accounts/{accountId}/payments", "payments",
         true},
        {"/api/v1/accounts/{id}/appeals", "/api/v1/operator/customers/{id}/accounts/{accountId}/appeals", "appeals",
         true},
        {"/api/v1/appeals/{id}", "/api/v1/operator/customers/{id}/appeals/{appealId}", "appeal", false},
    };
    return views;
}

void appendCallerCabinet(QList<Route>& routes, const OperatorApi* api) {
    const qsizetype customers = routes.size();
    for (const CabinetView& view : cabinetViews()) {
        const Route* customerRoute = nullptr;
        for (qsizetype i = 0; i < customers && !customerRoute; ++i) {
            const RouteInfo& info = routes.at(i).info;
            if (info.method == HttpMethod::Get && QLatin1StringView(info.path) == QLatin1StringView(view.customerPath))
                customerRoute = &routes.at(i);
        }
        // The list names customers' routes of this server: one missing is a programming error.
        Q_ASSERT_X(customerRoute, "appendCallerCabinet", view.customerPath);
        if (!customerRoute)
            continue;
        Route route{customerRoute->info, {}};
        route.info.path = view.operatorPath;
        route.info.roles = Roles{Role::Operator, Role::Supervisor};
        if (api) {
            route.handler = [api, &view, customer = customerRoute->handler](RequestContext& context) {
                return api->cabinetView(context, view, customer);
            };
        }
        routes.append(std::move(route));
    }
}

} // namespace lkk::server::operators
