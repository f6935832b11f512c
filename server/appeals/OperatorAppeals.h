#pragma once

#include "server/Result.h"
#include "server/appeals/Appeal.h"
#include "server/appeals/AppealStore.h"
#include "server/http/ApiReply.h"
#include "server/http/RequestContext.h"

namespace lkk::server {
class Database;
namespace mail {
class Mailer;
}
} // namespace lkk::server

namespace lkk::server::appeals {

// The utility's side of appeals (roles operator and supervisor; the router refuses customers with
// 403): the queue with its filters, one appeal with the customer, taking it, answering it (the
// customer gets a mail and an unread mark) and setting its status. Thread-safe.
class OperatorAppeals {
public:
    OperatorAppeals(Database& database, const AppealStore& store, mail::Mailer& mailer);

    Result<ApiReply> topics(RequestContext& context) const;    // GET /operator/appeal-topics
    Result<ApiReply> queue(RequestContext& context) const;     // GET /operator/appeals
    Result<ApiReply> get(RequestContext& context) const;       // GET /operator/appeals/{id}
    Result<ApiReply> take(RequestContext& context) const;      // POST /operator/appeals/{id}/take
    Result<ApiReply> answer(RequestContext& context) const;    // POST /operator/appeals/{id}/messages
    Result<ApiReply> setStatus(RequestContext& context) const; // POST /operator/appeals/{id}/status

private:
    // The appeal of the path's first argument, or 404 appeal_not_found.
    static Result<Appeal> pathAppeal(RequestContext& context);
    // The appeal's thread as the operator sees it.
    static Result<ApiReply> threadReply(RequestContext& context, qint64 appealId, int status);

    Database& m_database;
    const AppealStore& m_store;
    mail::Mailer& m_mailer;
};

} // namespace lkk::server::appeals
