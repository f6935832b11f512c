#pragma once

// A crash in the middle of a request: the request is written to the server, and `delayMs`
// later the server gets SIGKILL — before it read the request, while it applies it, or after it
// answered, depending on the delay and the machine's load. The tests try several delays and
// check that, whichever moment it was, a retry after the restart leaves exactly one result.
#include "tests/support/ApiTestServer.h"

#include <QByteArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QString>
#include <QTest>

namespace lkk::test {

inline void killDuring(ApiTestServer& server, const QString& path, const QString& token, const QByteArray& body,
                       const QByteArray& contentType, int delayMs) {
    QNetworkAccessManager nam;
    QUrl url = server.process().url();
    url.setPath(path);
    QNetworkRequest request(url);
    request.setSslConfiguration(server.ssl());
    request.setRawHeader("Content-Type", contentType);
    request.setRawHeader("Accept-Language", "ru");
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    QNetworkReply* reply = nam.post(request, body);
    bool written = false;
    QObject::connect(reply, &QNetworkReply::uploadProgress, reply,
                     [&](qint64 sent, qint64 total) { written = written || (total > 0 && sent == total); });
    if (!QTest::qWaitFor([&] { return written || reply->isFinished(); }, 10000))
        qWarning("killDuring: the request was not written within 10 s; killing the server anyway");
    if (delayMs > 0)
        QTest::qWait(delayMs);
    server.process().kill();
    reply->abort();
    delete reply;
}

} // namespace lkk::test
