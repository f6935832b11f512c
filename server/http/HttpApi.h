#pragma once

#include "server/Result.h"
#include "server/auth/TokenService.h"
#include "server/http/ApiReply.h"
#include "server/http/HttpRequestHandler.h"
#include "server/http/RequestContext.h"
#include "server/http/ResponseCache.h"
#include "server/http/Route.h"

#include <QList>
#include <QString>
#include <QStringList>

class QThreadPool;

namespace lkk::server {

class AccessLog;
class Database;

// The router of /api/v1 and the browser pages, behind the HTTP layer (docs/http-server.md). A
// request's path through the layers:
//
//  1. bodyLimit() (server thread, head read, no body yet): the matched route's maxBodyBytes, or
//     the server's max-body-bytes; the layer refuses larger bodies with 413 before reading them.
//  2. handle() (server thread) matches the route by method and path — none: 404 not_found at
//     once — and copies what handlers may know into RequestData (id, ip, language, bearer token,
//     body, path args, query, headers).
//  3. On the worker pool, run() builds the RequestContext: one clock reading (server/Clock.h),
//     the route's body limit and, unless the route declares otherwise, this thread's open
//     database connection (503 when it cannot be opened).
//  4. authenticate(): public routes skip it; otherwise the bearer token must be a live session
//     (401 + WWW-Authenticate: Bearer realm="lkk") of a user whose role the route serves (403
//     forbidden). The caller (user id, session, role) goes into the context. A route with a data
//     stamp (taggedGet), or rows its handler needs (TokenRead: /profile), has them read in the
//     token check's own statement: one round trip for both.
//  5. The stamp, if any, comes first: the ETag is made of it and the request, and when
//     If-None-Match names it the answer is a 304 without running the handler.
//     Else, when the response cache holds this request's 200 made under the same tag, that is the
//     answer, already encoded (ResponseCache; docs/http-server.md, «Response cache»).
//     Otherwise the feature's handler (its *Routes.cpp table names it) parses its body through
//     RequestContext::json, calls its services and answers Result<ApiReply>: a reply, or a
//     Failure that render() turns into the JSON error in the request's language — the database
//     failure (503 service_unavailable) is logged and answered only there.
//     Its 200 carries the ETag of step 5, if any, and a tagged 200 goes into the cache.
//  6. finish() adds the headers every answer carries, writes the access log line (with the
//     caller's user id) and answers through the responder, from the worker thread.
// Requests the layer refuses (malformed, too large, too slow, server full) never reach a route:
// refusal() gives them the same JSON error (an HTML page on a page's path) and the layer logs them.
class HttpApi : public HttpRequestHandler {
public:
    struct Options {
        qint64 maxBodyBytes = 64 * 1024; // for routes without their own limit, and unknown paths
        bool testRoutes = false;         // --test-clock: the test-only routes answer
        qint64 responseCacheBytes = 0;   // the bound of the tagged routes' answers kept; 0: none
    };

    HttpApi(Database& database, AccessLog& log, QThreadPool& pool, Options options);

    // The routes served. Set once, before the server's event loop runs (ServerApp sets them after
    // listening: the features that write links need the server's URL, and so its port).
    void setRoutes(QList<Route> routes);

    // "METHOD /path roles[ test-only]" per route, in table order: --print-routes and the test
    // that compares the table with docs/openapi.yaml.
    static QStringList routeLines(const QList<Route>& routes);

    qint64 bodyLimit(const HttpRequestHead& head) override;
    void handle(HttpRequest request, HttpResponder responder) override;
    HttpResponse refusal(const HttpRefusal& refusal) override;

private:
    struct Match {
        const Route* route = nullptr;
        QStringList args; // the path's {placeholders}, percent-decoded
    };
    Match match(const HttpRequestHead& head) const;
    RequestData capture(const HttpRequest& request) const;
    ApiReply run(const Route& route, const RequestData& data) const;
    // The caller; for a tagged route also its data stamp, read in the same statement (and so a
    // route's TokenRead).
    Result<Caller> authenticate(const RouteInfo& route, RequestContext& context,
                                std::optional<QByteArray>& stamp) const;
    ApiReply render(const Failure& failure, const RouteInfo& route, RequestContext& context) const;
    HttpResponse finish(const ApiReply& reply, const RequestData& data) const;

    // A route's path split at '/'; a segment "{name}" matches any one segment.
    struct Pattern {
        HttpMethod method;
        QList<QByteArray> segments;
    };

    QList<Route> m_routes;
    QList<Pattern> m_patterns; // m_routes' paths, in the same order
    Database& m_database;
    AccessLog& m_log;
    QThreadPool& m_pool;
    Options m_options;
    TokenService m_tokens; // checkAccess only: the TTLs do not matter here
    // Mutable: run() is const towards the routes, and the cache locks itself for every thread.
    mutable ResponseCache m_cache;
};

} // namespace lkk::server
