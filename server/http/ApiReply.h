#pragma once

#include "server/http/Messages.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace lkk::server {

// What a handler answers: a plain copyable value, turned into a QHttpServerResponse at the edge
// (HttpApi) so handlers stay testable and free of Qt HttpServer types.
struct ApiReply {
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json; charset=utf-8";
    QList<QPair<QByteArray, QByteArray>> headers;
    qint64 userId = 0; // for the access log
    const char* errorCode = nullptr;

    static ApiReply json(const QJsonObject& object, int status = 200);
    static ApiReply noContent();
    // {"error":{"code","field"?,"message","details"?}} with the message from the catalogue unless
    // given; details only when not empty ({"attemptsLeft":3}, {"lockedUntil":"…Z"}).
    static ApiReply error(int status, const char* code, Language language, const QString& field = {},
                          const QString& message = {}, const QJsonObject& details = {});
};

} // namespace lkk::server
