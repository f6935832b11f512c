#include "app/api/ApiClient.h"

#include "app/api/JsonCodec.h"
#include "app/core/Logging.h"
#include "generated/branding.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>
#include <QSysInfo>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lkk {

namespace {

ApiError clientError(ApiError::Kind kind, const QString& message) {
    ApiError e;
    e.kind = kind;
    e.message = message;
    return e;
}

// What the user reads when no answer came: plain words and what to do, never the system's
// socket message (that one goes to the log only).
QString unreachableMessage(QNetworkReply::NetworkError error, const QString& host) {
    switch (error) {
    case QNetworkReply::HostNotFoundError:
        return ApiClient::tr("The server %1 could not be found. Check the Internet connection and try again.")
            .arg(host);
    case QNetworkReply::ConnectionRefusedError:
        return ApiClient::tr("The server %1 is not accepting connections right now. Try again in a few minutes.")
            .arg(host);
    default:
        break;
    }
    return ApiClient::tr("Could not reach the server %1. Check the Internet connection and try again.").arg(host);
}

} // namespace

ApiClient::ApiClient(QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_language(QLocale().language() == QLocale::English ? u"en"_s : u"ru"_s) {
    Q_ASSERT(network);
}

std::optional<ApiError> ApiClient::setServer(const QString& serverUrl, const QString& extraCaFile) {
    auto endpoint = ServerEndpoint::create(serverUrl, extraCaFile);
    if (!endpoint)
        return endpoint.error();
    setEndpoint(endpoint.value());
    return std::nullopt;
}

void ApiClient::setEndpoint(const ServerEndpoint& endpoint) {
    m_endpoint = endpoint;
    qCInfo(lcApi) << "server" << m_endpoint.root().toDisplayString() << "extra CA"
                  << (m_endpoint.extraCaFile().isEmpty() ? u"none"_s : m_endpoint.extraCaFile());
}

void ApiClient::setLanguage(const QString& language) {
    m_language = language.startsWith("en"_L1) ? u"en"_s : u"ru"_s;
}

QByteArray ApiClient::userAgent() {
    return QByteArray("LKK-Desktop/") + lkk::branding::version + " (Qt " + qVersion() + "; " +
           QSysInfo::productType().toUtf8() + ' ' + QSysInfo::productVersion().toUtf8() + ')';
}

void ApiClient::remember(const QString& key, const QByteArray& etag, const ApiResponse& response) {
    if (etag.isEmpty() || response.httpStatus != 200) {
        m_remembered.remove(key);
        return;
    }
    m_remembered.insert(key, new Remembered{etag, response}, std::max<qsizetype>(response.body.size(), 1));
}

void ApiClient::send(const ApiRequest& request, QObject* context, RawCallback done) {
    Q_ASSERT(context);
    if (!m_endpoint.isValid()) {
        QTimer::singleShot(0, context, [done = std::move(done)] {
            done(clientError(ApiError::Kind::Protocol, tr("No server address is configured.")));
        });
        return;
    }
    // The endpoint refuses plain http to other hosts already; re-check the final URL in case the
    // path smuggled in something odd.
    QUrl url = m_endpoint.apiUrl(request.path);
    if (!request.query.isEmpty())
        url.setQuery(request.query);
    if (url.scheme() != "https"_L1 && !ServerEndpoint::isLoopbackHost(url.host())) {
        QTimer::singleShot(0, context, [done = std::move(done)] {
            done(clientError(ApiError::Kind::InsecureUrl, tr("Refusing to send a request over plain http.")));
        });
        return;
    }

    QNetworkRequest req(url);
    if (url.scheme() == "https"_L1)
        req.setSslConfiguration(m_endpoint.sslConfiguration());
    req.setRawHeader("Accept", "application/json");
    req.setRawHeader("Accept-Language", m_language.toLatin1());
    req.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    if (request.method != "GET")
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json; charset=utf-8"));
    if (!request.bearerToken.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + request.bearerToken.toLatin1());
    for (const auto& [name, value] : request.headers)
        req.setRawHeader(name, value);
    // Asking again for what is kept: the server answers 304 when nothing changed.
    // (Held by the reply's handler, so a 304 finds it even if the cache dropped it meanwhile.)
    const QString rememberKey = request.method == "GET" ? url.toString(QUrl::FullyEncoded) : QString();
    std::optional<ApiResponse> kept;
    if (const Remembered* remembered = rememberKey.isEmpty() ? nullptr : m_remembered.object(rememberKey)) {
        req.setRawHeader("If-None-Match", remembered->etag);
        kept = remembered->response;
        kept->notModified = true;
    }
    // The API never redirects; following one could leak the Authorization header.
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);

    QNetworkReply* reply =
        request.method == "GET" ? m_network->get(req) : m_network->sendCustomRequest(req, request.method, request.body);

    // State shared by the reply's handlers; lives as long as the reply.
    struct State {
        bool timedOut = false;
        bool contextGone = false;
        QStringList sslErrors;
        QElapsedTimer clock;
    };
    auto state = std::make_shared<State>();
    state->clock.start();

    auto* timer = new QTimer(reply);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, reply, [reply, state] {
        state->timedOut = true;
        reply->abort();
    });
    timer->start(m_timeout);

    // Collected for the message only: they are never ignored, so the handshake fails on them.
    connect(reply, &QNetworkReply::sslErrors, reply, [state](const QList<QSslError>& errors) {
        for (const QSslError& e : errors)
            state->sslErrors << e.errorString();
    });
    // The caller is gone: nobody wants the answer, so stop the transfer.
    // (abort() finishes the reply synchronously while `context` is still being destroyed, so the
    // callback below must check the flag: Qt has not disconnected the dying receiver yet.)
    QPointer<QNetworkReply> guard(reply);
    connect(context, &QObject::destroyed, reply, [guard, state] {
        state->contextGone = true;
        if (guard && guard->isRunning())
            guard->abort();
    });
    connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);

    const QByteArray method = request.method;
    const QString path = request.path;
    const int timeoutSeconds = static_cast<int>(m_timeout.count() / 1000);
    const QString host = m_endpoint.root().host();
    connect(this, &QObject::destroyed, reply, [guard] {
        if (guard && guard->isRunning())
            guard->abort();
    });
    connect(reply, &QNetworkReply::finished, context,
            [self = QPointer<ApiClient>(this), rememberKey, kept, host, reply, state, done = std::move(done), method,
             path, timeoutSeconds] {
                if (state->contextGone)
                    return;
                const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                const QNetworkReply::NetworkError error = reply->error();
                qCInfo(lcApi).nospace() << method.constData() << ' ' << path << " -> " << status << " (" << error
                                        << ", " << state->clock.elapsed() << " ms)";

                if (state->timedOut) {
                    done(clientError(ApiError::Kind::Timeout,
                                     tr("The server did not answer within %n second(s).", nullptr, timeoutSeconds)));
                    return;
                }
                if (status >= 200 && status < 300) {
                    ApiResponse response;
                    response.httpStatus = status;
                    response.body = reply->readAll();
                    response.headers = reply->rawHeaderPairs();
                    if (self && !rememberKey.isEmpty())
                        self->remember(rememberKey, reply->rawHeader("ETag"), response);
                    done(std::move(response));
                    return;
                }
                if (status == 304 && kept) {
                    done(*kept);
                    return;
                }
                if (status >= 300) {
                    ApiError e = json::parseApiError(status, reply->readAll(), reply->rawHeaderPairs());
                    if (status < 400)
                        e.kind = ApiError::Kind::Protocol; // an unexpected redirect
                    done(std::move(e));
                    return;
                }
                if (!state->sslErrors.isEmpty() || error == QNetworkReply::SslHandshakeFailedError) {
                    qCWarning(lcApi) << "TLS failure:"
                                     << (state->sslErrors.isEmpty() ? reply->errorString()
                                                                    : state->sslErrors.join(u"; "_s));
                    done(clientError(ApiError::Kind::Tls,
                                     tr("The server's certificate is not trusted, so the connection was not made. "
                                        "Check the date and time on this computer and try again.")));
                    return;
                }
                if (error == QNetworkReply::OperationCanceledError) {
                    done(clientError(ApiError::Kind::Canceled, tr("The request was canceled.")));
                    return;
                }
                if (error == QNetworkReply::TimeoutError) {
                    done(clientError(ApiError::Kind::Timeout,
                                     tr("The server did not answer within %n second(s).", nullptr, timeoutSeconds)));
                    return;
                }
                if (error == QNetworkReply::NoError) {
                    done(json::protocolError(tr("no HTTP status")));
                    return;
                }
                qCWarning(lcApi) << "cannot reach" << host << ':' << reply->errorString();
                done(clientError(ApiError::Kind::Network, unreachableMessage(error, host)));
            });
}

} // namespace lkk
