#include "server/http/TlsServer.h"

namespace lkk::server {

TlsServer::TlsServer(QObject* parent)
    : QSslServer(parent) {}

} // namespace lkk::server
