// Unit tests of lkk-server's pieces: configuration, request parsing, password hashing, tokens,
// messages, migrations, captcha, SHA-256 hex and the route table against docs/openapi.yaml.
#include "server/ServerConfig.h"
#include "server/ServerRoutes.h"
#include "server/Sha256Hex.h"
#include "server/auth/CaptchaService.h"
#include "server/auth/LoginGuard.h"
#include "server/auth/PasswordHasher.h"
#include "server/auth/RateLimiter.h"
#include "server/auth/TokenService.h"
#include "server/db/Database.h"
#include "server/db/Migrations.h"
#include "server/http/AccessLog.h"
#include "server/http/DateRange.h"
#include "server/http/JsonBody.h"
#include "server/http/JsonWriter.h"
#include "server/http/Messages.h"
#include "shared/ErrorCodes.h"
#include "tests/support/Sha256Vectors.h"

#include <QColor>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUrlQuery>
#include <functional>

using namespace lkk::server;
using namespace Qt::StringLiterals;

namespace {

ConfigLoadResult loadConfig(const QStringList& args, const QProcessEnvironment& env = QProcessEnvironment()) {
    return ConfigLoader::load(QStringList{u"lkk-server"_s} + args, env);
}

std::unique_ptr<Database> freshSqlite(const QTemporaryDir& dir) {
    QString error;
    const auto url = DatabaseUrl::parse(u"sqlite://"_s + dir.filePath(u"t.sqlite"_s), &error);
    if (!url)
        return nullptr;
    return std::make_unique<Database>(*url);
}

// A thread that runs `job` each time it is started: one QThread object, a new OS thread per run.
class ReusedThread : public QThread {
public:
    std::function<void()> job;

protected:
    void run() override { job(); }
};

} // namespace

// ---------------------------------------------------------------------------------------------
class TestServerConfig : public QObject {
    Q_OBJECT
private slots:
    void defaults() {
        const auto r = loadConfig({u"--demo"_s, u"--data-dir"_s, u"/tmp/x"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.config.port, 8443);
        QCOMPARE(r.config.listen, u"127.0.0.1"_s);
        QCOMPARE(r.config.accessTokenTtl, 900);
        QCOMPARE(r.config.refreshTokenTtl, 2592000);
        QCOMPARE(r.config.captchaAfterFailures, 5);
        QCOMPARE(r.config.maxBodyBytes, 65536);
        QCOMPARE(r.config.headerTimeoutMs, 10000);
        QCOMPARE(r.config.idleTimeoutMs, 60000);
        QCOMPARE(r.config.bodyTimeoutMs, 30000);
        QCOMPARE(r.config.maxConnections, 1000);
        QCOMPARE(r.config.maxConnectionsPerAddress, 50);
        QCOMPARE(r.config.environment, Environment::Demo);
        QVERIFY(!r.config.testExposeCaptcha);
    }

    // The defaults are UTF-8 (the sender's display name is Russian): --help shows them as written.
    void helpShowsDefaultsAsWritten() {
        const auto r = loadConfig({u"--help"_s});
        QVERIFY(r.exitNow);
        QVERIFY2(r.output.simplified().contains(u"[ЛКК Томскэнергосбыт <noreply@lkk.example>]"_s),
                 qPrintable(r.output));
    }

    void precedenceFileEnvironmentCommandLine() {
        QTemporaryDir dir;
        const QString ini = dir.filePath(u"server.conf"_s);
        QFile f(ini);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("port=1000\naccess-token-ttl=100\nrate-ip-max=7\ntls-cert=/etc/c.pem\ntls-key=/etc/k.pem\n"
                "db=sqlite:///tmp/a.sqlite\nmail-drop=/tmp/mail\n");
        f.close();
        QProcessEnvironment env;
        env.insert(u"LKK_SERVER_PORT"_s, u"2000"_s);
        env.insert(u"LKK_SERVER_ACCESS_TOKEN_TTL"_s, u"200"_s);
        const auto r = loadConfig({u"--config"_s, ini, u"--port"_s, u"3000"_s}, env);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.config.port, 3000);          // command line beats environment and file
        QCOMPARE(r.config.accessTokenTtl, 200); // environment beats file
        QCOMPARE(r.config.rateIpMax, 7);        // file beats defaults
        QCOMPARE(r.config.rateEmailMax, 10);    // default
        QCOMPARE(r.config.environment, Environment::Production);

        // The file can also come from LKK_SERVER_CONFIG.
        QProcessEnvironment env2;
        env2.insert(u"LKK_SERVER_CONFIG"_s, ini);
        const auto r2 = loadConfig({}, env2);
        QCOMPARE(r2.exitCode, 0);
        QCOMPARE(r2.config.port, 1000);
        QCOMPARE(ConfigLoader::environmentVariableFor("access-token-ttl"), u"LKK_SERVER_ACCESS_TOKEN_TTL"_s);
    }

    void refusesBadConfiguration_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("needle");
        const QStringList tls{u"--tls-cert"_s, u"c.pem"_s, u"--tls-key"_s, u"k.pem"_s, u"--db"_s, u"sqlite:///tmp/x"_s};
        QTest::newRow("expose captcha in production")
            << (tls + QStringList{u"--test-expose-captcha"_s}) << u"test-only"_s;
        QTest::newRow("fast hashing in production")
            << (tls + QStringList{u"--test-fast-password-hashing"_s}) << u"test-only"_s;
        QTest::newRow("expose captcha in demo")
            << QStringList{u"--demo"_s, u"--data-dir"_s, u"/tmp/x"_s, u"--test-expose-captcha"_s} << u"test-only"_s;
        QTest::newRow("demo in production")
            << QStringList{u"--demo"_s, u"--environment"_s, u"production"_s, u"--data-dir"_s, u"/tmp/x"_s}
            << u"--demo is refused"_s;
        QTest::newRow("no tls") << QStringList{u"--data-dir"_s, u"/tmp/x"_s} << u"tls-cert"_s;
        QTest::newRow("cert without key")
            << QStringList{u"--tls-cert"_s, u"c"_s, u"--data-dir"_s, u"/tmp/x"_s} << u"together"_s;
        QTest::newRow("bad port") << (tls + QStringList{u"--port"_s, u"70000"_s}) << u"port"_s;
        QTest::newRow("not a number") << (tls + QStringList{u"--access-token-ttl"_s, u"soon"_s})
                                      << u"access-token-ttl"_s;
        QTest::newRow("header timeout too short")
            << (tls + QStringList{u"--header-timeout-ms"_s, u"10"_s}) << u"header-timeout-ms"_s;
        QTest::newRow("no connections") << (tls + QStringList{u"--max-connections-per-address"_s, u"0"_s})
                                        << u"max-connections-per-address"_s;
        QTest::newRow("bad environment") << (tls + QStringList{u"--environment"_s, u"staging"_s}) << u"environment"_s;
        QTest::newRow("unknown option") << (tls + QStringList{u"--frobnicate"_s}) << u"frobnicate"_s;
        QTest::newRow("no database") << QStringList{u"--tls-cert"_s, u"c"_s, u"--tls-key"_s, u"k"_s} << u"db"_s;
    }

    void refusesBadConfiguration() {
        QFETCH(QStringList, args);
        QFETCH(QString, needle);
        const auto r = loadConfig(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.error.contains(needle), qPrintable(r.error));
    }

    void testOptionsFromEnvironmentRefusedInProduction() {
        QProcessEnvironment env;
        env.insert(u"LKK_SERVER_TEST_EXPOSE_CAPTCHA"_s, u"1"_s);
        const QStringList tls{u"--tls-cert"_s, u"c"_s, u"--tls-key"_s, u"k"_s, u"--db"_s, u"sqlite:///tmp/x"_s};
        QCOMPARE(loadConfig(tls, env).exitCode, 2);
        const auto ok = loadConfig(tls + QStringList{u"--environment"_s, u"test"_s}, env);
        QCOMPARE(ok.exitCode, 0);
        QVERIFY(ok.config.testExposeCaptcha);
    }

    void unknownIniKeyRefused() {
        QTemporaryDir dir;
        QFile f(dir.filePath(u"bad.conf"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("prot=1\n");
        f.close();
        const auto r = loadConfig({u"--config"_s, f.fileName()});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.error.contains(u"prot"_s));
    }
};

// ---------------------------------------------------------------------------------------------
class TestJsonBody : public QObject {
    Q_OBJECT
private:
    static JsonBody::Spec loginSpec() {
        using T = JsonBody::Type;
        return {{{u"email"_s, T::String, true},
                 {u"password"_s, T::String, true},
                 {u"remember"_s, T::Bool, false},
                 {u"n"_s, T::Integer, false}},
                false};
    }
private slots:
    void parse_data() {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status"); // 0 = accepted
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        const QByteArray json = "application/json";
        QTest::newRow("valid") << json << QByteArray(R"({"email":"a@b.ru","password":"x","remember":true})") << 0
                               << QString() << QString();
        QTest::newRow("charset ok") << QByteArray("Application/JSON; charset=UTF-8")
                                    << QByteArray(R"({"email":"a","password":"x"})") << 0 << QString() << QString();
        QTest::newRow("null optional") << json << QByteArray(R"({"email":"a","password":"x","remember":null})") << 0
                                       << QString() << QString();
        QTest::newRow("too large") << json << QByteArray(2000, ' ') << 413 << u"body_too_large"_s << QString();
        QTest::newRow("text/plain") << QByteArray("text/plain") << QByteArray(R"({"email":"a","password":"x"})") << 415
                                    << u"unsupported_media_type"_s << QString();
        QTest::newRow("no content type") << QByteArray() << QByteArray(R"({})") << 415 << u"unsupported_media_type"_s
                                         << QString();
        QTest::newRow("latin1") << QByteArray("application/json; charset=latin1") << QByteArray("{}") << 415
                                << u"unsupported_media_type"_s << QString();
        QTest::newRow("truncated") << json << QByteArray(R"({"email":)") << 400 << u"malformed_json"_s << QString();
        QTest::newRow("array") << json << QByteArray("[1,2]") << 400 << u"malformed_json"_s << QString();
        QTest::newRow("scalar") << json << QByteArray("42") << 400 << u"malformed_json"_s << QString();
        QTest::newRow("empty") << json << QByteArray() << 400 << u"malformed_json"_s << QString();
        QTest::newRow("binary") << json << QByteArray("\xff\xfe\x00\x01{", 5) << 400 << u"malformed_json"_s
                                << QString();
        QTest::newRow("deep nesting") << json << QByteArray(1000, '[') << 400 << u"malformed_json"_s << QString();
        QTest::newRow("unknown field") << json << QByteArray(R"({"email":"a","password":"x","admin":true})") << 400
                                       << u"unknown_field"_s << u"admin"_s;
        QTest::newRow("number for string")
            << json << QByteArray(R"({"email":5,"password":"x"})") << 400 << u"wrong_type"_s << u"email"_s;
        QTest::newRow("string for bool") << json << QByteArray(R"({"email":"a","password":"x","remember":"yes"})")
                                         << 400 << u"wrong_type"_s << u"remember"_s;
        QTest::newRow("nested garbage") << json << QByteArray(R"({"email":{"$gt":[1,{"x":[null,{}]}]},"password":"x"})")
                                        << 400 << u"wrong_type"_s << u"email"_s;
        QTest::newRow("fraction for integer")
            << json << QByteArray(R"({"email":"a","password":"x","n":1.5})") << 400 << u"wrong_type"_s << u"n"_s;
        QTest::newRow("null required") << json << QByteArray(R"({"email":null,"password":"x"})") << 400
                                       << u"wrong_type"_s << u"email"_s;
        QTest::newRow("missing required")
            << json << QByteArray(R"({"email":"a"})") << 400 << u"validation_failed"_s << u"password"_s;
    }

    void parse() {
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, field);
        const auto result = JsonBody::parse(contentType, body, 1024, loginSpec());
        if (status == 0) {
            QVERIFY(std::holds_alternative<QJsonObject>(result));
            return;
        }
        QVERIFY(std::holds_alternative<JsonBody::Error>(result));
        const auto& e = std::get<JsonBody::Error>(result);
        QCOMPARE(e.status, status);
        QCOMPARE(QString::fromLatin1(e.code), code);
        QCOMPARE(e.field, field);
    }

    void optionalBody() {
        const JsonBody::Spec spec{{}, true};
        QVERIFY(std::holds_alternative<QJsonObject>(JsonBody::parse({}, {}, 1024, spec)));
        QVERIFY(std::holds_alternative<QJsonObject>(JsonBody::parse("application/json", "{}", 1024, spec)));
        const auto r = JsonBody::parse("application/json", R"({"x":1})", 1024, spec);
        QVERIFY(std::holds_alternative<JsonBody::Error>(r));
        QCOMPARE(std::get<JsonBody::Error>(r).field, u"x"_s);
    }
};

// ---------------------------------------------------------------------------------------------
class TestPasswordHasher : public QObject {
    Q_OBJECT
private slots:
    void productionParameters() {
        const PasswordHasher hasher; // INTERACTIVE, as in production
        const QString hash = hasher.hash(u"Demo1234"_s);
        QVERIFY(hash.startsWith(u"$argon2id$"_s));
        QVERIFY2(hash.contains(u"m=65536,t=2"_s), qPrintable(hash));
        QVERIFY(!hash.contains(u"Demo1234"_s));
        QVERIFY(hasher.verify(hash, u"Demo1234"_s));
        QVERIFY(!hasher.verify(hash, u"demo1234"_s));
        QVERIFY(!hasher.verify(hash, QString()));
        QVERIFY(hasher.hash(u"Demo1234"_s) != hash); // salted
    }

    void unicodeAndGarbage() {
        const PasswordHasher hasher(PasswordHasher::Strength::TestMinimum);
        const QString hash = hasher.hash(u"Пароль-ё1"_s);
        QVERIFY(hasher.verify(hash, u"Пароль-ё1"_s));
        QVERIFY(!hasher.verify(hash, u"Пароль-е1"_s));
        QVERIFY(!hasher.verify(u"not a hash"_s, u"x"_s));
        QVERIFY(!hasher.verify(QString(), u"x"_s));
        QVERIFY(!hasher.verify(QString(300, u'$'), u"x"_s));
        QVERIFY(!hasher.verifyDummy(u"anything"_s));
    }

    void testMinimumIsWeakerButVerifiesEverywhere() {
        const PasswordHasher weak(PasswordHasher::Strength::TestMinimum);
        const PasswordHasher strong;
        const QString hash = weak.hash(u"Secret12"_s);
        QVERIFY(!hash.contains(u"m=65536"_s));
        QVERIFY(strong.verify(hash, u"Secret12"_s)); // cost is read from the stored string
    }
};

// ---------------------------------------------------------------------------------------------
class TestTokens : public QObject {
    Q_OBJECT
private slots:
    void tokenFormat() {
        QSet<QString> seen;
        static const QRegularExpression base64url(u"^[A-Za-z0-9_-]{43}$"_s);
        for (int i = 0; i < 100; ++i) {
            const QString token = TokenService::newToken();
            QVERIFY2(base64url.match(token).hasMatch(), qPrintable(token)); // 32 bytes = 256 bits
            QVERIFY(!seen.contains(token));
            seen.insert(token);
        }
        const QString t = TokenService::newToken();
        QCOMPARE(TokenService::hashToken(t), TokenService::hashToken(t));
        QCOMPARE(TokenService::hashToken(t).size(), 64);
        QVERIFY(TokenService::hashToken(t) != t);
    }

    void sessionLifecycle() {
        QTemporaryDir dir;
        auto database = freshSqlite(dir);
        QString error;
        QVERIFY2(Migrations::apply(*database, &error), qPrintable(error));
        QSqlDatabase db = database->connection();
        QSqlQuery q(db);
        QVERIFY(q.exec(u"INSERT INTO users (email, password_hash, created_at) VALUES ('u@x.ru', 'h', 0)"_s));

        const TokenService tokens(60, 3600);
        const qint64 now = 1'000'000;
        const auto plain = tokens.createSession(db, 1, false, now);
        QVERIFY(plain);
        QVERIFY(plain->refreshToken.isEmpty());
        QCOMPARE(plain->accessExpiresIn, 60);

        const auto remembered = tokens.createSession(db, 1, true, now);
        QVERIFY(remembered && !remembered->refreshToken.isEmpty());
        QCOMPARE(remembered->refreshExpiresIn, 3600);

        // Only hashes are stored.
        QVERIFY(q.exec(u"SELECT access_hash, refresh_hash FROM sessions"_s));
        while (q.next()) {
            QVERIFY(q.value(0).toString() != plain->accessToken);
            QVERIFY(q.value(0).toString() != remembered->accessToken);
            QVERIFY(q.value(1).toString() != remembered->refreshToken);
        }
        QVERIFY(q.exec(u"SELECT COUNT(*) FROM sessions WHERE access_hash = '%1'"_s.arg(
            TokenService::hashToken(remembered->accessToken))));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);

        using S = TokenService::AccessStatus;
        const auto status = [&](const QString& token, qint64 at) {
            const auto access = tokens.checkAccess(db, token, at);
            return access ? access->status : S::Unknown;
        };
        const auto valid = tokens.checkAccess(db, remembered->accessToken, now + 1000);
        QVERIFY(valid);
        QCOMPARE(valid->status, S::Valid);
        QCOMPARE(valid->userId, 1);
        QCOMPARE(valid->role, u"customer"_s); // the column's default
        QCOMPARE(status(remembered->accessToken, now + 60'000), S::Expired);
        QCOMPARE(status(u"nope"_s, now), S::Unknown);
        QCOMPARE(status(QString(), now), S::Unknown);

        // Rotation replaces both tokens; the old ones stop working.
        const auto rotation = tokens.rotate(db, remembered->refreshToken, now + 2000);
        QVERIFY(rotation && *rotation);
        const IssuedTokens rotated = **rotation;
        QVERIFY(rotated.accessToken != remembered->accessToken);
        QVERIFY(rotated.refreshToken != remembered->refreshToken);
        QCOMPARE(rotated.sessionId, remembered->sessionId);
        QCOMPARE(status(remembered->accessToken, now + 2000), S::Unknown);
        QCOMPARE(status(rotated.accessToken, now + 2000), S::Valid);
        const auto refused = [&](const QString& token, qint64 at) {
            const auto again = tokens.rotate(db, token, at);
            return again && !*again;
        };
        // Expired refresh token.
        QVERIFY(refused(rotated.refreshToken, now + 2000 + 3'600'000));
        // A plain session has no refresh token to rotate.
        QVERIFY(refused(QString(), now));
        // The rotated token presented again: refused, and its whole session is revoked.
        QVERIFY(refused(remembered->refreshToken, now + 3000));
        QCOMPARE(status(rotated.accessToken, now + 3000), S::Revoked);
        QVERIFY(refused(rotated.refreshToken, now + 3000));
        QCOMPARE(status(plain->accessToken, now + 3000), S::Valid); // other session untouched

        // Revocation ends access and refresh.
        QVERIFY(tokens.revoke(db, plain->sessionId));
        QCOMPARE(status(plain->accessToken, now + 3000), S::Revoked);
    }

    void sessionsEndAtTheirAbsoluteLifetime() {
        QTemporaryDir dir;
        auto database = freshSqlite(dir);
        QString error;
        QVERIFY(Migrations::apply(*database, &error));
        QSqlDatabase db = database->connection();
        QSqlQuery q(db);
        QVERIFY(q.exec(u"INSERT INTO users (email, password_hash, created_at) VALUES ('a@b.ru', 'x', 0)"_s));
        // Access 60 s, refresh 1 h, the session 2.5 h from sign-in.
        const TokenService tokens(60, 3600, 9000);
        const qint64 t0 = 1'000'000;
        auto current = tokens.createSession(db, 1, true, t0);
        QVERIFY(current);
        // Refreshing keeps it alive until the lifetime, and no token outlives it.
        for (const qint64 at : {t0 + 3'000'000, t0 + 6'000'000, t0 + 8'990'000}) {
            const auto rotated = tokens.rotate(db, current->refreshToken, at);
            QVERIFY(rotated && *rotated);
            current = **rotated;
            QVERIFY(at + current->refreshExpiresIn * 1000 <= t0 + 9'000'000);
            QVERIFY(at + current->accessExpiresIn * 1000 <= t0 + 9'000'000);
        }
        QCOMPARE(current->refreshExpiresIn, 10); // 8990 s after sign-in: 10 s left
        const auto over = tokens.rotate(db, current->refreshToken, t0 + 9'000'000);
        QVERIFY(over && !*over);
        const auto access = tokens.checkAccess(db, current->accessToken, t0 + 9'000'000);
        QVERIFY(access && access->status == TokenService::AccessStatus::Expired);
    }
};

// ---------------------------------------------------------------------------------------------
class TestMessages : public QObject {
    Q_OBJECT
private slots:
    void chooseLanguage_data() {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<bool>("english");
        QTest::newRow("none") << QByteArray() << false;
        QTest::newRow("en") << QByteArray("en") << true;
        QTest::newRow("en-US list") << QByteArray("en-US,en;q=0.9") << true;
        QTest::newRow("ru first") << QByteArray("ru-RU,ru;q=0.9,en;q=0.8") << false;
        QTest::newRow("unknown then en") << QByteArray("de-DE, en;q=0.5") << true;
        QTest::newRow("q order") << QByteArray("en;q=0.3, ru;q=0.7") << false;
        QTest::newRow("q order en") << QByteArray("ru;q=0.2, EN-gb;q=0.7") << true;
        QTest::newRow("only unknown") << QByteArray("fr, de") << false;
        QTest::newRow("garbage") << QByteArray(";;,q=,en;q=abc,,") << false;
        QTest::newRow("q zero") << QByteArray("en;q=0") << false;
    }

    void chooseLanguage() {
        QFETCH(QByteArray, header);
        QFETCH(bool, english);
        QCOMPARE(Messages::choose(header) == Language::En, english);
    }

    void everyCodeHasBothTexts() {
        using namespace lkk;
        const char* codes[] = {errc::validationFailed,
                               errc::malformedJson,
                               errc::unknownField,
                               errc::wrongType,
                               errc::bodyTooLarge,
                               errc::unsupportedMediaType,
                               errc::notFound,
                               errc::invalidCredentials,
                               errc::captchaRequired,
                               errc::captchaInvalid,
                               errc::tooManyAttempts,
                               errc::unauthorized,
                               errc::tokenExpired,
                               errc::invalidRefreshToken,
                               errc::forbidden,
                               errc::internalError,
                               errc::serviceUnavailable,
                               errc::accountNotFound,
                               errc::accountAlreadyLinked,
                               errc::linkChallengeNotFound,
                               errc::wrongAnswer,
                               errc::linkLocked};
        const QString fallbackRu = Messages::text("no_such_code", Language::Ru);
        for (const char* code : codes) {
            const QString ru = Messages::text(code, Language::Ru);
            const QString en = Messages::text(code, Language::En);
            QVERIFY2(ru != fallbackRu && ru != en, code);
            QVERIFY2(ru.contains(QRegularExpression(u"[а-яА-Я]"_s)), code);
        }
        QCOMPARE(Messages::text(errc::invalidCredentials, Language::En), u"Wrong e-mail address or password."_s);
        for (int v = int(rules::Violation::Required); v <= int(rules::Violation::AccountNumberLength); ++v) {
            const auto violation = static_cast<rules::Violation>(v);
            QVERIFY(Messages::violation(violation, Language::Ru) != Messages::violation(violation, Language::En));
            QVERIFY(Messages::violation(violation, Language::Ru) !=
                    Messages::text(errc::validationFailed, Language::Ru));
        }
    }
};

// ---------------------------------------------------------------------------------------------
class TestMigrations : public QObject {
    Q_OBJECT
private slots:
    void embeddedAndSplit() {
        const auto all = Migrations::embedded();
        QVERIFY(!all.isEmpty());
        QCOMPARE(all.constFirst().version, 1);
        const QString sqlite = Migrations::forDialect(all.constFirst().sql, Dialect::Sqlite);
        const QString pg = Migrations::forDialect(all.constFirst().sql, Dialect::Postgres);
        QVERIFY(!sqlite.contains(u"{{"_s) && sqlite.contains(u"AUTOINCREMENT"_s));
        QVERIFY(!pg.contains(u"{{"_s) && pg.contains(u"BIGSERIAL"_s));
        QCOMPARE(Migrations::statements(u"-- c\nCREATE TABLE a (x INT);\n\nCREATE INDEX i ON a (x);\n"_s),
                 (QStringList{u"CREATE TABLE a (x INT)"_s, u"CREATE INDEX i ON a (x)"_s}));
    }

    void freshSqliteThenIdempotent() {
        QTemporaryDir dir;
        QString error;
        {
            auto database = freshSqlite(dir);
            QList<int> applied;
            QVERIFY2(Migrations::apply(*database, &error, &applied), qPrintable(error));
            QList<int> all;
            for (const auto& m : Migrations::embedded())
                all << m.version;
            QCOMPARE(applied, all);
            QSqlDatabase db = database->connection();
            QSqlQuery q(db);
            for (const char* table : {"users", "sessions", "login_attempts", "captchas"})
                QVERIFY2(q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1StringView(table))), table);
            QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
            QCOMPARE(q.value(0).toString(), u"wal"_s);
        }
        {
            auto database = freshSqlite(dir); // a restart
            QList<int> applied;
            QVERIFY2(Migrations::apply(*database, &error, &applied), qPrintable(error));
            QVERIFY(applied.isEmpty());
            QSqlDatabase db = database->connection();
            QSqlQuery q(db);
            QVERIFY(q.exec(u"SELECT COUNT(*) FROM schema_migrations"_s) && q.next());
            QCOMPARE(q.value(0).toInt(), Migrations::embedded().size());
            // A database from a newer server is refused, not silently used.
            QVERIFY(q.exec(u"INSERT INTO schema_migrations (version, name, applied_at) VALUES (9999, 'future', 0)"_s));
        }
        auto database = freshSqlite(dir);
        QVERIFY(!Migrations::apply(*database, &error));
        QVERIFY2(error.contains(u"newer"_s), qPrintable(error));
    }

    // QThreadPool starts a new OS thread on an expired worker's QThread object while the old one
    // may still be closing its connection: the two must not share one connection.
    void eachOsThreadHasItsOwnConnection() {
        QTemporaryDir dir;
        auto database = freshSqlite(dir);
        QVERIFY(database);
        QStringList names;
        int queries = 0;
        ReusedThread thread;
        thread.job = [&] {
            QSqlDatabase db = database->connection();
            QSqlQuery q(db);
            if (q.exec(u"SELECT 1"_s) && q.next())
                ++queries;
            names << db.connectionName();
        };
        for (int run = 0; run < 2; ++run) {
            thread.start();
            QVERIFY(thread.wait(30000));
        }
        QCOMPARE(queries, 2);
        QCOMPARE(names.size(), 2);
        QVERIFY2(names.at(0) != names.at(1), qPrintable(names.join(u", "_s)));
    }

    void databaseUrls() {
        QString error;
        auto pg = DatabaseUrl::parse(u"postgresql://app:p%40ss@127.0.0.1:5544/lkk?sslmode=require"_s, &error);
        QVERIFY(pg);
        QCOMPARE(pg->dialect, Dialect::Postgres);
        QCOMPARE(pg->user, u"app"_s);
        QCOMPARE(pg->password, u"p@ss"_s);
        QCOMPARE(pg->port, 5544);
        QCOMPARE(pg->name, u"lkk"_s);
        QCOMPARE(pg->options, u"sslmode=require"_s);
        QVERIFY(!pg->redacted().contains(u"p@ss"_s));
        QCOMPARE(DatabaseUrl::parse(u"sqlite:///abs/x.sqlite"_s, &error)->path, u"/abs/x.sqlite"_s);
        QCOMPARE(DatabaseUrl::parse(u"sqlite:///home/u/LKK%20Desktop/100%25/x.sqlite"_s, &error)->path,
                 u"/home/u/LKK Desktop/100%/x.sqlite"_s);
        QCOMPARE(DatabaseUrl::parse(u"sqlite:///home/u/LKK Desktop/x.sqlite"_s, &error)->path,
                 u"/home/u/LKK Desktop/x.sqlite"_s);
        QVERIFY(!DatabaseUrl::parse(u"sqlite://relative.sqlite"_s, &error));
        QVERIFY(!DatabaseUrl::parse(u"mysql://h/db"_s, &error));
        QVERIFY(!DatabaseUrl::parse(u"postgresql://host"_s, &error));
    }
};

// ---------------------------------------------------------------------------------------------
class TestCaptcha : public QObject {
    Q_OBJECT
private slots:
    void rendersWithoutGuiApplication() {
        const QImage image = CaptchaService::render(u"0123456789"_s);
        QCOMPARE(image.size(), QSize(200, 70));
        // Something was drawn: many distinct colours, not a blank canvas.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 3)
            for (int x = 0; x < image.width(); x += 3)
                colours.insert(image.pixel(x, y));
        QVERIFY(colours.size() > 20);
    }

    // Every digit lies whole inside the picture: a stroke cut at the edge turns a 7 into a 1. The
    // digits' ink (saturated and dark, darker than the noise and the lines over them) never
    // touches the outermost pixels, whatever the random rotation and jitter.
    void digitsStayInsideThePicture() {
        const auto isDigitInk = [](QRgb pixel) {
            const QColor c = QColor::fromRgb(pixel).toHsv();
            return c.value() <= 100 && c.hsvSaturation() >= 140;
        };
        int inkSeen = 0;
        for (int round = 0; round < 300; ++round) {
            QString digits;
            for (int i = 0; i < 5; ++i)
                digits += QChar(u'0' + (round + i * 3) % 10);
            const QImage image = CaptchaService::render(digits);
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x) {
                    const bool ink = isDigitInk(image.pixel(x, y));
                    inkSeen += ink;
                    const bool edge = x < 2 || y < 2 || x >= image.width() - 2 || y >= image.height() - 2;
                    if (ink && edge)
                        QFAIL(qPrintable(u"a stroke of %1 reaches the edge at %2,%3"_s.arg(digits).arg(x).arg(y)));
                }
            }
        }
        QVERIFY(inkSeen > 1000); // the check looks at the digits, not at nothing
    }

    void singleUseAndExpiry() {
        QTemporaryDir dir;
        auto database = freshSqlite(dir);
        QString error;
        QVERIFY(Migrations::apply(*database, &error));
        QSqlDatabase db = database->connection();
        const CaptchaService captcha(60);
        // 1: right in time, 0: wrong, late, unknown or used, -1: the database failed.
        const auto verdict = [&](const QString& id, const QString& answer, qint64 nowMs) {
            const auto solved = captcha.consume(db, id, answer, nowMs);
            return solved ? int(*solved) : -1;
        };
        const auto c = captcha.create(db, 1000);
        QVERIFY(c);
        QVERIFY(c->png.startsWith("\x89PNG"));
        QCOMPARE(c->answer.size(), 5);
        QCOMPARE(verdict(c->id, c->answer, 2000), 1);
        QCOMPARE(verdict(c->id, c->answer, 2000), 0); // single use

        const auto wrong = captcha.create(db, 1000);
        QVERIFY(wrong);
        const QString bad = wrong->answer == u"00000"_s ? u"11111"_s : u"00000"_s;
        const auto refused = captcha.requireSolved(db, wrong->id, bad, 2000);
        QVERIFY(!refused);
        QCOMPARE(refused.failure().status, 403);
        QCOMPARE(refused.failure().code, lkk::errc::captchaInvalid);
        QCOMPARE(refused.failure().field, u"captchaAnswer"_s);
        QCOMPARE(verdict(wrong->id, wrong->answer, 2000), 0); // burnt

        const auto old = captcha.create(db, 1000);
        QVERIFY(old);
        QCOMPARE(verdict(old->id, old->answer, 1000 + 60'000), 0);
        QCOMPARE(verdict(u"unknown"_s, u"12345"_s, 1000), 0);
        const auto solved = captcha.create(db, 1000);
        QVERIFY(solved);
        QVERIFY(captcha.requireSolved(db, solved->id, solved->answer, 2000));

        // The database failing is a failure of its own (503), not a wrong answer.
        const auto pending = captcha.create(db, 1000);
        QVERIFY(pending);
        QSqlQuery drop(db);
        QVERIFY(drop.exec(u"DROP TABLE captchas"_s));
        QCOMPARE(verdict(pending->id, pending->answer, 2000), -1);
        const auto unavailable = captcha.requireSolved(db, pending->id, pending->answer, 2000);
        QVERIFY(!unavailable);
        QCOMPARE(unavailable.failure().status, 503);
        const auto none = captcha.create(db, 3000);
        QVERIFY(!none);
        QCOMPARE(none.failure().status, 503);
    }
};

// ---------------------------------------------------------------------------------------------
class TestLoginGuard : public QObject {
    Q_OBJECT
private slots:
    void failuresCaptchaAndLocks() {
        QTemporaryDir dir;
        auto database = freshSqlite(dir);
        QString error;
        QVERIFY(Migrations::apply(*database, &error));
        QSqlDatabase db = database->connection();
        LoginLimits limits;
        limits.captchaAfterFailures = 3;
        limits.failureWindowSec = 60;
        limits.maxPerEmail = 5;
        limits.emailWindowSec = 100;
        limits.maxPerIp = 12;
        limits.ipWindowSec = 200;
        limits.globalCaptchaFailures = 1000;
        const LoginGuard guard(limits);
        using O = LoginGuard::Outcome;
        const QString attacker = u"10.0.0.1"_s;
        const QString owner = u"10.0.0.2"_s;
        const qint64 t0 = 1'000'000;
        const auto attempt = [&](const QString& email, const QString& network, O outcome, qint64 at) {
            const auto admission = guard.admit(db, email, network, at);
            if (!admission || admission->limited)
                return false;
            return bool(guard.settle(db, admission->attemptId, outcome));
        };
        const auto admission = [&](const QString& email, const QString& network, qint64 at) {
            return guard.admit(db, email, network, at).value();
        };

        // Failures for an e-mail from anywhere turn the captcha on, for the owner too, never a lock.
        for (int i = 0; i < 2; ++i)
            QVERIFY(attempt(u"a@x.ru"_s, attacker, O::Failure, t0 + i));
        QVERIFY(!admission(u"a@x.ru"_s, owner, t0 + 10).captchaRequired);
        QVERIFY(attempt(u"a@x.ru"_s, attacker, O::Failure, t0 + 11));
        QVERIFY(admission(u"a@x.ru"_s, owner, t0 + 12).captchaRequired);
        QVERIFY(!admission(u"b@x.ru"_s, owner, t0 + 13).captchaRequired);     // per e-mail
        QVERIFY(!admission(u"a@x.ru"_s, owner, t0 + 61'000).captchaRequired); // window over

        // The attacker's network is locked for a@ after 5 failed checks (a wrong captcha counts
        // too); the owner's network is not, although the owner's unsettled reservations above
        // count as failed checks.
        QVERIFY(attempt(u"a@x.ru"_s, attacker, O::Failure, t0 + 14));
        QVERIFY(attempt(u"a@x.ru"_s, attacker, O::CaptchaRejected, t0 + 15));
        const auto locked = admission(u"a@x.ru"_s, attacker, t0 + 20);
        QVERIFY(locked.limited);
        QCOMPARE(locked.retryAfterSec, (t0 + 100'000 - (t0 + 20) + 999) / 1000); // 100 s after the first
        const auto ownerTurn = admission(u"a@x.ru"_s, owner, t0 + 20);
        QVERIFY(!ownerTurn.limited);
        QVERIFY(guard.settle(db, ownerTurn.attemptId, O::Success));
        // A success resets the captcha counter, and successes count toward no limit.
        QVERIFY(!admission(u"a@x.ru"_s, owner, t0 + 30).captchaRequired);
        for (int i = 0; i < 6; ++i)
            QVERIFY(attempt(u"c@x.ru"_s, owner, O::Success, t0 + 40));

        // Per network: 12 attempts within 200 s, whatever the e-mail or outcome.
        const auto full = admission(u"new@x.ru"_s, owner, t0 + 50);
        QVERIFY(full.limited);
        QVERIFY(full.retryAfterSec > 100 && full.retryAfterSec <= 200);
        QVERIFY(!admission(u"new@x.ru"_s, u"10.0.0.3"_s, t0 + 50).limited); // another address
    }

    void globalFailuresTurnOnTheCaptchaForEveryone() {
        QTemporaryDir dir;
        auto database = freshSqlite(dir);
        QString error;
        QVERIFY(Migrations::apply(*database, &error));
        QSqlDatabase db = database->connection();
        LoginLimits limits;
        limits.globalCaptchaFailures = 4;
        limits.globalWindowSec = 60;
        const LoginGuard guard(limits);
        const qint64 t0 = 5'000'000;
        for (int i = 0; i < 4; ++i) { // one failure each for four e-mails from four networks
            const auto a = guard.admit(db, QStringLiteral("u%1@x.ru").arg(i), QStringLiteral("10.1.0.%1").arg(i), t0);
            QVERIFY(a && !a->captchaRequired);
            QVERIFY(guard.settle(db, a->attemptId, LoginGuard::Outcome::Failure));
        }
        QVERIFY(guard.admit(db, u"fresh@x.ru"_s, u"10.2.0.1"_s, t0 + 1)->captchaRequired);
        QVERIFY(!guard.admit(db, u"fresh2@x.ru"_s, u"10.2.0.2"_s, t0 + 61'000)->captchaRequired);
    }

    void networksOfAddresses() {
        QCOMPARE(LoginGuard::clientNetwork(u"127.0.0.1"_s), u"127.0.0.1"_s);
        QCOMPARE(LoginGuard::clientNetwork(u"127.0.0.2"_s), u"127.0.0.2"_s); // IPv4: per address
        QCOMPARE(LoginGuard::clientNetwork(u"::ffff:10.0.0.7"_s), u"10.0.0.7"_s);
        QCOMPARE(LoginGuard::clientNetwork(u"2001:db8:1:2:aaaa::1"_s), u"2001:db8:1:2::/64"_s);
        QCOMPARE(LoginGuard::clientNetwork(u"2001:db8:1:2:ffff:1:2:3"_s), u"2001:db8:1:2::/64"_s);
        QVERIFY(LoginGuard::clientNetwork(u"2001:db8:1:3::1"_s) != LoginGuard::clientNetwork(u"2001:db8:1:2::1"_s));
    }
};

// ---------------------------------------------------------------------------------------------
class TestAccessLog : public QObject {
    Q_OBJECT
private slots:
    void oneJsonLinePerRequest() {
        AccessLog::Record r;
        r.time = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 678), Qt::UTC);
        r.requestId = u"abc"_s;
        r.ip = u"127.0.0.1"_s;
        r.method = u"POST"_s;
        r.path = u"/api/v1/auth/login"_s;
        r.status = 401;
        r.durationMs = 12;
        r.errorCode = u"invalid_credentials"_s;
        const QByteArray line = AccessLog::format(r);
        QVERIFY(line.endsWith('\n'));
        QCOMPARE(line.count('\n'), 1);
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        QCOMPARE(o.value(u"time"_s).toString(), u"2026-01-02T03:04:05.678Z"_s);
        QCOMPARE(o.value(u"status"_s).toInt(), 401);
        QCOMPARE(o.value(u"durationMs"_s).toInt(), 12);
        QCOMPARE(o.value(u"error"_s).toString(), u"invalid_credentials"_s);
        QVERIFY(!o.contains(u"userId"_s)); // anonymous
        const QStringList keys = o.keys();
        QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()),
                 (QSet<QString>{u"time"_s, u"requestId"_s, u"ip"_s, u"method"_s, u"path"_s, u"status"_s,
                                u"durationMs"_s, u"error"_s}));
        // The same bytes as Qt's own JSON, escapes included (a path may hold any character).
        r.path = u"/a\"b\\c\u0001\u007f\u00e9\u044f\U0001F600"_s;
        r.userId = 42;
        QJsonObject expected{{u"time"_s, u"2026-01-02T03:04:05.678Z"_s},
                             {u"requestId"_s, r.requestId},
                             {u"ip"_s, r.ip},
                             {u"method"_s, r.method},
                             {u"path"_s, r.path},
                             {u"status"_s, 401},
                             {u"durationMs"_s, 12},
                             {u"error"_s, r.errorCode},
                             {u"userId"_s, 42}};
        QCOMPARE(AccessLog::format(r), QJsonDocument(expected).toJson(QJsonDocument::Compact) + '\n');
        r.userId = 0;

        QTemporaryDir dir;
        AccessLog log;
        QString error;
        QVERIFY(log.open(dir.filePath(u"access.log"_s), &error));
        r.userId = 7;
        log.write(r);
        log.write(r);
        QFile f(dir.filePath(u"access.log"_s));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QCOMPARE(lines.size(), 3); // two lines and the empty rest
        QCOMPARE(QJsonDocument::fromJson(lines.at(0)).object().value(u"userId"_s).toInt(), 7);
        QVERIFY(!log.open(dir.filePath(u"no/such/dir/x.log"_s), &error));
        QVERIFY(error.contains(u"access log"_s));
    }
};

class TestRateLimiter : public QObject {
    Q_OBJECT
private slots:
    void slidingWindowPerKindAndSubject() {
        QTemporaryDir dir;
        auto database = freshSqlite(dir);
        QString error;
        QVERIFY(Migrations::apply(*database, &error));
        QSqlDatabase db = database->connection();
        const RateLimiter::Rule rule{"test_kind", 3, 60'000};
        const qint64 t0 = 5'000'000;
        const QString subject = u"a@x.ru"_s;

        for (int i = 0; i < 3; ++i) {
            QVERIFY(RateLimiter::check(db, rule, subject, t0 + i * 1000));
            QVERIFY(RateLimiter::record(db, rule.kind, subject, t0 + i * 1000));
        }
        // The 4th within the minute: 429 until the first event leaves the window (rounded up).
        const auto refused = RateLimiter::check(db, rule, subject, t0 + 2500);
        QVERIFY(!refused);
        QCOMPARE(refused.failure().status, 429);
        QCOMPARE(QByteArray(refused.failure().code), QByteArray(lkk::errc::tooManyAttempts));
        QCOMPARE(refused.failure().headers.value(0),
                 qMakePair(QByteArray("Retry-After"), QByteArray::number((60'000 - 2500 + 999) / 1000)));
        // Other subjects and other kinds count on their own.
        QVERIFY(RateLimiter::check(db, rule, u"b@x.ru"_s, t0 + 2500));
        QVERIFY(RateLimiter::check(db, {"other_kind", 3, 60'000}, subject, t0 + 2500));
        // Once the first event is out of the window there is room for one more; Retry-After is
        // at least a second even when the window ends within it.
        QVERIFY(RateLimiter::check(db, rule, subject, t0 + 60'001));
        const auto almost = RateLimiter::check(db, rule, subject, t0 + 59'990);
        QVERIFY(!almost);
        QCOMPARE(almost.failure().headers.value(0).second, QByteArray("1"));
    }
};

// ---------------------------------------------------------------------------------------------
// docs/openapi.yaml and the server's route table must list the same operations.
class TestRoutesContract : public QObject {
    Q_OBJECT
private slots:
    void routesMatchOpenApi() {
        QFile spec(QStringLiteral(LKK_SOURCE_DIR "/docs/openapi.yaml"));
        QVERIFY(spec.open(QIODevice::ReadOnly | QIODevice::Text));
        QSet<QString> documented;
        QString base;
        QString currentPath;
        QString pathBase; // a path's own `servers` (browser pages at the root) override the base
        bool inPaths = false;
        static const QRegularExpression server(u"^  - url: https?://[^/]+(/\\S*)$"_s);
        static const QRegularExpression pathServer(u"^      - url: https?://[^/\\s]+(/\\S*)?$"_s);
        static const QRegularExpression pathLine(u"^  (/\\S*):\\s*$"_s);
        static const QRegularExpression methodLine(u"^    (get|put|post|delete|patch|head|options):\\s*$"_s);
        while (!spec.atEnd()) {
            const QString line = QString::fromUtf8(spec.readLine()).chopped(1);
            if (!line.startsWith(u' ') && !line.isEmpty())
                inPaths = line.startsWith(u"paths:"_s);
            if (!inPaths) {
                if (const auto m = server.match(line); m.hasMatch() && base.isEmpty())
                    base = m.captured(1);
                continue;
            }
            if (const auto m = pathLine.match(line); m.hasMatch()) {
                currentPath = m.captured(1);
                pathBase = base;
            } else if (const auto s = pathServer.match(line); s.hasMatch()) {
                pathBase = s.captured(1);
            } else if (const auto m2 = methodLine.match(line); m2.hasMatch()) {
                documented.insert(m2.captured(1).toUpper() + u' ' + pathBase + currentPath);
            }
        }
        QCOMPARE(base, u"/api/v1"_s);
        QVERIFY(documented.contains(u"GET /confirm"_s)); // a page at the root, not under /api/v1
        // "METHOD /path roles[ test-only]": the operation is the first two words.
        QSet<QString> routed;
        for (const QString& line : serverRouteLines()) {
            const QStringList words = line.split(u' ');
            QVERIFY2(words.size() >= 3, qPrintable(u"route line without roles: "_s + line));
            QVERIFY2(!routed.contains(words.at(0) + u' ' + words.at(1)), qPrintable(u"route twice: "_s + line));
            routed.insert(words.at(0) + u' ' + words.at(1));
        }
        for (const QString& r : routed)
            QVERIFY2(documented.contains(r), qPrintable(u"route missing from openapi.yaml: "_s + r));
        for (const QString& d : std::as_const(documented))
            QVERIFY2(routed.contains(d), qPrintable(u"openapi.yaml operation without a route: "_s + d));
    }

    void binaryPrintsTheSameTable() {
        const QString binary = qEnvironmentVariable("LKK_SERVER_BINARY");
        if (binary.isEmpty())
            QSKIP("LKK_SERVER_BINARY not set");
        QProcess p;
        p.start(binary, {u"--print-routes"_s});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(p.readAllStandardOutput()).trimmed().split(u'\n'), serverRouteLines());
    }
};

// JSON written without a tree (the bills): what QJsonDocument reads back, strings escaped alike.
class TestJsonWriter : public QObject {
    Q_OBJECT
private slots:
    void nestedValuesReadBack() {
        using lkk::server::JsonWriter;
        JsonWriter rows; // rows written as they come, grouped later
        rows.beginObject().key("n"_L1).value(qint64(1)).endObject();
        rows.beginObject().key("n"_L1).value(qint64(-1234567890123)).key("none"_L1).null().endObject();
        JsonWriter inner;
        inner.beginObject().key("x"_L1).value(u"y"_s).endObject();
        JsonWriter out;
        out.beginObject();
        out.key("rows"_L1).array(rows.take());
        out.key("empty"_L1).array({});
        out.key("inner"_L1).raw(inner.take());
        out.key("list"_L1).beginArray().value(qint64(0)).value(u""_s).beginArray().endArray().endArray();
        out.endObject();
        const QByteArray json = out.take();
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, json.constData());
        QCOMPARE(doc.object(), QJsonDocument::fromJson(R"({"rows":[{"n":1},{"n":-1234567890123,"none":null}],
            "empty":[],"inner":{"x":"y"},"list":[0,"",[]]})")
                                   .object());
        QCOMPARE(json.count(' '), 0); // compact
    }

    void stringsEscapedAsQtDoes() {
        QString text = u"Ласточкина ул., д.13 \"кв.11\" \\ / \u00e9 ₽ \U0001F600"_s;
        for (char16_t c = 0; c < 0x20; ++c)
            text += QChar(c);
        lkk::server::JsonWriter out;
        out.beginObject().key("s"_L1).value(text).endObject();
        QCOMPARE(out.take(), QJsonDocument(QJsonObject{{u"s"_s, text}}).toJson(QJsonDocument::Compact));
    }

    void textAsUtf8OrQString() {
        // Text read as its UTF-8 (RowReader) is written as the same text read as a QString.
        QString text = u"Гкал/м² \"T1\" \\ ₽ \U0001F600"_s;
        for (char16_t c = 0; c < 0x20; ++c)
            text += QChar(c);
        lkk::server::JsonWriter fromUtf8;
        lkk::server::JsonWriter fromString;
        fromUtf8.beginArray().text(text.toUtf8()).text(QByteArrayView()).endArray();
        fromString.beginArray().value(text).value(QString()).endArray();
        const QByteArray json = fromString.take();
        QCOMPARE(fromUtf8.take(), json);
        QCOMPARE(json, QJsonDocument(QJsonArray{text, u""_s}).toJson(QJsonDocument::Compact));
    }

    void loneSurrogateAsToUtf8Writes() {
        // Not text QJsonDocument is ever given here; kept as the UTF-8 conversion makes it.
        const QString text = u"a"_s + QChar(0xd800) + u"b"_s + QChar(0xdc00);
        lkk::server::JsonWriter out;
        out.value(text);
        QCOMPARE(out.take(), '"' + text.toUtf8() + '"');
    }

    void helpersWriteWhatQtWrites() {
        // Members written in the order QJsonObject keeps them give QJsonDocument's very bytes.
        const QJsonObject stored{{u"b"_s, 1}, {u"a"_s, QJsonArray{1, u"x"_s, true}}};
        lkk::server::JsonWriter out;
        out.beginObject();
        out.key("absent"_L1).integerOrNull(QVariant());
        out.key("count"_L1).integerOrNull(std::optional<qint64>(5));
        out.key("empty"_L1).textOrNull(QString());
        out.key("list"_L1).value(QJsonValue(QJsonArray{2, u"y"_s}));
        out.key("no"_L1).boolean(false);
        out.key("stored"_L1).value(QJsonValue(stored));
        out.key("text"_L1).textOrNull(u"x"_s);
        out.key("yes"_L1).boolean(true);
        out.key(u"Т1 \"зона\""_s).value(QJsonValue(u"1.000"_s));
        out.endObject();
        const QJsonObject expected{{u"absent"_s, QJsonValue::Null},
                                   {u"count"_s, 5},
                                   {u"empty"_s, QJsonValue::Null},
                                   {u"list"_s, QJsonArray{2, u"y"_s}},
                                   {u"no"_s, false},
                                   {u"stored"_s, stored},
                                   {u"text"_s, u"x"_s},
                                   {u"yes"_s, true},
                                   {u"Т1 \"зона\""_s, u"1.000"_s}};
        QCOMPARE(out.take(), QJsonDocument(expected).toJson(QJsonDocument::Compact));
    }
};

// ---------------------------------------------------------------------------------------------
// A history's from/to: each optional over the route's defaults, a calendar day, not reversed.
class TestDateRange : public QObject {
    Q_OBJECT
    static QString wording(DateRange::Problem problem, Language language) {
        return (problem == DateRange::Problem::Reversed ? u"reversed "_s : u"invalid "_s) +
               (language == Language::En ? u"en"_s : u"ru"_s);
    }
    static Result<DateRange> read(const QString& query) {
        return DateRange::fromQuery(QUrlQuery(query), {QDate(2025, 12, 8), QDate(2026, 12, 7)}, wording, Language::En);
    }

private slots:
    void defaultsAndOverrides() {
        auto range = read({});
        QVERIFY(range.ok());
        QCOMPARE(range->from, QDate(2025, 12, 8));
        QCOMPARE(range->to, QDate(2026, 12, 7));
        range = read(u"from=2024-02-29"_s);
        QVERIFY(range.ok());
        QCOMPARE(range->from, QDate(2024, 2, 29));
        QCOMPARE(range->to, QDate(2026, 12, 7));
        range = read(u"to=2026-01-31&from=2026-01-31"_s);
        QVERIFY(range.ok());
        QCOMPARE(range->from, QDate(2026, 1, 31));
        QCOMPARE(range->to, QDate(2026, 1, 31));
    }
    void badDates_data() {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("field");
        QTest::newRow("not a day of the calendar") << u"from=2026-02-30"_s << u"from"_s;
        QTest::newRow("month 13") << u"to=2026-13-01"_s << u"to"_s;
        QTest::newRow("short") << u"from=2026-1-01"_s << u"from"_s;
        QTest::newRow("empty") << u"to="_s << u"to"_s;
        QTest::newRow("time appended") << u"from=2026-01-01T00:00"_s << u"from"_s;
        QTest::newRow("other script's digits") << u"to=%D9%A2%D9%A0%D9%A2%D9%A6-01-01"_s << u"to"_s;
        QTest::newRow("long") << u"from="_s + QString(3000, u'1') << u"from"_s;
    }
    void badDates() {
        QFETCH(QString, query);
        QFETCH(QString, field);
        const auto range = read(query);
        QVERIFY(!range.ok());
        QCOMPARE(range.failure().status, 400);
        QCOMPARE(range.failure().field, field);
        QCOMPARE(range.failure().message, u"invalid en"_s);
    }
    void reversedIsOnFrom() {
        const auto range = read(u"from=2026-12-07&to=2026-12-06"_s);
        QVERIFY(!range.ok());
        QCOMPARE(range.failure().field, u"from"_s);
        QCOMPARE(range.failure().message, u"reversed en"_s);
        // Reversed against a default: the default end is today.
        QVERIFY(!read(u"from=2026-12-08"_s).ok());
    }
};

// ---------------------------------------------------------------------------------------------
// Against known digests (tests/support/Sha256Vectors.h).
class TestSha256Hex : public QObject {
    Q_OBJECT
private slots:
    void knownDigests() { lkk::test::checkSha256Hex(&sha256Hex); }
};

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    int failures = 0;
    TestServerConfig config;
    TestJsonBody json;
    TestPasswordHasher hasher;
    TestTokens tokens;
    TestMessages messages;
    TestMigrations migrations;
    TestCaptcha captcha;
    TestRoutesContract routes;
    TestLoginGuard guard;
    TestRateLimiter rateLimiter;
    TestAccessLog accessLog;
    TestJsonWriter jsonWriter;
    TestSha256Hex sha256;
    TestDateRange dateRange;
    for (QObject* test :
         std::initializer_list<QObject*>{&config, &json, &hasher, &tokens, &messages, &migrations, &captcha, &guard,
                                         &rateLimiter, &accessLog, &jsonWriter, &sha256, &dateRange, &routes})
        failures += QTest::qExec(test, argc, argv);
    return failures == 0 ? 0 : 1;
}

#include "tst_serverunit.moc"
