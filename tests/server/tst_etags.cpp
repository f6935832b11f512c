// The ETags of the account routes over real HTTPS against the lkk-server binary: a refresh that
// finds nothing new is a 304 without a body, and every write the answers show — a reading, a
// payment, a billing import, a customer's contacts — and the clock (a payment turning credited)
// give the next read a new tag and the new body, also when another server instance on the same
// database made the write. The server keeps its answers (the response cache, on by default), and
// every answer read before a write is read twice in each encoding, so it is kept when the write
// comes: the next read must still be the new one. Runs against SQLite (LKK_TEST_BACKEND=sqlite)
// or PostgreSQL (LKK_TEST_BACKEND=postgres + LKK_TEST_DATABASE_URL).
#include "tests/support/ApiTestServer.h"
#include "tests/support/DemoCustomers.h"
#include "tests/support/ServerProcess.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>
#include <memory>

using namespace Qt::StringLiterals;

using lkk::test::ApiTestServer;
using Reply = lkk::test::HttpReply;

namespace {
// 12:00 on 24 November 2026 in Tomsk: the readings window 15-25 is open, the demo bills issued.
const QString kStart = u"2026-11-24T05:00:00Z"_s;
const QString kEpd = u"100103492"_s;    // the ЕПД account: readings, payments, bills
const QString kOther = u"7012045318"_s; // another account of the demo customer, left alone
} // namespace

class TestETags : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<ApiTestServer> m_server;
    QString m_demo;
    QString m_second;
    QHash<QString, qint64> m_ids; // account number → id
    int m_keys = 0;

    QString path(const QString& number, const QString& rest = {}) const {
        return u"/api/v1/accounts/"_s + QString::number(m_ids.value(number)) + rest;
    }

    // The customer read routes of one account.
    QStringList accountRoutes(const QString& number) const {
        return {path(number),
                path(number, u"/requisites"_s),
                path(number, u"/meters"_s),
                path(number, u"/co-holders"_s),
                path(number, u"/bills"_s),
                path(number, u"/readings"_s),
                path(number, u"/readings/form"_s),
                path(number, u"/payments"_s),
                path(number, u"/payment-form"_s)};
    }

    Reply get(const QString& route, const QByteArray& ifNoneMatch = {}, const QString& token = {},
              lkk::test::RawHeaders headers = {}) {
        if (!ifNoneMatch.isEmpty())
            headers.append({"If-None-Match", ifNoneMatch});
        return m_server->send("GET", route, token.isEmpty() ? m_demo : token, {}, headers);
    }

    // The route's answer and its tag, checked to be a 200 with a weak tag; read again in each
    // encoding, so the response cache holds it.
    Reply tagged(const QString& route) {
        const Reply r = get(route);
        if (r.status != 200 || !r.headers.value("etag").startsWith("W/\""))
            qWarning().noquote() << route << r.status << r.headers.value("etag");
        if (get(route).body != r.body)
            qWarning().noquote() << route << "answered another body to the same read";
        get(route, {}, {}, {{"Accept-Encoding", "gzip"}});
        get(route, {}, {}, {{"Accept-Encoding", "gzip"}});
        return r;
    }

    // With the tag of `before`: a new tag and a new body when the data changed.
    void verifyChanged(const QString& route, const Reply& before) {
        const Reply after = get(route, before.headers.value("etag"));
        QVERIFY2(after.status == 200, qPrintable(route + u" answered "_s + QString::number(after.status)));
        QVERIFY2(after.headers.value("etag") != before.headers.value("etag"), qPrintable(route));
        QVERIFY2(after.body != before.body, qPrintable(route));
        // Without a tag, in either encoding: the new answer, not the one kept before the write.
        QCOMPARE(get(route).body, after.body);
        QCOMPARE(get(route, {}, {}, {{"Accept-Encoding", "gzip"}}).headers.value("etag"), after.headers.value("etag"));
    }

    void verifyUnchanged(const QString& route, const Reply& before) {
        const Reply again = get(route, before.headers.value("etag"));
        QVERIFY2(again.status == 304, qPrintable(route + u" answered "_s + QString::number(again.status)));
        QVERIFY(again.body.isEmpty());
        QCOMPARE(again.headers.value("etag"), before.headers.value("etag"));
    }

    void setClock(const QString& iso) {
        QCOMPARE(m_server->post(u"/api/v1/test/clock"_s, {}, {{u"now"_s, iso}}).status, 204);
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        LKK_REQUIRE_TEST_BACKEND();
        m_server = std::make_unique<ApiTestServer>();
        ApiTestServer::Options options;
        options.scratchPrefix = u"lkk_et"_s;
        options.extraArgs = {u"--test-clock"_s,           kStart,     u"--readings-window"_s,      u"15-25"_s,
                             u"--access-token-ttl"_s,     u"86400"_s, u"--payment-credit-delay"_s, u"60"_s,
                             u"--sandbox-slow-seconds"_s, u"5"_s};
        QString error;
        QVERIFY2(m_server->start(options, &error), qPrintable(error));
        m_demo = m_server->login(u"demo@lkk.example"_s, u"Demo1234"_s);
        m_second = m_server->login(u"second@lkk.example"_s, u"Second1234"_s);
        QVERIFY(!m_demo.isEmpty() && !m_second.isEmpty());
        for (const auto& v : get(u"/api/v1/accounts"_s).json[u"accounts"_s].toArray())
            m_ids.insert(v[u"number"_s].toString(), v[u"id"_s].toInteger());
        QVERIFY(m_ids.value(kEpd) > 0 && m_ids.value(kOther) > 0);
    }

    void cleanupTestCase() { m_server.reset(); }

    // Nothing changed: 304 without a body, the same tag whatever the encoding; another customer,
    // language or query is another answer.
    void unchangedIsNotModified() {
        QStringList routes = accountRoutes(kEpd);
        routes << u"/api/v1/accounts"_s;
        for (const QString& route : std::as_const(routes)) {
            const Reply first = tagged(route);
            QCOMPARE(first.status, 200);
            verifyUnchanged(route, first);
            const Reply gzip = get(route, first.headers.value("etag"), {}, {{"Accept-Encoding", "gzip"}});
            QCOMPARE(gzip.status, 304);
            const Reply english = get(route, first.headers.value("etag"), {}, {{"Accept-Language", "en"}});
            QCOMPARE(english.status, 200);
            QVERIFY(english.headers.value("etag") != first.headers.value("etag"));
            const Reply other = get(route, first.headers.value("etag"), m_second);
            QVERIFY2(other.status == 200 || other.status == 404, qPrintable(route));
            QVERIFY(other.headers.value("etag") != first.headers.value("etag"));
        }
        const Reply year = tagged(path(kEpd, u"/bills"_s));
        const Reply older = get(path(kEpd, u"/bills?to=2026-10"_s), year.headers.value("etag"));
        QCOMPARE(older.status, 200);
        QVERIFY(older.headers.value("etag") != year.headers.value("etag"));
    }

    // A reading submitted: the readings, the form and the meters show it at the next read; the
    // other account's answers are still the same.
    void readingChangesTheAnswers() {
        const QStringList changing = {path(kEpd, u"/readings"_s), path(kEpd, u"/readings/form"_s),
                                      path(kEpd, u"/meters"_s)};
        QList<Reply> before;
        for (const QString& route : changing)
            before << tagged(route);
        const Reply untouched = tagged(path(kOther, u"/readings/form"_s));
        qint64 meter = 0;
        for (const auto& m : before[1].json[u"meters"_s].toArray()) {
            if (m[u"number"_s].toString() == u"517480"_s)
                meter = m[u"id"_s].toInteger();
        }
        QVERIFY(meter > 0);
        const Reply submitted = m_server->post(path(kEpd, u"/readings"_s), m_demo,
                                               {{u"submissionId"_s, u"etag-reading-1"_s},
                                                {u"meterId"_s, meter},
                                                {u"values"_s, QJsonObject{{u"T1"_s, u"232.5"_s}}}});
        QCOMPARE(submitted.status, 201);
        for (qsizetype i = 0; i < changing.size(); ++i)
            verifyChanged(changing[i], before[i]);
        QVERIFY(get(changing[1]).body.contains("232.500"));
        verifyUnchanged(path(kOther, u"/readings/form"_s), untouched);
    }

    // A payment made in the cabinet shows in the payments, the form and the accounts list; when
    // its credit time passes (no write, only the clock) the answers change again.
    void paymentAndItsCreditChangeTheAnswers() {
        const QStringList changing = {path(kEpd, u"/payments"_s), path(kEpd, u"/payment-form"_s), path(kEpd),
                                      u"/api/v1/accounts"_s};
        QList<Reply> before;
        for (const QString& route : changing)
            before << tagged(route);
        const QJsonObject order{
            {u"items"_s, QJsonArray{QJsonObject{{u"subAccount"_s, u"878100103492"_s}, {u"amount"_s, 12345}}}},
            {u"receiptEmail"_s, u"a@b.ru"_s},
            {u"receiptPhone"_s, QJsonValue()},
            {u"consent"_s, true}};
        const Reply created = m_server->post(path(kEpd, u"/payment-orders"_s), m_demo, order,
                                             {{"Idempotency-Key", "etag-order-" + QByteArray::number(++m_keys)}});
        QCOMPARE(created.status, 201);
        QUrlQuery card;
        card.addQueryItem(u"card"_s, u"4111 1111 1111 1111"_s);
        card.addQueryItem(u"expiry"_s, u"12/28"_s);
        card.addQueryItem(u"cvc"_s, u"123"_s);
        card.addQueryItem(u"action"_s, u"pay"_s);
        const Reply paid = m_server->send("POST", QUrl(created.json[u"paymentUrl"_s].toString()).path(), {},
                                          card.toString(QUrl::FullyEncoded).toUtf8(),
                                          {{"Content-Type", "application/x-www-form-urlencoded"}});
        QCOMPARE(paid.status, 200);
        QList<Reply> afterPayment;
        for (qsizetype i = 0; i < changing.size(); ++i) {
            verifyChanged(changing[i], before[i]);
            afterPayment << tagged(changing[i]);
        }
        QVERIFY(afterPayment[0].body.contains(created.json[u"id"_s].toString().toUtf8()));
        QVERIFY(afterPayment[0].body.contains("\"processing\""));

        setClock(u"2026-11-24T05:10:00Z"_s); // the payment credit delay (60 s) has passed
        const Reply credited = get(changing[0], afterPayment[0].headers.value("etag"));
        QCOMPARE(credited.status, 200);
        QVERIFY(credited.headers.value("etag") != afterPayment[0].headers.value("etag"));
        QVERIFY(!credited.body.contains("\"processing\""));
        setClock(kStart);
    }

    // A customer's contacts (the payment form's receipt e-mail) and the co-holders' names come
    // from the customers linked to the account.
    void customerContactsChangeTheAnswers() {
        const Reply before = tagged(path(kEpd, u"/payment-form"_s));
        QVERIFY(m_server->exec(u"UPDATE users SET email = 'demo.new@lkk.example' WHERE email = 'demo@lkk.example'"_s));
        const Reply after = get(path(kEpd, u"/payment-form"_s), before.headers.value("etag"));
        QVERIFY(m_server->exec(u"UPDATE users SET email = 'demo@lkk.example' WHERE email = 'demo.new@lkk.example'"_s));
        QCOMPARE(after.status, 200);
        QVERIFY(after.body.contains("demo.new@lkk.example"));
    }

    // A billing import (`lkk-server import`, a newer file with another owner's name) changes the
    // bills and the requisites.
    void importChangesTheAnswers() {
        const QStringList changing = {path(kEpd, u"/bills"_s), path(kEpd, u"/requisites"_s), path(kOther)};
        QList<Reply> before;
        for (const QString& route : changing)
            before << tagged(route);
        QFile demo(QStringLiteral(LKK_SOURCE_DIR "/resources/demo/billing.json"));
        QVERIFY(demo.open(QIODevice::ReadOnly));
        QJsonObject file = QJsonDocument::fromJson(demo.readAll()).object();
        file.insert(u"generatedAt"_s, u"2026-11-26T09:00:00+07:00"_s);
        QJsonArray accounts = file[u"accounts"_s].toArray();
        for (qsizetype i = 0; i < accounts.size(); ++i) {
            QJsonObject a = accounts[i].toObject();
            if (a[u"number"_s].toString() == kEpd) {
                a.insert(u"owner"_s, u"Иванов Пётр Сергеевич"_s);
                accounts[i] = a;
            }
        }
        file.insert(u"accounts"_s, accounts);
        QTemporaryDir dir;
        QFile changed(dir.filePath(u"billing.json"_s));
        QVERIFY(changed.open(QIODevice::WriteOnly));
        changed.write(QJsonDocument(file).toJson());
        changed.close();
        QProcess import;
        import.setProcessChannelMode(QProcess::MergedChannels);
        import.start(lkk::test::ServerProcess::binaryPath(),
                     {u"import"_s, changed.fileName(), u"--db"_s, m_server->databaseUrl()});
        QVERIFY(import.waitForFinished(120000));
        QVERIFY2(import.exitCode() == 0, import.readAll().constData());
        for (qsizetype i = 0; i < changing.size() - 1; ++i) {
            verifyChanged(changing[i], before[i]);
            QVERIFY(get(changing[i]).body.contains("Иванов Пётр Сергеевич"));
        }
        // Every account's tag names the import: the other account's answer is the same bytes again.
        const Reply other = get(changing.last(), before.last().headers.value("etag"));
        QCOMPARE(other.status, 200);
        QCOMPARE(other.body, before.last().body);
    }

    // Two instances on one database: a write through the second is seen through the first, whose
    // own process saw nothing of it.
    void writeThroughAnotherInstance() {
        ApiTestServer second;
        QString token;
        QString error;
        QVERIFY2(lkk::test::startSecondInstance(second, *m_server,
                                                {u"--test-clock"_s, kStart, u"--readings-window"_s, u"15-25"_s}, &token,
                                                &error),
                 qPrintable(error));
        const Reply before = tagged(path(kEpd, u"/readings/form"_s));
        qint64 meter = 0;
        for (const auto& m : before.json[u"meters"_s].toArray()) {
            if (m[u"number"_s].toString() == u"517480"_s)
                meter = m[u"id"_s].toInteger();
        }
        const Reply submitted = second.post(path(kEpd, u"/readings"_s), token,
                                            {{u"submissionId"_s, u"etag-reading-2"_s},
                                             {u"meterId"_s, meter},
                                             {u"values"_s, QJsonObject{{u"T1"_s, u"233.25"_s}}}});
        QCOMPARE(submitted.status, 201);
        verifyChanged(path(kEpd, u"/readings/form"_s), before);
        QVERIFY(get(path(kEpd, u"/readings/form"_s)).body.contains("233.250"));
    }
};

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    TestETags test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_etags.moc"
