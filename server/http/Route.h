#pragma once

#include "server/Result.h"
#include "server/http/ApiReply.h"
#include "server/http/RequestContext.h"

#include <QByteArrayView>
#include <QList>
#include <functional>
#include <optional>

namespace lkk::server {

class RowReader;

// The methods a route can answer (the HTTP layer accepts a few more, which no route has).
enum class HttpMethod : quint8 { Get, Post, Put, Patch, Delete };
QByteArrayView httpMethodName(HttpMethod method);                  // "GET", …
std::optional<HttpMethod> httpMethodFromName(QByteArrayView name); // nullopt for HEAD, OPTIONS…

// The version of the data a GET of the caller's data shows (the account's data version, the
// imports, what the clock changes): the same bytes, the same answer. Read in the token check's own
// statement (TokenService::Rider), so that the check and the stamp take one round trip.
struct DataStamp {
    const QString& (*statement)(); // TokenService::riderStatement() of the stamp's columns and joins
    void (*bind)(RowReader& q, const RequestContext& context); // its placeholders, in order
    // From the rows of a valid token whose role the route serves (the caller is in the context):
    // the stamp, or std::nullopt when there is none to read (an account the caller has no link
    // to): the handler runs and answers without an ETag.
    Result<std::optional<QByteArray>> (*read)(RowReader& q, int firstColumn, RequestContext& context);
};

// The caller's own rows a route's handler needs (GET /profile: the user's row), read in the token
// check's own statement like a stamp, so that the check and the read take one round trip.
struct TokenRead {
    const QString& (*statement)(); // TokenService::riderStatement() of the columns and joins, no placeholders
    // From the row of a valid token whose role the route serves: the caller's user row, which the
    // handler finds in RequestContext::tokenUser.
    User (*read)(const RowReader& q, int firstColumn);
};

// What the router needs to know about a route besides its handler.
struct RouteInfo {
    HttpMethod method = HttpMethod::Get;
    const char* path = ""; // as in docs/openapi.yaml: "/api/v1/accounts/{id}", or "/confirm" for a page
    Roles roles = Roles::anyone();
    qint64 maxBodyBytes = 0;          // 0: the server's max-body-bytes
    bool page = false;                // a browser page: a database failure answers an HTML page, not JSON
    bool usesDatabase = true;         // the router opens (and checks) this thread's connection first
    bool acceptsExpiredToken = false; // logout: an expired access token still identifies the session
    bool testOnly = false;            // only with --test-clock (test environment); 404 otherwise
    const DataStamp* stamp = nullptr; // set: a 200 carries an ETag of the stamp; If-None-Match → 304
    // Set (never with a stamp): rows the handler needs, read with the token.
    const TokenRead* withToken = nullptr;

    // "GET /api/v1/accounts customer", "POST /api/v1/test/clock public test-only"
    QString describe() const;
};

// A GET of the caller's data whose 200 carries an ETag made from `stamp`, so a refresh that finds
// nothing new costs a 304 — answered after the token check that reads the stamp, without running
// the handler (docs/openapi.yaml, the ETag header; docs/http-server.md, «ETag»).
constexpr RouteInfo taggedGet(const char* path, Roles roles, const DataStamp* stamp) {
    return {.method = HttpMethod::Get, .path = path, .roles = roles, .stamp = stamp};
}

// A feature's route: its info and the member function of the feature's class that answers it.
template <class Feature> struct FeatureRoute {
    RouteInfo info;
    Result<ApiReply> (Feature::*handler)(RequestContext&) const;
};

// A route as the router runs it: the feature's handler bound to the feature's object.
struct Route {
    RouteInfo info;
    std::function<Result<ApiReply>(RequestContext&)> handler; // empty only in a description
};

// Appends a feature's table, with each handler bound to *feature; feature null: only the infos
// (for --print-routes and the contract test, which construct no feature).
template <class Feature>
void appendRoutes(QList<Route>& out, const QList<FeatureRoute<Feature>>& table, const Feature* feature) {
    for (const FeatureRoute<Feature>& route : table) {
        Route bound{route.info, {}};
        if (feature) {
            bound.handler = [feature, handler = route.handler](RequestContext& context) {
                return (feature->*handler)(context);
            };
        }
        out.append(std::move(bound));
    }
}

} // namespace lkk::server
