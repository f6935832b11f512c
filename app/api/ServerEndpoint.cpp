#include "app/api/ServerEndpoint.h"

#include <QFile>
#include <QHostAddress>
#include <QSslCertificate>

#include <future>

using namespace Qt::StringLiterals;

namespace lkk {

namespace {

ApiError endpointError(ApiError::Kind kind, const QString& message) {
    ApiError e;
    e.kind = kind;
    e.message = message;
    return e;
}

// The system CA store, read once per process, on the thread of whoever asks first
// (preloadSystemCaCertificates: a worker thread).
std::shared_future<QList<QSslCertificate>> systemCaStore(std::launch policy) {
    static const std::shared_future<QList<QSslCertificate>> store =
        std::async(policy, [] { return QSslConfiguration::systemCaCertificates(); }).share();
    return store;
}

} // namespace

void ServerEndpoint::preloadSystemCaCertificates() {
    systemCaStore(std::launch::async);
}

bool ServerEndpoint::isLoopbackHost(const QString& host) {
    if (host.compare("localhost"_L1, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

Result<ServerEndpoint> ServerEndpoint::create(const QString& serverUrl, const QString& extraCaFile) {
    // A bare "host:port" means https: plain http must be asked for explicitly (and only to loopback).
    QString text = serverUrl.trimmed();
    if (!text.isEmpty() && !text.contains("://"_L1))
        text.prepend("https://"_L1);
    return create(QUrl(text, QUrl::StrictMode), extraCaFile);
}

Result<ServerEndpoint> ServerEndpoint::create(const QUrl& serverUrl, const QString& extraCaFile) {
    const QString scheme = serverUrl.scheme().toLower();
    if (!serverUrl.isValid() || serverUrl.host().isEmpty() || (scheme != "https"_L1 && scheme != "http"_L1))
        return endpointError(
            ApiError::Kind::Protocol,
            tr("The server address «%1» is not a valid https:// address.").arg(serverUrl.toDisplayString()));
    if (scheme == "http"_L1 && !isLoopbackHost(serverUrl.host()))
        return endpointError(ApiError::Kind::InsecureUrl,
                             tr("The server address must start with https://: an unencrypted connection "
                                "to «%1» would expose your password.")
                                 .arg(serverUrl.host()));

    ServerEndpoint endpoint;
    QUrl root;
    root.setScheme(scheme);
    root.setHost(serverUrl.host());
    root.setPort(serverUrl.port());
    // Accept an address pasted with the API prefix: the root is what the rest builds on.
    QString path = serverUrl.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    if (path.endsWith("/api/v1"_L1))
        path.chop(7);
    root.setPath(path);
    endpoint.m_root = root;

    // Reading the system store parses every CA on disk (slow): once per process is enough.
    QList<QSslCertificate> cas = systemCaStore(std::launch::deferred).get();
    if (!extraCaFile.isEmpty()) {
        QFile file(extraCaFile);
        if (!file.open(QIODevice::ReadOnly))
            return endpointError(
                ApiError::Kind::Tls,
                tr("Cannot read the certificate authority file «%1»: %2.").arg(extraCaFile, file.errorString()));
        const QList<QSslCertificate> extra = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
        if (extra.isEmpty())
            return endpointError(ApiError::Kind::Tls,
                                 tr("The file «%1» does not contain a PEM certificate.").arg(extraCaFile));
        cas += extra;
        endpoint.m_caFile = extraCaFile;
    }
    endpoint.m_ssl = QSslConfiguration::defaultConfiguration();
    endpoint.m_ssl.setCaCertificates(cas);
    endpoint.m_ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    endpoint.m_ssl.setProtocol(QSsl::SecureProtocols);
    return endpoint;
}

QUrl ServerEndpoint::apiUrl(const QString& path) const {
    QUrl url = m_root;
    url.setPath(m_root.path() + "/api/v1"_L1 + path);
    return url;
}

QString ServerEndpoint::hostAndPort() const {
    const int defaultPort = m_root.scheme() == "http"_L1 ? 80 : 443;
    return m_root.host() + u':' + QString::number(m_root.port(defaultPort));
}

} // namespace lkk
