// Fault: PostgreSQL stopped while requests run — cleanly (SIGINT: sessions ended) or as in a
// crash (SIGQUIT) — then started again, while lkk-server runs on. Every answer meanwhile is the
// request's own or 503 `service_unavailable`, never another 5xx and never late; nothing is
// half-written (an order has its items; a retry with its Idempotency-Key leaves one order); and
// once the database is back the server serves normally without a restart. The cluster is the
// test's own (PostgresCluster.h): the suite's shared one must keep running.
//
// SQLite has no counterpart: it is a library inside lkk-server, not a server that can stop.
#include "tests/reliability/PostgresCluster.h"
#include "tests/support/ApiTestServer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;
using lkk::test::ApiTestServer;
using lkk::test::HttpReply;
using lkk::test::PostgresCluster;

namespace {

const QString kZtk = u"878100103492"_s;
constexpr qint64 kPromptMs = 15000; // an answer while the database is down: at once, generously

// One request of a burst sent in parallel.
struct Call {
    QByteArray method;
    QString path;
    QByteArray body;
    QByteArray idempotencyKey; // orders
    QNetworkReply* reply = nullptr;
    int status() const { return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(); }
};

} // namespace

class TestFaultDatabase : public QObject {
    Q_OBJECT

    PostgresCluster m_cluster;
    std::unique_ptr<ApiTestServer> m_server;
    QNetworkAccessManager m_nam;
    QString m_token;
    qint64 m_account = 0;

    QByteArray orderBody(qint64 amount) const {
        const QJsonObject body{{u"items"_s, QJsonArray{QJsonObject{{u"subAccount"_s, kZtk}, {u"amount"_s, amount}}}},
                               {u"receiptEmail"_s, u"a@b.ru"_s},
                               {u"consent"_s, true}};
        return QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    QString ordersPath() const { return u"/api/v1/accounts/%1/payment-orders"_s.arg(m_account); }
    static QByteArray loginBody() { return R"({"email":"demo@lkk.example","password":"Demo1234"})"; }

    // A burst: reads, sign-ins and new orders, in that rotation.
    QList<Call> burst(int size, const QByteArray& keyPrefix) const {
        QList<Call> calls;
        for (int i = 0; i < size; ++i) {
            switch (i % 3) {
            case 0:
                calls.append({"GET", u"/api/v1/accounts"_s, {}, {}});
                break;
            case 1:
                calls.append({"POST", u"/api/v1/auth/login"_s, loginBody(), {}});
                break;
            default:
                calls.append({"POST", ordersPath(), orderBody(1000 + i), keyPrefix + QByteArray::number(i)});
            }
        }
        return calls;
    }

    void send(Call& call) {
        QUrl url = m_server->process().url();
        url.setPath(call.path);
        QNetworkRequest request(url);
        request.setSslConfiguration(m_server->ssl());
        request.setTransferTimeout(60000);
        request.setRawHeader("Accept-Language", "ru");
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
        if (!call.body.isEmpty())
            request.setRawHeader("Content-Type", "application/json");
        if (!call.idempotencyKey.isEmpty())
            request.setRawHeader("Idempotency-Key", call.idempotencyKey);
        call.reply = m_nam.sendCustomRequest(request, call.method, call.body);
    }

    // Sends every call of a burst and waits for every answer (false when they did not all come).
    bool run(QList<Call>& calls) {
        for (Call& call : calls)
            send(call);
        return QTest::qWaitFor([&] { return allFinished(calls); }, 120000);
    }
    // The calls whose answer was not their success.
    static QString unsuccessful(const QList<Call>& calls) {
        QStringList out;
        for (const Call& call : calls) {
            if (call.status() != 200 && call.status() != 201)
                out << u"%1 %2: %3"_s.arg(QString::fromLatin1(call.method), call.path).arg(call.status());
        }
        return out.join(u'\n');
    }

    static bool allFinished(const QList<Call>& calls) {
        return std::all_of(calls.begin(), calls.end(), [](const Call& c) { return c.reply->isFinished(); });
    }
    static qsizetype finished(const QList<Call>& calls) {
        return std::count_if(calls.begin(), calls.end(), [](const Call& c) { return c.reply->isFinished(); });
    }

    // One number from the database, on a connection of its own (the cluster restarts under it).
    qint64 count(const QString& sql) {
        const QUrl url(m_cluster.url());
        const QString name = QUuid::createUuid().toString();
        qint64 value = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
            db.setHostName(url.host());
            db.setPort(url.port());
            db.setUserName(url.userName());
            db.setPassword(url.password());
            db.setDatabaseName(url.path().mid(1));
            QSqlQuery q(db);
            if (db.open() && q.exec(sql) && q.next())
                value = q.value(0).toLongLong();
        }
        QSqlDatabase::removeDatabase(name);
        return value;
    }

private slots:
    void initTestCase() {
        if (!ApiTestServer::postgres())
            QSKIP("PostgreSQL only: SQLite cannot stop while lkk-server runs");
        QString error;
        if (PostgresCluster::binDir().isEmpty()) {
            if (qEnvironmentVariable("LKK_TEST_REQUIRE_POSTGRES") == u"1")
                QFAIL("PostgreSQL is not installed");
            QSKIP("PostgreSQL is not installed");
        }
        QVERIFY2(m_cluster.create(&error), qPrintable(error));
        QVERIFY2(m_cluster.start(&error), qPrintable(error));
        m_server = std::make_unique<ApiTestServer>();
        QVERIFY2(m_server->start({.extraArgs = {u"--access-token-ttl"_s, u"86400"_s}, .databaseUrl = m_cluster.url()},
                                 &error),
                 qPrintable(error));
        m_token = m_server->login(u"demo@lkk.example"_s, u"Demo1234"_s);
        QVERIFY(!m_token.isEmpty());
        m_account = m_server->accountId(m_token, u"100103492"_s);
        QVERIFY(m_account > 0);
    }

    void cleanupTestCase() { m_server.reset(); }

    // A restart between requests: the server's connections are all stale, and the first call on
    // each must not be the one that finds out.
    void restartedBetweenRequests() {
        QList<Call> before = burst(12, "db-restart-before-");
        QVERIFY(run(before));
        QCOMPARE(unsuccessful(before), QString());
        m_cluster.stop(PostgresCluster::Stop::Fast);
        QString error;
        QVERIFY2(m_cluster.start(&error), qPrintable(error));
        QList<Call> after = burst(12, "db-restart-after-");
        QVERIFY(run(after));
        QCOMPARE(unsuccessful(after), QString());
    }

    void stoppedMidRequest_data() {
        QTest::addColumn<bool>("crash");
        QTest::newRow("stopped cleanly") << false;
        QTest::newRow("stopped as in a crash") << true;
    }

    void stoppedMidRequest() {
        QFETCH(bool, crash);
        const QByteArray keys = "db-fault-" + QByteArray(QTest::currentDataTag()).replace(' ', '-') + "-";

        // The database stops while a burst is answered: some calls before, some during, some after.
        QList<Call> calls = burst(36, keys);
        for (Call& call : calls)
            send(call);
        QVERIFY(QTest::qWaitFor([&] { return finished(calls) >= 6; }, 60000));
        m_cluster.stop(crash ? PostgresCluster::Stop::Immediate : PostgresCluster::Stop::Fast);
        QVERIFY(QTest::qWaitFor([&] { return allFinished(calls); }, 120000));
        int refused = 0;
        for (const Call& call : std::as_const(calls)) {
            const int status = call.status();
            const QJsonObject error = QJsonDocument::fromJson(call.reply->readAll()).object()[u"error"_s].toObject();
            QVERIFY2(status == 200 || status == 201 || status == 503,
                     qPrintable(u"%1 %2: %3 %4"_s.arg(QString::fromLatin1(call.method), call.path)
                                    .arg(status)
                                    .arg(call.reply->errorString())));
            if (status == 503) {
                QCOMPARE(error[u"code"_s].toString(), u"service_unavailable"_s);
                ++refused;
            }
        }
        QVERIFY2(refused > 0, "no call met the stopped database");

        // Down: every call that needs the database is refused at once.
        for (const Call& call : burst(3, keys + "down-")) {
            const HttpReply r =
                m_server->send(call.method, call.path, m_token, call.body,
                               {{"Content-Type", "application/json"}, {"Idempotency-Key", call.idempotencyKey}});
            QCOMPARE(r.status, 503);
            QCOMPARE(r.errorCode(), u"service_unavailable"_s);
            QVERIFY2(r.elapsedMs < kPromptMs, qPrintable(QString::number(r.elapsedMs)));
        }

        // Back: served again by the same lkk-server, every call of a burst.
        QString error;
        QVERIFY2(m_cluster.start(&error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(m_server->get(u"/api/v1/accounts"_s, m_token).status, 200, 30000);
        QList<Call> after = burst(12, keys + "after-");
        QVERIFY(run(after));
        QCOMPARE(unsuccessful(after), QString());

        // Nothing half-written: every order has its item; the orders refused during the outage,
        // sent again with their keys, are each created once (or found, if the commit had gone
        // through before the answer failed).
        QCOMPARE(count(u"SELECT COUNT(*) FROM payment_orders o WHERE NOT EXISTS "
                       u"(SELECT 1 FROM payment_order_items i WHERE i.order_id = o.id)"_s),
                 0);
        int orders = 0;
        for (Call& call : calls) {
            if (call.idempotencyKey.isEmpty())
                continue;
            ++orders;
            const HttpReply r =
                m_server->send("POST", call.path, m_token, call.body,
                               {{"Content-Type", "application/json"}, {"Idempotency-Key", call.idempotencyKey}});
            QVERIFY2(r.status == 200 || r.status == 201,
                     qPrintable(QString::number(r.status) + u' ' + QString::fromUtf8(r.body)));
            if (call.status() == 201) // made before: found again
                QCOMPARE(r.status, 200);
        }
        QCOMPARE(count(u"SELECT COUNT(*) FROM payment_orders WHERE idempotency_key LIKE '%1%' AND "
                       u"idempotency_key NOT LIKE '%1after-%' AND idempotency_key NOT LIKE '%1down-%'"_s.arg(
                           QString::fromLatin1(keys))),
                 orders);
        QCOMPARE(count(u"SELECT COUNT(*) FROM payment_orders WHERE idempotency_key LIKE '%1down-%'"_s.arg(
                     QString::fromLatin1(keys))),
                 0);
    }
};

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    TestFaultDatabase test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_fault_database.moc"
