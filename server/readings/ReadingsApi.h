#pragma once

#include "server/Result.h"
#include "server/http/ApiReply.h"
#include "server/http/RequestContext.h"
#include "server/readings/ReadingsService.h"

namespace lkk::server {
class Database;
}

namespace lkk::server::readings {

// The handlers of the /readings routes (ReadingRoutes.cpp): the account must be the signed-in
// customer's (404 account_not_found like every account endpoint, AccountsService), then
// ReadingsService answers; a submission's body is parsed in between.
class ReadingsApi {
public:
    ReadingsApi(Database& database, int fromDay, int toDay);

    Result<ApiReply> form(RequestContext& context) const;
    Result<ApiReply> history(RequestContext& context) const;
    Result<ApiReply> submit(RequestContext& context) const;

private:
    ReadingsService m_service;
};

} // namespace lkk::server::readings
