#include "server/operator/CallerRequest.h"

#include "server/accounts/AccountContext.h"
#include "server/operator/CallerSearch.h"
#include "server/operator/OperatorMessages.h"
#include "server/operator/OperatorRules.h"
#include "shared/ErrorCodes.h"

namespace lkk::server::operators {

using namespace Qt::StringLiterals;

Result<QJsonObject> callerCard(RequestContext& context) {
    const qint64 customerId = accounts::parsePathId(context.arg(0));
    const auto card =
        customerId > 0 ? CallerSearch::card(context.db, customerId) : Result<std::optional<QJsonObject>>(std::nullopt);
    if (!card)
        return card.failure();
    if (!*card)
        return Failure::of(404, errc::customerNotFound, {}, Messages::text(errc::customerNotFound, context.language));
    return **card;
}

Result<qint64> callerOf(RequestContext& context) {
    const auto card = callerCard(context);
    if (!card)
        return card.failure();
    return accounts::parsePathId(context.arg(0));
}

RequestContext asCustomer(const RequestContext& context, qint64 customerId, const RequestData* request) {
    return RequestContext{request ? *request : context.request,
                          context.language,
                          Caller{customerId, 0, Role::Customer, context.caller.userId},
                          context.nowMs,
                          context.db,
                          context.maxBodyBytes};
}

Result<QString> takeReason(QJsonObject& body, Language language) {
    const QString reason = body.take(u"reason"_s).toString().trimmed();
    if (!reasonValid(reason))
        return Failure::invalid(u"reason"_s, OperatorMessages::text(OperatorMessages::Text::ReasonLength, language));
    return reason;
}

} // namespace lkk::server::operators
