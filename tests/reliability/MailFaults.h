#pragma once

// What the mail fault suites share: a registration (its confirmation mail is what they watch), a
// port for a mail server that is not running yet, and a delivered mail's parts.
#include "tests/support/ApiTestServer.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QString>
#include <QTcpServer>

namespace lkk::test {

inline HttpReply registerUser(ApiTestServer& server, const QString& email) {
    using namespace Qt::StringLiterals;
    const HttpReply captcha = server.post(u"/api/v1/captcha"_s, {}, {});
    return server.post(u"/api/v1/auth/register"_s, {},
                       {{u"email"_s, email},
                        {u"password"_s, u"Secret123"_s},
                        {u"surname"_s, u"Сидоров"_s},
                        {u"firstName"_s, u"Иван"_s},
                        {u"agreement"_s, true},
                        {u"captchaId"_s, captcha.json.value(u"id"_s)},
                        {u"captchaAnswer"_s, captcha.json.value(u"answer"_s)}});
}

// A free loopback port, closed again: the mail server of the test starts on it later (0 if none).
inline QString freePort() {
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost))
        return {};
    return QString::number(probe.serverPort());
}

// smtp_sink.py's first line of a mail: "X-Rcpt-To: <address>".
inline QString recipientOf(const QByteArray& raw) {
    return QString::fromUtf8(raw.left(raw.indexOf('\n'))).trimmed().mid(11);
}

// The mail's text part (base64 after the head).
inline QString textOf(const QByteArray& raw) {
    const qsizetype body = raw.indexOf("\r\n\r\n");
    return body < 0 ? QString() : QString::fromUtf8(QByteArray::fromBase64(raw.mid(body + 4)));
}

} // namespace lkk::test
