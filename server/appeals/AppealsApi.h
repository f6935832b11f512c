#pragma once

#include "server/Result.h"
#include "server/appeals/AppealStore.h"
#include "server/appeals/CustomerAppeals.h"
#include "server/appeals/OperatorAppeals.h"
#include "server/http/ApiReply.h"
#include "server/http/RequestContext.h"

namespace lkk::server {
class Database;
namespace mail {
class Mailer;
}
} // namespace lkk::server

namespace lkk::server::appeals {

// The handlers of the appeals routes (AppealRoutes.cpp): the customer's (CustomerAppeals), the
// operators' (OperatorAppeals) and the attachment download both serve (AttachmentDownload).
class AppealsApi {
public:
    AppealsApi(Database& database, mail::Mailer& mailer);

    Result<ApiReply> form(RequestContext& context) const;
    Result<ApiReply> list(RequestContext& context) const;
    Result<ApiReply> create(RequestContext& context) const;
    Result<ApiReply> get(RequestContext& context) const;
    Result<ApiReply> addMessage(RequestContext& context) const;
    Result<ApiReply> close(RequestContext& context) const;
    Result<ApiReply> markRead(RequestContext& context) const;
    Result<ApiReply> attachment(RequestContext& context) const;

    Result<ApiReply> operatorTopics(RequestContext& context) const;
    Result<ApiReply> operatorQueue(RequestContext& context) const;
    Result<ApiReply> operatorGet(RequestContext& context) const;
    Result<ApiReply> operatorTake(RequestContext& context) const;
    Result<ApiReply> operatorAnswer(RequestContext& context) const;
    Result<ApiReply> operatorSetStatus(RequestContext& context) const;

private:
    AppealStore m_store;
    CustomerAppeals m_customer;
    OperatorAppeals m_operator;
};

} // namespace lkk::server::appeals
