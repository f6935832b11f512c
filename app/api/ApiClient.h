#pragma once

#include "app/api/Result.h"
#include "app/api/ServerEndpoint.h"

#include <QByteArray>
#include <QCache>
#include <QList>
#include <QObject>
#include <QPointer>
#include <chrono>
#include <functional>
#include <utility>

class QNetworkAccessManager;

namespace lkk {

// One HTTP exchange as the API client sees it, before the operation interprets it.
struct ApiRequest {
    QByteArray method = "GET";
    QString path;        // below /api/v1, e.g. "/auth/login"
    QByteArray body;     // JSON; sent when method is not GET
    QString bearerToken; // empty = no Authorization header
    QString query;       // URL query without '?', e.g. "from=2026-09-01&to=2026-11-26" (already encoded)
    // Extra request headers (e.g. Idempotency-Key of POST /payment-orders); set after the standard ones.
    QList<std::pair<QByteArray, QByteArray>> headers;
    // false: a route that serves operators as it is, sent without a caller's cabinet prefix
    bool belowCallerPrefix = true;
};

struct ApiResponse {
    int httpStatus = 0;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    // The server answered 304 to the ETag of the last answer kept for this GET: body and headers
    // are that answer's (httpStatus 200), nothing new came over the wire.
    bool notModified = false;
};

// Talks to the cabinet API. Each operation (ApiOperations.h) is a small type with a typed result;
// call() sends it through one non-template send() that owns the reply, the timeout, the headers
// (Accept-Language, JSON, User-Agent, Bearer) and the mapping of every failure to an ApiError.
// Callbacks never run once their `context` object is destroyed (the request is aborted then).
// Answers come gzip-compressed: Qt asks for gzip and inflates on its own as long as no request
// sets Accept-Encoding itself. The last answer of a GET that carried an ETag is kept (by URL, up
// to kRememberedBytes in all), so asking again sends If-None-Match and a 304 hands the kept answer
// back marked notModified.
class ApiClient : public QObject {
    Q_OBJECT
public:
    using RawCallback = std::function<void(Result<ApiResponse>)>;

    // `network` is not owned (tests pass a fake one); it must outlive this client.
    explicit ApiClient(QNetworkAccessManager* network, QObject* parent = nullptr);

    // Returns the error (InsecureUrl, Tls for a bad CA file…) and keeps the old endpoint on failure.
    std::optional<ApiError> setServer(const QString& serverUrl, const QString& extraCaFile = {});
    void setEndpoint(const ServerEndpoint& endpoint);
    const ServerEndpoint& endpoint() const { return m_endpoint; }

    void setLanguage(const QString& language); // "ru" or "en"; anything else means "ru"
    QString language() const { return m_language; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }

    // `pathPrefix` goes in front of the operation's path: an operator reads a caller's cabinet with
    // the customer's own requests below /operator/customers/{id} (docs/operator-workspace.md).
    template <typename Op>
    void call(const Op& op, const QString& bearerToken, QObject* context,
              std::function<void(Result<typename Op::Value>)> done, const QString& pathPrefix = {}) {
        ApiRequest request = op.request();
        if (request.belowCallerPrefix)
            request.path.prepend(pathPrefix);
        request.bearerToken = bearerToken;
        send(request, context, [done = std::move(done)](Result<ApiResponse> response) {
            if (!response)
                done(response.error());
            else
                done(Op::parse(response.value()));
        });
    }

    // The single place a request leaves the client. `done` runs exactly once unless `context` dies.
    void send(const ApiRequest& request, QObject* context, RawCallback done);

    // The exact User-Agent, e.g. "LKK-Desktop/0.1.0 (Qt 6.4.2; debian 12)".
    static QByteArray userAgent();

    static constexpr qsizetype kRememberedBytes = 8 * 1024 * 1024;

private:
    struct Remembered {
        QByteArray etag;
        ApiResponse response;
    };

    // Keeps a 200 with an ETag for `key` (the URL); forgets the key's answer otherwise.
    void remember(const QString& key, const QByteArray& etag, const ApiResponse& response);

    QNetworkAccessManager* m_network;
    QCache<QString, Remembered> m_remembered{kRememberedBytes}; // by URL; cost: the body's size
    ServerEndpoint m_endpoint;
    QString m_language;
    std::chrono::milliseconds m_timeout{30000};
};

} // namespace lkk
