#include "server/auth/SecretKey.h"

#include <QFile>
#include <QFileInfo>

#include <sodium.h>

namespace lkk::server {

using namespace Qt::StringLiterals;

std::optional<SecretKey> SecretKey::loadOrCreate(const QString& path, QString* error) {
    if (sodium_init() < 0) {
        *error = u"libsodium cannot be initialised"_s;
        return std::nullopt;
    }
    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly)) {
            *error = u"cannot read the key file "_s + path;
            return std::nullopt;
        }
        const QByteArray key = QByteArray::fromBase64(file.readAll().trimmed());
        if (key.size() != crypto_secretbox_KEYBYTES) {
            *error = u"the key file %1 does not hold a %2-byte base64 key"_s.arg(path).arg(crypto_secretbox_KEYBYTES);
            return std::nullopt;
        }
        return SecretKey(key);
    }
    QByteArray key(crypto_secretbox_KEYBYTES, Qt::Uninitialized);
    crypto_secretbox_keygen(reinterpret_cast<unsigned char*>(key.data()));
    // NewOnly: two servers starting at once on a shared directory cannot overwrite each other's key.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(key.toBase64() + '\n') < 0 || !file.flush()) {
        *error = u"cannot create the key file "_s + path;
        return std::nullopt;
    }
    return SecretKey(key);
}

QString SecretKey::seal(const QByteArray& plain) const {
    QByteArray out(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + plain.size(), Qt::Uninitialized);
    auto* nonce = reinterpret_cast<unsigned char*>(out.data());
    randombytes_buf(nonce, crypto_secretbox_NONCEBYTES);
    crypto_secretbox_easy(nonce + crypto_secretbox_NONCEBYTES,
                          reinterpret_cast<const unsigned char*>(plain.constData()), quint64(plain.size()), nonce,
                          reinterpret_cast<const unsigned char*>(m_key.constData()));
    return QString::fromLatin1(out.toBase64());
}

std::optional<QByteArray> SecretKey::open(const QString& sealed) const {
    const QByteArray in = QByteArray::fromBase64(sealed.toLatin1());
    const qsizetype overhead = crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES;
    if (in.size() < overhead)
        return std::nullopt;
    QByteArray plain(in.size() - overhead, Qt::Uninitialized);
    const auto* nonce = reinterpret_cast<const unsigned char*>(in.constData());
    if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char*>(plain.data()), nonce + crypto_secretbox_NONCEBYTES,
                                   quint64(in.size() - crypto_secretbox_NONCEBYTES), nonce,
                                   reinterpret_cast<const unsigned char*>(m_key.constData())) != 0)
        return std::nullopt;
    return plain;
}

} // namespace lkk::server
