#include "server/auth/Totp.h"

#include <QMessageAuthenticationCode>
#include <QUrl>
#include <QUrlQuery>
#include <QtEndian>

#include <cstring>

#include <sodium.h>

namespace lkk::server {

using namespace Qt::StringLiterals;

namespace {
constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

// Constant time, so that how far a guess matches does not show in the answer's timing.
bool sameCode(const QString& a, const QString& b) {
    const QByteArray x = a.toLatin1();
    const QByteArray y = b.toLatin1();
    return x.size() == y.size() && sodium_memcmp(x.constData(), y.constData(), size_t(x.size())) == 0;
}
} // namespace

QByteArray Totp::newSecret() {
    QByteArray secret(secretBytes, Qt::Uninitialized);
    randombytes_buf(secret.data(), size_t(secret.size()));
    return secret;
}

qint64 Totp::stepAt(qint64 nowMs) {
    return nowMs >= 0 ? nowMs / stepMs : (nowMs - stepMs + 1) / stepMs;
}

QString Totp::code(const QByteArray& secret, qint64 step, int length) {
    QByteArray counter(8, Qt::Uninitialized);
    qToBigEndian(quint64(step), counter.data());
    const QByteArray mac = QMessageAuthenticationCode::hash(counter, secret, QCryptographicHash::Sha1);
    // RFC 4226 §5.3: dynamic truncation.
    const int offset = mac.at(mac.size() - 1) & 0x0f;
    const quint32 binary = (quint32(quint8(mac.at(offset)) & 0x7f) << 24) |
                           (quint32(quint8(mac.at(offset + 1))) << 16) | (quint32(quint8(mac.at(offset + 2))) << 8) |
                           quint32(quint8(mac.at(offset + 3)));
    quint32 modulus = 1;
    for (int i = 0; i < length; ++i)
        modulus *= 10;
    return QString::number(binary % modulus).rightJustified(length, u'0');
}

std::optional<qint64> Totp::matchingStep(const QByteArray& secret, const QString& code, qint64 nowMs,
                                         qint64 lastUsedStep, int window) {
    const qint64 now = stepAt(nowMs);
    std::optional<qint64> found;
    // Every candidate is computed, so the time taken does not tell which step matched.
    for (qint64 step = now - window; step <= now + window; ++step) {
        if (sameCode(Totp::code(secret, step), code) && step > lastUsedStep && !found)
            found = step;
    }
    return found;
}

QString Totp::base32(const QByteArray& bytes) {
    QString out;
    quint32 buffer = 0;
    int bits = 0;
    for (const char c : bytes) {
        buffer = (buffer << 8) | quint8(c);
        bits += 8;
        while (bits >= 5) {
            out += QLatin1Char(kAlphabet[(buffer >> (bits - 5)) & 0x1f]);
            bits -= 5;
        }
    }
    if (bits > 0)
        out += QLatin1Char(kAlphabet[(buffer << (5 - bits)) & 0x1f]);
    return out;
}

QByteArray Totp::fromBase32(const QString& text) {
    QByteArray out;
    quint32 buffer = 0;
    int bits = 0;
    for (const QChar c : text) {
        if (c == u' ' || c == u'=')
            continue;
        const char upper = char(c.toUpper().unicode() < 128 ? c.toUpper().unicode() : 0);
        const char* at = upper ? std::strchr(kAlphabet, upper) : nullptr;
        if (!at)
            return {};
        buffer = (buffer << 5) | quint32(at - kAlphabet);
        bits += 5;
        if (bits >= 8) {
            out += char((buffer >> (bits - 8)) & 0xff);
            bits -= 8;
        }
    }
    return out;
}

QString Totp::uri(const QByteArray& secret, const QString& issuer, const QString& account) {
    QUrl url;
    url.setScheme(u"otpauth"_s);
    url.setHost(u"totp"_s);
    url.setPath(u'/' + issuer + u':' + account);
    QUrlQuery query;
    query.addQueryItem(u"secret"_s, base32(secret));
    query.addQueryItem(u"issuer"_s, issuer);
    query.addQueryItem(u"algorithm"_s, u"SHA1"_s);
    query.addQueryItem(u"digits"_s, QString::number(digits));
    query.addQueryItem(u"period"_s, QString::number(stepMs / 1000));
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

} // namespace lkk::server
