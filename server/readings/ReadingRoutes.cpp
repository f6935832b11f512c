#include "server/readings/ReadingRoutes.h"

namespace lkk::server::readings {

const QList<FeatureRoute<ReadingsApi>>& routes() {
    using Method = HttpMethod;
    const Roles customer{Role::Customer};
    static const QList<FeatureRoute<ReadingsApi>> table = {
        {taggedGet("/api/v1/accounts/{id}/readings/form", customer), &ReadingsApi::form},
        {taggedGet("/api/v1/accounts/{id}/readings", customer), &ReadingsApi::history},
        {{Method::Post, "/api/v1/accounts/{id}/readings", customer}, &ReadingsApi::submit},
    };
    return table;
}

} // namespace lkk::server::readings
