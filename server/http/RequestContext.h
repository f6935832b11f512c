#pragma once

#include "server/Result.h"
#include "server/http/JsonBody.h"
#include "server/http/Messages.h"
#include "server/users/UserStore.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <initializer_list>
#include <optional>

namespace lkk::server {

// The roles of signed-in users (users.role).
enum class Role : quint8 { Customer, Operator, Supervisor };
std::optional<Role> roleFromName(const QString& name);
QString roleName(Role role);

// Who may call a route: anyone (public: no token needed, none checked) or a set of roles.
class Roles {
public:
    static constexpr Roles anyone() { return Roles(0, true); }
    static constexpr Roles signedIn() { return Roles{Role::Customer, Role::Operator, Role::Supervisor}; }
    constexpr Roles(std::initializer_list<Role> roles) {
        for (Role role : roles)
            m_bits |= bit(role);
    }

    constexpr bool isPublic() const { return m_public; }
    constexpr bool serves(Role role) const { return (m_bits & bit(role)) != 0; }
    // "public" or the role names joined by ',' ("customer", "customer,operator,supervisor").
    QString describe() const;

private:
    constexpr Roles(quint8 bits, bool isPublic)
        : m_bits(bits)
        , m_public(isPublic) {}
    static constexpr quint8 bit(Role role) { return quint8(1u << quint8(role)); }
    quint8 m_bits = 0;
    bool m_public = false;
};

// The signed-in user a request acts for (userId 0 on public routes).
struct Caller {
    qint64 userId = 0;
    qint64 sessionId = 0;
    std::optional<Role> role;
    // The operator who reads or acts for this customer through the operators' routes (0: the
    // customer themself), so a service can keep back what only the customer may see.
    qint64 operatorId = 0;
};

// What a handler may know about the HTTP request: copied from the HttpRequest on the server
// thread, before the route runs on a worker thread.
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
    QByteArray idempotencyKey; // the Idempotency-Key header (payment orders)
    QByteArray ifNoneMatch;    // the If-None-Match header of a GET (the routes with an ETag)
    bool acceptsGzip = false;  // Accept-Encoding allows gzip (the response cache keeps each encoding)
    QElapsedTimer timer;
};

// Everything a handler works with, made by the router on the worker thread: the request, its
// language, the authenticated caller, one reading of the clock (server/Clock.h, so the test clock
// applies and one request sees one "now") and this thread's database connection.
struct RequestContext {
    const RequestData& request;
    Language language = Language::Ru;
    Caller caller;
    qint64 nowMs = 0;
    QSqlDatabase db;         // open, unless the route declared that it does not use it
    qint64 maxBodyBytes = 0; // the route's limit for the body
    // The account a route's data stamp found linked to the caller (0: none): its query asked
    // what AccountsService::isLinked would ask again.
    qint64 linkedAccountId = 0;
    // The caller's user row the route's TokenRead (server/http/Route.h) read with the token; empty
    // without one.
    std::optional<User> tokenUser;

    QString arg(qsizetype i) const { return request.pathArgs.value(i); }
    // The body as a JSON object checked against spec (JsonBody), or the 4xx to answer.
    Result<QJsonObject> json(const JsonBody::Spec& spec) const;
    // 400 validation_failed for a field that breaks an input rule, in the request's language.
    Failure invalid(const QString& field, rules::Violation violation) const;
};

} // namespace lkk::server
