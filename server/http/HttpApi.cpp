#include "server/http/HttpApi.h"

#include "server/Clock.h"
#include "server/auth/AuthService.h"
#include "server/http/AccessLog.h"
#include "server/http/DeferredResponse.h"
#include "shared/ErrorCodes.h"
#include "shared/InputRules.h"

#include <QDateTime>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

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

} // namespace

const QList<HttpApi::Route>& HttpApi::routes() {
    static const QList<Route> table = {
        {Method::Post, "/api/v1/auth/login", &HttpApi::login},
        {Method::Post, "/api/v1/auth/refresh", &HttpApi::refresh},
        {Method::Post, "/api/v1/auth/logout", &HttpApi::logout},
        {Method::Get, "/api/v1/profile", &HttpApi::profile},
        {Method::Post, "/api/v1/captcha", &HttpApi::captcha},
        {Method::Get, "/api/v1/health", &HttpApi::health},
        {Method::Get, "/api/v1/accounts", &HttpApi::listAccounts},
        {Method::Post, "/api/v1/accounts/link", &HttpApi::startLink},
        {Method::Post, "/api/v1/accounts/link/confirm", &HttpApi::confirmLink},
        {Method::Get, "/api/v1/accounts/{id}", &HttpApi::getAccount},
        {Method::Delete, "/api/v1/accounts/{id}", &HttpApi::unlinkAccount},
        {Method::Get, "/api/v1/accounts/{id}/requisites", &HttpApi::accountRequisites},
        {Method::Get, "/api/v1/accounts/{id}/contracts/{contractId}/tariffs", &HttpApi::contractTariffs},
        {Method::Get, "/api/v1/accounts/{id}/meters", &HttpApi::accountMeters},
        {Method::Post, "/api/v1/auth/register", &HttpApi::registerUser},
        {Method::Post, "/api/v1/auth/register/confirm", &HttpApi::confirmRegistration},
        {Method::Post, "/api/v1/auth/register/resend", &HttpApi::resendConfirmation},
        {Method::Post, "/api/v1/auth/recover", &HttpApi::recoverPassword},
        {Method::Post, "/api/v1/auth/recover/confirm", &HttpApi::confirmRecovery},
        {Method::Post, "/api/v1/profile/password", &HttpApi::changePassword},
        {Method::Patch, "/api/v1/profile", &HttpApi::updateProfile},
        {Method::Post, "/api/v1/profile/email", &HttpApi::requestEmailChange},
        {Method::Post, "/api/v1/profile/email/confirm", &HttpApi::confirmEmailChange},
        {Method::Get, "/confirm", &HttpApi::confirmLinkPage},
        {Method::Get, "/recover", &HttpApi::recoverPage},
        {Method::Post, "/recover", &HttpApi::recoverPageSubmit},
        {Method::Get, "/api/v1/accounts/{id}/bills", &HttpApi::accountBills},
        {Method::Get, "/api/v1/accounts/{id}/payments", &HttpApi::accountPayments},
        {Method::Get, "/api/v1/accounts/{id}/payment-form", &HttpApi::paymentForm},
        {Method::Post, "/api/v1/accounts/{id}/payment-orders", &HttpApi::createPaymentOrder},
        {Method::Get, "/api/v1/payment-orders/{id}", &HttpApi::getPaymentOrder},
        {Method::Post, "/api/v1/payment-orders/{id}/cancel", &HttpApi::cancelPaymentOrder},
        {Method::Get, "/payment-rules", &HttpApi::paymentRules},
        {Method::Get, "/sandbox/pay/{id}", &HttpApi::sandboxPayPage},
        {Method::Post, "/sandbox/pay/{id}", &HttpApi::sandboxPaySubmit},
        {Method::Get, "/api/v1/accounts/{id}/readings/form", &HttpApi::readingsForm},
        {Method::Get, "/api/v1/accounts/{id}/readings", &HttpApi::readingsHistory},
        {Method::Post, "/api/v1/accounts/{id}/readings", &HttpApi::submitReadings},
        {Method::Post, "/api/v1/test/clock", &HttpApi::testClock},
    };
    return table;
}

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

QStringList HttpApi::routeLines() {
    QStringList lines;
    for (const Route& route : routes())
        lines << methodName(route.method) + u' ' + QString::fromLatin1(route.path);
    return lines;
}

HttpApi::HttpApi(AuthService& auth, AccessLog& log, QThreadPool& pool, qint64 maxBodyBytes)
    : m_auth(auth)
    , m_log(log)
    , m_pool(pool)
    , m_maxBodyBytes(maxBodyBytes) {}

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
    for (const Route& route : routes()) {
        const Route* r = &route; // the table is static: the pointer stays valid
        // Handlers take the responder instead of returning a QFuture: a returned QFuture goes
        // through Qt 6.4's QFuture::then(), which crashes under load (see DeferredResponse.h).
        auto run = [this, r](const QHttpServerRequest& request, QHttpServerResponder&& responder, QStringList args) {
            RequestData data = capture(request);
            data.pathArgs = std::move(args);
            DeferredResponse::deliver(
                QtConcurrent::run(&m_pool,
                                  [this, r, data = std::move(data)]() { return finish(handle(*r, data), data); }),
                std::move(responder));
        };
        // Qt's router wants one typed view argument per "<arg>"; the ids are checked by the handlers.
        QString path = QString::fromLatin1(route.path);
        const qsizetype args = path.count(placeholder);
        path.replace(placeholder, u"<arg>"_s);
        if (args == 0) {
            server.route(path, route.method,
                         [run](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
                             run(request, std::move(responder), {});
                         });
        } else if (args == 1) {
            server.route(path, route.method,
                         [run](const QString& a, const QHttpServerRequest& request, QHttpServerResponder&& responder) {
                             run(request, std::move(responder), {a});
                         });
        } else {
            Q_ASSERT(args == 2);
            server.route(path, route.method,
                         [run](const QString& a, const QString& b, const QHttpServerRequest& request,
                               QHttpServerResponder&& responder) {
                             run(request, std::move(responder), {a, b});
                         });
        }
    }
    server.setMissingHandler([this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
        const RequestData data = capture(request);
        finish(ApiReply::error(404, errc::notFound, data.language), data).write(std::move(responder));
    });
}

ApiReply HttpApi::handle(const Route& route, const RequestData& data) const {
    return (this->*route.handler)(data);
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

bool HttpApi::parseBody(const RequestData& data, const JsonBody::Spec& spec, QJsonObject* out, ApiReply* error) const {
    auto parsed = JsonBody::parse(data.contentType, data.body, m_maxBodyBytes, spec);
    if (auto* object = std::get_if<QJsonObject>(&parsed)) {
        *out = std::move(*object);
        return true;
    }
    const auto& e = std::get<JsonBody::Error>(parsed);
    const QString message = qstrcmp(e.code, errc::validationFailed) == 0
                                ? Messages::violation(rules::Violation::Required, data.language)
                                : QString();
    *error = ApiReply::error(e.status, e.code, data.language, e.field, message);
    return false;
}

ApiReply HttpApi::login(const RequestData& data) const {
    using T = JsonBody::Type;
    static const JsonBody::Spec spec{{{u"email"_s, T::String, true},
                                      {u"password"_s, T::String, true},
                                      {u"remember"_s, T::Bool, false},
                                      {u"captchaId"_s, T::String, false},
                                      {u"captchaAnswer"_s, T::String, false}},
                                     false};
    QJsonObject body;
    ApiReply error;
    if (!parseBody(data, spec, &body, &error))
        return error;
    return m_auth.login(body, data.ip, data.language);
}

ApiReply HttpApi::refresh(const RequestData& data) const {
    static const JsonBody::Spec spec{{{u"refreshToken"_s, JsonBody::Type::String, true}}, false};
    QJsonObject body;
    ApiReply error;
    if (!parseBody(data, spec, &body, &error))
        return error;
    return m_auth.refresh(body, data.language);
}

ApiReply HttpApi::logout(const RequestData& data) const {
    static const JsonBody::Spec spec{{}, true};
    QJsonObject body;
    ApiReply error;
    if (!parseBody(data, spec, &body, &error))
        return error;
    return m_auth.logout(data.bearerToken, data.language);
}

ApiReply HttpApi::profile(const RequestData& data) const {
    return m_auth.profile(data.bearerToken, data.language);
}

ApiReply HttpApi::captcha(const RequestData& data) const {
    static const JsonBody::Spec spec{{}, true};
    QJsonObject body;
    ApiReply error;
    if (!parseBody(data, spec, &body, &error))
        return error;
    return m_auth.captcha(data.language);
}

ApiReply HttpApi::health(const RequestData&) const {
    return m_auth.health();
}

ApiReply HttpApi::testClock(const RequestData& data) const {
    if (!m_testClock)
        return ApiReply::error(404, errc::notFound, data.language);
    static const JsonBody::Spec spec{{{u"now"_s, JsonBody::Type::String, true}}, false};
    QJsonObject body;
    ApiReply error;
    if (!parseBody(data, spec, &body, &error))
        return error;
    // An explicit Z or offset: a local time would depend on the machine's zone.
    const QDateTime now = QDateTime::fromString(body.value(u"now"_s).toString(), Qt::ISODateWithMs);
    if (!now.isValid() || now.timeSpec() == Qt::LocalTime)
        return ApiReply::error(400, errc::validationFailed, data.language, u"now"_s);
    setTestClock(now.toMSecsSinceEpoch());
    return ApiReply::noContent();
}

} // namespace lkk::server
