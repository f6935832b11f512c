#include "server/bills/BillRoutes.h"

#include "server/accounts/DataVersion.h"

namespace lkk::server::payments {

const QList<FeatureRoute<BillsService>>& billRoutes() {
    static const QList<FeatureRoute<BillsService>> table = {
        {taggedGet("/api/v1/accounts/{id}/bills", Roles{Role::Customer}, &accounts::DataVersion::ofAccount),
         &BillsService::bills},
    };
    return table;
}

} // namespace lkk::server::payments
