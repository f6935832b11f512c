#include "server/ServerConfig.h"

#include "generated/branding.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>

namespace lkk::server {

using namespace Qt::StringLiterals;

namespace {

// The one defaults table. Flags have an empty valueName.
const QList<ConfigOption> kOptions = {
    {"demo", "false", "", "Demo mode: dev CA + TLS certificate, SQLite database and demo users in the data dir.",
     false},
    {"data-dir", "", "DIR", "Data directory (TLS files, SQLite database, mail drop). Demo default: <AppData>/demo.",
     false},
    {"listen", "127.0.0.1", "ADDR", "Address to listen on (0.0.0.0 or :: for all interfaces).", false},
    {"port", "8443", "N", "TCP port; 0 = any free port (see the ready line).", false},
    {"db", "", "URL",
     "Database URL: sqlite:///abs/path.sqlite or postgresql://user:pass@host:port/db. "
     "Default: sqlite in the data dir.",
     false},
    {"tls-cert", "", "FILE", "PEM certificate (chain) for HTTPS. Required unless --demo.", false},
    {"tls-key", "", "FILE", "PEM private key for HTTPS. Required unless --demo.", false},
    {"environment", "", "NAME", "production | demo | test. Default: demo with --demo, else production.", false},
    {"access-token-ttl", "900", "SEC", "Lifetime of access tokens in seconds.", false},
    {"refresh-token-ttl", "2592000", "SEC", "Lifetime of refresh tokens (only issued with remember) in seconds.",
     false},
    {"session-lifetime", "7776000", "SEC",
     "Absolute lifetime of a session from its sign-in in seconds (refreshing does not extend it).", false},
    {"captcha-after-failures", "5", "N",
     "Failed logins for one e-mail (from anywhere) within failure-window before a captcha is required.", false},
    {"failure-window", "900", "SEC", "Window in seconds for counting failed logins per e-mail.", false},
    {"rate-email-max", "10", "N",
     "Failed password checks for one e-mail from one network (IPv4 address, IPv6 /64) within "
     "rate-email-window before that network gets 429 for the e-mail.",
     false},
    {"rate-email-window", "900", "SEC", "Window in seconds for the per-e-mail-and-network lock.", false},
    {"rate-ip-max", "100", "N",
     "Password checks allowed per client network (IPv4 address, IPv6 /64) within rate-ip-window (then 429).", false},
    {"rate-ip-window", "900", "SEC", "Window in seconds for the per-network rate limit.", false},
    {"captcha-global-failures", "50", "N",
     "Failed logins of all e-mails within captcha-global-window after which everyone needs a captcha.", false},
    {"captcha-global-window", "60", "SEC", "Window in seconds for the global failed-login count.", false},
    {"captcha-ttl", "300", "SEC", "Lifetime of a captcha challenge in seconds.", false},
    {"max-body-bytes", "65536", "N", "Largest accepted request body in bytes (larger: 413).", false},
    {"header-timeout-ms", "10000", "MS",
     "Time a client has for the TLS handshake, and then for each request's line and header fields "
     "(then 408, or closed).",
     false},
    {"idle-timeout-ms", "60000", "MS", "A kept-alive connection without a new request for this long is closed.", false},
    {"body-timeout-ms", "30000", "MS", "A request body that makes no progress for this long gets 408.", false},
    {"max-connections", "1000", "N",
     "Client connections open at once; more get 503 with Retry-After (lowered to fit ulimit -n).", false},
    {"max-connections-per-address", "50", "N",
     "Connections open at once from one IPv4 address or IPv6 /64; more get 503 with Retry-After.", false},
    {"worker-threads", "4", "N", "Threads for database work (each holds one database connection).", false},
    {"response-cache-bytes", "67108864", "N",
     "Memory for the account routes' last answers, kept per customer and request until their data "
     "changes (0: none).",
     false},
    {"sqlite-cache-kib", "2000", "KIB",
     "SQLite only: page cache of each database connection; it fills as the data is read, up to this.", false},
    {"password-threads", "2", "N", "Threads for Argon2 password hashing (64 MiB each while hashing).", false},
    {"password-queue", "16", "N",
     "Password checks that may wait for a password thread; beyond them 503 with Retry-After.", false},
    {"link-account-max", "10", "N",
     "Wrong answers to the control question per account and day, over every customer; then linking that "
     "account is locked for the day.",
     false},
    {"operator-searches-per-minute", "60", "N",
     "Caller searches one operator may make in any minute; more get 429 and a warning for the supervisors.", false},
    {"operator-cabinets-per-hour", "300", "N",
     "Different customers' cabinets one operator may open in any hour; more get 429 and a warning for the "
     "supervisors.",
     false},
    {"readings-window", "", "A-B",
     "Days of the month (Tomsk time) when meter readings are accepted, e.g. 15-25. "
     "Default: 15-25 in production, 1-31 in the demo and test environments.",
     false},
    {"payment-order-ttl", "900", "SEC", "Lifetime of an unpaid payment order in seconds (then expired).", false},
    {"payment-credit-delay", "60", "SEC", "Seconds after which a paid order's payments show as credited.", false},
    {"sandbox-slow-seconds", "10", "SEC", "Demo/test sandbox bank: processing time of the slow test card.", false},
    {"payment-gateway-url", "", "URL",
     "Production: payment page of the bank; paymentUrl = this + order id. Demo and test use the sandbox page.", false},
    {"public-url", "", "URL",
     "Address of this server as people reach it, for links in e-mails (…/confirm, …/recover). "
     "Default: the server's own https URL.",
     false},
    {"mail-from", "ЛКК Томскэнергосбыт <noreply@lkk.example>", "MAILBOX", "Sender of outgoing e-mail.", false},
    {"mail-drop", "", "DIR",
     "Write outgoing e-mail as .eml files into DIR instead of sending it (default with --demo: "
     "<data-dir>/mail). Ignored when smtp-url is set.",
     false},
    {"mail-queue-max", "1000", "N", "Outgoing mails waiting for delivery at most; beyond them new mail is refused.",
     false},
    {"mail-daily-max", "10", "N",
     "Mails one person can cause per day: per account (e-mail change, receipts) and per address "
     "(registration, resend, recovery).",
     false},
    {"smtp-url", "", "URL", "SMTP server for outgoing e-mail: smtp://host:587 (STARTTLS) or smtps://host:465.", false},
    {"smtp-starttls", "required", "MODE", "STARTTLS on smtp:// URLs: required | optional | off.", false},
    {"smtp-user", "", "NAME", "SMTP login (empty = no authentication).", false},
    {"smtp-password", "", "SECRET", "SMTP password; prefer the environment variable LKK_SERVER_SMTP_PASSWORD.", false},
    {"smtp-ca-file", "", "FILE", "PEM CA certificates to verify the SMTP server with instead of the system's.", false},
    {"totp-key-file", "", "FILE",
     "Key that encrypts the operators' TOTP secrets (32 random bytes, base64), kept outside the database; "
     "made on first start when missing. Default: <data-dir>/totp.key.",
     false},
    {"access-log", "-", "FILE", "Access log target: - = stderr, off = none, else a file (appended).", false},
    {"print-routes", "false", "", "Print the API routes (METHOD /path) and exit.", false},
    {"test-expose-captcha", "false", "", "Test only: include the captcha answer in POST /captcha.", true},
    {"test-fast-password-hashing", "false", "", "Test only: Argon2id with libsodium's minimum limits.", true},
    {"test-clock", "", "ISO",
     "Test only: start the server's clock at this instant (e.g. 2026-11-25T16:30:00Z); "
     "enables POST /api/v1/test/clock.",
     true},
};

bool parseFlag(const QString& value, bool* ok) {
    const QString v = value.trimmed().toLower();
    *ok = true;
    if (v == u"1" || v == u"true" || v == u"yes" || v == u"on")
        return true;
    if (v.isEmpty() || v == u"0" || v == u"false" || v == u"no" || v == u"off")
        return false;
    *ok = false;
    return false;
}

class Values {
public:
    QHash<QString, QString> map;
    QString error;

    QString text(const char* key) const { return map.value(QLatin1StringView(key)); }

    bool flag(const char* key) {
        bool ok = false;
        const bool result = parseFlag(text(key), &ok);
        if (!ok && error.isEmpty())
            error = QStringLiteral("%1: expected true or false, got \"%2\"").arg(QLatin1StringView(key), text(key));
        return result;
    }

    qint64 number(const char* key, qint64 min, qint64 max) {
        bool ok = false;
        const qint64 result = text(key).trimmed().toLongLong(&ok);
        if ((!ok || result < min || result > max) && error.isEmpty())
            error = QStringLiteral("%1: expected a whole number from %2 to %3, got \"%4\"")
                        .arg(QLatin1StringView(key))
                        .arg(min)
                        .arg(max)
                        .arg(text(key));
        return result;
    }
};

// "A-B" with 1 <= A <= B <= 31 (a B beyond a month's last day means its last day).
bool parseReadingsWindow(const QString& text, int* from, int* to) {
    static const QRegularExpression pattern(u"^([0-9]{1,2})-([0-9]{1,2})$"_s);
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return false;
    *from = m.captured(1).toInt();
    *to = m.captured(2).toInt();
    return *from >= 1 && *from <= *to && *to <= 31;
}

// ISO-8601 with an explicit offset or Z; a local time would depend on the machine's zone.
bool parseInstant(const QString& text, qint64* ms) {
    const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid() || t.timeSpec() == Qt::LocalTime)
        return false;
    *ms = t.toMSecsSinceEpoch();
    return true;
}

ConfigLoadResult refuse(const QString& message) {
    ConfigLoadResult result;
    result.exitCode = 2;
    result.error = message;
    return result;
}

} // namespace

QString environmentName(Environment environment) {
    switch (environment) {
    case Environment::Production:
        return QStringLiteral("production");
    case Environment::Demo:
        return QStringLiteral("demo");
    case Environment::Test:
        return QStringLiteral("test");
    }
    return {};
}

const QList<ConfigOption>& configOptions() {
    return kOptions;
}

QString ConfigLoader::environmentVariableFor(const char* key) {
    return u"LKK_SERVER_"_s + QString::fromLatin1(key).toUpper().replace(u'-', u'_');
}

ConfigLoadResult ConfigLoader::load(const QStringList& arguments, const QProcessEnvironment& environment, Use use) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("LKK Desktop cabinet API server (HTTPS JSON API)."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption configOption(
        QStringLiteral("config"), QStringLiteral("INI configuration file (keys as below)."), QStringLiteral("FILE"));
    parser.addOption(configOption);
    for (const ConfigOption& o : kOptions) {
        const QString name = QString::fromLatin1(o.key);
        const QString help =
            QString::fromUtf8(o.help) + (*o.defaultValue && *o.valueName
                                             ? QStringLiteral(" [%1]").arg(QString::fromUtf8(o.defaultValue))
                                             : QString());
        parser.addOption(*o.valueName ? QCommandLineOption(name, help, QString::fromLatin1(o.valueName))
                                      : QCommandLineOption(name, help));
    }
    if (!parser.parse(arguments))
        return refuse(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return refuse(QStringLiteral("unexpected argument: ") + parser.positionalArguments().constFirst());

    ConfigLoadResult result;
    if (parser.isSet(helpOption) || parser.isSet(versionOption)) {
        result.exitNow = true;
        result.output = parser.isSet(helpOption)
                            ? parser.helpText()
                            : QStringLiteral("lkk-server %1\n").arg(QLatin1StringView(branding::version));
        return result;
    }

    Values values;
    for (const ConfigOption& o : kOptions)
        values.map.insert(QString::fromLatin1(o.key), QString::fromUtf8(o.defaultValue));

    // 1. INI file.
    QString configFile = environment.value(QStringLiteral("LKK_SERVER_CONFIG"));
    if (parser.isSet(configOption))
        configFile = parser.value(configOption);
    if (!configFile.isEmpty()) {
        if (!QFileInfo(configFile).isReadable())
            return refuse(QStringLiteral("cannot read configuration file %1").arg(configFile));
        QSettings ini(configFile, QSettings::IniFormat);
        if (ini.status() != QSettings::NoError)
            return refuse(QStringLiteral("cannot parse configuration file %1").arg(configFile));
        const QStringList keys = ini.allKeys();
        for (const QString& key : keys) {
            if (!values.map.contains(key) || key == u"print-routes")
                return refuse(QStringLiteral("%1: unknown key \"%2\"").arg(configFile, key));
            values.map.insert(key, ini.value(key).toString());
        }
    }
    // 2. Environment.
    for (const ConfigOption& o : kOptions) {
        const QString var = environmentVariableFor(o.key);
        if (environment.contains(var))
            values.map.insert(QString::fromLatin1(o.key), environment.value(var));
    }
    // 3. Command line.
    for (const ConfigOption& o : kOptions) {
        const QString name = QString::fromLatin1(o.key);
        if (parser.isSet(name))
            values.map.insert(name, *o.valueName ? parser.value(name) : QStringLiteral("true"));
    }

    ServerConfig& c = result.config;
    c.configFile = configFile;
    c.demo = values.flag("demo");
    c.printRoutes = values.flag("print-routes");
    c.dataDir = values.text("data-dir");
    c.listen = values.text("listen").trimmed();
    c.port = int(values.number("port", 0, 65535));
    c.databaseUrl = values.text("db").trimmed();
    c.tlsCert = values.text("tls-cert");
    c.tlsKey = values.text("tls-key");
    c.accessTokenTtl = values.number("access-token-ttl", 1, 7 * 24 * 3600);
    c.refreshTokenTtl = values.number("refresh-token-ttl", 1, 366LL * 24 * 3600);
    c.sessionLifetime = values.number("session-lifetime", 60, 3660LL * 24 * 3600);
    c.captchaAfterFailures = int(values.number("captcha-after-failures", 1, 1000000));
    c.failureWindow = values.number("failure-window", 1, 366LL * 24 * 3600);
    c.rateEmailMax = int(values.number("rate-email-max", 1, 1000000));
    c.rateEmailWindow = values.number("rate-email-window", 1, 366LL * 24 * 3600);
    c.rateIpMax = int(values.number("rate-ip-max", 1, 1000000));
    c.rateIpWindow = values.number("rate-ip-window", 1, 366LL * 24 * 3600);
    c.captchaGlobalFailures = int(values.number("captcha-global-failures", 1, 100000000));
    c.captchaGlobalWindow = values.number("captcha-global-window", 1, 24 * 3600);
    c.captchaTtl = values.number("captcha-ttl", 1, 24 * 3600);
    c.maxBodyBytes = values.number("max-body-bytes", 1024, 16 * 1024 * 1024);
    c.headerTimeoutMs = int(values.number("header-timeout-ms", 100, 3'600'000));
    c.idleTimeoutMs = int(values.number("idle-timeout-ms", 100, 3'600'000));
    c.bodyTimeoutMs = int(values.number("body-timeout-ms", 100, 3'600'000));
    c.maxConnections = int(values.number("max-connections", 1, 1'000'000));
    c.maxConnectionsPerAddress = int(values.number("max-connections-per-address", 1, 1'000'000));
    c.workerThreads = int(values.number("worker-threads", 1, 64));
    c.responseCacheBytes = values.number("response-cache-bytes", 0, 64LL * 1024 * 1024 * 1024);
    c.passwordThreads = int(values.number("password-threads", 1, 64));
    c.sqliteCacheKiB = int(values.number("sqlite-cache-kib", 16, 1'000'000));
    c.passwordQueue = int(values.number("password-queue", 0, 10000));
    c.linkAccountMax = int(values.number("link-account-max", 1, 10000));
    c.operatorSearchesPerMinute = int(values.number("operator-searches-per-minute", 1, 100000));
    c.operatorCabinetsPerHour = int(values.number("operator-cabinets-per-hour", 1, 100000));
    c.accessLog = values.text("access-log").trimmed();
    c.totpKeyFile = values.text("totp-key-file").trimmed();
    c.testExposeCaptcha = values.flag("test-expose-captcha");
    c.testFastPasswordHashing = values.flag("test-fast-password-hashing");
    c.paymentOrderTtl = values.number("payment-order-ttl", 1, 24 * 3600);
    c.paymentCreditDelay = values.number("payment-credit-delay", 0, 30LL * 24 * 3600);
    c.sandboxSlowSeconds = values.number("sandbox-slow-seconds", 0, 3600);
    c.paymentGatewayUrl = values.text("payment-gateway-url").trimmed();
    c.publicUrl = values.text("public-url").trimmed();
    c.mailFrom = values.text("mail-from").trimmed();
    c.mailDrop = values.text("mail-drop").trimmed();
    c.mailQueueMax = int(values.number("mail-queue-max", 1, 1000000));
    c.mailDailyMax = int(values.number("mail-daily-max", 1, 100000));
    c.smtpUrl = values.text("smtp-url").trimmed();
    c.smtpStartTls = values.text("smtp-starttls").trimmed().toLower();
    c.smtpUser = values.text("smtp-user");
    c.smtpPassword = values.text("smtp-password");
    c.smtpCaFile = values.text("smtp-ca-file").trimmed();
    if (!values.error.isEmpty())
        return refuse(values.error);

    const QString env = values.text("environment").trimmed().toLower();
    if (env.isEmpty())
        c.environment = c.demo ? Environment::Demo : Environment::Production;
    else if (env == u"production")
        c.environment = Environment::Production;
    else if (env == u"demo")
        c.environment = Environment::Demo;
    else if (env == u"test")
        c.environment = Environment::Test;
    else
        return refuse(QStringLiteral("environment: expected production, demo or test, got \"%1\"").arg(env));

    // The demo seeds users whose passwords are printed and published in the README.
    if (c.demo && c.environment == Environment::Production)
        return refuse(QStringLiteral("--demo is refused in the production environment: it seeds demo users with "
                                     "published passwords (use --environment demo or test)"));
    // Test-only switches weaken security; a typo in a production config must not enable them.
    for (const ConfigOption& o : kOptions) {
        const bool set = *o.valueName ? !values.text(o.key).trimmed().isEmpty() : values.flag(o.key);
        if (o.testOnly && set && c.environment != Environment::Test)
            return refuse(QStringLiteral("--%1 is a test-only option and is refused in the %2 environment "
                                         "(it needs --environment test)")
                              .arg(QLatin1StringView(o.key), environmentName(c.environment)));
    }
    const QString readingsWindow = values.text("readings-window").trimmed();
    if (readingsWindow.isEmpty()) {
        c.readingsFromDay = c.environment == Environment::Production ? 15 : 1;
        c.readingsToDay = c.environment == Environment::Production ? 25 : 31;
    } else if (!parseReadingsWindow(readingsWindow, &c.readingsFromDay, &c.readingsToDay)) {
        return refuse(
            QStringLiteral("readings-window: expected A-B with 1 <= A <= B <= 31, got \"%1\"").arg(readingsWindow));
    }
    const QString testClock = values.text("test-clock").trimmed();
    c.testClock = !testClock.isEmpty();
    if (c.testClock && !parseInstant(testClock, &c.testClockMs))
        return refuse(QStringLiteral("test-clock: expected an ISO-8601 instant with Z or an offset "
                                     "(2026-11-25T16:30:00Z), got \"%1\"")
                          .arg(testClock));
    if (c.printRoutes)
        return result;

    if (c.listen.isEmpty())
        return refuse(QStringLiteral("listen: an address is required"));
    if (c.tlsCert.isEmpty() != c.tlsKey.isEmpty())
        return refuse(QStringLiteral("tls-cert and tls-key must be given together"));
    if (!c.demo && c.tlsCert.isEmpty() && use == Use::Serve)
        return refuse(
            QStringLiteral("HTTPS only: tls-cert and tls-key are required (or use --demo for a dev certificate)"));
    if (c.demo && c.dataDir.isEmpty())
        c.dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/demo"_s;
    if (c.smtpStartTls != u"required" && c.smtpStartTls != u"optional" && c.smtpStartTls != u"off")
        return refuse(
            QStringLiteral("smtp-starttls: expected required, optional or off, got \"%1\"").arg(c.smtpStartTls));
    if (!c.smtpUrl.isEmpty()) {
        const QUrl smtp(c.smtpUrl, QUrl::StrictMode);
        if (!smtp.isValid() || smtp.host().isEmpty() || (smtp.scheme() != u"smtp" && smtp.scheme() != u"smtps"))
            return refuse(QStringLiteral("smtp-url: expected smtp://host:port or smtps://host:port"));
    }
    if (!c.publicUrl.isEmpty()) {
        const QUrl pub(c.publicUrl, QUrl::StrictMode);
        if (!pub.isValid() || pub.host().isEmpty() || (pub.scheme() != u"https" && pub.scheme() != u"http"))
            return refuse(QStringLiteral("public-url: expected https://host[:port][/path]"));
    }
    if (c.databaseUrl.isEmpty() && c.dataDir.isEmpty())
        return refuse(QStringLiteral("db: set a database URL (or a data-dir for the default SQLite database)"));
    if (!c.dataDir.isEmpty())
        c.dataDir = QDir(c.dataDir).absolutePath();
    if (c.mailDrop.isEmpty() && !c.dataDir.isEmpty() && (c.demo || c.environment != Environment::Production))
        c.mailDrop = c.dataDir + u"/mail"_s;
    if (c.smtpUrl.isEmpty() && c.mailDrop.isEmpty() && c.environment == Environment::Production && use == Use::Serve)
        return refuse(QStringLiteral("mail: set smtp-url (the SMTP server for confirmation and recovery e-mails) "
                                     "or mail-drop (a directory for .eml files)"));
    if (!c.mailDrop.isEmpty())
        c.mailDrop = QDir(c.mailDrop).absolutePath();
    if (c.totpKeyFile.isEmpty() && !c.dataDir.isEmpty())
        c.totpKeyFile = c.dataDir + u"/totp.key"_s;
    return result;
}

QString databaseUrlOf(const ServerConfig& config) {
    if (!config.databaseUrl.isEmpty())
        return config.databaseUrl;
    // Percent-encoded: the client's default data dir ("…/LKK Desktop/demo-server") has a space.
    QUrl sqliteFile = QUrl::fromLocalFile(config.dataDir + u"/lkk.sqlite"_s);
    sqliteFile.setScheme(u"sqlite"_s);
    return sqliteFile.toString(QUrl::FullyEncoded);
}

} // namespace lkk::server
