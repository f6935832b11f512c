#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace lkk {

// Everything that can go wrong with one API request, in one value. Http errors carry the server's
// structured error (code, field, message already in the user's language); the other kinds carry a
// client-made message.
struct ApiError {
    enum class Kind {
        Network,     // no connection, DNS, refused, reset
        Tls,         // certificate not trusted, name mismatch, handshake failed
        Timeout,     // no answer in time
        Http,        // the server answered with a 4xx/5xx and (usually) a structured error
        Protocol,    // the answer was not what the contract says (bad JSON, missing fields)
        InsecureUrl, // plain http to a non-loopback host: refused before sending
        Canceled,
    };

    Kind kind = Kind::Network;
    int httpStatus = 0;
    QString code;    // lkk::errc::* for Http errors
    QString field;   // the request field the error is about, if any
    QString message; // ready to show to the user
    std::optional<int> retryAfterSeconds;
    // The Error object's optional "details", as sent, and the typed fields the client uses.
    QJsonObject details;
    std::optional<int> attemptsLeft;      // wrong_answer: tries left before the lock
    std::optional<QDateTime> lockedUntil; // link_locked: UTC

    bool is(const char* errorCode) const { return kind == Kind::Http && code == QLatin1String(errorCode); }
};

} // namespace lkk
