#include "server/ServerApp.h"

#include "generated/branding.h"
#include "server/Clock.h"
#include "server/DemoSetup.h"
#include "server/ServerRoutes.h"
#include "server/TestClockApi.h"
#include "server/accounts/AccountsApi.h"
#include "server/accounts/AccountsDemo.h"
#include "server/appeals/AppealsApi.h"
#include "server/appeals/AppealsDemo.h"
#include "server/auth/AuthService.h"
#include "server/auth/PasswordCheck.h"
#include "server/auth/PasswordHasher.h"
#include "server/auth/PasswordPool.h"
#include "server/auth/SecretKey.h"
#include "server/billing/BillingImporter.h"
#include "server/bills/BillsService.h"
#include "server/db/Database.h"
#include "server/db/Migrations.h"
#include "server/faq/FaqApi.h"
#include "server/faq/FaqImporter.h"
#include "server/http/HttpApi.h"
#include "server/http/HttpServer.h"
#include "server/http/TlsPolicy.h"
#include "server/mail/ConfiguredMailer.h"
#include "server/mail/MailQueue.h"
#include "server/operator/CallerActions.h"
#include "server/operator/OperatorApi.h"
#include "server/payments/PaymentsApi.h"
#include "server/readings/ReadingsApi.h"
#include "server/users/ProfileApi.h"
#include "server/users/UsersApi.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QThreadPool>

#include <cstdio>

Q_LOGGING_CATEGORY(lcServer, "lkk.server.http")

namespace lkk::server {

using namespace Qt::StringLiterals;

namespace {
void printLine(const QString& line) {
    const QByteArray utf8 = line.toUtf8() + '\n';
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stdout);
    std::fflush(stdout);
}
} // namespace

ServerApp::ServerApp(ServerConfig config)
    : m_config(std::move(config)) {}

ServerApp::~ServerApp() {
    stop();
}

int ServerApp::fail(int code, const QString& message) {
    const QByteArray text = "lkk-server: " + message.toUtf8() + '\n';
    std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
    std::fflush(stderr);
    stop();
    return code;
}

bool ServerApp::setUpTls(QSslConfiguration* tls, QString* error) {
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(m_config.tlsCert, QSsl::Pem);
    if (chain.isEmpty()) {
        *error = u"no PEM certificate in "_s + m_config.tlsCert;
        return false;
    }
    QFile keyFile(m_config.tlsKey);
    if (!keyFile.open(QIODevice::ReadOnly)) {
        *error = u"cannot read TLS key "_s + m_config.tlsKey;
        return false;
    }
    const QByteArray pem = keyFile.readAll();
    QSslKey key(pem, QSsl::Ec);
    if (key.isNull())
        key = QSslKey(pem, QSsl::Rsa);
    if (key.isNull()) {
        *error = u"no usable PEM private key (EC or RSA, unencrypted) in "_s + m_config.tlsKey;
        return false;
    }
    *tls = QSslConfiguration::defaultConfiguration();
    tls->setLocalCertificateChain(chain);
    tls->setPrivateKey(key);
    TlsPolicy::apply(*tls);
    return true;
}

bool ServerApp::setUpMail(QString* error) {
    mail::MailQueue::Options queueOptions;
    queueOptions.maxQueued = m_config.mailQueueMax;
    // No directory only outside production without a data dir (refused in production by
    // ServerConfig): sending then fails with a clear error.
    if (m_config.smtpUrl.isEmpty() && !m_config.mailDrop.isEmpty() && !DemoSetup::ensureDir(m_config.mailDrop, error))
        return false;
    // Queued also for the drop: it must behave like SMTP (answers never wait for the mail).
    m_mailer = std::make_unique<mail::MailQueue>(mail::configuredMailer(m_config), queueOptions,
                                                 std::make_unique<mail::MailOutbox>(*m_database));
    return true;
}

bool ServerApp::setUpSecondFactorKey(QString* error) {
    if (m_config.totpKeyFile.isEmpty()) {
        printLine(u"lkk-server: warning: no totp-key-file (and no data-dir): operators cannot sign in"_s);
        return true;
    }
    auto key = SecretKey::loadOrCreate(m_config.totpKeyFile, error);
    if (!key)
        return false;
    m_secretKey = std::make_unique<SecretKey>(std::move(*key));
    return true;
}

void ServerApp::setUpFeatures(const QUrl& publicUrl) {
    // Argon2 on threads of its own; the router's workers lend their slot while they wait for it.
    m_passwordPool = std::make_unique<PasswordPool>(
        *m_hasher, PasswordPool::Options{m_config.passwordThreads, m_config.passwordQueue, 1}, m_pool.get());
    LoginLimits limits;
    limits.captchaAfterFailures = m_config.captchaAfterFailures;
    limits.failureWindowSec = m_config.failureWindow;
    limits.maxPerEmail = m_config.rateEmailMax;
    limits.emailWindowSec = m_config.rateEmailWindow;
    limits.maxPerIp = m_config.rateIpMax;
    limits.ipWindowSec = m_config.rateIpWindow;
    limits.globalCaptchaFailures = m_config.captchaGlobalFailures;
    limits.globalWindowSec = m_config.captchaGlobalWindow;
    m_passwords = std::make_unique<PasswordCheck>(*m_passwordPool, limits);
    AuthService::Options options;
    options.accessTtl = m_config.accessTokenTtl;
    options.refreshTtl = m_config.refreshTokenTtl;
    options.sessionLifetime = m_config.sessionLifetime;
    options.captchaTtl = m_config.captchaTtl;
    options.exposeCaptchaAnswer = m_config.testExposeCaptcha;
    m_auth = std::make_unique<AuthService>(*m_database, *m_passwords, m_secretKey.get(), options);
    m_accounts = std::make_unique<accounts::AccountsApi>(m_config.linkAccountMax);
    users::UsersApi::Options userOptions;
    userOptions.captchaTtl = m_config.captchaTtl;
    userOptions.mailDailyMax = m_config.mailDailyMax;
    m_users = std::make_unique<users::UsersApi>(*m_passwords, *m_mailer, userOptions, publicUrl);
    m_profile = std::make_unique<users::ProfileApi>(*m_passwords, *m_mailer, publicUrl, m_config.mailDailyMax);
    m_bills = std::make_unique<payments::BillsService>();
    payments::PaymentOptions paymentOptions;
    paymentOptions.orderTtlSec = m_config.paymentOrderTtl;
    paymentOptions.creditDelaySec = m_config.paymentCreditDelay;
    paymentOptions.sandboxSlowSec = m_config.sandboxSlowSeconds;
    paymentOptions.gatewayUrl = m_config.paymentGatewayUrl;
    paymentOptions.sandbox = m_config.environment != Environment::Production;
    if (paymentOptions.sandbox && !m_config.dataDir.isEmpty())
        paymentOptions.smsDir = m_config.dataDir + u"/sms"_s;
    paymentOptions.publicUrl = publicUrl;
    m_payments = std::make_unique<payments::PaymentsApi>(*m_database, paymentOptions, *m_mailer);
    m_readings = std::make_unique<readings::ReadingsApi>(*m_database, m_config.readingsFromDay, m_config.readingsToDay);
    m_appeals = std::make_unique<appeals::AppealsApi>(*m_database, *m_mailer);
    m_faq = std::make_unique<faq::FaqApi>();
    m_operators = std::make_unique<operators::OperatorApi>(
        *m_database, operators::OperatorLimits({m_config.operatorSearchesPerMinute, m_config.operatorCabinetsPerHour}),
        m_config.readingsFromDay, m_config.readingsToDay);
    m_callerActions = std::make_unique<operators::CallerActions>(*m_database, *m_users);
    m_testClock = std::make_unique<TestClockApi>();
}

Features ServerApp::features() const {
    return {m_auth.get(),  m_accounts.get(),  m_users.get(),         m_profile.get(),
            m_bills.get(), m_payments.get(),  m_readings.get(),      m_appeals.get(),
            m_faq.get(),   m_operators.get(), m_callerActions.get(), m_testClock.get()};
}

int ServerApp::start() {
    QString error;
    if (m_config.testClock) // before anything reads the clock (migrations, demo seeding)
        setTestClock(m_config.testClockMs);
    const QHostAddress address(m_config.listen);
    if (address.isNull())
        return fail(2, u"listen: not an IP address: "_s + m_config.listen);
    if (!m_accessLog.open(m_config.accessLog, &error))
        return fail(2, error);

    const QString dataDir = m_config.dataDir;
    QString mailDrop;
    QString caFile;
    if (m_config.demo) {
        const QString tlsDir = dataDir + u"/tls"_s;
        mailDrop = dataDir + u"/mail"_s;
        if (!DemoSetup::ensureDir(dataDir, &error) || !DemoSetup::ensureDir(mailDrop, &error))
            return fail(1, error);
        if (m_config.tlsCert.isEmpty()) {
            if (!DemoSetup::ensureTls(tlsDir, &error))
                return fail(1, error);
            m_config.tlsCert = tlsDir + u"/server.crt"_s;
            m_config.tlsKey = tlsDir + u"/server.key"_s;
            caFile = tlsDir + u"/ca.crt"_s;
        }
    } else if (!dataDir.isEmpty() && !DemoSetup::ensureDir(dataDir, &error)) {
        return fail(1, error);
    }

    auto dbUrl = DatabaseUrl::parse(databaseUrlOf(m_config), &error);
    if (!dbUrl)
        return fail(2, u"db: "_s + error);
    dbUrl->sqliteCacheKiB = m_config.sqliteCacheKiB;
    m_database = std::make_unique<Database>(*dbUrl);
    QList<int> applied;
    if (!Migrations::apply(*m_database, &error, &applied))
        return fail(1, u"database "_s + dbUrl->redacted() + u": "_s + error);
    // The SQLite file holds password hashes and live codes: owner only, also when an older
    // version created it (the umask of main() covers new files).
    if (dbUrl->dialect == Dialect::Sqlite) {
        for (const QString& suffix : {u""_s, u"-wal"_s, u"-shm"_s}) {
            const QString file = dbUrl->path + suffix;
            if (QFile::exists(file) && !QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
                return fail(1, u"cannot make "_s + file + u" readable by its owner only"_s);
        }
    }
    for (int version : std::as_const(applied))
        printLine(QStringLiteral("lkk-server: applied migration %1").arg(version, 4, 10, QLatin1Char('0')));

    if (!setUpMail(&error))
        return fail(1, u"mail: "_s + error);
    if (!setUpSecondFactorKey(&error))
        return fail(1, u"totp-key-file: "_s + error);

    m_hasher =
        std::make_unique<PasswordHasher>(m_config.testFastPasswordHashing ? PasswordHasher::Strength::TestMinimum
                                                                          : PasswordHasher::Strength::Interactive);
    if (m_config.demo && !DemoSetup::seedUsers(*m_database, *m_hasher, m_secretKey.get(), &error))
        return fail(1, error);
    if (m_config.demo) { // demo billing data (resources/demo/billing.json), once
        QString note;
        if (!billing::BillingImporter::importDemoIfNeeded(*m_database, &note))
            return fail(1, note);
        printLine(u"lkk-server: "_s + note);
        if (!accounts::AccountsDemo::linkDemoAccounts(*m_database, &error))
            return fail(1, error);
        if (!appeals::AppealsDemo::seed(*m_database, nowMs(), &error))
            return fail(1, error);
        if (!faq::FaqImporter::importDemoIfNeeded(*m_database, nowMs(), &note))
            return fail(1, note);
        printLine(u"lkk-server: "_s + note);
        if (m_config.environment == Environment::Test &&
            !accounts::AccountsDemo::seedTestCustomer(*m_database, *m_hasher, &error))
            return fail(1, error);
    }

    // Threads never expire: each keeps its own database connection for the server's lifetime.
    m_pool = std::make_unique<QThreadPool>();
    m_pool->setMaxThreadCount(m_config.workerThreads);
    m_pool->setExpiryTimeout(-1);

    HttpApi::Options apiOptions;
    apiOptions.maxBodyBytes = m_config.maxBodyBytes;
    apiOptions.testRoutes = m_config.testClock;
    apiOptions.responseCacheBytes = m_config.responseCacheBytes;
    m_api = std::make_unique<HttpApi>(*m_database, m_accessLog, *m_pool, apiOptions);
    HttpServer::Options httpOptions;
    if (!setUpTls(&httpOptions.tls, &error))
        return fail(2, u"TLS: "_s + error);
    httpOptions.maxConnections = m_config.maxConnections;
    httpOptions.maxConnectionsPerClient = m_config.maxConnectionsPerAddress;
    // One timeout for the handshake and the head: a client gets nothing before its request is in.
    httpOptions.connection.handshakeTimeoutMs = m_config.headerTimeoutMs;
    httpOptions.connection.headerTimeoutMs = m_config.headerTimeoutMs;
    httpOptions.connection.idleTimeoutMs = m_config.idleTimeoutMs;
    httpOptions.connection.bodyTimeoutMs = m_config.bodyTimeoutMs;
    // The layer's own lines: requests it refused or the client abandoned (the router logs the rest).
    httpOptions.connection.accessLog = [this](const AccessLog::Record& record) {
        m_accessLog.write(record);
    };

    // Listen first: the features that write links need the URL, and with port 0 only the
    // listening socket knows it. Nothing is read before the event loop runs, after the routes are set.
    m_http = std::make_unique<HttpServer>(*m_api, httpOptions);
    if (!m_http->listen(address, quint16(m_config.port), &error))
        return fail(
            1, QStringLiteral("cannot listen on %1 port %2: %3").arg(m_config.listen).arg(m_config.port).arg(error));
    const quint16 port = m_http->serverPort();
    m_url.setScheme(u"https"_s);
    const bool any = address == QHostAddress::Any || address == QHostAddress::AnyIPv4;
    m_url.setHost(any ? u"127.0.0.1"_s : (address == QHostAddress::AnyIPv6 ? u"::1"_s : address.toString()));
    m_url.setPort(port);
    const QUrl publicUrl = m_config.publicUrl.isEmpty() ? m_url : QUrl(m_config.publicUrl);

    setUpFeatures(publicUrl);
    m_api->setRoutes(serverRoutes(features()));

    QJsonObject ready{{u"url"_s, m_url.toString()}};
    if (!caFile.isEmpty())
        ready.insert(u"ca"_s, QDir(caFile).absolutePath());
    if (m_config.smtpUrl.isEmpty() && !m_config.mailDrop.isEmpty())
        ready.insert(u"mailDrop"_s, QDir(m_config.mailDrop).absolutePath());
    if (m_config.demo) {
        ready.insert(u"demoEmail"_s, QString::fromLatin1(DemoSetup::customerEmail));
        ready.insert(u"demoPassword"_s, QString::fromLatin1(DemoSetup::customerPassword));
    }
    printLine(QStringLiteral("lkk-server %1 (%2 environment) listening on %3, database %4")
                  .arg(QLatin1StringView(branding::version), environmentName(m_config.environment), m_url.toString(),
                       dbUrl->redacted()));
    if (m_config.demo)
        printLine(QStringLiteral("Demo sign-in: %1 / %2; dev CA: %3")
                      .arg(QLatin1StringView(DemoSetup::customerEmail), QLatin1StringView(DemoSetup::customerPassword),
                           caFile.isEmpty() ? u"(own certificate)"_s : caFile));
    if (m_config.environment != Environment::Production)
        printLine(u"Sandbox bank test cards (any future MM/YY, any 3-digit CVC): 4111 1111 1111 1111 paid, "
                  u"2200 0000 0000 0004 (МИР) paid, 4000 0000 0000 0002 declined, 4000 0000 0000 3220 slow"_s);
    printLine(u"LKK_SERVER_READY "_s + QString::fromUtf8(QJsonDocument(ready).toJson(QJsonDocument::Compact)));
    return 0;
}

void ServerApp::stop() {
    // Order matters: stop accepting and drop sockets, let running handlers finish, end the worker
    // threads (each closes its connection), then close this thread's connection.
    m_http.reset();
    if (m_pool) {
        m_pool->waitForDone();
        m_pool.reset();
    }
    m_api.reset();
    m_testClock.reset();
    m_callerActions.reset();
    m_operators.reset();
    m_faq.reset();
    m_appeals.reset();
    m_readings.reset();
    m_payments.reset();
    m_bills.reset();
    m_profile.reset();
    m_users.reset();
    m_accounts.reset();
    m_auth.reset();
    m_passwords.reset();
    m_passwordPool.reset();
    m_hasher.reset();
    m_secretKey.reset();
    m_mailer.reset();
    m_database.reset();
}

} // namespace lkk::server
