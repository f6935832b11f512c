#include "server/http/HttpApi.h"

#include "server/Clock.h"
#include "server/db/Database.h"
#include "server/db/RowReader.h"
#include "server/http/AccessLog.h"
#include "server/http/HtmlPage.h"
#include "server/http/HttpNegotiation.h"
#include "shared/ErrorCodes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLoggingCategory>
#include <QThreadPool>
#include <QUrl>

Q_LOGGING_CATEGORY(lcRouter, "lkk.server.router")

namespace lkk::server {

using namespace Qt::StringLiterals;

namespace {

// The segments of a path between its '/'s: "/api/v1/x" → "", "api", "v1", "x".
QList<QByteArrayView> pathSegments(QByteArrayView path) {
    QList<QByteArrayView> segments;
    qsizetype start = 0;
    for (qsizetype slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', start)) {
        segments << path.sliced(start, slash - start);
        start = slash + 1;
    }
    segments << path.sliced(start);
    return segments;
}

// {"error":{"code","field"?,"message","details"?}}
ApiReply errorReply(const Failure& failure, Language language) {
    QJsonObject error{
        {u"code"_s, QString::fromLatin1(failure.code)},
        {u"message"_s, failure.message.isEmpty() ? Messages::text(failure.code, language) : failure.message}};
    if (!failure.field.isEmpty())
        error.insert(u"field"_s, failure.field);
    if (!failure.details.isEmpty())
        error.insert(u"details"_s, failure.details);
    ApiReply reply = ApiReply::json(QJsonObject{{u"error"_s, error}}, failure.status);
    reply.errorCode = failure.code;
    reply.headers.append({"Content-Language", Messages::languageTag(language)});
    reply.headers.append(failure.headers);
    return reply;
}

// What a browser page's path answers instead of the JSON error.
ApiReply errorPage(int status, const char* code, const QString& heading, const QString& text, Language language) {
    ApiReply reply = HtmlPage::reply(status, HtmlPage::render(heading,
                                                              u"<h1>"_s + HtmlPage::escape(heading) + u"</h1><p>"_s +
                                                                  HtmlPage::escape(text) + u"</p>"_s,
                                                              language));
    reply.errorCode = code;
    return reply;
}

ApiReply unavailablePage(Language language) {
    const bool ru = language == Language::Ru;
    return errorPage(503, errc::serviceUnavailable,
                     ru ? u"Сервис временно недоступен"_s : u"The service is unavailable"_s,
                     ru ? u"Попробуйте позже."_s : u"Try again later."_s, language);
}

// The caller of a checked token's session, in the role its user has now.
Caller sessionCaller(const TokenService::Access& access) {
    return {access.userId, access.sessionId, roleFromName(access.role)};
}

// Whether the route serves the caller: a role it names (an unknown role name is served by none).
bool routeServes(const RouteInfo& route, const Caller& caller) {
    return caller.role && route.roles.serves(*caller.role);
}

// What a route reads in the token check's own statement: its data stamp (a tagged route) or the
// rows its handler needs (TokenRead); only for a caller the route serves (for another a 403
// follows: nothing to read), who goes into the context first.
class RouteRider final : public TokenService::Rider {
public:
    RouteRider(const RouteInfo& route, RequestContext& context, std::optional<QByteArray>& stamp)
        : m_route(route)
        , m_context(context)
        , m_stamp(stamp) {}

    const QString& statement() const override {
        return m_route.stamp ? m_route.stamp->statement() : m_route.withToken->statement();
    }
    void bind(RowReader& q) const override {
        if (m_route.stamp)
            m_route.stamp->bind(q, m_context);
    }
    bool read(RowReader& q, int firstColumn, const TokenService::Access& access) override {
        const Caller caller = sessionCaller(access);
        if (!routeServes(m_route, caller))
            return true;
        m_context.caller = caller;
        if (!m_route.stamp) {
            m_context.tokenUser = m_route.withToken->read(q, firstColumn);
            return true;
        }
        const Result<std::optional<QByteArray>> read = m_route.stamp->read(q, firstColumn, m_context);
        if (read)
            m_stamp = *read;
        return bool(read);
    }

private:
    const RouteInfo& m_route;
    RequestContext& m_context;
    std::optional<QByteArray>& m_stamp;
};

// Parts joined each after its length, so no two different lists run together into the same bytes.
class PartList {
public:
    void add(QByteArrayView part) {
        m_bytes += QByteArray::number(part.size());
        m_bytes += ':';
        m_bytes += part;
    }
    const QByteArray& bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
};

// The request a tagged route answers: the route, the path, the query, the language, the caller.
PartList requestParts(const RouteInfo& route, const RequestContext& context) {
    PartList parts;
    parts.add(route.path);
    parts.add(context.request.path.toUtf8());
    parts.add(context.request.query.toUtf8());
    parts.add(Messages::languageTag(context.language));
    parts.add(QByteArray::number(context.caller.userId));
    return parts;
}

// Everything a tagged route's answer is made of: the request (requestParts), the server's version
// and the data's stamp.
QByteArray answerVersion(PartList parts, const QByteArray& stamp) {
    parts.add(QCoreApplication::applicationVersion().toUtf8());
    parts.add(stamp);
    return parts.bytes();
}

// The cache's key of a tagged answer (server/http/ResponseCache.h): the request (requestParts), the
// caller's role and the encoding sent; the stamp is the entry's tag.
QByteArray cacheKey(PartList parts, const RequestContext& context) {
    parts.add(context.caller.role ? roleName(*context.caller.role).toLatin1() : QByteArray());
    parts.add(context.request.acceptsGzip ? "gzip" : "identity");
    return parts.bytes();
}

// A refresh that finds nothing new: the tag again, no body.
ApiReply notModified(const QByteArray& etag, const RequestContext& context) {
    ApiReply reply;
    reply.status = 304;
    reply.contentType.clear();
    reply.headers.append({"ETag", etag});
    reply.userId = context.caller.userId;
    return reply;
}

// The answer as the HTTP layer sends it, with what every answer carries.
HttpResponse toResponse(const ApiReply& reply) {
    HttpResponse response;
    response.status = reply.status;
    if (!reply.body.isEmpty()) {
        response.headers.append("Content-Type", reply.contentType);
        response.body = reply.body;
    }
    for (const auto& header : reply.headers)
        response.headers.append(header.first, header.second);
    response.headers.append("Cache-Control", "no-store");
    return response;
}

// A tagged 200 as the HTTP layer would send it to this client: gzip when the client accepts it and
// HttpNegotiation would compress it. The cache keeps these bytes, so a hit compresses nothing.
ApiReply encodedFor(ApiReply reply, bool gzip) {
    QByteArray body = gzip ? HttpNegotiation::compressed(toResponse(reply)) : QByteArray();
    if (body.isEmpty())
        return reply; // the layer adds Vary on the way out when the encoding mattered
    reply.body = std::move(body);
    reply.headers.append({"Content-Encoding", QByteArray("gzip")});
    reply.headers.append({"Vary", QByteArray("Accept-Encoding")});
    return reply;
}

} // namespace

QStringList HttpApi::routeLines(const QList<Route>& routes) {
    QStringList lines;
    for (const Route& route : routes)
        lines << route.info.describe();
    return lines;
}

HttpApi::HttpApi(Database& database, AccessLog& log, QThreadPool& pool, Options options)
    : m_database(database)
    , m_log(log)
    , m_pool(pool)
    , m_options(options)
    , m_tokens(0, 0)
    , m_cache(options.responseCacheBytes) {}

void HttpApi::setRoutes(QList<Route> routes) {
    m_routes = std::move(routes);
    m_patterns.clear();
    for (const Route& route : std::as_const(m_routes)) {
        Q_ASSERT_X(route.handler, route.info.path, "every served route has a handler");
        Q_ASSERT_X((!route.info.stamp && !route.info.withToken) || !route.info.roles.isPublic(), route.info.path,
                   "a data stamp is read with the token");
        Q_ASSERT_X(!route.info.stamp || !route.info.withToken, route.info.path, "one read with the token");
        Pattern pattern{route.info.method, {}};
        for (const QByteArrayView segment : pathSegments(route.info.path))
            pattern.segments << segment.toByteArray();
        m_patterns << pattern;
    }
}

HttpApi::Match HttpApi::match(const HttpRequestHead& head) const {
    const std::optional<HttpMethod> method = httpMethodFromName(head.method);
    if (!method)
        return {};
    QList<QByteArray> segments;
    for (const QByteArrayView segment : pathSegments(head.path()))
        segments << QByteArray::fromPercentEncoding(segment.toByteArray());
    for (qsizetype i = 0; i < m_patterns.size(); ++i) {
        const Pattern& pattern = m_patterns[i];
        if (pattern.method != *method || pattern.segments.size() != segments.size())
            continue;
        Match found{&m_routes[i], {}};
        for (qsizetype s = 0; s < segments.size() && found.route; ++s) {
            const QByteArray& expected = pattern.segments[s];
            if (expected.startsWith('{') && !segments[s].isEmpty())
                found.args << QString::fromUtf8(segments[s]);
            else if (expected != segments[s])
                found.route = nullptr;
        }
        if (found.route)
            return found;
    }
    return {};
}

qint64 HttpApi::bodyLimit(const HttpRequestHead& head) {
    const Route* route = match(head).route;
    return route && route->info.maxBodyBytes > 0 ? route->info.maxBodyBytes : m_options.maxBodyBytes;
}

RequestData HttpApi::capture(const HttpRequest& request) const {
    const HttpRequestHead& head = request.head;
    RequestData data;
    data.timer = request.timer;
    data.requestId = QString::fromLatin1(request.id);
    data.method = QString::fromLatin1(head.method);
    const QUrl url = QUrl::fromEncoded(head.target);
    data.path = url.path();
    data.query = url.query(QUrl::FullyEncoded);
    data.ip = request.peer.toString();
    data.body = request.body;
    data.contentType = head.headers.value("Content-Type");
    data.idempotencyKey = head.headers.value("Idempotency-Key").trimmed();
    if (head.method == "GET")
        data.ifNoneMatch = head.headers.combined("If-None-Match");
    data.language = Messages::choose(head.headers.combined("Accept-Language"));
    data.acceptsGzip = HttpNegotiation::acceptsGzip(head.headers.combined("Accept-Encoding"));
    const QByteArray authorization = head.headers.value("Authorization").trimmed();
    if (authorization.size() > 7 && authorization.left(7).toLower() == "bearer ")
        data.bearerToken = QString::fromLatin1(authorization.mid(7).trimmed());
    return data;
}

void HttpApi::handle(HttpRequest request, HttpResponder responder) {
    Match matched = match(request.head);
    RequestData data = capture(request);
    data.pathArgs = std::move(matched.args);
    if (!matched.route) { // nothing to wait for: answered here
        responder.send(finish(errorReply(Failure::of(404, errc::notFound), data.language), data));
        return;
    }
    m_pool.start([this, route = matched.route, data = std::move(data), responder] {
        responder.send(finish(run(*route, data), data));
    });
}

HttpResponse HttpApi::refusal(const HttpRefusal& refusal) {
    // What the layer had read of the head, if anything, says the language and whether a page asked.
    const Language language =
        refusal.head ? Messages::choose(refusal.head->headers.combined("Accept-Language")) : Language::Ru;
    const Route* route = refusal.head ? match(*refusal.head).route : nullptr;
    if (route && route->info.page) {
        const bool ru = language == Language::Ru;
        return toResponse(errorPage(refusal.status, refusal.code,
                                    ru ? u"Запрос не принят"_s : u"Request not accepted"_s,
                                    Messages::text(refusal.code, language), language));
    }
    return toResponse(errorReply(Failure::of(refusal.status, refusal.code), language));
}

ApiReply HttpApi::run(const Route& route, const RequestData& data) const {
    const RouteInfo& info = route.info;
    RequestContext context{data};
    context.language = data.language;
    context.nowMs = nowMs();
    context.maxBodyBytes = info.maxBodyBytes > 0 ? info.maxBodyBytes : m_options.maxBodyBytes;
    if (info.testOnly && !m_options.testRoutes)
        return render(Failure::of(404, errc::notFound), info, context);
    if (info.usesDatabase) {
        context.db = m_database.checkedConnection();
        if (!context.db.isOpen())
            return render(Failure::databaseUnavailable(), info, context);
    }
    std::optional<QByteArray> stamp; // a tagged route's, read with the token
    if (!info.roles.isPublic()) {
        Result<Caller> caller = authenticate(info, context, stamp);
        if (!caller)
            return render(caller.failure(), info, context);
        context.caller = *caller;
    }
    QByteArray etag;
    QByteArray cached; // the cache's key of this answer; empty: not kept
    if (stamp) {
        const PartList request = requestParts(info, context);
        etag = HttpNegotiation::versionTag(answerVersion(request, *stamp));
        if (HttpNegotiation::noneMatchHits(data.ifNoneMatch, etag))
            return notModified(etag, context);
        if (m_cache.enabled()) {
            cached = cacheKey(request, context);
            if (std::optional<ApiReply> hit = m_cache.find(cached, etag))
                return *std::move(hit);
        }
    }
    Result<ApiReply> result = route.handler(context);
    if (!result)
        return render(result.failure(), info, context);
    ApiReply reply = std::move(result).value();
    if (info.stamp && reply.status == 200) // without a stamp to read: the tag of the body built
        reply.headers.append({"ETag", etag.isEmpty() ? HttpNegotiation::entityTag(reply.body) : etag});
    if (reply.userId == 0)
        reply.userId = context.caller.userId;
    if (!cached.isEmpty() && reply.status == 200) {
        // Kept under the tag of the stamp read before the handler: a write in between gives a newer
        // body the older tag, which the next read under the new stamp replaces.
        reply = encodedFor(std::move(reply), data.acceptsGzip);
        m_cache.insert(cached, etag, reply);
    }
    return reply;
}

Result<Caller> HttpApi::authenticate(const RouteInfo& route, RequestContext& context,
                                     std::optional<QByteArray>& stamp) const {
    std::optional<RouteRider> rider;
    if (route.stamp || route.withToken)
        rider.emplace(route, context, stamp);
    const auto access =
        m_tokens.checkAccess(context.db, context.request.bearerToken, context.nowMs, rider ? &*rider : nullptr);
    if (!access)
        return access.failure();
    const Caller caller = sessionCaller(*access);
    const char* code = errc::unauthorized;
    switch (access->status) {
    case TokenService::AccessStatus::Unknown:
    case TokenService::AccessStatus::Revoked:
        break;
    case TokenService::AccessStatus::Expired:
        if (route.acceptsExpiredToken)
            return caller;
        code = errc::tokenExpired;
        break;
    case TokenService::AccessStatus::Valid:
        if (!routeServes(route, caller))
            return Failure::of(403, errc::forbidden);
        return caller;
    }
    // Every 401 names the scheme (docs/openapi.yaml, components/responses/Unauthorized).
    return Failure::of(401, code).withHeader("WWW-Authenticate", "Bearer realm=\"lkk\"");
}

ApiReply HttpApi::render(const Failure& failure, const RouteInfo& route, RequestContext& context) const {
    ApiReply reply;
    if (failure.databaseDown) {
        qCWarning(lcRouter).noquote() << "request" << context.request.requestId << context.request.method
                                      << context.request.path
                                      << "answered 503: database unavailable:" << m_database.lastOpenError();
        // Drop this thread's connection so the next request reconnects (PostgreSQL restarts).
        if (context.db.isValid())
            Database::close(context.db);
        reply = route.page ? unavailablePage(context.language) : errorReply(failure, context.language);
    } else {
        reply = errorReply(failure, context.language);
    }
    reply.userId = context.caller.userId;
    return reply;
}

HttpResponse HttpApi::finish(const ApiReply& reply, const RequestData& data) const {
    AccessLog::Record record;
    record.time = QDateTime::currentDateTimeUtc();
    record.requestId = data.requestId;
    record.ip = data.ip;
    record.method = data.method;
    record.path = data.path;
    record.status = reply.status;
    record.durationMs = data.timer.elapsed();
    record.userId = reply.userId;
    if (reply.errorCode)
        record.errorCode = QString::fromLatin1(reply.errorCode);
    m_log.write(record);
    return toResponse(reply);
}

} // namespace lkk::server
