#include "server/accounts/AccountsApi.h"

#include "server/accounts/AccountsService.h"
#include "server/accounts/CoHolders.h"
#include "server/accounts/LinkService.h"
#include "server/accounts/RequisitesService.h"

namespace lkk::server::accounts {

AccountsApi::AccountsApi(int maxWrongLinkAnswers)
    : m_link(maxWrongLinkAnswers) {}

Result<ApiReply> AccountsApi::list(RequestContext& context) const {
    return AccountsService::list(context);
}

Result<ApiReply> AccountsApi::get(RequestContext& context) const {
    return AccountsService::get(context, context.arg(0));
}

Result<ApiReply> AccountsApi::unlink(RequestContext& context) const {
    return AccountsService::unlink(context, context.arg(0));
}

Result<ApiReply> AccountsApi::startLink(RequestContext& context) const {
    return m_link.start(context);
}

Result<ApiReply> AccountsApi::confirmLink(RequestContext& context) const {
    return m_link.confirm(context);
}

Result<ApiReply> AccountsApi::requisites(RequestContext& context) const {
    return RequisitesService::requisites(context, context.arg(0));
}

Result<ApiReply> AccountsApi::tariffs(RequestContext& context) const {
    return RequisitesService::tariffs(context, context.arg(0), context.arg(1));
}

Result<ApiReply> AccountsApi::meters(RequestContext& context) const {
    return RequisitesService::meters(context, context.arg(0), context.request.query);
}

Result<ApiReply> AccountsApi::coHolders(RequestContext& context) const {
    return CoHolders::list(context, context.arg(0));
}

Result<ApiReply> AccountsApi::removeCoHolder(RequestContext& context) const {
    return CoHolders::remove(context, context.arg(0), context.arg(1));
}

} // namespace lkk::server::accounts
