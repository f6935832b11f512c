#include "server/TlsServer.h"

namespace lkk::server {

TlsServer::TlsServer(QObject* parent)
    : QSslServer(parent) {}

} // namespace lkk::server
