#include "server/readings/ReadingRoutes.h"

#include "server/accounts/DataVersion.h"

namespace lkk::server::readings {

const QList<FeatureRoute<ReadingsApi>>& routes() {
    using Method = HttpMethod;
    const Roles customer{Role::Customer};
    static const QList<FeatureRoute<ReadingsApi>> table = {
        {taggedGet("/api/v1/accounts/{id}/readings/form", customer, &accounts::DataVersion::ofAccount),
         &ReadingsApi::form},
        {taggedGet("/api/v1/accounts/{id}/readings", customer, &accounts::DataVersion::ofAccount),
         &ReadingsApi::history},
        {{Method::Post, "/api/v1/accounts/{id}/readings", customer}, &ReadingsApi::submit},
    };
    return table;
}

} // namespace lkk::server::readings
