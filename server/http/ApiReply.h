#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace lkk::server {

// What a handler answers when it succeeds (errors are a Failure, server/Result.h): a plain
// copyable value, turned into an HttpResponse at the edge (HttpApi) so handlers stay testable
// and free of the HTTP layer's types.
struct ApiReply {
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json; charset=utf-8";
    QList<QPair<QByteArray, QByteArray>> headers;
    qint64 userId = 0;               // for the access log; the router fills in the caller's
    const char* errorCode = nullptr; // for the access log

    static ApiReply json(const QJsonObject& object, int status = 200);
    static ApiReply noContent();
};

} // namespace lkk::server
