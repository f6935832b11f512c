#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace lkk::server {

enum class Environment { Production, Demo, Test };

QString environmentName(Environment environment);

struct ServerConfig;
// The database URL the configuration names: db, else sqlite in the data dir.
QString databaseUrlOf(const ServerConfig& config);

// Every setting of lkk-server. Sources, lowest precedence first: the defaults table
// (ServerConfig.cpp), the INI file (--config or LKK_SERVER_CONFIG), environment variables
// LKK_SERVER_<KEY> (key upper-cased, '-' -> '_'), the command line --<key>.
// docs/operations.md documents the same table.
struct ServerConfig {
    QString configFile;
    bool demo = false;
    QString dataDir;
    QString listen;
    int port = 0;
    QString databaseUrl;
    QString tlsCert;
    QString tlsKey;
    Environment environment = Environment::Production;
    qint64 accessTokenTtl = 0;  // seconds
    qint64 refreshTokenTtl = 0; // seconds
    qint64 sessionLifetime = 0; // seconds, absolute from sign-in
    int captchaAfterFailures = 0;
    qint64 failureWindow = 0; // seconds
    int rateEmailMax = 0;
    qint64 rateEmailWindow = 0;
    int rateIpMax = 0;
    qint64 rateIpWindow = 0;
    int captchaGlobalFailures = 0;
    qint64 captchaGlobalWindow = 0;
    qint64 captchaTtl = 0;
    qint64 maxBodyBytes = 0;
    // The HTTP layer's timeouts and connection caps (docs/http-server.md).
    int headerTimeoutMs = 0;
    int idleTimeoutMs = 0;
    int bodyTimeoutMs = 0;
    int maxConnections = 0;
    int maxConnectionsPerAddress = 0;
    int workerThreads = 0;
    qint64 responseCacheBytes = 0;      // the tagged routes' answers kept (server/http/ResponseCache.h)
    int passwordThreads = 0;            // Argon2 threads
    int sqliteCacheKiB = 0;             // page cache per SQLite connection
    int passwordQueue = 0;              // waiting password checks beyond them
    int linkAccountMax = 10;            // wrong link answers per account and day, every customer
    int operatorSearchesPerMinute = 60; // caller searches per operator in any minute
    int operatorCabinetsPerHour = 300;  // different customers' cabinets per operator in any hour
    QString accessLog;                  // empty or "-" = stderr, "off" = none, otherwise a file path
    // The key that seals the operators' TOTP secrets; default <data-dir>/totp.key, made when missing.
    QString totpKeyFile;
    bool testExposeCaptcha = false;
    bool testFastPasswordHashing = false;
    // Meter readings: accepted from day readingsFromDay to readingsToDay of the month,
    // Tomsk time ("readings-window" = "A-B"; default 15-25 in production, 1-31 in demo and test).
    int readingsFromDay = 15;
    int readingsToDay = 25;
    bool testClock = false; // --test-clock given: nowMs() starts at testClockMs (test only)
    qint64 testClockMs = 0;
    // Payments: order lifetime, delay until payments show as credited, the sandbox
    // bank's slow card (seconds); the real bank's payment page in production.
    qint64 paymentOrderTtl = 900;
    qint64 paymentCreditDelay = 60;
    qint64 sandboxSlowSeconds = 10;
    QString paymentGatewayUrl;
    bool printRoutes = false;
    // Outgoing mail: SMTP when smtpUrl is set, else .eml files in mailDrop (demo default
    // <data-dir>/mail); production with neither is refused. publicUrl: links in mails.
    QString publicUrl;
    QString mailFrom;
    QString mailDrop;
    int mailQueueMax = 1000; // mails waiting for delivery
    int mailDailyMax = 10;   // mails per account / per address and day
    QString smtpUrl;
    QString smtpStartTls; // required | optional | off
    QString smtpUser;
    QString smtpPassword; // never logged
    QString smtpCaFile;
};

struct ConfigOption {
    const char* key;          // CLI --key, INI key, env LKK_SERVER_KEY
    const char* defaultValue; // as text; "" = unset
    const char* valueName;    // empty for flags
    const char* help;
    bool testOnly;
};

// The defaults table, in the order --help and docs/operations.md list it.
const QList<ConfigOption>& configOptions();

struct ConfigLoadResult {
    ServerConfig config;
    QString error;        // set when exitCode != 0
    int exitCode = 0;     // 0 = run, 2 = refused configuration
    bool exitNow = false; // --help / --version printed
    QString output;       // text to print on stdout when exitNow
};

class ConfigLoader {
public:
    // Serve: the server itself; Command: an offline subcommand (lkk-server operator …), which
    // listens on nothing and so needs no TLS files, and checks the mail settings itself when it
    // sends mail.
    enum class Use { Serve, Command };
    // arguments include argv[0]. Pure apart from reading the INI file.
    static ConfigLoadResult load(const QStringList& arguments, const QProcessEnvironment& environment,
                                 Use use = Use::Serve);
    static QString environmentVariableFor(const char* key);
};

} // namespace lkk::server
