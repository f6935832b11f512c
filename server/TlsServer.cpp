#include "TlsServer.h"

#include <QEvent>
#include <QLoggingCategory>
#include <QTcpSocket>

Q_LOGGING_CATEGORY(lcTls, "lkk.server.tls")

namespace lkk::server {

TlsServer::TlsServer(QObject* parent)
    : QSslServer(parent) {}

QTcpSocket* TlsServer::nextPendingConnection() {
    QTcpSocket* socket = QSslServer::nextPendingConnection();
    if (!socket)
        return nullptr;
    socket->installEventFilter(this);
    // Connected before QHttpServer connects its own slot, so this runs first for every readyRead:
    // the route handler called from QHttpServer's slot then knows which socket its request is on.
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { m_lastReadSocket = socket; });
    connect(socket, &QObject::destroyed, this, [this](QObject* object) { forget(object); });
    return socket;
}

void TlsServer::requestStarted(const QHttpServerRequest* request) {
    if (!m_lastReadSocket)
        return;
    m_requestSocket.insert(request, m_lastReadSocket);
    ++m_busy[m_lastReadSocket];
}

void TlsServer::requestFinished(const QHttpServerRequest* request) {
    QObject* socket = m_requestSocket.take(request);
    if (!socket)
        return;
    auto it = m_busy.find(socket);
    if (it != m_busy.end() && --it.value() <= 0) {
        m_busy.erase(it);
        // Posted, so it runs after QHttpServer has finished writing (to a closed socket) now.
        if (m_held.remove(socket))
            socket->deleteLater();
    }
}

int TlsServer::inFlight() const {
    int total = 0;
    for (int n : m_busy)
        total += n;
    return total;
}

bool TlsServer::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::DeferredDelete && m_busy.value(watched) > 0) {
        qCDebug(lcTls) << "client hung up during a request; socket kept until the response is done";
        m_held.insert(watched);
        return true;
    }
    return QSslServer::eventFilter(watched, event);
}

void TlsServer::forget(QObject* socket) {
    if (m_lastReadSocket == socket)
        m_lastReadSocket = nullptr;
    m_busy.remove(socket);
    m_held.remove(socket);
    for (auto it = m_requestSocket.begin(); it != m_requestSocket.end();) {
        if (it.value() == socket)
            it = m_requestSocket.erase(it);
        else
            ++it;
    }
}

} // namespace lkk::server
