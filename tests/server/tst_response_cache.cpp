// The response cache of the routes with a data stamp (server/http/ResponseCache.h,
// docs/http-server.md «Response cache»): the class alone (bound, eviction, tags, threads), then
// over real HTTPS against the lkk-server binary — a kept answer is the answer a fresh read gives,
// byte for byte in both encodings; it is served until the stamp changes and never to another
// customer. That every write (a reading, a payment, an import, a contact change, a write through
// another instance) is seen by the next read although the answers before it were kept is
// tst_etags.cpp's, which runs with the cache on (the default). Runs against SQLite
// (LKK_TEST_BACKEND=sqlite) or PostgreSQL (LKK_TEST_BACKEND=postgres + LKK_TEST_DATABASE_URL).
#include "server/http/HttpNegotiation.h"
#include "server/http/ResponseCache.h"
#include "tests/support/ApiTestServer.h"
#include "tests/support/DemoCustomers.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>
#include <QThread>
#include <atomic>
#include <memory>

using namespace Qt::StringLiterals;

using lkk::server::ApiReply;
using lkk::server::ResponseCache;
using lkk::test::ApiTestServer;
using Reply = lkk::test::HttpReply;

namespace {
const QString kStart = u"2026-11-24T05:00:00Z"_s;
const QString kEpd = u"100103492"_s; // the ЕПД account: readings, payments, bills

ApiReply replyOf(qsizetype bodyBytes, char fill = 'x') {
    ApiReply reply;
    reply.body = QByteArray(bodyBytes, fill);
    return reply;
}
} // namespace

class TestResponseCache : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<ApiTestServer> m_server;
    QString m_demo;
    QString m_second;
    qint64 m_epdId = 0;

    QString path(const QString& rest = {}) const { return u"/api/v1/accounts/"_s + QString::number(m_epdId) + rest; }

    QStringList taggedRoutes() const {
        return {u"/api/v1/accounts"_s,  path(),
                path(u"/requisites"_s), path(u"/meters"_s),
                path(u"/co-holders"_s), path(u"/bills"_s),
                path(u"/readings"_s),   path(u"/readings/form"_s),
                path(u"/payments"_s),   path(u"/payment-form"_s)};
    }

    Reply get(const QString& route, const QString& token, lkk::test::RawHeaders headers = {}) {
        return m_server->send("GET", route, token, {}, headers);
    }
    Reply gzipped(const QString& route, const QString& token) {
        return get(route, token, {{"Accept-Encoding", "gzip"}});
    }

    // Raises the account's data version as every write the answers show does (migration 0014).
    void touchEpd() {
        QVERIFY(m_server->exec(u"UPDATE account_versions SET version = version + 1 WHERE account_id = "_s +
                               QString::number(m_epdId)));
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        LKK_REQUIRE_TEST_BACKEND();
        m_server = std::make_unique<ApiTestServer>();
        ApiTestServer::Options options;
        options.scratchPrefix = u"lkk_rc"_s;
        options.extraArgs = {u"--test-clock"_s,       kStart,    u"--readings-window"_s, u"15-25"_s,
                             u"--access-token-ttl"_s, u"86400"_s};
        QString error;
        QVERIFY2(lkk::test::startWithDemoCustomers(*m_server, options, &m_demo, &m_second, &error), qPrintable(error));
        for (const auto& v : get(u"/api/v1/accounts"_s, m_demo).json[u"accounts"_s].toArray()) {
            if (v[u"number"_s].toString() == kEpd)
                m_epdId = v[u"id"_s].toInteger();
        }
        QVERIFY(m_epdId > 0);
    }

    void cleanupTestCase() { m_server.reset(); }

    // ---- the class ----

    void keepsAnAnswerUnderItsTag() {
        ResponseCache cache(1 << 20);
        QVERIFY(cache.enabled());
        QVERIFY(!cache.find("k", "t1"));
        cache.insert("k", "t1", replyOf(100));
        const auto hit = cache.find("k", "t1");
        QVERIFY(hit);
        QCOMPARE(hit->body, QByteArray(100, 'x'));
        // Another tag (the data changed): a miss, and the old answer is gone.
        QVERIFY(!cache.find("k", "t2"));
        QCOMPARE(cache.size(), 0);
        QCOMPARE(cache.bytes(), 0);
        // A newer answer replaces the older one under the same key.
        cache.insert("k", "t1", replyOf(100));
        cache.insert("k", "t2", replyOf(200, 'y'));
        QCOMPARE(cache.size(), 1);
        QCOMPARE(cache.find("k", "t2")->body, QByteArray(200, 'y'));
    }

    void offKeepsNothing() {
        ResponseCache cache(0);
        QVERIFY(!cache.enabled());
        cache.insert("k", "t", replyOf(10));
        QVERIFY(!cache.find("k", "t"));
        QCOMPARE(cache.size(), 0);
    }

    void boundedByBytesLeastRecentlyUsedFirst() {
        ResponseCache cache(64 * 1024);
        constexpr int inserted = 12; // about 7 KB each: more than the bound holds
        for (int i = 0; i < inserted; ++i)
            cache.insert("k" + QByteArray::number(i), "t", replyOf(7000));
        QVERIFY(cache.bytes() <= 64 * 1024);
        const qsizetype kept = cache.size();
        QVERIFY(kept > 1 && kept < inserted);
        QVERIFY(!cache.find("k0", "t")); // the oldest went first
        QVERIFY(cache.find("k" + QByteArray::number(inserted - 1), "t"));
        // A read makes an entry recent: the next one to go is another.
        const QByteArray oldest = "k" + QByteArray::number(inserted - kept);
        QVERIFY(cache.find(oldest, "t"));
        cache.insert("k" + QByteArray::number(inserted), "t", replyOf(7000));
        QVERIFY(cache.find(oldest, "t"));
        QVERIFY(!cache.find("k" + QByteArray::number(inserted - kept + 1), "t"));
        // An answer over an eighth of the bound is not kept at all.
        cache.insert("large", "t", replyOf(9000));
        QVERIFY(!cache.find("large", "t"));
        QVERIFY(cache.find("k" + QByteArray::number(inserted), "t"));
    }

    void sharedByThreads() {
        ResponseCache cache(256 * 1024);
        QList<QThread*> threads;
        std::atomic<int> hits = 0;
        std::atomic<int> wrong = 0; // hits whose body is not what was kept for their key
        for (int t = 0; t < 4; ++t) {
            threads << QThread::create([&cache, &hits, &wrong, t] {
                for (int i = 0; i < 2000; ++i) {
                    const int n = (i * 7 + t) % 97;
                    const QByteArray key = "k" + QByteArray::number(n);
                    const QByteArray tag = "t" + QByteArray::number(i % 3);
                    if (const auto hit = cache.find(key, tag)) {
                        ++hits;
                        if (hit->body != QByteArray(1000 + n, char('a' + n % 26)))
                            ++wrong;
                    } else {
                        cache.insert(key, tag, replyOf(1000 + n, char('a' + n % 26)));
                    }
                }
            });
            threads.last()->start();
        }
        for (QThread* thread : std::as_const(threads)) {
            QVERIFY(thread->wait(60000));
            delete thread;
        }
        QVERIFY(cache.bytes() <= 256 * 1024);
        QVERIFY(cache.size() > 0);
        QVERIFY(hits > 0);
        QCOMPARE(wrong.load(), 0);
    }

    // ---- over HTTPS ----
    // A kept answer is the fresh one: the same bytes, tag and headers in each encoding; the gzip
    // answer is the gzip of the identity one, and both say that the encoding varies.
    void keptAnswerIsTheFreshOne() {
        for (const QString& route : taggedRoutes()) {
            const Reply first = get(route, m_demo);
            const Reply again = get(route, m_demo);
            QVERIFY2(first.status == 200 && again.status == 200, qPrintable(route));
            QCOMPARE(again.body, first.body);
            QCOMPARE(again.headers.value("etag"), first.headers.value("etag"));
            QCOMPARE(again.headers.value("content-type"), first.headers.value("content-type"));
            QCOMPARE(again.headers.value("vary"), first.headers.value("vary"));
            const Reply zipped = gzipped(route, m_demo);
            const Reply zippedAgain = gzipped(route, m_demo);
            QCOMPARE(zippedAgain.body, zipped.body);
            QCOMPARE(zipped.headers.value("etag"), first.headers.value("etag"));
            if (first.body.size() > lkk::server::HttpNegotiation::kCompressAbove) {
                QCOMPARE(zippedAgain.headers.value("content-encoding"), QByteArray("gzip"));
                QCOMPARE(zippedAgain.body, lkk::server::HttpNegotiation::gzip(first.body));
                QCOMPARE(zippedAgain.headers.value("vary"), QByteArray("Accept-Encoding"));
                QCOMPARE(again.headers.value("vary"), QByteArray("Accept-Encoding"));
            } else {
                QCOMPARE(zippedAgain.body, first.body);
                QVERIFY(!zippedAgain.headers.contains("content-encoding"));
            }
            // Another language is another answer, not the kept one.
            const Reply english = get(route, m_demo, {{"Accept-Language", "en"}});
            QCOMPARE(english.status, 200);
            QVERIFY(english.headers.value("etag") != first.headers.value("etag"));
        }
    }

    // A kept answer is served while the stamp stays, and not after it changed. The write here
    // bypasses the stamp on purpose (only an import writes billing data, and an import changes
    // the stamp), so what a read sees tells a kept answer from a fresh one: a second instance
    // without a cache on the same database shows the new owner at once, this one only after the
    // account's data version moved.
    void keptUntilTheStampChanges() {
        ApiTestServer uncached;
        QString token;
        QString error;
        QVERIFY2(lkk::test::startSecondInstance(uncached, *m_server,
                                                {u"--test-clock"_s, kStart, u"--response-cache-bytes"_s, u"0"_s},
                                                &token, &error),
                 qPrintable(error));

        const QString route = path(u"/requisites"_s);
        const Reply before = get(route, m_demo);
        QCOMPARE(before.status, 200);
        QVERIFY(m_server->exec(u"UPDATE billing_accounts SET owner_name = 'Кэшев Кэш Кэшевич' WHERE number = '"_s +
                               kEpd + u"'"_s));
        QVERIFY(uncached.send("GET", route, token).body.contains("Кэшев Кэш Кэшевич"));
        const Reply kept = get(route, m_demo);
        QCOMPARE(kept.body, before.body);
        touchEpd();
        const Reply fresh = get(route, m_demo);
        QCOMPARE(fresh.status, 200);
        QVERIFY(fresh.body.contains("Кэшев Кэш Кэшевич"));
        QVERIFY(fresh.headers.value("etag") != before.headers.value("etag"));
        const QString owner = before.json[u"owner"_s].toString();
        QVERIFY(!owner.isEmpty() && !owner.contains(u'\''));
        QVERIFY(m_server->exec(u"UPDATE billing_accounts SET owner_name = '"_s + owner + u"' WHERE number = '"_s +
                               kEpd + u"'"_s));
        touchEpd();
    }

    // Two customers linked to the same account read the same paths: each gets their own answer,
    // never the one kept for the other (the payment form's receipt e-mail, the accounts list, the
    // relation to the account are the caller's).
    void neverAnotherCustomersAnswer() {
        QVERIFY(m_server->exec(u"INSERT INTO account_links (user_id, account_id, relation, linked_at) "
                               u"SELECT u.id, "_s +
                               QString::number(m_epdId) +
                               u", 'tenant', 1 FROM users u WHERE u.email = 'second@lkk.example'"_s));
        for (const QString& route : {path(u"/payment-form"_s), u"/api/v1/accounts"_s, path()}) {
            for (const auto& [reader, other] : {std::pair{m_demo, m_second}, std::pair{m_second, m_demo}}) {
                const Reply own = get(route, reader);
                QCOMPARE(get(route, reader).body, own.body); // kept for the reader
                const Reply theirs = get(route, other);
                QVERIFY2(own.status == 200 && theirs.status == 200, qPrintable(route));
                QVERIFY2(theirs.body != own.body, qPrintable(route));
                QCOMPARE(gzipped(route, other).headers.value("etag"), theirs.headers.value("etag"));
            }
        }
        const Reply demoForm = get(path(u"/payment-form"_s), m_demo);
        const Reply secondForm = get(path(u"/payment-form"_s), m_second);
        QVERIFY(demoForm.body.contains("demo@lkk.example") && !demoForm.body.contains("second@lkk.example"));
        QVERIFY(secondForm.body.contains("second@lkk.example") && !secondForm.body.contains("demo@lkk.example"));
        QVERIFY(m_server->exec(u"DELETE FROM account_links WHERE relation = 'tenant' AND account_id = "_s +
                               QString::number(m_epdId)));
        const int unlinked = get(path(u"/payment-form"_s), m_second).status;
        QVERIFY2(unlinked == 404 || unlinked == 403, qPrintable(QString::number(unlinked)));
    }

    // The stamp is read in the token check's own statement (server/auth/TokenService.h, Rider):
    // the check stays as strict as alone. With every answer kept on two instances, a link that
    // goes is a 404 at once (the account's version set back, so that only the link tells), and a
    // session ended on one instance or a disabled user is a 401 on both.
    void keptAnswersAreRefusedAtOnce() {
        ApiTestServer other;
        QString otherDemo;
        QString error;
        QVERIFY2(lkk::test::startSecondInstance(other, *m_server, {u"--test-clock"_s, kStart}, &otherDemo, &error),
                 qPrintable(error));
        const QString epd = QString::number(m_epdId);
        const QString second = u"(SELECT id FROM users WHERE email = 'second@lkk.example')"_s;
        QVERIFY(m_server->exec(u"INSERT INTO account_links (user_id, account_id, relation, linked_at) SELECT "_s +
                               second + u", "_s + epd + u", 'tenant', 1"_s));
        const QString token = m_server->login(u"second@lkk.example"_s, u"Second1234"_s);
        QVERIFY(!token.isEmpty());
        // Not the co-holders: only the account's first holder may read them (403 for this one).
        QStringList routes = taggedRoutes();
        routes.removeIf([](const QString& route) { return route.endsWith(u"/co-holders"_s); });
        const QStringList accountRoutes = routes.mid(1);
        // Every tagged route read twice on each instance: the second read is the kept answer.
        auto readAll = [&] {
            for (const QString& route : routes) {
                for (ApiTestServer* server : {m_server.get(), &other}) {
                    for (int i = 0; i < 2; ++i) {
                        if (server->send("GET", route, token).status != 200)
                            return route;
                    }
                }
            }
            return QString();
        };
        QCOMPARE(readAll(), QString());

        QVERIFY(m_server->exec(u"DELETE FROM account_links WHERE relation = 'tenant' AND account_id = "_s + epd));
        QVERIFY(m_server->exec(u"UPDATE account_versions SET version = version - 1 WHERE account_id = "_s + epd));
        for (ApiTestServer* server : {m_server.get(), &other}) {
            for (const QString& route : accountRoutes)
                QCOMPARE(server->send("GET", route, token).status, 404);
            QVERIFY(!server->send("GET", u"/api/v1/accounts"_s, token).body.contains(kEpd.toUtf8()));
        }
        QVERIFY(m_server->exec(u"INSERT INTO account_links (user_id, account_id, relation, linked_at) SELECT "_s +
                               second + u", "_s + epd + u", 'tenant', 1"_s));
        QCOMPARE(readAll(), QString());

        QVERIFY(m_server->exec(u"UPDATE users SET disabled = 1 WHERE id = "_s + second));
        for (ApiTestServer* server : {m_server.get(), &other}) {
            for (const QString& route : routes)
                QCOMPARE(server->send("GET", route, token).status, 401);
        }
        QVERIFY(m_server->exec(u"UPDATE users SET disabled = 0 WHERE id = "_s + second));
        QCOMPARE(readAll(), QString());

        QCOMPARE(other.post(u"/api/v1/auth/logout"_s, token, QJsonObject()).status, 204);
        for (ApiTestServer* server : {m_server.get(), &other}) {
            for (const QString& route : routes)
                QCOMPARE(server->send("GET", route, token).status, 401);
        }
        QVERIFY(m_server->exec(u"DELETE FROM account_links WHERE relation = 'tenant' AND account_id = "_s + epd));
    }
};

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    TestResponseCache test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_response_cache.moc"
