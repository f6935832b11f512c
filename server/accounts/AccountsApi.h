#pragma once

#include "server/Result.h"
#include "server/accounts/LinkService.h"
#include "server/http/ApiReply.h"
#include "server/http/RequestContext.h"

namespace lkk::server::accounts {

// The handlers of the /accounts routes (AccountRoutes.cpp): each takes its path ids and hands
// the signed-in customer's request to AccountsService, LinkService or RequisitesService.
class AccountsApi {
public:
    // maxWrongLinkAnswers: wrong link answers per account and day over every customer.
    explicit AccountsApi(int maxWrongLinkAnswers);

    Result<ApiReply> list(RequestContext& context) const;
    Result<ApiReply> get(RequestContext& context) const;
    Result<ApiReply> unlink(RequestContext& context) const;
    Result<ApiReply> startLink(RequestContext& context) const;
    Result<ApiReply> confirmLink(RequestContext& context) const;
    Result<ApiReply> requisites(RequestContext& context) const;
    Result<ApiReply> tariffs(RequestContext& context) const;
    Result<ApiReply> meters(RequestContext& context) const;
    Result<ApiReply> coHolders(RequestContext& context) const;
    Result<ApiReply> removeCoHolder(RequestContext& context) const;

private:
    LinkService m_link;
};

} // namespace lkk::server::accounts
