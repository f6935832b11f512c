#pragma once

#include <QFuture>

class QHttpServerResponder;
class QHttpServerResponse;

namespace lkk::server {

// Hands a response that a worker thread is computing to its connection once it is ready, on the
// server thread, or drops it if the client has gone by then.
//
// Why route handlers do not simply return the QFuture to QHttpServer (Qt 6.4.2):
// - QHttpServer::sendResponse(QFuture&&, …) attaches `future.then(this, …)`. In QtCore 6.4.2,
//   QFutureInterfaceBase::setContinuation() runs the continuation at once when the future has
//   already finished and then *stores it anyway*; the worker thread's runContinuation(), which
//   follows its reportFinished(), finds it and runs it a second time. The second run has an empty
//   (moved-from) QPromise, so the queued call dies in QFutureInterfaceBase::reportStarted() on a
//   null d-pointer. It needs a handler that finishes just as the server thread attaches the
//   continuation: rare per request, certain under load. Fixed upstream by a "continuation
//   executed" flag; nothing in our code can reach it, so we stay off QFuture::then() completely.
// - That continuation also holds the QHttpServerRequest by reference and the responder's raw
//   socket pointer, both deleted with the connection when the client hangs up.
// Here a QFutureWatcher (QFutureCallOutInterface, no continuation) waits instead. It is a child of
// the connection's socket: when the socket is deleted the watcher — and the responder it keeps —
// go with it and Qt drops its pending "finished" event; the worker thread never touches a QObject.
class DeferredResponse {
public:
    static void deliver(QFuture<QHttpServerResponse> future, QHttpServerResponder&& responder);
};

} // namespace lkk::server
