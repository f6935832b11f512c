#pragma once

#include <QSslServer>

namespace lkk::server {

// The listening socket handed to QHttpServer::bind(): ServerApp configures TLS on it itself
// (instead of QAbstractHttpServer::sslSetup() + listen()) so that a bad certificate or a busy
// port is reported before the server announces itself. Connections accepted here are owned by
// it; a response computed on a worker thread reaches its connection through DeferredResponse.
class TlsServer : public QSslServer {
    Q_OBJECT
public:
    explicit TlsServer(QObject* parent = nullptr);
};

} // namespace lkk::server
