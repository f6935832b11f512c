#include "server/http/TlsPolicy.h"

namespace lkk::server {

bool TlsPolicy::accepts(const QSslCipher& cipher) {
    if (cipher.protocol() == QSsl::TlsV1_3 || cipher.protocol() == QSsl::TlsV1_3OrLater)
        return true;
    if (cipher.protocol() != QSsl::TlsV1_2)
        return false;
    // OpenSSL's names: ECDHE-{RSA,ECDSA}-{AES128,AES256}-GCM-SHA{256,384}, ECDHE-…-CHACHA20-POLY1305.
    const QString name = cipher.name();
    return name.startsWith(QLatin1String("ECDHE-")) &&
           (name.contains(QLatin1String("-GCM-")) || name.contains(QLatin1String("CHACHA20-POLY1305")));
}

QList<QSslCipher> TlsPolicy::ciphers() {
    QList<QSslCipher> kept;
    for (const QSslCipher& cipher : QSslConfiguration::supportedCiphers())
        if (accepts(cipher))
            kept.append(cipher);
    return kept;
}

void TlsPolicy::apply(QSslConfiguration& tls) {
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setCiphers(ciphers());
}

} // namespace lkk::server
