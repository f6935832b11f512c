#pragma once

#include <QBuffer>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>
#include <functional>
#include <utility>

namespace lkk::test {

// A QNetworkAccessManager that never touches the network: requests are routed to lambdas that
// return a payload and status, a network error, a hanging reply, a delayed one or one held back
// until the test releases it. Every request is recorded with its headers and body so tests can
// check what the client sent.
class FakeNetwork : public QNetworkAccessManager {
    Q_OBJECT
public:
    struct Request {
        QByteArray method;
        QUrl url;
        QNetworkRequest request;
        QByteArray body;
        QByteArray header(const QByteArray& name) const { return request.rawHeader(name); }
    };
    struct Response {
        int status = 200;
        QByteArray body;
        QList<std::pair<QByteArray, QByteArray>> headers;
        QNetworkReply::NetworkError error = QNetworkReply::NoError; // set: a transport failure
        QString errorText;
        QList<QSslError> sslErrors; // emitted before an SslHandshakeFailedError
        bool hang = false;          // never finishes (until aborted)
        bool held = false;          // delivered by releaseHeld(), not before
        int delayMs = 0;

        static Response json(int status, const QByteArray& body);
        static Response apiError(int status, const QByteArray& code, const QString& message = {},
                                 const QByteArray& field = {});
        static Response failure(QNetworkReply::NetworkError error, const QString& text);
        static Response hanging();
    };
    using Handler = std::function<Response(const Request&)>;

    explicit FakeNetwork(QObject* parent = nullptr);

    // `path` is the URL path, e.g. "/api/v1/auth/login". Unrouted requests get 404 not_found.
    void route(const QByteArray& method, const QString& path, Handler handler);

    const QList<Request>& requests() const { return m_requests; }
    QList<Request> requestsTo(const QString& path) const;
    int count(const QString& path) const { return static_cast<int>(requestsTo(path).size()); }
    int openReplies() const { return m_openReplies; }
    void clearRequests() { m_requests.clear(); }
    // Delivers every held reply that is still open, from the event loop: a late answer arrives
    // exactly when the test wants it (wait for openReplies() == 0 to see it handled).
    void releaseHeld() { emit heldReleased(); }

signals:
    void heldReleased();

protected:
    QNetworkReply* createRequest(Operation op, const QNetworkRequest& request, QIODevice* outgoingData) override;

private:
    friend class FakeReply;
    struct Route {
        QByteArray method;
        QString path;
        Handler handler;
    };
    QList<Route> m_routes;
    QList<Request> m_requests;
    int m_openReplies = 0;
};

class FakeReply : public QNetworkReply {
    Q_OBJECT
public:
    FakeReply(FakeNetwork* network, const FakeNetwork::Request& request, const FakeNetwork::Response& response);
    ~FakeReply() override;

    void abort() override;
    qint64 bytesAvailable() const override;
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char* data, qint64 maxSize) override;

private:
    void deliver();
    void finishWith(QNetworkReply::NetworkError error, const QString& text);

    FakeNetwork* m_network;
    FakeNetwork::Response m_response;
    QByteArray m_data;
    qint64 m_offset = 0;
    bool m_done = false;
};

} // namespace lkk::test
