#pragma once

#include <QByteArray>
#include <QMessageAuthenticationCode>
#include <QString>
#include <QtEndian>

namespace lkk::test {

// An authenticator app in a few lines, written apart from the server's server/auth/Totp.cpp so
// that the tests do not check the server's code against itself: RFC 6238 with HMAC-SHA-1,
// 30-second steps, 6 digits, the secret as the otpauth:// URI gives it (base32).
struct TotpCode {
    static QByteArray secretFromBase32(const QString& text) {
        static const QByteArray alphabet("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");
        QByteArray out;
        quint32 buffer = 0;
        int bits = 0;
        for (const QChar c : text.toUpper()) {
            const qsizetype value = alphabet.indexOf(char(c.unicode() < 128 ? c.unicode() : 0));
            if (value < 0)
                continue;
            buffer = (buffer << 5) | quint32(value);
            bits += 5;
            if (bits >= 8) {
                out += char((buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        return out;
    }
    static qint64 stepAt(qint64 ms) { return ms / 30000; }
    static QString at(const QByteArray& secret, qint64 step) {
        QByteArray counter(8, '\0');
        qToBigEndian(quint64(step), counter.data());
        const QByteArray mac = QMessageAuthenticationCode::hash(counter, secret, QCryptographicHash::Sha1);
        const int offset = mac.back() & 0x0f;
        const quint32 value = (quint32(quint8(mac[offset]) & 0x7f) << 24) | (quint32(quint8(mac[offset + 1])) << 16) |
                              (quint32(quint8(mac[offset + 2])) << 8) | quint32(quint8(mac[offset + 3]));
        return QString::number(value % 1000000).rightJustified(6, u'0');
    }
};

} // namespace lkk::test
