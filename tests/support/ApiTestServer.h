#pragma once

#include "tests/support/ScratchDatabase.h"
#include "tests/support/ServerProcess.h"

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QSqlDatabase>
#include <QSslConfiguration>
#include <QStringList>
#include <QTemporaryDir>

#include <chrono>

namespace lkk::test {

using RawHeaders = QList<QPair<QByteArray, QByteArray>>;

// One HTTP answer as a test sees it.
struct HttpReply {
    int status = 0;
    QByteArray body;
    QJsonObject json;                      // empty unless the body is a JSON object
    QHash<QByteArray, QByteArray> headers; // lower-case names
    qint64 elapsedMs = 0;

    QJsonObject error() const { return json.value(QLatin1StringView("error")).toObject(); }
    QString errorCode() const { return error().value(QLatin1StringView("code")).toString(); }
    QString errorField() const { return error().value(QLatin1StringView("field")).toString(); }
    QString errorMessage() const { return error().value(QLatin1StringView("message")).toString(); }
    QJsonObject details() const { return error().value(QLatin1StringView("details")).toObject(); }
};

// The fixture of the HTTP-level server tests: one real lkk-server (--demo --environment test,
// fast password hashing, loose rate limits unless told otherwise) with its own data directory
// and, when LKK_TEST_BACKEND=postgres, its own scratch PostgreSQL database; plus a blocking HTTPS
// client that trusts only the server's dev CA (TLS errors are never ignored).
class ApiTestServer {
public:
    struct Options {
        QString scratchPrefix = QStringLiteral("lkk_t"); // PostgreSQL scratch database name prefix
        QStringList extraArgs;                           // appended to the server's command line
        bool looseRateLimits = true;                     // --rate-email-max/--rate-ip-max 1000
        QDateTime testClock;             // valid: --test-clock at this instant, moved on with advanceClock()
        bool fastPasswordHashing = true; // --test-fast-password-hashing (false: production Argon2)
        QString databaseUrl;             // set: this database instead of SQLite or a scratch PostgreSQL database
    };

    ApiTestServer();
    ~ApiTestServer();
    ApiTestServer(const ApiTestServer&) = delete;
    ApiTestServer& operator=(const ApiTestServer&) = delete;

    // The suite's backend (LKK_TEST_BACKEND=postgres or SQLite) and whether it can run: returns
    // an empty string when it can, else why not. A test's initTestCase() QSKIPs (or, with
    // LKK_TEST_REQUIRE_POSTGRES=1, QFAILs) on it — see LKK_REQUIRE_TEST_BACKEND below.
    static bool postgres();
    static QString backendUnavailableReason();

    bool start(const Options& options, QString* error);
    bool start(QString* error) { return start(Options{}, error); }
    void stop();
    // Stops and starts the server again on the same data directory and database (the URL, and
    // so the port, may change).
    bool restart(QString* error);
    // After stop(): starts it again on the same data directory, database and port, so a client
    // that keeps the server's URL finds it again.
    bool startAgain(QString* error);

    // With Options::testClock: moves the server's clock forward by `by` (POST /api/v1/test/clock)
    // — at least that far, never back, although the server's clock runs on meanwhile.
    bool advanceClock(std::chrono::milliseconds by);

    ServerProcess& process() { return m_process; }
    QString dataDir() const { return m_dir.path(); }
    // The server's database as an lkk-server --db URL (for its offline subcommands).
    QString databaseUrl() const;
    const QSslConfiguration& ssl() const { return m_ssl; }

    // Requests; `path` is absolute ("/api/v1/accounts?from=…"); Accept-Language is ru unless given.
    HttpReply send(const QByteArray& method, const QString& path, const QString& token = {},
                   const QByteArray& body = {}, RawHeaders headers = {});
    HttpReply get(const QString& path, const QString& token = {}) { return send("GET", path, token); }
    HttpReply post(const QString& path, const QString& token, const QJsonObject& body, RawHeaders headers = {});
    HttpReply patch(const QString& path, const QString& token, const QJsonObject& body, RawHeaders headers = {});
    HttpReply del(const QString& path, const QString& token) { return send("DELETE", path, token); }
    // Closes the client's kept-alive connections. After the server closed a connection in the
    // middle of an upload, Qt may hand the next request to that dead channel, which then fails at
    // once (RemoteHostClosedError) without reaching the server.
    void dropConnections() { m_nam.clearConnectionCache(); }
    // The access token of a successful login, or empty (with a warning).
    QString login(const QString& email, const QString& password);
    // The same for an operator or supervisor: the password, then the TOTP code of `totpSecret`
    // (base32) for the server's time. A code's step is accepted once, so the third sign-in of one
    // operator within 30 s moves the test clock on (without a test clock it fails).
    QString loginOperator(const QString& email, const QString& password, const QString& totpSecret);
    // The demo operator (DemoSetup): operator@lkk.example with its published secret.
    QString loginDemoOperator();
    // The demo supervisor (DemoSetup): supervisor@lkk.example with its published secret.
    QString loginDemoSupervisor();
    // The server's clock now: the test clock as last set plus the time since, or the real time.
    qint64 serverNowMs() const;
    // The options that point an offline command (`lkk-server operator …`) at this server's
    // database, data directory and mail drop, with its URL as public-url.
    QStringList commandOptions() const;
    // The id of the signed-in customer's account with this number (GET /accounts), or 0.
    qint64 accountId(const QString& token, const QString& number);

    // Runs one statement directly on the server's database (test-only manipulation such as
    // ageing a row or adding a fixture the demo data lacks).
    bool exec(const QString& sql);
    // The first column of the first row a query gives on the server's database; -1 on an error.
    qint64 scalar(const QString& sql);

private:
    // The test's own connection to the server's database, opened on first use (invalid on failure).
    QSqlDatabase directConnection();
    bool startProcess(int port, QString* error);

    Options m_options;
    QTemporaryDir m_dir;
    ServerProcess m_process;
    ScratchDatabase m_scratch;
    QString m_databaseUrl; // empty: SQLite in m_dir
    QSslConfiguration m_ssl;
    QNetworkAccessManager m_nam;
    QString m_connection; // the direct database connection's name, once opened
    // The server's test clock read `m_clockSetTo` at the latest when m_clockSetAt started.
    QDateTime m_clockSetTo;
    QElapsedTimer m_clockSetAt;
    QHash<QString, qint64> m_totpSteps; // per operator: the last step whose code was accepted
};

} // namespace lkk::test

// In initTestCase(): skip the suite when its backend is not available (fail instead when
// LKK_TEST_REQUIRE_POSTGRES=1, as in CI).
#define LKK_REQUIRE_TEST_BACKEND()                                                                                     \
    do {                                                                                                               \
        const QString lkkReason = lkk::test::ApiTestServer::backendUnavailableReason();                                \
        if (!lkkReason.isEmpty()) {                                                                                    \
            if (qEnvironmentVariable("LKK_TEST_REQUIRE_POSTGRES") == QLatin1StringView("1"))                           \
                QFAIL(qPrintable(lkkReason));                                                                          \
            QSKIP(qPrintable(lkkReason));                                                                              \
        }                                                                                                              \
    } while (false)
