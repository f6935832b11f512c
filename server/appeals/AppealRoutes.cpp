#include "server/appeals/AppealRoutes.h"

#include "shared/AppealRules.h"

namespace lkk::server::appeals {

static_assert(kMessageBodyBytes > (rules::appeals::maxAttachmentBytes + 2) / 3 * 4 * rules::appeals::maxAttachments +
                                      rules::appeals::maxTextLength * 12 + 64 * 1024,
              "a message with the largest allowed files and text must fit");

const QList<FeatureRoute<AppealsApi>>& routes() {
    using Method = HttpMethod;
    const Roles customer{Role::Customer};
    const Roles utility{Role::Operator, Role::Supervisor};
    const Roles anyone = Roles::signedIn();
    static const QList<FeatureRoute<AppealsApi>> table = {
        {{Method::Get, "/api/v1/accounts/{id}/appeal-form", customer}, &AppealsApi::form},
        {{Method::Get, "/api/v1/accounts/{id}/appeals", customer}, &AppealsApi::list},
        {{Method::Post, "/api/v1/accounts/{id}/appeals", customer, kMessageBodyBytes}, &AppealsApi::create},
        {{Method::Get, "/api/v1/appeals/{id}", customer}, &AppealsApi::get},
        {{Method::Post, "/api/v1/appeals/{id}/messages", customer, kMessageBodyBytes}, &AppealsApi::addMessage},
        {{Method::Post, "/api/v1/appeals/{id}/close", customer}, &AppealsApi::close},
        {{Method::Post, "/api/v1/appeals/{id}/read", customer}, &AppealsApi::markRead},
        {{Method::Get, "/api/v1/appeals/{id}/attachments/{attachmentId}", anyone}, &AppealsApi::attachment},
        {{Method::Get, "/api/v1/operator/appeal-topics", utility}, &AppealsApi::operatorTopics},
        {{Method::Get, "/api/v1/operator/appeals", utility}, &AppealsApi::operatorQueue},
        {{Method::Get, "/api/v1/operator/appeals/{id}", utility}, &AppealsApi::operatorGet},
        {{Method::Post, "/api/v1/operator/appeals/{id}/take", utility}, &AppealsApi::operatorTake},
        {{Method::Post, "/api/v1/operator/appeals/{id}/messages", utility, kMessageBodyBytes},
         &AppealsApi::operatorAnswer},
        {{Method::Post, "/api/v1/operator/appeals/{id}/status", utility}, &AppealsApi::operatorSetStatus},
    };
    return table;
}

} // namespace lkk::server::appeals
