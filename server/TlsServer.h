#pragma once

#include <QHash>
#include <QSet>
#include <QSslServer>

class QHttpServerRequest;
class QTcpSocket;

namespace lkk::server {

// The listening socket handed to QHttpServer::bind(). Besides TLS it works around a Qt 6.4
// HttpServer bug: when a client hangs up while a QFuture response is still being computed, the
// socket (and the request it owns) is deleted and the future's continuation then writes to freed
// memory. We hold back a socket's deferred deletion while a request read from it is in flight,
// and release it once QHttpServer has passed the response through afterRequest.
class TlsServer : public QSslServer {
    Q_OBJECT
public:
    explicit TlsServer(QObject* parent = nullptr);

    QTcpSocket* nextPendingConnection() override;

    // Main thread only: from the route handler and from QHttpServer::afterRequest.
    void requestStarted(const QHttpServerRequest* request);
    void requestFinished(const QHttpServerRequest* request);
    int inFlight() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void forget(QObject* socket);

    QObject* m_lastReadSocket = nullptr; // the socket whose readyRead is being handled
    QHash<const QHttpServerRequest*, QObject*> m_requestSocket;
    QHash<QObject*, int> m_busy; // socket -> requests in flight
    QSet<QObject*> m_held;       // sockets whose deletion we postponed
};

} // namespace lkk::server
