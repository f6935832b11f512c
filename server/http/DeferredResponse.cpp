#include "server/http/DeferredResponse.h"

#include <QFutureWatcher>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QLoggingCategory>
#include <QTcpSocket>
#include <memory>

Q_LOGGING_CATEGORY(lcDeferred, "lkk.server.transport")

namespace lkk::server {

void DeferredResponse::deliver(QFuture<QHttpServerResponse> future, QHttpServerResponder&& responder) {
    QTcpSocket* socket = responder.socket();
    // Parented to the socket: the watcher, the connection below and the responder live exactly as
    // long as the connection's socket, so `socket` is valid whenever the slot runs.
    auto* watcher = new QFutureWatcher<QHttpServerResponse>(socket);
    auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
    QObject::connect(watcher, &QFutureWatcherBase::finished, watcher, [watcher, socket, held] {
        watcher->deleteLater();
        QFuture<QHttpServerResponse> done = watcher->future();
        if (done.isCanceled() || done.resultCount() < 1)
            return; // only when the pool is torn down at shutdown
        QHttpServerResponse response = done.takeResult();
        // Disconnected but not yet deleted (its deferred delete is queued): nobody to answer.
        if (socket->state() != QAbstractSocket::ConnectedState) {
            qCDebug(lcDeferred) << "client hung up before its response was ready; dropped";
            return;
        }
        response.write(std::move(*held));
    });
    watcher->setFuture(std::move(future));
}

} // namespace lkk::server
