#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace lkk::server {

// Time-based one-time passwords (RFC 6238 over RFC 4226's HOTP): HMAC-SHA-1, 30-second steps
// counted from the epoch, 6 digits — what authenticator apps assume when an otpauth:// URI names
// nothing else. The secret is 20 random bytes (RFC 4226 §4 recommends 160 bits).
class Totp {
public:
    static constexpr qint64 stepMs = 30'000;
    static constexpr int digits = 6;
    static constexpr int secretBytes = 20;

    static QByteArray newSecret();
    // The time step that contains nowMs.
    static qint64 stepAt(qint64 nowMs);
    // The code of one step; `length` digits (the RFC's test vectors have 8).
    static QString code(const QByteArray& secret, qint64 step, int length = digits);
    // The step within ±window steps of nowMs whose code is `code` and that comes after
    // `lastUsedStep` (a code that was accepted once is never accepted again, RFC 6238 §5.2);
    // nullopt when there is none.
    static std::optional<qint64> matchingStep(const QByteArray& secret, const QString& code, qint64 nowMs,
                                              qint64 lastUsedStep, int window = 1);

    // RFC 4648 base32 without padding (the form otpauth:// URIs carry); decode() ignores case,
    // spaces and padding and gives an empty array for anything else.
    static QString base32(const QByteArray& bytes);
    static QByteArray fromBase32(const QString& text);
    // otpauth://totp/ISSUER:ACCOUNT?secret=…&issuer=…&algorithm=SHA1&digits=6&period=30
    static QString uri(const QByteArray& secret, const QString& issuer, const QString& account);
};

} // namespace lkk::server
