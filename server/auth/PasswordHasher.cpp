#include "server/auth/PasswordHasher.h"

#include <sodium.h>

namespace lkk::server {

PasswordHasher::PasswordHasher(Strength strength)
    : m_strength(strength) {
    if (sodium_init() < 0)
        qFatal("libsodium cannot be initialised");
    QByteArray random(24, Qt::Uninitialized);
    randombytes_buf(random.data(), size_t(random.size()));
    m_dummyHash = hash(QString::fromLatin1(random.toBase64()));
}

QString PasswordHasher::hash(const QString& password) const {
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const bool interactive = m_strength == Strength::Interactive;
    const unsigned long long ops = interactive ? crypto_pwhash_OPSLIMIT_INTERACTIVE : crypto_pwhash_OPSLIMIT_MIN;
    const size_t mem = interactive ? crypto_pwhash_MEMLIMIT_INTERACTIVE : crypto_pwhash_MEMLIMIT_MIN;
    if (crypto_pwhash_str(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()), ops, mem) != 0)
        return {};
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString& storedHash, const QString& password) const {
    const QByteArray stored = storedHash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    if (stored.isEmpty() || stored.size() >= crypto_pwhash_STRBYTES)
        return false;
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size())) == 0;
}

bool PasswordHasher::verifyDummy(const QString& password) const {
    verify(m_dummyHash, password);
    return false;
}

} // namespace lkk::server
