#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace lkk::server {

// The server key that seals the operators' TOTP secrets at rest (libsodium's secretbox:
// XSalsa20-Poly1305, a fresh nonce per secret): 32 random bytes in a file of their own, outside
// the database, so a copy of the database alone does not give the secrets away
// (docs/operations.md, «The second-factor key»). Made on first use, readable by its owner only.
class SecretKey {
public:
    // Reads the key file, or creates it when it does not exist; nullopt with *error otherwise.
    static std::optional<SecretKey> loadOrCreate(const QString& path, QString* error);

    // base64(nonce || ciphertext)
    QString seal(const QByteArray& plain) const;
    // nullopt when the text was not sealed with this key (or was changed).
    std::optional<QByteArray> open(const QString& sealed) const;

private:
    explicit SecretKey(QByteArray key)
        : m_key(std::move(key)) {}
    QByteArray m_key;
};

} // namespace lkk::server
