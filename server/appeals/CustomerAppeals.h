#pragma once

#include "server/Result.h"
#include "server/appeals/Appeal.h"
#include "server/appeals/AppealStore.h"
#include "server/http/ApiReply.h"
#include "server/http/RequestContext.h"

#include <functional>

namespace lkk::server {
class Database;
}

namespace lkk::server::appeals {

// The customer's side of appeals (docs/appeals.md): the form, the list of an account's appeals
// for a period, opening one, reading its thread, adding a message, closing it and marking it
// read. Someone else's appeal, or one of an account no longer linked, answers like one that does
// not exist (404 appeal_not_found). Thread-safe: all state is per call.
class CustomerAppeals {
public:
    CustomerAppeals(Database& database, const AppealStore& store);

    Result<ApiReply> form(RequestContext& context) const;   // GET /accounts/{id}/appeal-form
    Result<ApiReply> list(RequestContext& context) const;   // GET /accounts/{id}/appeals
    Result<ApiReply> create(RequestContext& context) const; // POST /accounts/{id}/appeals
    // Also writes what alsoWrite writes for the new appeal, in its transaction: a failure of it
    // fails the appeal (an operator's audit entry). A replayed request writes nothing new.
    using AlsoWrite = std::function<Result<Done>(QSqlDatabase& db, qint64 appealId)>;
    Result<ApiReply> create(RequestContext& context, const AlsoWrite& alsoWrite) const;
    Result<ApiReply> get(RequestContext& context) const;        // GET /appeals/{id}
    Result<ApiReply> addMessage(RequestContext& context) const; // POST /appeals/{id}/messages
    Result<ApiReply> close(RequestContext& context) const;      // POST /appeals/{id}/close
    Result<ApiReply> markRead(RequestContext& context) const;   // POST /appeals/{id}/read

    // The caller's appeal of the path's first argument, or 404 appeal_not_found.
    static Result<Appeal> callersAppeal(RequestContext& context);
    static Failure notFound(Language language);

private:
    // The appeal's thread as the customer sees it.
    static Result<ApiReply> threadReply(RequestContext& context, qint64 appealId, int status);

    Database& m_database;
    const AppealStore& m_store;
};

} // namespace lkk::server::appeals
