// Password work apart (docs/security.md, «Password work»): with real Argon2id parameters and a
// flood of wrong-password sign-ins that keeps the password pool full, /health and GET /accounts
// keep answering fast, and what the pool cannot take gets 503 with Retry-After at once. (The
// probe before: 16 threads on POST /profile/password took /health from 44 ms to 1283 ms.)
#include "tests/support/ApiTestServer.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>
#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using lkk::test::ApiTestServer;

namespace {

// Clients that each send wrong-password sign-ins back to back until stopped, each over a
// connection of its own.
class Flood {
public:
    Flood(ApiTestServer& server, int clients)
        : m_server(server) {
        m_clock.start();
        for (int i = 0; i < clients; ++i) {
            m_managers.push_back(std::make_unique<QNetworkAccessManager>());
            send(i);
        }
    }
    void stop() { m_stopped = true; }
    bool finished() const { return m_running == 0; }
    int answered(int status) const { return m_statuses.value(status); }
    int withoutRetryAfter() const { return m_busyWithoutRetryAfter; }
    // How long the checked sign-ins (401) took, each: hashing plus the wait for a password thread.
    const QList<qint64>& checkedSignInsMs() const { return m_checkedMs; }

private:
    void send(int client) {
        QUrl url = m_server.process().url();
        url.setPath(u"/api/v1/auth/login"_s);
        QNetworkRequest request(url);
        request.setSslConfiguration(m_server.ssl());
        request.setRawHeader("Content-Type", "application/json");
        const QJsonObject body{{u"email"_s, QStringLiteral("flood%1-%2@example.org").arg(client).arg(m_sent++)},
                               {u"password"_s, u"Wrong-pass1"_s}};
        QNetworkReply* reply =
            m_managers.at(size_t(client))->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
        ++m_running;
        const qint64 sentAt = m_clock.elapsed();
        QObject::connect(reply, &QNetworkReply::finished, reply, [this, reply, client, sentAt] {
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            ++m_statuses[status];
            if (status == 401)
                m_checkedMs << m_clock.elapsed() - sentAt;
            if (status == 503 && reply->rawHeader("Retry-After").toInt() < 1)
                ++m_busyWithoutRetryAfter;
            reply->deleteLater();
            --m_running;
            if (!m_stopped)
                send(client);
        });
    }

    ApiTestServer& m_server;
    bool m_stopped = false;
    QElapsedTimer m_clock;
    std::vector<std::unique_ptr<QNetworkAccessManager>> m_managers;
    QHash<int, int> m_statuses;
    QList<qint64> m_checkedMs;
    int m_running = 0;
    int m_sent = 0;
    int m_busyWithoutRetryAfter = 0;
};

qint64 median(QList<qint64> values) {
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

class TestPasswordPool : public QObject {
    Q_OBJECT
private slots:
    void theApiKeepsItsLatencyWhilePasswordWorkFloods() {
        ApiTestServer server;
        QString error;
        // Production hashing (Argon2id INTERACTIVE); one password thread with a queue of two, so
        // a few clients keep it full. Limits loose enough that the flood reaches the hashing.
        QVERIFY2(server.start({.scratchPrefix = u"lkk_pool"_s,
                               .extraArgs = {u"--password-threads"_s, u"1"_s, u"--password-queue"_s, u"2"_s,
                                             u"--captcha-global-failures"_s, u"1000000"_s,
                                             u"--captcha-after-failures"_s, u"1000"_s},
                               .fastPasswordHashing = false},
                              &error),
                 qPrintable(error));
        const QString token = server.login(u"demo@lkk.example"_s, u"Demo1234"_s);
        QVERIFY(!token.isEmpty());

        Flood flood(server, 16);
        // Sampled only once the pool is full (else the test proves nothing); the flood goes on
        // meanwhile, since waiting for an answer runs the event loop.
        QVERIFY(QTest::qWaitFor([&] { return flood.answered(503) > 0 && flood.answered(401) > 0; }, 60000));
        QList<qint64> health;
        QList<qint64> accounts;
        for (int sample = 0; sample < 10; ++sample) {
            const auto h = server.get(u"/api/v1/health"_s);
            QCOMPARE(h.status, 200);
            health << h.elapsedMs;
            const auto a = server.get(u"/api/v1/accounts"_s, token);
            QCOMPARE(a.status, 200);
            accounts << a.elapsedMs;
        }
        flood.stop();
        QVERIFY(QTest::qWaitFor([&] { return flood.finished(); }, 60000));
        qInfo() << "during the flood: /health p50" << median(health) << "ms, /accounts p50" << median(accounts)
                << "ms over" << health.size() << "samples; sign-ins 401:" << flood.answered(401)
                << "503:" << flood.answered(503);
        // What the full pool could not take was refused at once with Retry-After.
        QCOMPARE(flood.withoutRetryAfter(), 0);
        // Other requests do not wait for password work: they take a fraction of a sign-in's time.
        // Measured against the sign-ins of the same run, because a busy machine slows both alike;
        // before the pool they waited for a router thread that was hashing (1283 ms against 44 ms).
        const qint64 signIn = median(flood.checkedSignInsMs());
        const qint64 bound = std::max<qint64>(200, signIn / 3);
        qInfo() << "checked sign-ins p50" << signIn << "ms; bound for the others" << bound << "ms";
        QVERIFY2(median(health) < bound, qPrintable(QString::number(median(health))));
        QVERIFY2(median(accounts) < bound, qPrintable(QString::number(median(accounts))));
    }
};

QTEST_GUILESS_MAIN(TestPasswordPool)
#include "tst_passwordpool.moc"
