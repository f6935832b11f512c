// Fault: lkk-server killed (SIGKILL) during a meter reading submission. Whatever the moment, the
// submission is applied whole or not at all — the meter's current submission and the history's
// reading for the day agree after the restart — and the client's retry with the same
// submissionId (as the readings outbox does) leaves exactly one reading with the value sent.
// SQLite or PostgreSQL (LKK_TEST_BACKEND).
#include "tests/reliability/KillDuring.h"
#include "tests/support/ApiTestServer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using lkk::test::ApiTestServer;
using lkk::test::HttpReply;

class TestFaultReading : public QObject {
    Q_OBJECT

    std::unique_ptr<ApiTestServer> m_server;
    QString m_demo;
    qint64 m_account = 0; // 100103492
    qint64 m_meter = 0;   // its cold water meter 927210

    QString path(const QString& rest) const { return u"/api/v1/accounts/%1"_s.arg(m_account) + rest; }

    bool restart() {
        QString error;
        if (!m_server->startAgain(&error)) {
            qWarning().noquote() << error;
            return false;
        }
        m_demo = m_server->login(u"demo@lkk.example"_s, u"Demo1234"_s);
        return !m_demo.isEmpty();
    }

    QJsonObject formMeter() {
        for (const auto& v : m_server->get(path(u"/readings/form"_s), m_demo).json[u"meters"_s].toArray()) {
            if (v[u"number"_s].toString() == u"927210"_s)
                return v.toObject();
        }
        return {};
    }

    // The meter's readings of 24 November 2026 in the history.
    QJsonArray today() {
        const HttpReply r = m_server->get(path(u"/readings?from=2026-11-24&to=2026-11-24"_s), m_demo);
        for (const auto& v : r.json[u"meters"_s].toArray()) {
            if (v[u"id"_s].toInteger() == m_meter)
                return v[u"readings"_s].toArray();
        }
        return {};
    }

private slots:
    void initTestCase() {
        LKK_REQUIRE_TEST_BACKEND();
        m_server = std::make_unique<ApiTestServer>();
        ApiTestServer::Options options;
        options.scratchPrefix = u"lkk_fr"_s;
        options.testClock = QDateTime::fromString(u"2026-11-24T05:00:00Z"_s, Qt::ISODate); // window open
        options.extraArgs = {u"--readings-window"_s, u"15-25"_s, u"--access-token-ttl"_s, u"86400"_s};
        QString error;
        QVERIFY2(m_server->start(options, &error), qPrintable(error));
        m_demo = m_server->login(u"demo@lkk.example"_s, u"Demo1234"_s);
        QVERIFY(!m_demo.isEmpty());
        for (const auto& v : m_server->get(u"/api/v1/accounts"_s, m_demo).json[u"accounts"_s].toArray()) {
            if (v[u"number"_s].toString() == u"100103492"_s)
                m_account = v[u"id"_s].toInteger();
        }
        QVERIFY(m_account > 0);
        m_meter = formMeter()[u"id"_s].toInteger();
        QVERIFY(m_meter > 0);
    }

    void cleanupTestCase() { m_server.reset(); }

    void killDuringSubmission_data() {
        QTest::addColumn<int>("delayMs");
        QTest::addColumn<QString>("value");
        const QList<int> delays{0, 1, 3, 10, 30};
        for (int i = 0; i < delays.size(); ++i) // rising values: each replaces the one before
            QTest::addRow("kill %d ms after the reading was sent", delays.at(i))
                << delays.at(i) << u"311.%1"_s.arg((i + 1) * 100);
    }

    void killDuringSubmission() {
        QFETCH(int, delayMs);
        QFETCH(QString, value);
        const QString id = u"fault-reading-"_s + QString(value).replace(u'.', u'-');
        const QJsonObject body{
            {u"submissionId"_s, id}, {u"meterId"_s, m_meter}, {u"values"_s, QJsonObject{{u"T1"_s, value}}}};
        const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);

        lkk::test::killDuring(*m_server, path(u"/readings"_s), m_demo, bytes, "application/json", delayMs);
        QVERIFY(!m_server->process().isRunning());
        QVERIFY(restart());

        // All or nothing: the current submission and the history agree.
        const bool applied = formMeter()[u"currentSubmission"_s][u"submissionId"_s].toString() == id;
        const QJsonArray before = today();
        if (applied) {
            QCOMPARE(before.size(), 1);
            QCOMPARE(before.at(0)[u"values"_s][u"T1"_s].toString(), value);
        } else {
            for (const auto& row : before)
                QVERIFY(row[u"values"_s][u"T1"_s].toString() != value);
        }

        // The outbox's retry: the stored answer when it was applied, else applied now.
        const HttpReply retry = m_server->post(path(u"/readings"_s), m_demo, body);
        QVERIFY2(retry.status == (applied ? 200 : 201), retry.body.constData());
        QCOMPARE(retry.json[u"submissionId"_s].toString(), id);
        QCOMPARE(formMeter()[u"currentSubmission"_s][u"submissionId"_s].toString(), id);
        const QJsonArray after = today();
        QCOMPARE(after.size(), 1);
        QCOMPARE(after.at(0)[u"values"_s][u"T1"_s].toString(), value);
    }
};

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    TestFaultReading test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_fault_reading.moc"
