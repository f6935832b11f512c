#pragma once

#include "server/Result.h"
#include "server/auth/TokenService.h"
#include "server/http/ApiReply.h"
#include "server/http/RequestContext.h"
#include "server/http/Route.h"

#include <QHttpServerRequest>
#include <QList>
#include <QString>
#include <QStringList>

class QHttpServer;
class QHttpServerResponse;
class QThreadPool;

namespace lkk::server {

class AccessLog;
class Database;

// The router of /api/v1 and the browser pages. A request's path through the layers:
//
//  1. Qt HttpServer matches the route (server thread); capture() copies what handlers may know
//     into RequestData (id, ip, language, bearer token, body, path args, query, headers).
//  2. On the worker pool, run() builds the RequestContext: one clock reading (server/Clock.h),
//     the route's body limit and, unless the route declares otherwise, this thread's open
//     database connection (503 when it cannot be opened).
//  3. authenticate(): public routes skip it; otherwise the bearer token must be a live session
//     (401 + WWW-Authenticate: Bearer realm="lkk") of a user whose role the route serves (403
//     forbidden). The caller (user id, session, role) goes into the context.
//  4. The feature's handler (its *Routes.cpp table names it) parses its body through
//     RequestContext::json, calls its services and answers Result<ApiReply>: a reply, or a
//     Failure that render() turns into the JSON error in the request's language — the database
//     failure (503 service_unavailable) is logged and answered only there.
//  5. finish() adds X-Request-Id and Cache-Control, writes the access log line (with the
//     caller's user id) and DeferredResponse hands the response to the server thread.
class HttpApi {
public:
    struct Options {
        qint64 maxBodyBytes = 64 * 1024; // for routes without their own limit
        bool testRoutes = false;         // --test-clock: the test-only routes answer
    };

    HttpApi(QList<Route> routes, Database& database, AccessLog& log, QThreadPool& pool, Options options);

    // "METHOD /path roles[ test-only]" per route, in table order: --print-routes and the test
    // that compares the table with docs/openapi.yaml.
    static QStringList routeLines(const QList<Route>& routes);
    static QString methodName(QHttpServerRequest::Method method);

    // Routes (answered through DeferredResponse) and the JSON 404 for everything else.
    void install(QHttpServer& server);

    static RequestData capture(const QHttpServerRequest& request);

private:
    ApiReply run(const Route& route, const RequestData& data) const;
    Result<Caller> authenticate(const RouteInfo& route, RequestContext& context) const;
    ApiReply render(const Failure& failure, const RouteInfo& route, RequestContext& context) const;
    QHttpServerResponse finish(const ApiReply& reply, const RequestData& data) const;

    QList<Route> m_routes;
    Database& m_database;
    AccessLog& m_log;
    QThreadPool& m_pool;
    Options m_options;
    TokenService m_tokens; // checkAccess only: the TTLs do not matter here
};

} // namespace lkk::server
