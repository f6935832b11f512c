#include "server/faq/FaqRoutes.h"

namespace lkk::server::faq {

const QList<FeatureRoute<FaqApi>>& routes() {
    static const QList<FeatureRoute<FaqApi>> table = {
        {{HttpMethod::Get, "/api/v1/faq"}, &FaqApi::list},
    };
    return table;
}

} // namespace lkk::server::faq
