#pragma once

#include "app/api/Result.h"

#include <QCoreApplication>
#include <QSslConfiguration>
#include <QUrl>

namespace lkk {

// Where the API lives and whom to trust there (the TLS policy). The client trusts the system CAs
// plus, optionally, one extra CA file (PEM: a corporate or sandbox CA, the demo server's dev CA).
// TLS errors are never ignored; plain http is refused unless the host is loopback.
class ServerEndpoint {
    Q_DECLARE_TR_FUNCTIONS(lkk::ServerEndpoint)
public:
    ServerEndpoint() = default;

    // Checks the URL and loads the CA file. Errors: InsecureUrl (http to a non-loopback host),
    // Protocol (not an http(s) URL), Tls (CA file unreadable or without a certificate).
    static Result<ServerEndpoint> create(const QUrl& serverUrl, const QString& extraCaFile = {});
    static Result<ServerEndpoint> create(const QString& serverUrl, const QString& extraCaFile = {});

    static bool isLoopbackHost(const QString& host);

    // Starts reading the system CA store on a worker thread (once per process), so that the first
    // create() — the click on «Войти» — does not parse every CA on disk on the UI thread (about
    // 100 ms, more on a busy machine). create() waits for what is left of the read, or reads the
    // store itself when nobody started it.
    static void preloadSystemCaCertificates();

    bool isValid() const { return m_root.isValid(); }
    QUrl root() const { return m_root; }    // https://host:port (no /api/v1)
    QUrl apiUrl(const QString& path) const; // root + /api/v1 + path ("/auth/login")
    QString hostAndPort() const;            // "host:port" for keychain keys
    QString extraCaFile() const { return m_caFile; }
    const QSslConfiguration& sslConfiguration() const { return m_ssl; }

private:
    QUrl m_root;
    QString m_caFile;
    QSslConfiguration m_ssl;
};

} // namespace lkk
