#pragma once

#include <QList>
#include <QSslCipher>
#include <QSslConfiguration>

namespace lkk::server {

// What the server accepts of TLS (docs/security.md, "TLS"): TLS 1.3 with any of its suites (all
// AEAD), and TLS 1.2 only with forward secrecy (ECDHE) and an AEAD cipher (GCM, ChaCha20-Poly1305)
// — no CBC, no SHA-1 MACs, no static RSA key exchange.
class TlsPolicy {
public:
    static bool accepts(const QSslCipher& cipher);
    static QList<QSslCipher> ciphers(); // the suites of this TLS library that accepts() keeps
    static void apply(QSslConfiguration& tls);
};

} // namespace lkk::server
