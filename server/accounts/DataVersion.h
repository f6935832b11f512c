#pragma once

#include "server/http/Route.h"

namespace lkk::server::accounts {

// The stamps of the account routes' ETags (server/http/Route.h, DataStamp): what their answers
// are made of, read with the token in the token check's statement, so a refresh that finds nothing
// new costs that one query and a 304.
// A stamp holds the account's data version (account_versions, kept by the database's triggers on
// every write besides the import: links, readings, payment orders, appeals, the linked customers'
// names and contacts), the last billing import, the payments the clock has turned credited since
// they were written, and the day in Tomsk (the readings window, meter verification, the default
// periods). The router adds the route, the path, the query, the language and the caller.
// Both: std::nullopt for anyone but a customer reading their own cabinet (an operator's view of it
// runs the handler, which writes the audit entry; its ETag is then the body's).
class DataVersion {
public:
    // /accounts/{id}/…: std::nullopt when the caller has no link to the account (the handler
    // answers the 404); otherwise the link is noted in the context, so the handler does not ask
    // for it again.
    static const DataStamp ofAccount;
    // /accounts: every account the caller has a link to.
    static const DataStamp ofLinkedAccounts;
};

} // namespace lkk::server::accounts
