// The limits of password checks and mail over HTTPS, against SQLite and PostgreSQL
// (docs/security.md, «Sign-in limits»): parallel attempts cannot pass a limit, failures for
// someone else's e-mail never lock its owner out, wrong current passwords count like failed
// sign-ins, many failures turn the captcha on for everyone, e-mail changes are capped per day,
// and the server's files are its owner's alone.
#include "tests/support/ApiTestServer.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslSocket>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;
using lkk::test::ApiTestServer;
using lkk::test::HttpReply;

namespace {

const QString kDemoEmail = u"demo@lkk.example"_s;
const QString kDemoPassword = u"Demo1234"_s;

// The default limits unless told otherwise, and the captcha answer in /captcha.
QStringList limitOptions(const QStringList& more) {
    return QStringList{u"--test-expose-captcha"_s} + more;
}

struct Parallel {
    int status = 0;
    QByteArray retryAfter;
};

// Sends every body to POST path at once, each over a connection of its own (QNetworkAccessManager
// keeps at most six per host), optionally to another loopback address than the server's URL.
QList<Parallel> postAll(ApiTestServer& server, const QString& path, const QList<QJsonObject>& bodies,
                        const QString& token = {}) {
    std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
    QList<QNetworkReply*> replies;
    for (const QJsonObject& body : bodies) {
        managers.push_back(std::make_unique<QNetworkAccessManager>());
        QUrl url = server.process().url();
        url.setPath(path);
        QNetworkRequest request(url);
        request.setSslConfiguration(server.ssl());
        request.setRawHeader("Content-Type", "application/json");
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        replies << managers.back()->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    // An unanswered request keeps status 0, which the callers' counts catch.
    if (!QTest::qWaitFor(
            [&] { return std::all_of(replies.cbegin(), replies.cend(), [](auto* r) { return r->isFinished(); }); },
            60000))
        qWarning("postAll: not every request was answered within 60 s");
    QList<Parallel> result;
    for (QNetworkReply* reply : std::as_const(replies)) {
        result.append(
            {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->rawHeader("Retry-After")});
        reply->deleteLater();
    }
    return result;
}

int count(const QList<Parallel>& replies, int status) {
    return int(std::count_if(replies.cbegin(), replies.cend(), [&](const Parallel& p) { return p.status == status; }));
}

// "401 401 429 …": what a parallel burst got, for the failure message.
QByteArray statuses(const QList<Parallel>& replies) {
    QByteArray text;
    for (const Parallel& p : replies)
        text += QByteArray::number(p.status) + ' ';
    return text;
}

// A burst of `total` attempts against a limit of `limit` checked ones: never more than `limit`
// reach the check (`checked` status), as many as the limit allows do, and the others are refused
// with 429. On a loaded machine the server may answer 503 (busy) in place of either, and a
// connection may be lost (status 0, e.g. the header timeout while handshakes queue): those excuse
// a missing check or refusal, never an extra check.
bool burstKeptTheLimit(const QList<Parallel>& replies, int checked, int limit, int total) {
    const int passed = count(replies, checked);
    const int refused = count(replies, 429);
    const int excused = count(replies, 503) + count(replies, 0);
    return passed <= limit && passed + excused >= limit && passed + refused + excused == total;
}

// A sign-in from another client address: the socket is bound to `source` (127.0.0.2), which
// needs the server to listen on 0.0.0.0; QNetworkAccessManager cannot choose its source address,
// so this is one HTTP/1.1 request by hand over TLS.
HttpReply loginFrom(ApiTestServer& server, const QString& source, const QJsonObject& body) {
    QSslSocket socket;
    socket.setSslConfiguration(server.ssl());
    socket.setPeerVerifyName(u"127.0.0.1"_s);
    HttpReply r;
    if (!socket.bind(QHostAddress(source)))
        return r;
    socket.connectToHostEncrypted(u"127.0.0.1"_s, quint16(server.process().url().port()));
    if (!socket.waitForEncrypted(30000))
        return r;
    const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
    socket.write("POST /api/v1/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                 "Connection: close\r\nContent-Length: " +
                 QByteArray::number(json.size()) + "\r\n\r\n" + json);
    // Read until the headers and Content-Length bytes of body are in.
    QByteArray raw;
    const auto complete = [&] {
        const qsizetype end = raw.indexOf("\r\n\r\n");
        if (end < 0)
            return false;
        const qsizetype at = raw.toLower().indexOf("content-length:");
        const qsizetype length =
            at < 0 ? 0 : raw.mid(at + 15, raw.indexOf("\r\n", at) - at - 15).trimmed().toLongLong();
        return raw.size() >= end + 4 + length;
    };
    while (!complete() && socket.waitForReadyRead(30000))
        raw += socket.readAll();
    const qsizetype end = raw.indexOf("\r\n\r\n");
    r.status = raw.mid(9, 3).toInt();
    r.body = end < 0 ? QByteArray() : raw.mid(end + 4);
    r.json = QJsonDocument::fromJson(r.body).object();
    return r;
}

QJsonObject credentials(const QString& email, const QString& password) {
    return {{u"email"_s, email}, {u"password"_s, password}};
}

} // namespace

class TestAuthLimits : public QObject {
    Q_OBJECT

    static std::unique_ptr<ApiTestServer> startServer(const QString& prefix, const QStringList& options) {
        auto server = std::make_unique<ApiTestServer>();
        QString error;
        if (!server->start({prefix, limitOptions(options), false}, &error)) {
            qWarning("%s", qPrintable(error));
            return nullptr;
        }
        return server;
    }

private slots:
    void initTestCase() { LKK_REQUIRE_TEST_BACKEND(); }

    // The probe: 32 parallel attempts got 103 through a limit of 100.
    void parallelAttemptsStopAtTheLimit() {
        auto server = startServer(u"lkk_lim_par"_s, {u"--rate-ip-max"_s, u"20"_s, u"--captcha-after-failures"_s,
                                                     u"1000"_s, u"--captcha-global-failures"_s, u"100000"_s});
        QVERIFY(server);
        QList<QJsonObject> bodies;
        for (int i = 0; i < 32; ++i)
            bodies << credentials(QStringLiteral("p%1@parallel.example").arg(i), u"Wrong-pass1"_s);
        const QList<Parallel> replies = postAll(*server, u"/api/v1/auth/login"_s, bodies);
        QVERIFY2(burstKeptTheLimit(replies, 401, 20, 32), statuses(replies).constData());
        for (const Parallel& p : replies) {
            if (p.status == 429)
                QVERIFY(p.retryAfter.toInt() >= 1);
        }
    }

    // The probe: ten wrong sign-ins for someone else's e-mail locked its owner out from anywhere,
    // even with a solved captcha.
    void failuresFromElsewhereNeverLockTheOwnerOut() {
        auto server = startServer(u"lkk_lim_owner"_s, {u"--listen"_s, u"0.0.0.0"_s, u"--rate-email-max"_s, u"3"_s,
                                                       u"--captcha-after-failures"_s, u"2"_s});
        QVERIFY(server);
        const QString attacker = u"127.0.0.2"_s;
        QJsonObject wrong = credentials(kDemoEmail, u"Wrong-pass1"_s);
        QCOMPARE(loginFrom(*server, attacker, wrong).status, 401);
        QCOMPARE(loginFrom(*server, attacker, wrong).status, 401);
        // Now a captcha for the e-mail; the attacker solves it and fails again: locked.
        const HttpReply gate = loginFrom(*server, attacker, wrong);
        QCOMPARE(gate.status, 403);
        QCOMPARE(gate.errorCode(), u"captcha_required"_s);
        HttpReply captcha = server->post(u"/api/v1/captcha"_s, {}, {});
        wrong.insert(u"captchaId"_s, captcha.json.value(u"id"_s));
        wrong.insert(u"captchaAnswer"_s, captcha.json.value(u"answer"_s));
        QCOMPARE(loginFrom(*server, attacker, wrong).status, 401);
        QCOMPARE(loginFrom(*server, attacker, wrong).status, 429);

        // The owner, from their own address, gets a captcha, not a lock, and signs in with it.
        HttpReply owner = server->post(u"/api/v1/auth/login"_s, {}, credentials(kDemoEmail, kDemoPassword));
        QCOMPARE(owner.status, 403);
        QCOMPARE(owner.errorCode(), u"captcha_required"_s);
        captcha = server->post(u"/api/v1/captcha"_s, {}, {});
        QJsonObject solved = credentials(kDemoEmail, kDemoPassword);
        solved.insert(u"captchaId"_s, captcha.json.value(u"id"_s));
        solved.insert(u"captchaAnswer"_s, captcha.json.value(u"answer"_s));
        owner = server->post(u"/api/v1/auth/login"_s, {}, solved);
        QCOMPARE(owner.status, 200);
        // Successes count toward no limit: the owner signs in again and again.
        for (int i = 0; i < 5; ++i)
            QVERIFY(!server->login(kDemoEmail, kDemoPassword).isEmpty());
    }

    // The probe: 16 threads sending wrong current passwords to POST /profile/password for 30 s
    // got 325 × 403 and never a 429.
    void wrongCurrentPasswordsCountLikeFailedSignIns() {
        auto server = startServer(u"lkk_lim_profile"_s,
                                  {u"--rate-email-max"_s, u"5"_s, u"--captcha-after-failures"_s, u"1000"_s});
        QVERIFY(server);
        const QString token = server->login(kDemoEmail, kDemoPassword);
        QVERIFY(!token.isEmpty());
        QList<QJsonObject> bodies;
        for (int i = 0; i < 16; ++i)
            bodies << QJsonObject{{u"currentPassword"_s, u"Wrong-pass1"_s}, {u"newPassword"_s, u"Newpass123"_s}};
        const QList<Parallel> replies = postAll(*server, u"/api/v1/profile/password"_s, bodies, token);
        QVERIFY2(burstKeptTheLimit(replies, 403, 5, 16), statuses(replies).constData());
        // A 503 under load may have taken a checked attempt's place: make the lock whole one by one.
        for (int failures = count(replies, 403), tries = 0; failures < 5 && tries < 20; ++tries) {
            const int status = server->post(u"/api/v1/profile/password"_s, token, bodies.first()).status;
            QVERIFY2(status == 403 || status == 429 || status == 503, QByteArray::number(status).constData());
            if (status == 429) // the busy attempt was counted: the lock is already whole
                break;
            failures += status == 403 ? 1 : 0;
        }
        // The e-mail change checks the same password and counts toward the same lock.
        const HttpReply change =
            server->post(u"/api/v1/profile/email"_s, token,
                         {{u"newEmail"_s, u"other@example.org"_s}, {u"currentPassword"_s, kDemoPassword}});
        QCOMPARE(change.status, 429);
        // And so does signing in from this address with the right password (locked here only).
        QCOMPARE(server->post(u"/api/v1/auth/login"_s, {}, credentials(kDemoEmail, kDemoPassword)).status, 429);
    }

    void manyFailuresTurnTheCaptchaOnForEveryone() {
        auto server = startServer(u"lkk_lim_global"_s, {u"--captcha-global-failures"_s, u"5"_s});
        QVERIFY(server);
        QVERIFY(!server->login(kDemoEmail, kDemoPassword).isEmpty()); // before the attack
        for (int i = 0; i < 5; ++i) // one failure each for five e-mails: no per-e-mail captcha
            QCOMPARE(server
                         ->post(u"/api/v1/auth/login"_s, {},
                                credentials(QStringLiteral("s%1@stuffing.example").arg(i), u"Wrong-pass1"_s))
                         .status,
                     401);
        const HttpReply owner = server->post(u"/api/v1/auth/login"_s, {}, credentials(kDemoEmail, kDemoPassword));
        QCOMPARE(owner.status, 403);
        QCOMPARE(owner.errorCode(), u"captcha_required"_s);
    }

    // The probe: POST /profile/email sent 50 mails to 50 addresses.
    void emailChangesAreCappedPerDay() {
        auto server = startServer(u"lkk_lim_mail"_s, {u"--mail-daily-max"_s, u"3"_s});
        QVERIFY(server);
        const QString token = server->login(kDemoEmail, kDemoPassword);
        QVERIFY(!token.isEmpty());
        for (int i = 0; i < 3; ++i)
            QCOMPARE(server
                         ->post(u"/api/v1/profile/email"_s, token,
                                {{u"newEmail"_s, QStringLiteral("to%1@example.org").arg(i)},
                                 {u"currentPassword"_s, kDemoPassword}})
                         .status,
                     202);
        const HttpReply capped =
            server->post(u"/api/v1/profile/email"_s, token,
                         {{u"newEmail"_s, u"to9@example.org"_s}, {u"currentPassword"_s, kDemoPassword}});
        QCOMPARE(capped.status, 429);
        QCOMPARE(capped.errorCode(), u"too_many_attempts"_s);
        QVERIFY(capped.headers.value("retry-after").toInt() > 3600); // a day's cap
    }

    // The probe: the SQLite database and the .eml files were mode 644.
    void theServersFilesAreItsOwnersAlone() {
        auto server = startServer(u"lkk_lim_files"_s, {});
        QVERIFY(server);
        const QString token = server->login(kDemoEmail, kDemoPassword);
        QCOMPARE(server
                     ->post(u"/api/v1/profile/email"_s, token,
                            {{u"newEmail"_s, u"files@example.org"_s}, {u"currentPassword"_s, kDemoPassword}})
                     .status,
                 202);
        const QDir mail(server->process().mailDrop());
        QTRY_VERIFY_WITH_TIMEOUT(!mail.entryList({u"*.eml"_s}, QDir::Files).isEmpty(), 10000);
        const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                            QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        QStringList checked{server->dataDir(), mail.path()};
        for (QDirIterator it(server->dataDir(), QDir::Files, QDirIterator::Subdirectories); it.hasNext();)
            checked << it.next();
        QVERIFY(checked.size() > 3);
        for (const QString& path : std::as_const(checked))
            QVERIFY2((QFileInfo(path).permissions() & others) == 0, qPrintable(path));
        if (!ApiTestServer::postgres())
            QVERIFY(checked.contains(QDir(server->dataDir()).filePath(u"lkk.sqlite"_s)));
    }
};

QTEST_GUILESS_MAIN(TestAuthLimits)
#include "tst_authlimits.moc"
