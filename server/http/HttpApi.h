#pragma once

#include "server/http/ApiReply.h"
#include "server/http/JsonBody.h"
#include "server/http/Messages.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QList>
#include <QString>
#include <QStringList>

class QHttpServer;
class QHttpServerResponse;
class QThreadPool;

namespace lkk::server {

class AccessLog;
class AuthService;
namespace accounts {
class AccountsApi;
}
namespace users {
class UsersApi;
}
namespace payments {
class PaymentsApi;
}
namespace readings {
class ReadingsApi;
}

// What a handler may know about a request: copied on the server thread, because the
// QHttpServerRequest must not be touched from a worker thread (the client may be gone by then).
struct RequestData {
    QString requestId;
    QString method;
    QString path;
    QString ip;
    QByteArray body;
    QByteArray contentType;
    QString bearerToken;
    Language language = Language::Ru;
    QStringList pathArgs;      // the {placeholders} of the route's path, in order
    QString query;             // the URL's query, still encoded (QUrlQuery reads it)
    QByteArray idempotencyKey; // the Idempotency-Key header (payment orders, issue 6)
    QElapsedTimer timer;
};

// The routes of /api/v1 and the glue between Qt HttpServer and AuthService: each request is
// copied into RequestData and handled on the worker pool, access-logged there, and the response is
// written on the server thread by DeferredResponse — or dropped if the client has hung up.
class HttpApi {
public:
    using Handler = ApiReply (HttpApi::*)(const RequestData&) const;
    struct Route {
        QHttpServerRequest::Method method;
        const char* path; // as in docs/openapi.yaml: "/api/v1/accounts/{id}", or "/confirm" for a page
        Handler handler;
    };

    // The one route table: the router and --print-routes both read it.
    static const QList<Route>& routes();
    static QStringList routeLines(); // "POST /api/v1/auth/login"
    static QString methodName(QHttpServerRequest::Method method);

    HttpApi(AuthService& auth, AccessLog& log, QThreadPool& pool, qint64 maxBodyBytes);
    // Routes (answered through DeferredResponse) and the JSON 404 for everything else.
    void install(QHttpServer& server);
    // The /accounts routes answer 503 until this is set (ServerApp sets it before install()).
    void setAccounts(const accounts::AccountsApi* accounts) { m_accounts = accounts; }
    // Registration and recovery (issue 5): 503 until set.
    void setUsers(const users::UsersApi* users) { m_users = users; }
    // The bills/payments/orders routes answer 503 until this is set (issue 6).
    void setPayments(const payments::PaymentsApi* payments) { m_payments = payments; }
    // The /readings routes answer 503 until this is set (issue 4).
    void setReadings(const readings::ReadingsApi* readings) { m_readings = readings; }
    // POST /test/clock answers 404 unless the server runs with --test-clock (test environment).
    void enableTestClock(bool enabled) { m_testClock = enabled; }

    ApiReply handle(const Route& route, const RequestData& data) const;
    static RequestData capture(const QHttpServerRequest& request);

private:
    ApiReply login(const RequestData& data) const;
    ApiReply refresh(const RequestData& data) const;
    ApiReply logout(const RequestData& data) const;
    ApiReply profile(const RequestData& data) const;
    ApiReply captcha(const RequestData& data) const;
    ApiReply health(const RequestData& data) const;
    ApiReply testClock(const RequestData& data) const; // test only: resets the server's clock
    // Accounts (issue 3): defined in accounts/AccountRoutes.cpp, served by accounts::AccountsApi.
    ApiReply listAccounts(const RequestData& data) const;
    ApiReply getAccount(const RequestData& data) const;
    ApiReply unlinkAccount(const RequestData& data) const;
    ApiReply startLink(const RequestData& data) const;
    ApiReply confirmLink(const RequestData& data) const;
    ApiReply accountRequisites(const RequestData& data) const;
    ApiReply contractTariffs(const RequestData& data) const;
    ApiReply accountMeters(const RequestData& data) const;
    // Registration, recovery, password change (issue 5): users/UserRoutes.cpp, users::UsersApi.
    ApiReply registerUser(const RequestData& data) const;
    ApiReply confirmRegistration(const RequestData& data) const;
    ApiReply resendConfirmation(const RequestData& data) const;
    ApiReply recoverPassword(const RequestData& data) const;
    ApiReply confirmRecovery(const RequestData& data) const;
    ApiReply changePassword(const RequestData& data) const;
    ApiReply updateProfile(const RequestData& data) const;
    ApiReply requestEmailChange(const RequestData& data) const;
    ApiReply confirmEmailChange(const RequestData& data) const;
    // The browser pages behind the links in the mails (HTML, outside /api/v1).
    ApiReply confirmLinkPage(const RequestData& data) const;
    ApiReply recoverPage(const RequestData& data) const;
    ApiReply recoverPageSubmit(const RequestData& data) const;
    // Bills and payments (issue 6): defined in payments/PaymentRoutes.cpp, served by payments::PaymentsApi.
    ApiReply accountBills(const RequestData& data) const;
    ApiReply accountPayments(const RequestData& data) const;
    ApiReply paymentForm(const RequestData& data) const;
    ApiReply createPaymentOrder(const RequestData& data) const;
    ApiReply getPaymentOrder(const RequestData& data) const;
    ApiReply cancelPaymentOrder(const RequestData& data) const;
    ApiReply paymentRules(const RequestData& data) const;
    ApiReply sandboxPayPage(const RequestData& data) const;
    ApiReply sandboxPaySubmit(const RequestData& data) const;
    // Meter readings (issue 4): defined in readings/ReadingRoutes.cpp, served by readings::ReadingsApi.
    ApiReply readingsForm(const RequestData& data) const;
    ApiReply readingsHistory(const RequestData& data) const;
    ApiReply submitReadings(const RequestData& data) const;

    // Parses data.body against spec; on failure *error holds the 4xx reply.
    bool parseBody(const RequestData& data, const JsonBody::Spec& spec, QJsonObject* out, ApiReply* error) const;
    QHttpServerResponse finish(const ApiReply& reply, const RequestData& data) const;

    AuthService& m_auth;
    AccessLog& m_log;
    QThreadPool& m_pool;
    qint64 m_maxBodyBytes;
    const accounts::AccountsApi* m_accounts = nullptr;
    const users::UsersApi* m_users = nullptr;
    const payments::PaymentsApi* m_payments = nullptr;
    const readings::ReadingsApi* m_readings = nullptr;
    bool m_testClock = false;
};

} // namespace lkk::server
