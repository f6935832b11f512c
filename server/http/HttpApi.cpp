#include "server/http/HttpApi.h"

#include "server/Clock.h"
#include "server/db/Database.h"
#include "server/http/AccessLog.h"
#include "server/http/DeferredResponse.h"
#include "server/http/HtmlPage.h"
#include "shared/ErrorCodes.h"

#include <QDateTime>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

Q_LOGGING_CATEGORY(lcRouter, "lkk.server.router")

namespace lkk::server {

using namespace Qt::StringLiterals;
using Method = QHttpServerRequest::Method;

namespace {

QString newRequestId() {
    const quint64 value = QRandomGenerator::global()->generate64();
    return QString::number(value, 16).rightJustified(16, u'0');
}

QString clientIp(const QHostAddress& address) {
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4); // unwraps ::ffff:a.b.c.d
    return isV4 ? QHostAddress(v4).toString() : address.toString();
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

ApiReply unavailablePage(Language language) {
    const bool ru = language == Language::Ru;
    ApiReply reply =
        HtmlPage::reply(503, HtmlPage::render(ru ? u"Сервис недоступен"_s : u"Service unavailable"_s,
                                              ru ? u"<h1>Сервис временно недоступен</h1><p>Попробуйте позже.</p>"_s
                                                 : u"<h1>The service is unavailable</h1><p>Try again later.</p>"_s,
                                              language));
    reply.errorCode = errc::serviceUnavailable;
    return reply;
}

Method qtMethod(HttpMethod method) {
    switch (method) {
    case HttpMethod::Get:
        return Method::Get;
    case HttpMethod::Post:
        return Method::Post;
    case HttpMethod::Put:
        return Method::Put;
    case HttpMethod::Patch:
        return Method::Patch;
    case HttpMethod::Delete:
        return Method::Delete;
    }
    return Method::Unknown;
}

} // namespace

QString HttpApi::methodName(Method method) {
    switch (method) {
    case Method::Get:
        return u"GET"_s;
    case Method::Post:
        return u"POST"_s;
    case Method::Put:
        return u"PUT"_s;
    case Method::Delete:
        return u"DELETE"_s;
    case Method::Patch:
        return u"PATCH"_s;
    case Method::Head:
        return u"HEAD"_s;
    case Method::Options:
        return u"OPTIONS"_s;
    default:
        return u"OTHER"_s;
    }
}

QStringList HttpApi::routeLines(const QList<Route>& routes) {
    QStringList lines;
    for (const Route& route : routes)
        lines << route.info.describe();
    return lines;
}

HttpApi::HttpApi(QList<Route> routes, Database& database, AccessLog& log, QThreadPool& pool, Options options)
    : m_routes(std::move(routes))
    , m_database(database)
    , m_log(log)
    , m_pool(pool)
    , m_options(options)
    , m_tokens(0, 0) {
    for (const Route& route : std::as_const(m_routes))
        Q_ASSERT_X(route.handler, route.info.path, "every served route has a handler");
}

RequestData HttpApi::capture(const QHttpServerRequest& request) {
    RequestData data;
    data.timer.start();
    data.requestId = newRequestId();
    data.method = methodName(request.method());
    data.path = request.url().path();
    data.query = request.url().query(QUrl::FullyEncoded);
    data.ip = clientIp(request.remoteAddress());
    data.body = request.body();
    data.contentType = request.value("Content-Type");
    data.idempotencyKey = request.value("Idempotency-Key").trimmed();
    data.language = Messages::choose(request.value("Accept-Language"));
    const QByteArray authorization = request.value("Authorization").trimmed();
    if (authorization.size() > 7 && authorization.left(7).toLower() == "bearer ")
        data.bearerToken = QString::fromLatin1(authorization.mid(7).trimmed());
    return data;
}

void HttpApi::install(QHttpServer& server) {
    static const QRegularExpression placeholder(u"\\{[A-Za-z]+\\}"_s);
    for (const Route& route : std::as_const(m_routes)) {
        const Route* r = &route; // m_routes does not change after construction: the pointer stays valid
        // Handlers take the responder instead of returning a QFuture: a returned QFuture goes
        // through Qt 6.4's QFuture::then(), which crashes under load (see DeferredResponse.h).
        auto run = [this, r](const QHttpServerRequest& request, QHttpServerResponder&& responder, QStringList args) {
            RequestData data = capture(request);
            data.pathArgs = std::move(args);
            DeferredResponse::deliver(
                QtConcurrent::run(&m_pool,
                                  [this, r, data = std::move(data)]() { return finish(this->run(*r, data), data); }),
                std::move(responder));
        };
        // Qt's router wants one typed view argument per "<arg>"; the ids are checked by the handlers.
        QString path = QString::fromLatin1(route.info.path);
        const qsizetype args = path.count(placeholder);
        path.replace(placeholder, u"<arg>"_s);
        const Method method = qtMethod(route.info.method);
        if (args == 0) {
            server.route(path, method, [run](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
                run(request, std::move(responder), {});
            });
        } else if (args == 1) {
            server.route(path, method,
                         [run](const QString& a, const QHttpServerRequest& request, QHttpServerResponder&& responder) {
                             run(request, std::move(responder), {a});
                         });
        } else {
            Q_ASSERT(args == 2);
            server.route(path, method,
                         [run](const QString& a, const QString& b, const QHttpServerRequest& request,
                               QHttpServerResponder&& responder) {
                             run(request, std::move(responder), {a, b});
                         });
        }
    }
    server.setMissingHandler([this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
        const RequestData data = capture(request);
        finish(errorReply(Failure::of(404, errc::notFound), data.language), data).write(std::move(responder));
    });
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
        context.db = m_database.connection();
        if (!context.db.isOpen())
            return render(Failure::databaseUnavailable(), info, context);
    }
    if (!info.roles.isPublic()) {
        Result<Caller> caller = authenticate(info, context);
        if (!caller)
            return render(caller.failure(), info, context);
        context.caller = *caller;
    }
    Result<ApiReply> result = route.handler(context);
    if (!result)
        return render(result.failure(), info, context);
    ApiReply reply = std::move(result).value();
    if (reply.userId == 0)
        reply.userId = context.caller.userId;
    return reply;
}

Result<Caller> HttpApi::authenticate(const RouteInfo& route, RequestContext& context) const {
    const auto access = m_tokens.checkAccess(context.db, context.request.bearerToken, context.nowMs);
    if (!access)
        return access.failure();
    const Caller caller{access->userId, access->sessionId, roleFromName(access->role)};
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
        if (!caller.role || !route.roles.serves(*caller.role))
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
            context.db.close();
        reply = route.page ? unavailablePage(context.language) : errorReply(failure, context.language);
    } else {
        reply = errorReply(failure, context.language);
    }
    reply.userId = context.caller.userId;
    return reply;
}

QHttpServerResponse HttpApi::finish(const ApiReply& reply, const RequestData& data) const {
    const auto status = static_cast<QHttpServerResponse::StatusCode>(reply.status);
    QHttpServerResponse response =
        reply.body.isEmpty() ? QHttpServerResponse(status) : QHttpServerResponse(reply.contentType, reply.body, status);
    for (const auto& header : reply.headers)
        response.addHeader(header.first, header.second);
    response.addHeader("X-Request-Id", data.requestId.toLatin1());
    response.addHeader("Cache-Control", "no-store");

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
    return response;
}

} // namespace lkk::server
