#include "app/session/CredentialStore.h"

#include "app/core/Logging.h"
#include "shared/InputRules.h"

#include <QPointer>
#include <QUrl>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace lkk {

namespace {

// A key that never exists: reading it tells whether the keychain answers at all.
constexpr QLatin1StringView probeKey("lkk-keychain-probe");

template <typename Job> Job* makeJob(const QString& service, const QString& key, QObject* /*parent*/) {
    // Unparented on purpose: QtKeychain's libsecret backend calls back into the job when the
    // D-Bus answer arrives, so a job deleted with its store while pending is a use-after-free
    // (seen in tests/ui). autoDelete frees it once finished; `context` still guards the callback.
    auto* job = new Job(service, nullptr);
    job->setKey(key);
    job->setAutoDelete(true);
    // Never a plaintext file: without a keychain there is no «remember me».
    job->setInsecureFallback(false);
    return job;
}

CredentialStore::Outcome outcomeOf(const QKeychain::Job* job) {
    CredentialStore::Outcome o;
    o.ok = job->error() == QKeychain::NoError;
    o.notFound = job->error() == QKeychain::EntryNotFound;
    if (!o.ok)
        o.errorText = job->errorString();
    return o;
}

} // namespace

CredentialStore::CredentialStore(QString service, QObject* parent)
    : QObject(parent)
    , m_service(std::move(service)) {}

QString CredentialStore::keyFor(const QString& email, const QString& serverUrl) {
    QString text = serverUrl.trimmed();
    if (!text.contains("://"_L1))
        text.prepend("https://"_L1); // as ServerEndpoint reads a bare host
    const QUrl url(text);
    const int defaultPort = url.scheme() == "http"_L1 ? 80 : 443;
    return rules::normalizedEmail(email) + u'@' + url.host().toLower() + u':' + QString::number(url.port(defaultPort));
}

void CredentialStore::write(const QString& key, const QString& secret, QObject* context, Callback done) {
    auto* job = makeJob<QKeychain::WritePasswordJob>(m_service, key, this);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, context, [key, done](QKeychain::Job* j) {
        const Outcome o = outcomeOf(j);
        if (!o.ok)
            qCWarning(lcKeychain) << "write" << key << "failed:" << j->error() << o.errorText;
        else
            qCInfo(lcKeychain) << "stored the entry" << key;
        if (done)
            done(o);
    });
    job->start();
}

void CredentialStore::read(const QString& key, QObject* context, Callback done) {
    auto* job = makeJob<QKeychain::ReadPasswordJob>(m_service, key, this);
    connect(job, &QKeychain::Job::finished, context, [key, done](QKeychain::Job* j) {
        Outcome o = outcomeOf(j);
        if (o.ok)
            o.secret = static_cast<QKeychain::ReadPasswordJob*>(j)->textData();
        else if (!o.notFound)
            qCWarning(lcKeychain) << "read" << key << "failed:" << j->error() << o.errorText;
        if (done)
            done(o);
    });
    job->start();
}

void CredentialStore::remove(const QString& key, QObject* context, Callback done) {
    auto* job = makeJob<QKeychain::DeletePasswordJob>(m_service, key, this);
    connect(job, &QKeychain::Job::finished, context, [key, done](QKeychain::Job* j) {
        Outcome o = outcomeOf(j);
        // Removing what is not there is success: the goal (no entry) holds.
        if (o.notFound) {
            o.ok = true;
            o.errorText.clear();
        }
        if (!o.ok)
            qCWarning(lcKeychain) << "remove" << key << "failed:" << j->error() << o.errorText;
        if (done)
            done(o);
    });
    job->start();
}

void CredentialStore::probe(QObject* context, std::function<void(bool, const QString&)> done) {
    auto* job = makeJob<QKeychain::ReadPasswordJob>(m_service, QString(probeKey), this);
    connect(job, &QKeychain::Job::finished, context, [done](QKeychain::Job* j) {
        const QKeychain::Error error = j->error();
        // Not found (or found) means the keychain answered; anything else (no Secret Service,
        // locked and the unlock refused, access denied) means it cannot keep a sign-in.
        const bool available = error == QKeychain::NoError || error == QKeychain::EntryNotFound;
        if (!available)
            qCWarning(lcKeychain) << "keychain unavailable:" << error << j->errorString();
        if (done)
            done(available, available ? QString() : j->errorString());
    });
    job->start();
}

} // namespace lkk
