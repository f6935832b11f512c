// Payment orders and the sandbox bank over real HTTPS against the lkk-server binary:
// Idempotency-Key, validation, the test cards, expiry, cancelling, concurrent confirmations, a
// restart between order and payment, receipts (mail drop and SMS drop), «К оплате» after paying and
// another customer's order. The server's clock is the test clock (--test-clock), moved explicitly.
// SQLite (LKK_TEST_BACKEND=sqlite) or PostgreSQL (LKK_TEST_BACKEND=postgres).
#include "tests/support/ApiTestServer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>
#include <memory>

using namespace Qt::StringLiterals;

using lkk::test::ApiTestServer;
using Headers = lkk::test::RawHeaders;
using Reply = lkk::test::HttpReply;

namespace {
const QString kStart = u"2026-11-26T05:00:00Z"_s; // 12:00 in Tomsk, after the demo bills were issued
const QString kZtk = u"878100103492"_s;
const QString kOkt = u"887100103492"_s;
const QString kSuccess = u"4111 1111 1111 1111"_s;
const QString kMir = u"2200 0000 0000 0004"_s;
const QString kDecline = u"4000 0000 0000 0002"_s;
const QString kSlow = u"4000 0000 0000 3220"_s;
} // namespace

class TestPayments : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<ApiTestServer> m_server;
    QString m_demo;
    QString m_second;
    qint64 m_account = 0; // 100103492
    QDateTime m_now = QDateTime::fromString(kStart, Qt::ISODate);
    int m_keys = 0;
    QElapsedTimer m_sinceSet; // the server's test clock runs on from m_now

    QString newKey() { return u"test-key-%1-%2"_s.arg(++m_keys).arg(QDateTime::currentMSecsSinceEpoch()); }

    // Moves the server's clock `seconds` past where it is now: it has run on since the last set.
    void advance(qint64 seconds) {
        m_now = m_now.addMSecs(m_sinceSet.restart()).addSecs(seconds);
        const Reply r =
            m_server->post(u"/api/v1/test/clock"_s, {}, {{u"now"_s, m_now.toUTC().toString(Qt::ISODateWithMs)}});
        QCOMPARE(r.status, 204);
    }

    static QJsonObject body(const QList<std::pair<QString, qint64>>& items, const QJsonValue& email = u"a@b.ru"_s,
                            const QJsonValue& phone = QJsonValue(), const QJsonValue& consent = true) {
        QJsonArray list;
        for (const auto& [sub, amount] : items)
            list.append(QJsonObject{{u"subAccount"_s, sub}, {u"amount"_s, amount}});
        return {{u"items"_s, list}, {u"receiptEmail"_s, email}, {u"receiptPhone"_s, phone}, {u"consent"_s, consent}};
    }

    Reply createOrder(const QJsonObject& b, const QString& key, const QString& token = {}) {
        return m_server->post(u"/api/v1/accounts/%1/payment-orders"_s.arg(m_account), token.isEmpty() ? m_demo : token,
                              b, {{"Idempotency-Key", key.toLatin1()}});
    }

    Reply createRaw(const QByteArray& raw) {
        return m_server->send("POST", u"/api/v1/accounts/%1/payment-orders"_s.arg(m_account), m_demo, raw,
                              {{"Idempotency-Key", newKey().toLatin1()}, {"Content-Type", "application/json"}});
    }

    Reply order(const QString& id, const QString& token = {}) {
        return m_server->get(u"/api/v1/payment-orders/"_s + id, token.isEmpty() ? m_demo : token);
    }

    static QByteArray cardForm(const QString& card, const QString& expiry = u"12/28"_s, const QString& cvc = u"123"_s,
                               const QString& action = u"pay"_s) {
        QUrlQuery q;
        q.addQueryItem(u"card"_s, card);
        q.addQueryItem(u"expiry"_s, expiry);
        q.addQueryItem(u"cvc"_s, cvc);
        q.addQueryItem(u"action"_s, action);
        return q.toString(QUrl::FullyEncoded).toUtf8();
    }

    Reply submitCard(const QJsonObject& o, const QString& card, const QString& expiry = u"12/28"_s,
                     const QString& cvc = u"123"_s, const QString& action = u"pay"_s) {
        return m_server->send("POST", QUrl(o[u"paymentUrl"_s].toString()).path(), {},
                              cardForm(card, expiry, cvc, action),
                              {{"Content-Type", "application/x-www-form-urlencoded"}});
    }

    // The payments of an order in GET /payments (today's range).
    QJsonArray paymentsOf(const QString& orderId) {
        const Reply r =
            m_server->get(u"/api/v1/accounts/%1/payments?from=2026-11-01&to=2026-12-31"_s.arg(m_account), m_demo);
        QJsonArray result;
        for (const auto& g : r.json[u"subAccounts"_s].toArray()) {
            for (const auto& p : g[u"payments"_s].toArray()) {
                if (p[u"orderId"_s].toString() == orderId) {
                    QJsonObject o = p.toObject();
                    o.insert(u"subAccount"_s, g[u"subAccount"_s]);
                    result.append(o);
                }
            }
        }
        return result;
    }

    qint64 toPay() {
        return m_server->get(u"/api/v1/accounts/%1"_s.arg(m_account), m_demo).json[u"toPay"_s].toInteger();
    }

    qint64 due(const QString& sub) {
        const Reply r = m_server->get(u"/api/v1/accounts/%1/payment-form"_s.arg(m_account), m_demo);
        for (const auto& i : r.json[u"items"_s].toArray()) {
            if (i[u"subAccount"_s].toString() == sub)
                return i[u"due"_s].toInteger();
        }
        return -1;
    }

    static QStringList filesContaining(const QString& dir, const QString& text) {
        QStringList found;
        QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            if (f.open(QIODevice::ReadOnly) && f.readAll().contains(text.toUtf8()))
                found << path;
        }
        return found;
    }

    // The .eml files of a mail drop whose (base64) text mentions `text`, with their headers.
    static QStringList receiptsMentioning(const QString& dir, const QString& text) {
        QStringList found;
        const QStringList files = QDir(dir).entryList({u"*.eml"_s}, QDir::Files);
        for (const QString& name : files) {
            QFile f(QDir(dir).filePath(name));
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray eml = f.readAll();
            qsizetype split = eml.indexOf("\r\n\r\n");
            if (split < 0)
                split = eml.indexOf("\n\n");
            const QByteArray bodyText = QByteArray::fromBase64(eml.mid(split).simplified().replace(' ', ""));
            if (QString::fromUtf8(bodyText).contains(text))
                found << QString::fromUtf8(eml.left(split)) + u"\n\n"_s + QString::fromUtf8(bodyText);
        }
        return found;
    }

    void relogin() {
        m_demo = m_server->login(u"demo@lkk.example"_s, u"Demo1234"_s);
        m_second = m_server->login(u"second@lkk.example"_s, u"Second1234"_s);
        QVERIFY(!m_demo.isEmpty() && !m_second.isEmpty());
    }

private slots:
    void initTestCase() {
        LKK_REQUIRE_TEST_BACKEND();
        m_server = std::make_unique<ApiTestServer>();
        ApiTestServer::Options options;
        options.extraArgs = {u"--test-clock"_s,           kStart,  u"--access-token-ttl"_s,     u"86400"_s,
                             u"--sandbox-slow-seconds"_s, u"5"_s,  u"--payment-credit-delay"_s, u"60"_s,
                             u"--payment-order-ttl"_s,    u"900"_s};
        QString error;
        m_sinceSet.start();
        QVERIFY2(m_server->start(options, &error), qPrintable(error));
        relogin();
        for (const auto& v : m_server->get(u"/api/v1/accounts"_s, m_demo).json[u"accounts"_s].toArray()) {
            if (v[u"number"_s].toString() == u"100103492"_s)
                m_account = v[u"id"_s].toInteger();
        }
        QVERIFY(m_account > 0);
    }

    void cleanupTestCase() { m_server.reset(); }

    void idempotencyKey() {
        const QString key = newKey();
        const QJsonObject b = body({{kZtk, 100}, {kOkt, 250}});
        const Reply first = createOrder(b, key);
        QCOMPARE(first.status, 201);
        const QJsonObject o = first.json;
        QCOMPARE(o[u"status"_s].toString(), u"pending"_s);
        QCOMPARE(o[u"total"_s].toInteger(), 350);
        QCOMPARE(o[u"accountId"_s].toInteger(), m_account);
        QCOMPARE(o[u"items"_s].toArray().size(), 2);
        QCOMPARE(o[u"items"_s][0][u"provider"_s].toString(), u"ООО «ЗТК»"_s);
        QCOMPARE(o[u"receiptEmail"_s].toString(), u"a@b.ru"_s);
        QVERIFY(o[u"receiptPhone"_s].isNull());
        QVERIFY(o[u"paidAt"_s].isNull());
        QVERIFY(o[u"paymentUrl"_s].toString().contains(u"/sandbox/pay/"_s + o[u"id"_s].toString()));
        const qint64 created = QDateTime::fromString(o[u"createdAt"_s].toString(), Qt::ISODate).toSecsSinceEpoch();
        const qint64 expires = QDateTime::fromString(o[u"expiresAt"_s].toString(), Qt::ISODate).toSecsSinceEpoch();
        QCOMPARE(expires - created, 900);

        const Reply again = createOrder(b, key);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json[u"id"_s].toString(), o[u"id"_s].toString());
        const Reply other = createOrder(b, newKey());
        QCOMPARE(other.status, 201);
        QVERIFY(other.json[u"id"_s].toString() != o[u"id"_s].toString());

        const Reply conflict = createOrder(body({{kZtk, 101}, {kOkt, 250}}), key);
        QCOMPARE(conflict.status, 409);
        QCOMPARE(conflict.errorCode(), u"idempotency_conflict"_s);
        // Keys are the customer's own: another customer's same key is not a conflict (and 404 here).
        QCOMPARE(createOrder(b, key, m_second).status, 404);

        for (const QByteArray& bad : {QByteArray(), QByteArray("short"), QByteArray("bad key with spaces"),
                                      QByteArray("ключ-ключ-ключ"), QByteArray(65, 'a')}) {
            Headers h;
            if (!bad.isEmpty())
                h.append({"Idempotency-Key", bad});
            const Reply r = m_server->post(u"/api/v1/accounts/%1/payment-orders"_s.arg(m_account), m_demo, b, h);
            QCOMPARE(r.status, 400);
            QCOMPARE(r.errorCode(), u"idempotency_key_required"_s);
            QCOMPARE(r.errorField(), u"Idempotency-Key"_s);
        }
    }

    void validation_data() {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        const QByteArray ok = R"("receiptEmail":"a@b.ru","consent":true)";
        auto items = [](const QByteArray& list) -> QByteArray {
            return R"({"items":[)" + list + "],";
        };
        QTest::newRow("no consent") << items(R"({"subAccount":"878100103492","amount":100})") +
                                           R"("receiptEmail":"a@b.ru","consent":false})"
                                    << u"validation_failed"_s << u"consent"_s;
        QTest::newRow("consent missing") << items(R"({"subAccount":"878100103492","amount":100})") +
                                                R"("receiptEmail":"a@b.ru"})"
                                         << u"validation_failed"_s << u"consent"_s;
        QTest::newRow("no receipt") << items(R"({"subAccount":"878100103492","amount":100})") +
                                           R"("receiptEmail":null,"receiptPhone":null,"consent":true})"
                                    << u"validation_failed"_s << u"receiptEmail"_s;
        QTest::newRow("bad email") << items(R"({"subAccount":"878100103492","amount":100})") +
                                          R"("receiptEmail":"not-an-email","consent":true})"
                                   << u"validation_failed"_s << u"receiptEmail"_s;
        QTest::newRow("bad phone") << items(R"({"subAccount":"878100103492","amount":100})") +
                                          R"("receiptPhone":"89131234567","consent":true})"
                                   << u"validation_failed"_s << u"receiptPhone"_s;
        QTest::newRow("empty items") << QByteArray(R"({"items":[],)") + ok + "}" << u"validation_failed"_s
                                     << u"items"_s;
        QTest::newRow("all zero") << items(R"({"subAccount":"878100103492","amount":0})") + ok + "}"
                                  << u"validation_failed"_s << u"items"_s;
        QTest::newRow("negative")
            << items(R"({"subAccount":"878100103492","amount":1},{"subAccount":"887100103492","amount":-5})") + ok + "}"
            << u"validation_failed"_s << u"items[1].amount"_s;
        QTest::newRow("fraction") << items(R"({"subAccount":"878100103492","amount":1.5})") + ok + "}"
                                  << u"wrong_type"_s << u"items[0].amount"_s;
        QTest::newRow("exponent") << items(R"({"subAccount":"878100103492","amount":1e3})") + ok + "}"
                                  << u"wrong_type"_s << u"items[0].amount"_s;
        QTest::newRow("point zero") << items(R"({"subAccount":"878100103492","amount":100.0})") + ok + "}"
                                    << u"wrong_type"_s << u"items[0].amount"_s;
        QTest::newRow("string") << items(R"({"subAccount":"878100103492","amount":"100"})") + ok + "}"
                                << u"wrong_type"_s << u"items[0].amount"_s;
        QTest::newRow("huge") << items(R"({"subAccount":"878100103492","amount":99999999999999999999999})") + ok + "}"
                              << u"validation_failed"_s << u"items[0].amount"_s;
        QTest::newRow("over the limit") << items(R"({"subAccount":"878100103492","amount":50000001})") + ok + "}"
                                        << u"validation_failed"_s << u"items[0].amount"_s;
        QTest::newRow("total over the limit")
            << items(
                   R"({"subAccount":"878100103492","amount":30000000},{"subAccount":"887100103492","amount":30000000})") +
                   ok + "}"
            << u"validation_failed"_s << u"items"_s;
        QTest::newRow("unknown sub-account")
            << items(R"({"subAccount":"878100103492","amount":1},{"subAccount":"7012045318","amount":1})") + ok + "}"
            << u"validation_failed"_s << u"items[1].subAccount"_s;
        QTest::newRow("repeated sub-account")
            << items(R"({"subAccount":"878100103492","amount":1},{"subAccount":"878100103492","amount":1})") + ok + "}"
            << u"validation_failed"_s << u"items[1].subAccount"_s;
        QTest::newRow("unknown field") << items(R"({"subAccount":"878100103492","amount":1})") + ok + R"(,"tip":5})"
                                       << u"unknown_field"_s << u"tip"_s;
        QTest::newRow("unknown item field") << items(R"({"subAccount":"878100103492","amount":1,"x":1})") + ok + "}"
                                            << u"unknown_field"_s << u"items[0].x"_s;
        QTest::newRow("items not array") << QByteArray(R"({"items":{},)") + ok + "}" << u"wrong_type"_s << u"items"_s;
        QTest::newRow("malformed") << QByteArray(R"({"items":[)") << u"malformed_json"_s << QString();
    }

    void validation() {
        QFETCH(QByteArray, raw);
        QFETCH(QString, code);
        QFETCH(QString, field);
        const Reply r = createRaw(raw);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), code);
        QCOMPARE(r.errorField(), field);
        QVERIFY(!r.errorMessage().isEmpty());
    }

    void payWithSuccessCard() {
        const qint64 toPayBefore = toPay();
        const qint64 dueBefore = due(kZtk);
        const Reply created = createOrder(
            body({{kZtk, 4785887}, {kOkt, 100}, {u"941100103492"_s, 0}}, u"receipt@lkk.example"_s, u"+79131234567"_s),
            newKey());
        QCOMPARE(created.status, 201);
        const QJsonObject o = created.json;
        const QString id = o[u"id"_s].toString();

        const Reply page = m_server->get(QUrl(o[u"paymentUrl"_s].toString()).path(), {});
        QCOMPARE(page.status, 200);
        QVERIFY(page.headers.value("content-type").startsWith("text/html"));
        const QString html = QString::fromUtf8(page.body);
        QVERIFY(html.contains(u"Оплата"_s));
        QVERIFY(html.contains(u"Томскэнергосбыт"_s));
        QVERIFY(html.contains(u"47\u00A0859,87\u00A0RUB"_s)); // 4 785 887 + 100 kopecks
        QVERIFY(html.contains(u"МИР · VISA · Mastercard"_s));
        QVERIFY(html.contains(u"Номер карты"_s) && html.contains(u"CVC2/CVV2"_s) && html.contains(u"Месяц/Год"_s));
        QVERIFY(html.contains(u"4111 1111 1111 1111"_s)); // the test cards are on the page

        const Reply paid = submitCard(o, kSuccess);
        QCOMPARE(paid.status, 200);
        QVERIFY(QString::fromUtf8(paid.body).contains(u"Оплата прошла успешно"_s));
        const Reply after = order(id);
        QCOMPARE(after.json[u"status"_s].toString(), u"paid"_s);
        const QDateTime paidAt = QDateTime::fromString(after.json[u"paidAt"_s].toString(), Qt::ISODate);
        QVERIFY(paidAt >= m_now && paidAt <= m_now.addMSecs(m_sinceSet.elapsed() + 1000));

        // One payment per item with an amount, processing until the credit delay has passed.
        QJsonArray payments = paymentsOf(id);
        QCOMPARE(payments.size(), 2);
        for (const auto& p : payments) {
            QCOMPARE(p[u"status"_s].toString(), u"processing"_s);
            QCOMPARE(p[u"date"_s].toString(), u"2026-11-26"_s);
        }
        QCOMPARE(toPay(), toPayBefore - 4785987);
        QCOMPARE(due(kZtk), dueBefore - 4785887);
        advance(120); // past payment-credit-delay (60 s) whatever time the requests above took
        payments = paymentsOf(id);
        QCOMPARE(payments.size(), 2);
        for (const auto& p : payments)
            QCOMPARE(p[u"status"_s].toString(), u"credited"_s);
        QCOMPARE(toPay(), toPayBefore - 4785987); // credited still counts

        // Paid: the page refuses another card, the order cannot be cancelled.
        QCOMPARE(submitCard(o, kSuccess).status, 409);
        const Reply cancel = m_server->post(u"/api/v1/payment-orders/%1/cancel"_s.arg(id), m_demo, {});
        QCOMPARE(cancel.status, 409);
        QCOMPARE(cancel.errorCode(), u"order_not_cancellable"_s);
        QCOMPARE(cancel.details()[u"status"_s].toString(), u"paid"_s);

        // The receipt: an SMS file, and an .eml in the mail drop when a mailer is configured.
        const QStringList sms = filesContaining(m_server->dataDir() + u"/sms"_s, id);
        QCOMPARE(sms.size(), 1);
        QFile smsFile(sms.first());
        QVERIFY(smsFile.open(QIODevice::ReadOnly));
        const QString smsText = QString::fromUtf8(smsFile.readAll());
        QVERIFY(smsText.startsWith(u"To: +79131234567"_s));
        QVERIFY(smsText.contains(u"47\u00A0859,87"_s));
        QStringList mails; // sent from the server's mail queue, after the answer
        QTRY_COMPARE_WITH_TIMEOUT((mails = receiptsMentioning(m_server->process().mailDrop(), id)).size(), 1, 10000);
        QVERIFY(mails.first().contains(u"To: receipt@lkk.example"_s));
        QVERIFY(mails.first().contains(u"КАССОВЫЙ ЧЕК"_s));
        QVERIFY(mails.first().contains(u"ИТОГО: 47\u00A0859,87"_s));
        QVERIFY(mails.first().contains(u"ЛС № 878100103492"_s));
    }

    void mirCardAndDeclines() {
        const Reply mir = createOrder(body({{kZtk, 200}}), newKey());
        QCOMPARE(submitCard(mir.json, kMir).status, 200);
        QCOMPARE(order(mir.json[u"id"_s].toString()).json[u"status"_s].toString(), u"paid"_s);

        const Reply d = createOrder(body({{kZtk, 300}}), newKey());
        const Reply declined = submitCard(d.json, kDecline);
        QCOMPARE(declined.status, 200);
        QVERIFY(QString::fromUtf8(declined.body).contains(u"Недостаточно средств"_s));
        const Reply after = order(d.json[u"id"_s].toString());
        QCOMPARE(after.json[u"status"_s].toString(), u"declined"_s);
        QCOMPARE(after.json[u"declineReason"_s].toString(), u"Недостаточно средств"_s);
        QVERIFY(paymentsOf(d.json[u"id"_s].toString()).isEmpty());

        const Reply u = createOrder(body({{kZtk, 300}}), newKey());
        QCOMPARE(submitCard(u.json, u"5555 5555 5555 4444"_s).status, 200);
        QCOMPARE(order(u.json[u"id"_s].toString()).json[u"declineReason"_s].toString(),
                 u"Карта не поддерживается в тестовой среде"_s);
    }

    void badCardData() {
        const Reply c = createOrder(body({{kZtk, 400}}), newKey());
        struct Case {
            QString card, expiry, cvc, message;
        };
        const QList<Case> cases = {
            {u"4111 1111 1111 1112"_s, u"12/28"_s, u"123"_s, u"Неверный номер карты"_s},
            {u"4111 1111 1111"_s, u"12/28"_s, u"123"_s, u"от 16 до 19 цифр"_s},
            {kSuccess, u"10/26"_s, u"123"_s, u"истёк"_s}, // October 2026: past in November 2026
            {kSuccess, u"13/28"_s, u"123"_s, u"ММ/ГГ"_s},
            {kSuccess, u"12/28"_s, u"12"_s, u"CVC2/CVV2"_s},
        };
        for (const Case& k : cases) {
            const Reply r = submitCard(c.json, k.card, k.expiry, k.cvc);
            QCOMPARE(r.status, 400);
            const QString html = QString::fromUtf8(r.body);
            QVERIFY2(html.contains(k.message), qPrintable(k.card + u' ' + k.expiry));
            QVERIFY(html.contains(u"Номер карты"_s)); // the form again
        }
        QCOMPARE(submitCard(c.json, kSuccess, u"11/26"_s).status, 200); // this month is still valid
        QCOMPARE(order(c.json[u"id"_s].toString()).json[u"status"_s].toString(), u"paid"_s);
        const Reply noForm = m_server->send("POST", QUrl(c.json[u"paymentUrl"_s].toString()).path(), {}, "{}",
                                            {{"Content-Type", "application/json"}});
        QCOMPARE(noForm.status, 415);
    }

    void slowCard() {
        const Reply c = createOrder(body({{kZtk, 500}}), newKey());
        const QString id = c.json[u"id"_s].toString();
        QCOMPARE(submitCard(c.json, kSlow).status, 202);
        QCOMPARE(order(id).json[u"status"_s].toString(), u"processing"_s);
        QVERIFY(paymentsOf(id).isEmpty());
        advance(10); // more than sandbox-slow-seconds (5)
        QCOMPARE(order(id).json[u"status"_s].toString(), u"paid"_s);
        QCOMPARE(paymentsOf(id).size(), 1);
    }

    void expiryAndCancel() {
        const Reply c = createOrder(body({{kZtk, 600}}), newKey());
        const QString id = c.json[u"id"_s].toString();
        advance(1000); // past payment-order-ttl (900 s)
        QCOMPARE(order(id).json[u"status"_s].toString(), u"expired"_s);
        QCOMPARE(submitCard(c.json, kSuccess).status, 409);
        const Reply late = m_server->post(u"/api/v1/payment-orders/%1/cancel"_s.arg(id), m_demo, {});
        QCOMPARE(late.status, 409);
        QCOMPARE(late.details()[u"status"_s].toString(), u"expired"_s);

        const Reply k = createOrder(body({{kZtk, 700}}), newKey());
        const QString kid = k.json[u"id"_s].toString();
        const Reply cancelled = m_server->post(u"/api/v1/payment-orders/%1/cancel"_s.arg(kid), m_demo, {});
        QCOMPARE(cancelled.status, 200);
        QCOMPARE(cancelled.json[u"status"_s].toString(), u"cancelled"_s);
        QCOMPARE(m_server->post(u"/api/v1/payment-orders/%1/cancel"_s.arg(kid), m_demo, {}).status, 409);
        QCOMPARE(submitCard(k.json, kSuccess).status, 409);

        // «Отмена» on the bank page.
        const Reply b = createOrder(body({{kZtk, 800}}), newKey());
        const Reply onPage = submitCard(b.json, {}, {}, {}, u"cancel"_s);
        QCOMPARE(onPage.status, 200);
        QCOMPARE(order(b.json[u"id"_s].toString()).json[u"status"_s].toString(), u"cancelled"_s);
    }

    // N confirmations of one order at once: exactly one pays, one set of payments.
    void concurrentConfirmations() {
        const Reply c = createOrder(body({{kZtk, 900}, {kOkt, 901}}), newKey());
        const QString id = c.json[u"id"_s].toString();
        QNetworkAccessManager nam;
        QUrl url = m_server->process().url();
        url.setPath(QUrl(c.json[u"paymentUrl"_s].toString()).path());
        constexpr int n = 6;
        int done = 0;
        QList<int> statuses;
        for (int i = 0; i < n; ++i) {
            QNetworkRequest request(url);
            request.setSslConfiguration(m_server->ssl());
            request.setRawHeader("Content-Type", "application/x-www-form-urlencoded");
            request.setRawHeader("Accept-Language", "ru");
            QNetworkReply* reply = nam.post(request, cardForm(kSuccess));
            connect(reply, &QNetworkReply::finished, this, [&, reply] {
                statuses << reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                reply->deleteLater();
                ++done;
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(done, n, 30000);
        QCOMPARE(statuses.count(200), 1);
        QCOMPARE(statuses.count(409), n - 1);
        QCOMPARE(order(id).json[u"status"_s].toString(), u"paid"_s);
        QCOMPARE(paymentsOf(id).size(), 2);
        QCOMPARE(filesContaining(m_server->dataDir() + u"/sms"_s, id).size(), 0); // no phone: no SMS
        QTRY_COMPARE_WITH_TIMEOUT(receiptsMentioning(m_server->process().mailDrop(), id).size(), 1,
                                  10000); // one receipt
    }

    // All state is in the database: an order made before a restart is paid once after it.
    void restartBetweenOrderAndPayment() {
        const Reply c = createOrder(body({{kZtk, 1000}}, u"a@b.ru"_s, u"+79131234567"_s), newKey());
        const QString id = c.json[u"id"_s].toString();
        QString error;
        QVERIFY2(m_server->restart(&error), qPrintable(error));
        m_now = QDateTime::fromString(kStart, Qt::ISODate); // the restarted server's clock starts again
        m_sinceSet.restart();
        advance(0);
        relogin();
        const Reply again = order(id);
        QCOMPARE(again.json[u"status"_s].toString(), u"pending"_s);
        QCOMPARE(submitCard(again.json, kSuccess).status, 200);
        QCOMPARE(submitCard(again.json, kSuccess).status, 409);
        QCOMPARE(order(id).json[u"status"_s].toString(), u"paid"_s);
        QCOMPARE(paymentsOf(id).size(), 1);
        QCOMPARE(filesContaining(m_server->dataDir() + u"/sms"_s, id).size(), 1);
    }

    // A second customer linked to the same account sees the payment but not the payer's order id.
    void coHolderGetsNoForeignOrderId() {
        QVERIFY(m_server->exec(u"INSERT INTO account_links (user_id, account_id, relation, linked_at) SELECT id, %1, "
                               u"'tenant', 0 FROM users WHERE email = 'second@lkk.example'"_s.arg(m_account)));
        const Reply c = createOrder(body({{kZtk, 1234}}), newKey());
        const QString id = c.json[u"id"_s].toString();
        QCOMPARE(submitCard(c.json, kSuccess).status, 200);
        QCOMPARE(paymentsOf(id).size(), 1);
        const Reply theirs =
            m_server->get(u"/api/v1/accounts/%1/payments?from=2026-11-01&to=2026-12-31"_s.arg(m_account), m_second);
        QCOMPARE(theirs.status, 200);
        QVERIFY(!theirs.body.contains(id.toUtf8()));
        bool seen = false;
        for (const auto& g : theirs.json[u"subAccounts"_s].toArray()) {
            for (const auto& p : g[u"payments"_s].toArray())
                seen = seen || (p[u"amount"_s].toInteger() == 1234 && p[u"orderId"_s].isNull());
        }
        QVERIFY(seen);
        QVERIFY(m_server->exec(u"DELETE FROM account_links WHERE account_id = %1 AND user_id = (SELECT id FROM users "
                               u"WHERE email = 'second@lkk.example')"_s.arg(m_account)));
    }

    void otherCustomersOrder() {
        const Reply c = createOrder(body({{kZtk, 1100}}), newKey());
        const QString id = c.json[u"id"_s].toString();
        const Reply other = order(id, m_second);
        QCOMPARE(other.status, 404);
        QCOMPARE(other.errorCode(), u"not_found"_s);
        QCOMPARE(m_server->post(u"/api/v1/payment-orders/%1/cancel"_s.arg(id), m_second, {}).status, 404);
        QCOMPARE(order(u"no-such-order-id-0000"_s).status, 404);
        QCOMPARE(order(u"%27%3B--"_s).status, 404);
        QCOMPARE(m_server->get(u"/api/v1/payment-orders/"_s + id, {}).status, 401);
        QCOMPARE(order(id).json[u"status"_s].toString(), u"pending"_s);
        QCOMPARE(m_server->get(u"/sandbox/pay/unknown-order-id-00000"_s, {}).status, 404);
    }
};

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    TestPayments test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_payments.moc"
