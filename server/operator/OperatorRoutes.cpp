#include "server/operator/OperatorRoutes.h"

#include "server/appeals/AppealRoutes.h"

namespace lkk::server::operators {

const QList<FeatureRoute<OperatorApi>>& routes() {
    using Method = HttpMethod;
    const Roles customer{Role::Customer};
    const Roles utility{Role::Operator, Role::Supervisor};
    const Roles supervisor{Role::Supervisor};
    static const QList<FeatureRoute<OperatorApi>> table = {
        {{Method::Get, "/api/v1/operator/customers", utility}, &OperatorApi::search},
        {{Method::Get, "/api/v1/operator/customers/{id}", utility}, &OperatorApi::cabinet},
        {{Method::Get, "/api/v1/operator/customers/{id}/accounts/{accountId}/readings/form", utility},
         &OperatorApi::readingsForm},
        {{Method::Post, "/api/v1/operator/customers/{id}/accounts/{accountId}/readings", utility},
         &OperatorApi::submitReading},
        {{Method::Get, "/api/v1/operator/audit", supervisor}, &OperatorApi::auditLog},
        {{Method::Get, "/api/v1/profile/access-journal", customer}, &OperatorApi::accessJournal},
    };
    return table;
}

const QList<FeatureRoute<CallerActions>>& actionRoutes() {
    using Method = HttpMethod;
    const Roles utility{Role::Operator, Role::Supervisor};
    static const QList<FeatureRoute<CallerActions>> table = {
        {{Method::Post, "/api/v1/operator/customers/{id}/confirmation", utility}, &CallerActions::resendConfirmation},
        {{Method::Post, "/api/v1/operator/customers/{id}/sign-in-lock/lift", utility}, &CallerActions::liftSignInLock},
        {{Method::Post, "/api/v1/operator/customers/{id}/link-lock/lift", utility}, &CallerActions::liftLinkLock},
        {{Method::Post, "/api/v1/operator/customers/{id}/appeals", utility, appeals::kMessageBodyBytes},
         &CallerActions::registerAppeal},
    };
    return table;
}

} // namespace lkk::server::operators
