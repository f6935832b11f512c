// Meter readings over real HTTPS against the lkk-server binary with a test clock
// (--test-clock, POST /test/clock) and the production window 15-25: the form, one- and two-zone
// submissions, the format and capacity rules, rollover, expired verification, automatic metering,
// the high-consumption warning, replacement within a period, idempotent replays and conflicts,
// the authorization rule, malformed bodies (400, never 500) and the history with its consumption.
// SQLite (LKK_TEST_BACKEND=sqlite) or PostgreSQL (LKK_TEST_BACKEND=postgres + LKK_TEST_DATABASE_URL).
#include "tests/support/ApiTestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;

using Reply = lkk::test::HttpReply;
using lkk::test::ApiTestServer;

namespace {
// 12:00 on 24 November 2026 in Tomsk: the window 15-25 is open; the demo's November readings
// (up to the 22nd) are this period's imported readings.
const QString kNoon24th = u"2026-11-24T05:00:00Z"_s;
} // namespace

class TestReadings : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<ApiTestServer> m_server;
    QString m_demo;
    QString m_second;
    qint64 m_epd = 0;      // 100103492: four water meters
    qint64 m_dayNight = 0; // 7012045318: T1/T2 meter 39418726
    qint64 m_expired = 0;  // 7012077104: verification expired 2025-08-31
    int m_ids = 0;

    QString newId() { return u"test-submission-%1"_s.arg(++m_ids, 4, 10, QLatin1Char('0')); }

    static QString accountPath(qint64 id, const QString& rest) {
        return u"/api/v1/accounts/"_s + QString::number(id) + rest;
    }

    Reply form(qint64 account, const QString& token) {
        return m_server->get(accountPath(account, u"/readings/form"_s), token);
    }

    QJsonObject formMeter(qint64 account, const QString& number, const QString& token = {}) {
        const Reply r = form(account, token.isEmpty() ? m_demo : token);
        for (const auto& v : r.json.value(u"meters"_s).toArray()) {
            if (v.toObject().value(u"number"_s).toString() == number)
                return v.toObject();
        }
        return {};
    }

    qint64 meterId(qint64 account, const QString& number) {
        return formMeter(account, number).value(u"id"_s).toInteger();
    }

    Reply submit(qint64 account, const QJsonObject& body, const QString& token = {},
                 lkk::test::RawHeaders headers = {}) {
        return m_server->post(accountPath(account, u"/readings"_s), token.isEmpty() ? m_demo : token, body, headers);
    }

    QJsonObject body(const QString& id, qint64 meter, const QJsonObject& values, bool rollover = false,
                     bool high = false) {
        QJsonObject b{{u"submissionId"_s, id}, {u"meterId"_s, meter}, {u"values"_s, values}};
        if (rollover)
            b.insert(u"confirmRollover"_s, true);
        if (high)
            b.insert(u"confirmHighConsumption"_s, true);
        return b;
    }

    Reply rawSubmit(qint64 account, const QByteArray& bytes) {
        return m_server->send("POST", accountPath(account, u"/readings"_s), m_demo, bytes,
                              {{"Content-Type", "application/json"}});
    }

    void setClock(const QString& iso) {
        const Reply r = m_server->post(u"/api/v1/test/clock"_s, {}, {{u"now"_s, iso}});
        QCOMPARE(r.status, 204);
    }

    QJsonObject historyMeter(qint64 account, const QString& number, const QString& query) {
        const Reply r = m_server->get(accountPath(account, u"/readings"_s + query), m_demo);
        for (const auto& v : r.json.value(u"meters"_s).toArray()) {
            if (v.toObject().value(u"number"_s).toString() == number)
                return v.toObject();
        }
        return {};
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        LKK_REQUIRE_TEST_BACKEND();
        m_server = std::make_unique<ApiTestServer>();
        ApiTestServer::Options options;
        options.scratchPrefix = u"lkk_rd"_s;
        options.extraArgs = {u"--test-clock"_s,       kNoon24th,  u"--readings-window"_s, u"15-25"_s,
                             u"--access-token-ttl"_s, u"604800"_s};
        QString error;
        QVERIFY2(m_server->start(options, &error), qPrintable(error));
        m_demo = m_server->login(u"demo@lkk.example"_s, u"Demo1234"_s);
        m_second = m_server->login(u"second@lkk.example"_s, u"Second1234"_s);
        QVERIFY(!m_demo.isEmpty());
        QVERIFY(!m_second.isEmpty());
        const Reply r = m_server->get(u"/api/v1/accounts"_s, m_demo);
        QCOMPARE(r.status, 200);
        for (const auto& v : r.json.value(u"accounts"_s).toArray()) {
            const QString number = v.toObject().value(u"number"_s).toString();
            const qint64 id = v.toObject().value(u"id"_s).toInteger();
            if (number == u"100103492")
                m_epd = id;
            else if (number == u"7012045318")
                m_dayNight = id;
            else if (number == u"7012077104")
                m_expired = id;
        }
        QVERIFY(m_epd && m_dayNight && m_expired);
    }

    void cleanupTestCase() { m_server.reset(); }

    void formOfTheEpdAccount() {
        const Reply r = form(m_epd, m_demo);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"period"_s).toString(), u"2026-11"_s);
        QCOMPARE(r.json.value(u"today"_s).toString(), u"2026-11-24"_s);
        const QJsonObject w = r.json.value(u"window"_s).toObject();
        QCOMPARE(w.value(u"open"_s).toBool(), true);
        QCOMPARE(w.value(u"fromDay"_s).toInt(), 15);
        QCOMPARE(w.value(u"toDay"_s).toInt(), 25);
        QCOMPARE(w.value(u"timeZone"_s).toString(), u"Asia/Tomsk"_s);
        QVERIFY(w.value(u"opensAt"_s).isNull());
        QCOMPARE(w.value(u"closesAt"_s).toString(), u"2026-11-25T23:59:59+07:00"_s);
        QCOMPARE(w.value(u"message"_s).toString(),
                 u"Показания принимаются с 15 по 25 число месяца (по томскому времени)."_s);
        const QJsonArray meters = r.json.value(u"meters"_s).toArray();
        QCOMPARE(meters.size(), 4);

        const QJsonObject m = formMeter(m_epd, u"517480"_s);
        QCOMPARE(m.value(u"service"_s).toString(), u"Горячая вода"_s);
        QCOMPARE(m.value(u"provider"_s).toString(), u"МУП ЖКХ «Октябрьское»"_s);
        QCOMPARE(m.value(u"subAccount"_s).toString(), u"887100103492"_s);
        QCOMPARE(m.value(u"unit"_s).toString(), u"м³"_s);
        QCOMPARE(m.value(u"zones"_s).toArray(), QJsonArray({u"T1"_s}));
        QCOMPARE(m.value(u"capacity"_s).toObject(), QJsonObject({{u"integer"_s, 6}, {u"fraction"_s, 3}}));
        QCOMPARE(m.value(u"verifiedUntil"_s).toString(), u"2030-03-15"_s);
        QCOMPARE(m.value(u"accepts"_s).toBool(), true);
        QVERIFY(m.value(u"refusal"_s).isNull());
        const QJsonObject last = m.value(u"lastReading"_s).toObject();
        QCOMPARE(last.value(u"date"_s).toString(), u"2026-11-18"_s);
        QCOMPARE(last.value(u"period"_s).toString(), u"2026-11"_s);
        QCOMPARE(last.value(u"values"_s).toObject(), QJsonObject({{u"T1"_s, u"231.078"_s}}));
        // (229.711 - 222.669) / 6 months = 1.17366… -> 1.174
        QCOMPARE(m.value(u"averageConsumption"_s).toObject(), QJsonObject({{u"T1"_s, u"1.174"_s}}));
        QVERIFY(m.value(u"currentSubmission"_s).isNull());
    }

    void expiredVerificationIsRefused() {
        const QJsonObject m = formMeter(m_expired, u"20517734"_s);
        QCOMPARE(m.value(u"accepts"_s).toBool(), false);
        const QJsonObject refusal = m.value(u"refusal"_s).toObject();
        QCOMPARE(refusal.value(u"code"_s).toString(), u"meter_verification_expired"_s);
        QCOMPARE(refusal.value(u"message"_s).toString(),
                 u"Истёк срок поверки счётчика (МПИ 31.08.2025). Показания не принимаются: обратитесь в сетевую "
                 u"организацию для поверки или замены счётчика."_s);
        const Reply r = submit(m_expired, body(newId(), m.value(u"id"_s).toInteger(), {{u"T1"_s, u"48200.0"_s}}));
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorCode(), u"meter_verification_expired"_s);
        QCOMPARE(r.errorMessage(), refusal.value(u"message"_s).toString());
    }

    void automaticMeterIsRefused() {
        // The test environment's customer without accounts gets 100207815, whose electricity meter
        // is read automatically (АСКУЭ) — a fixture the demo customer does not have.
        QVERIFY(m_server->exec(u"INSERT INTO account_links (user_id, account_id, relation, linked_at) "
                               u"SELECT u.id, a.id, 'owner', 0 FROM users u, billing_accounts a "
                               u"WHERE u.email = 'second@lkk.example' AND a.number = '100207815'"_s));
        const Reply accounts = m_server->get(u"/api/v1/accounts"_s, m_second);
        QCOMPARE(accounts.status, 200);
        const qint64 account = accounts.json.value(u"accounts"_s).toArray().at(0).toObject().value(u"id"_s).toInteger();
        const QJsonObject m = formMeter(account, u"0112837465"_s, m_second);
        QCOMPARE(m.value(u"accepts"_s).toBool(), false);
        QCOMPARE(m.value(u"refusal"_s).toObject().value(u"code"_s).toString(), u"meter_automatic"_s);
        const Reply r =
            submit(account, body(newId(), m.value(u"id"_s).toInteger(), {{u"T1"_s, u"34100.00"_s}}), m_second);
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorCode(), u"meter_automatic"_s);
        QCOMPARE(r.errorMessage(),
                 u"Показания этого счётчика передаются автоматически (АСКУЭ); вводить их не нужно."_s);
        // The other (manual) meter of that account is accepted.
        const QJsonObject manual = formMeter(account, u"1187344"_s, m_second);
        QCOMPARE(manual.value(u"accepts"_s).toBool(), true);
    }

    void oneZoneAcceptedThenReplaced() {
        const qint64 meter = meterId(m_epd, u"517480"_s);
        const QString first = newId();
        const Reply r = submit(m_epd, body(first, meter, {{u"T1"_s, u"232,5"_s}}));
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json.value(u"submissionId"_s).toString(), first);
        QCOMPARE(r.json.value(u"meterId"_s).toInteger(), meter);
        QCOMPARE(r.json.value(u"period"_s).toString(), u"2026-11"_s);
        QVERIFY(r.json.value(u"submittedAt"_s).toString().startsWith(u"2026-11-24T05:0"_s));
        QCOMPARE(r.json.value(u"values"_s).toObject(), QJsonObject({{u"T1"_s, u"232.500"_s}}));
        QCOMPARE(r.json.value(u"consumption"_s).toObject(), QJsonObject({{u"T1"_s, u"1.422"_s}}));
        QCOMPARE(r.json.value(u"replaced"_s).toBool(), false);
        QCOMPARE(r.json.value(u"message"_s).toString(), u"Показания приняты."_s);

        QJsonObject m = formMeter(m_epd, u"517480"_s);
        QCOMPARE(m.value(u"currentSubmission"_s).toObject().value(u"submissionId"_s).toString(), first);
        QCOMPARE(m.value(u"currentSubmission"_s).toObject().value(u"values"_s).toObject(),
                 QJsonObject({{u"T1"_s, u"232.500"_s}}));
        // The baseline stays the imported reading: this period's submission will be replaced.
        QCOMPARE(m.value(u"lastReading"_s).toObject().value(u"values"_s).toObject(),
                 QJsonObject({{u"T1"_s, u"231.078"_s}}));
        // The account's meter list (GET /accounts/{id}/meters) sees it as the last reading.
        const Reply list = m_server->get(accountPath(m_epd, u"/meters"_s), m_demo);
        bool seen = false;
        for (const auto& v : list.json.value(u"meters"_s).toArray()) {
            const QJsonObject lm = v.toObject();
            if (lm.value(u"id"_s).toInteger() == meter) {
                QCOMPARE(lm.value(u"lastReading"_s).toObject().value(u"date"_s).toString(), u"2026-11-24"_s);
                seen = true;
            }
        }
        QVERIFY(seen);

        // A second submission in the same period replaces the first; 232.000 is below the
        // replaced 232.500 but not below the baseline, so it is fine.
        const QString second = newId();
        const Reply again = submit(m_epd, body(second, meter, {{u"T1"_s, u"232"_s}}));
        QCOMPARE(again.status, 201);
        QCOMPARE(again.json.value(u"replaced"_s).toBool(), true);
        QCOMPARE(again.json.value(u"message"_s).toString(), u"Показания за ноябрь 2026 заменены новыми."_s);
        QCOMPARE(again.json.value(u"consumption"_s).toObject(), QJsonObject({{u"T1"_s, u"0.922"_s}}));
        m = formMeter(m_epd, u"517480"_s);
        QCOMPARE(m.value(u"currentSubmission"_s).toObject().value(u"submissionId"_s).toString(), second);

        // Exactly one row for today in the history, with the new value.
        const QJsonObject h = historyMeter(m_epd, u"517480"_s, u"?from=2026-11-01&to=2026-11-30"_s);
        const QJsonArray rows = h.value(u"readings"_s).toArray();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).toObject().value(u"date"_s).toString(), u"2026-11-24"_s);
        QCOMPARE(rows.at(0).toObject().value(u"values"_s).toObject(), QJsonObject({{u"T1"_s, u"232.000"_s}}));
        QCOMPARE(rows.at(0).toObject().value(u"source"_s).toString(), u"customer"_s);
        QCOMPARE(rows.at(1).toObject().value(u"date"_s).toString(), u"2026-11-18"_s);

        // English on request.
        const Reply en = submit(m_epd, body(newId(), meter, {{u"T1"_s, u"232.1"_s}}), {}, {{"Accept-Language", "en"}});
        QCOMPARE(en.status, 201);
        QCOMPARE(en.json.value(u"message"_s).toString(),
                 u"The readings for November 2026 have been replaced with the new ones."_s);
    }

    void idempotentReplayAndConflict() {
        const qint64 meter = meterId(m_epd, u"927210"_s);
        const QString id = newId();
        const QJsonObject b = body(id, meter, {{u"T1"_s, u"311.000"_s}});
        const Reply first = submit(m_epd, b);
        QCOMPARE(first.status, 201);
        const Reply replay = submit(m_epd, b);
        QCOMPARE(replay.status, 200);
        QCOMPARE(replay.json, first.json);
        // Not stored twice: no replacement happened, one row in the history for today.
        QCOMPARE(
            formMeter(m_epd, u"927210"_s).value(u"currentSubmission"_s).toObject().value(u"submissionId"_s).toString(),
            id);
        const QJsonArray rows =
            historyMeter(m_epd, u"927210"_s, u"?from=2026-11-24&to=2026-11-24"_s).value(u"readings"_s).toArray();
        QCOMPARE(rows.size(), 1);

        // The same id with another body: 409, also when only the spelling of the value differs.
        for (const QJsonObject& other :
             {body(id, meter, {{u"T1"_s, u"312.000"_s}}), body(id, meter, {{u"T1"_s, u"311,000"_s}}),
              body(id, meter, {{u"T1"_s, u"311.000"_s}}, true)}) {
            const Reply conflict = submit(m_epd, other);
            QCOMPARE(conflict.status, 409);
            QCOMPARE(conflict.errorCode(), u"submission_id_conflict"_s);
            QCOMPARE(conflict.errorField(), u"submissionId"_s);
        }
        // Ids are per customer: another customer may use the same id (here: refused for other reasons).
        // After the window has closed, the retry still gets its first answer.
        setClock(u"2026-11-26T05:00:00Z"_s);
        const Reply late = submit(m_epd, b);
        QCOMPARE(late.status, 200);
        QCOMPARE(late.json, first.json);
        setClock(kNoon24th);
    }

    void concurrentSameIdStoresOnce() {
        const qint64 meter = meterId(m_epd, u"927210"_s);
        const QString id = newId();
        const QByteArray bytes =
            QJsonDocument(body(id, meter, {{u"T1"_s, u"311.500"_s}})).toJson(QJsonDocument::Compact);
        QNetworkAccessManager nam;
        QList<QNetworkReply*> replies;
        for (int i = 0; i < 4; ++i) {
            QNetworkRequest request(m_server->process().url().resolved(QUrl(accountPath(m_epd, u"/readings"_s))));
            request.setSslConfiguration(m_server->ssl());
            request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
            request.setRawHeader("Authorization", "Bearer " + m_demo.toLatin1());
            replies << nam.post(request, bytes);
        }
        QList<int> statuses;
        for (QNetworkReply* reply : std::as_const(replies)) {
            if (!reply->isFinished()) {
                QSignalSpy done(reply, &QNetworkReply::finished);
                QVERIFY(done.wait(20000));
            }
            statuses << reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            reply->deleteLater();
        }
        std::sort(statuses.begin(), statuses.end());
        QCOMPARE(statuses, QList<int>({200, 200, 200, 201}));
        QCOMPARE(
            formMeter(m_epd, u"927210"_s).value(u"currentSubmission"_s).toObject().value(u"submissionId"_s).toString(),
            id);
    }

    void twoZoneMeter() {
        const qint64 meter = meterId(m_dayNight, u"39418726"_s);
        const QJsonObject m = formMeter(m_dayNight, u"39418726"_s);
        QCOMPARE(m.value(u"zones"_s).toArray(), QJsonArray({u"T1"_s, u"T2"_s}));
        QCOMPARE(m.value(u"unit"_s).toString(), u"кВт·ч"_s);
        QCOMPARE(m.value(u"lastReading"_s).toObject().value(u"values"_s).toObject(),
                 QJsonObject({{u"T1"_s, u"28327.12"_s}, {u"T2"_s, u"14273.99"_s}}));
        QCOMPARE(m.value(u"lastReading"_s).toObject().value(u"date"_s).toString(), u"2026-11-21"_s);

        Reply r = submit(m_dayNight, body(newId(), meter, {{u"T1"_s, u"28400.5"_s}}));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), u"validation_failed"_s);
        QCOMPARE(r.errorField(), u"values.T2"_s);
        QCOMPARE(r.errorMessage(), u"Введите показание."_s);
        r = submit(m_dayNight,
                   body(newId(), meter, {{u"T1"_s, u"28400.5"_s}, {u"T2"_s, u"14300"_s}, {u"T3"_s, u"1"_s}}));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorField(), u"values.T3"_s);
        QCOMPARE(r.errorMessage(), u"У счётчика нет зоны T3."_s);

        r = submit(m_dayNight, body(newId(), meter, {{u"T1"_s, u"28400.5"_s}, {u"T2"_s, u"14300"_s}}));
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json.value(u"values"_s).toObject(),
                 QJsonObject({{u"T1"_s, u"28400.50"_s}, {u"T2"_s, u"14300.00"_s}}));
        QCOMPARE(r.json.value(u"consumption"_s).toObject(),
                 QJsonObject({{u"T1"_s, u"73.38"_s}, {u"T2"_s, u"26.01"_s}}));

        // History: both zones in one row for today; T1 and T2 read on different days earlier.
        const QJsonObject h = historyMeter(m_dayNight, u"39418726"_s, u"?from=2026-10-01&to=2026-11-30"_s);
        const QJsonArray rows = h.value(u"readings"_s).toArray();
        QCOMPARE(rows.at(0).toObject().value(u"values"_s).toObject(),
                 QJsonObject({{u"T1"_s, u"28400.50"_s}, {u"T2"_s, u"14300.00"_s}}));
        QCOMPARE(rows.at(1).toObject().value(u"date"_s).toString(), u"2026-11-21"_s);
        QCOMPARE(rows.at(1).toObject().value(u"values"_s).toObject(), QJsonObject({{u"T2"_s, u"14273.99"_s}}));
        QCOMPARE(rows.at(2).toObject().value(u"date"_s).toString(), u"2026-11-19"_s);
        QCOMPARE(rows.at(2).toObject().value(u"values"_s).toObject(), QJsonObject({{u"T1"_s, u"28327.12"_s}}));
        const QJsonArray consumption = h.value(u"consumption"_s).toArray();
        QCOMPARE(consumption.size(), 2); // October and November (September is before the range)
        QCOMPARE(consumption.at(1).toObject().value(u"period"_s).toString(), u"2026-11"_s);
        // November: last of November minus last of October, per zone.
        QCOMPARE(consumption.at(1).toObject().value(u"values"_s).toObject(),
                 QJsonObject({{u"T1"_s, u"255.32"_s}, {u"T2"_s, u"124.10"_s}}));
    }

    void capacityDigits_data() {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        const QString capacity = u"Не более 6 цифр до запятой и 3 после"_s;
        QTest::newRow("7 digits") << QJsonValue(u"1000000"_s) << 400 << u"validation_failed"_s << capacity;
        QTest::newRow("4 decimals") << QJsonValue(u"1.2345"_s) << 400 << u"validation_failed"_s << capacity;
        QTest::newRow("negative") << QJsonValue(u"-1"_s) << 400 << u"validation_failed"_s << capacity;
        QTest::newRow("letters") << QJsonValue(u"12a"_s) << 400 << u"validation_failed"_s << capacity;
        QTest::newRow("empty") << QJsonValue(u""_s) << 400 << u"validation_failed"_s << u"Введите показание."_s;
        QTest::newRow("number") << QJsonValue(153) << 400 << u"wrong_type"_s << QString();
        QTest::newRow("null") << QJsonValue(QJsonValue::Null) << 400 << u"validation_failed"_s
                              << u"Введите показание."_s;
        // The largest value passes the format; it then is far above the usual consumption.
        QTest::newRow("999999.999") << QJsonValue(u"999999.999"_s) << 422 << u"consumption_too_high"_s << QString();
    }

    void capacityDigits() {
        QFETCH(QJsonValue, value);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, message);
        const qint64 meter = meterId(m_epd, u"521362"_s);
        const Reply r = submit(m_epd, body(newId(), meter, {{u"T1"_s, value}}));
        QCOMPARE(r.status, status);
        QCOMPARE(r.errorCode(), code);
        if (status == 400)
            QCOMPARE(r.errorField(), u"values.T1"_s);
        if (!message.isEmpty())
            QCOMPARE(r.errorMessage(), message);
    }

    void highConsumptionWarningAndConfirm() {
        const qint64 meter = meterId(m_epd, u"521362"_s);
        QCOMPARE(formMeter(m_epd, u"521362"_s).value(u"averageConsumption"_s).toObject(),
                 QJsonObject({{u"T1"_s, u"0.758"_s}}));
        const QString id = newId();
        Reply r = submit(m_epd, body(id, meter, {{u"T1"_s, u"200"_s}}));
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorCode(), u"consumption_too_high"_s);
        QCOMPARE(r.errorField(), u"values.T1"_s);
        QCOMPARE(r.details(),
                 QJsonObject({{u"zone"_s, u"T1"_s}, {u"consumption"_s, u"47.494"_s}, {u"average"_s, u"0.758"_s}}));
        QCOMPARE(r.errorMessage(), u"Расход 47,494 м³ намного больше обычного (в среднем 0,758 в месяц). Проверьте "
                                   u"показание и подтвердите."_s);
        // Refused answers store nothing: the same id may be sent again with the confirmation.
        r = submit(m_epd, body(id, meter, {{u"T1"_s, u"200"_s}}, false, true));
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json.value(u"consumption"_s).toObject(), QJsonObject({{u"T1"_s, u"47.494"_s}}));
        // The largest value of the register, confirmed.
        r = submit(m_epd, body(newId(), meter, {{u"T1"_s, u"999999.999"_s}}, false, true));
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json.value(u"values"_s).toObject(), QJsonObject({{u"T1"_s, u"999999.999"_s}}));
        QCOMPARE(r.json.value(u"replaced"_s).toBool(), true);
    }

    void rolloverNeedsConfirmation() {
        const qint64 meter = meterId(m_epd, u"927213"_s);
        // The register is near its end: this period's imported reading at 999999.000.
        QVERIFY(m_server->exec(u"UPDATE billing_readings SET value = '999999.000', value_units = 999999000 "
                               u"WHERE meter_id = %1 AND reading_date = '2026-11-20'"_s.arg(meter)));
        const QString id = newId();
        Reply r = submit(m_epd, body(id, meter, {{u"T1"_s, u"1.000"_s}}));
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorCode(), u"reading_below_previous"_s);
        QCOMPARE(r.errorField(), u"values.T1"_s);
        QCOMPARE(
            r.details(),
            QJsonObject({{u"zone"_s, u"T1"_s}, {u"last"_s, u"999999.000"_s}, {u"rolloverConsumption"_s, u"2.000"_s}}));
        QCOMPARE(r.errorMessage(), u"Показание меньше предыдущего (999\u00A0999,000). Если счётчик перешёл через "
                                   u"ноль, подтвердите переход."_s);
        r = submit(m_epd, body(id, meter, {{u"T1"_s, u"1.000"_s}}, true));
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json.value(u"consumption"_s).toObject(), QJsonObject({{u"T1"_s, u"2.000"_s}}));

        // History: November's consumption across zero (October's last 424.474 -> 1.000).
        const QJsonObject h = historyMeter(m_epd, u"927213"_s, u"?from=2026-10-01&to=2026-11-30"_s);
        const QJsonArray c = h.value(u"consumption"_s).toArray();
        QCOMPARE(c.size(), 2);
        QCOMPARE(c.at(0).toObject(),
                 QJsonObject({{u"period"_s, u"2026-10"_s}, {u"values"_s, QJsonObject({{u"T1"_s, u"1.693"_s}})}}));
        QCOMPARE(c.at(1).toObject(),
                 QJsonObject({{u"period"_s, u"2026-11"_s}, {u"values"_s, QJsonObject({{u"T1"_s, u"999576.526"_s}})}}));
    }

    void windowClosedAtTomskMidnight() {
        const qint64 meter = meterId(m_epd, u"517480"_s);
        // 23:59:59 on the 25th in Tomsk: still open.
        setClock(u"2026-11-25T16:59:59Z"_s);
        QCOMPARE(form(m_epd, m_demo).json.value(u"window"_s).toObject().value(u"open"_s).toBool(), true);
        // 23:30 in Moscow on the 25th = 03:30 on the 26th in Tomsk: closed.
        setClock(u"2026-11-25T20:30:00Z"_s);
        const Reply f = form(m_epd, m_demo);
        const QJsonObject w = f.json.value(u"window"_s).toObject();
        QCOMPARE(w.value(u"open"_s).toBool(), false);
        QCOMPARE(w.value(u"opensAt"_s).toString(), u"2026-12-15T00:00:00+07:00"_s);
        QVERIFY(w.value(u"closesAt"_s).isNull());
        QCOMPARE(f.json.value(u"today"_s).toString(), u"2026-11-26"_s);
        const QJsonObject m = formMeter(m_epd, u"517480"_s);
        QCOMPARE(m.value(u"accepts"_s).toBool(), false);
        QCOMPARE(m.value(u"refusal"_s).toObject().value(u"code"_s).toString(), u"reading_window_closed"_s);

        const Reply r = submit(m_epd, body(newId(), meter, {{u"T1"_s, u"240"_s}}));
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorCode(), u"reading_window_closed"_s);
        QCOMPARE(r.errorMessage(), u"Показания принимаются с 15 по 25 число месяца (по томскому времени). Приём "
                                   u"откроется 15.12.2026."_s);
        QCOMPARE(r.details(), QJsonObject({{u"fromDay"_s, 15},
                                           {u"toDay"_s, 25},
                                           {u"opensAt"_s, u"2026-12-15T00:00:00+07:00"_s},
                                           {u"closesAt"_s, u"2026-12-25T23:59:59+07:00"_s}}));
        // The window is checked before the meter state and the values.
        const Reply expired = submit(m_expired, body(newId(), meterId(m_expired, u"20517734"_s), {{u"T1"_s, u"x"_s}}));
        QCOMPARE(expired.errorCode(), u"reading_window_closed"_s);
        setClock(kNoon24th);
    }

    void otherCustomersAccountAndMeter() {
        const qint64 meter = meterId(m_epd, u"517480"_s);
        for (const Reply& r : {form(m_epd, m_second), m_server->get(accountPath(m_epd, u"/readings"_s), m_second),
                               submit(m_epd, body(newId(), meter, {{u"T1"_s, u"240"_s}}), m_second)}) {
            QCOMPARE(r.status, 404);
            QCOMPARE(r.errorCode(), u"account_not_found"_s);
        }
        QCOMPARE(form(999999, m_demo).errorCode(), u"account_not_found"_s);
        QCOMPARE(form(m_epd, {}).status, 401);
        // A meter of another of the customer's accounts is not this account's meter.
        const Reply r = submit(m_epd, body(newId(), meterId(m_dayNight, u"39418726"_s), {{u"T1"_s, u"1"_s}}));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), u"meter_not_found"_s);
        QCOMPARE(r.errorField(), u"meterId"_s);
        QCOMPARE(submit(m_epd, body(newId(), -1, {{u"T1"_s, u"1"_s}})).errorCode(), u"meter_not_found"_s);
    }

    void malformedBodies_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        QTest::newRow("not json") << QByteArray("{\"submissionId\":") << u"malformed_json"_s << QString();
        QTest::newRow("array") << QByteArray("[]") << u"malformed_json"_s << QString();
        QTest::newRow("empty") << QByteArray() << u"malformed_json"_s << QString();
        QTest::newRow("unknown field") << QByteArray(R"({"submissionId":"abcdefgh","meterId":1,"values":{},"x":1})")
                                       << u"unknown_field"_s << u"x"_s;
        QTest::newRow("values not object")
            << QByteArray(R"({"submissionId":"abcdefgh","meterId":1,"values":"5"})") << u"wrong_type"_s << u"values"_s;
        QTest::newRow("meterId string") << QByteArray(R"({"submissionId":"abcdefgh","meterId":"1","values":{}})")
                                        << u"wrong_type"_s << u"meterId"_s;
        QTest::newRow("meterId huge") << QByteArray(R"({"submissionId":"abcdefgh","meterId":1e300,"values":{}})")
                                      << u"wrong_type"_s << u"meterId"_s;
        QTest::newRow("meterId fraction") << QByteArray(R"({"submissionId":"abcdefgh","meterId":1.5,"values":{}})")
                                          << u"wrong_type"_s << u"meterId"_s;
        QTest::newRow("flag not bool")
            << QByteArray(R"({"submissionId":"abcdefgh","meterId":1,"values":{},"confirmRollover":"yes"})")
            << u"wrong_type"_s << u"confirmRollover"_s;
        QTest::newRow("no submissionId") << QByteArray(R"({"meterId":1,"values":{}})") << u"validation_failed"_s
                                         << u"submissionId"_s;
        QTest::newRow("short submissionId") << QByteArray(R"({"submissionId":"abc","meterId":1,"values":{}})")
                                            << u"validation_failed"_s << u"submissionId"_s;
        QTest::newRow("bad submissionId") << QByteArray(R"({"submissionId":"abc defgh!","meterId":1,"values":{}})")
                                          << u"validation_failed"_s << u"submissionId"_s;
        QTest::newRow("long submissionId")
            << (QByteArray(R"({"submissionId":")") + QByteArray(65, 'a') + QByteArray(R"(","meterId":1,"values":{}})"))
            << u"validation_failed"_s << u"submissionId"_s;
    }

    void malformedBodies() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, code);
        QFETCH(QString, field);
        const Reply r = rawSubmit(m_epd, bytes);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), code);
        QCOMPARE(r.errorField(), field);
    }

    void historyShape() {
        // Default range: the last 12 months; every meter listed, newest reading first.
        Reply r = m_server->get(accountPath(m_epd, u"/readings"_s), m_demo);
        QCOMPARE(r.status, 200);
        const QJsonArray meters = r.json.value(u"meters"_s).toArray();
        QCOMPARE(meters.size(), 4);
        for (const auto& v : meters) {
            const QJsonObject m = v.toObject();
            const QJsonArray rows = m.value(u"readings"_s).toArray();
            QVERIFY(rows.size() >= 12);
            for (qsizetype i = 1; i < rows.size(); ++i)
                QVERIFY(rows.at(i - 1).toObject().value(u"date"_s).toString() >
                        rows.at(i).toObject().value(u"date"_s).toString());
            QVERIFY(rows.last().toObject().value(u"date"_s).toString() >= u"2025-11-24"_s);
            QCOMPARE(m.value(u"zones"_s).toArray(), QJsonArray({u"T1"_s}));
            QCOMPARE(m.value(u"unit"_s).toString(), u"м³"_s);
        }
        // Consumption oldest first, one per period; the first period in range counts against the
        // reading before the range.
        const QJsonObject m = historyMeter(m_epd, u"517480"_s, u"?from=2026-06-01&to=2026-08-31"_s);
        QCOMPARE(m.value(u"readings"_s).toArray().size(), 3);
        QCOMPARE(m.value(u"readings"_s).toArray().at(0).toObject().value(u"period"_s).toString(), u"2026-08"_s);
        const QJsonArray c = m.value(u"consumption"_s).toArray();
        QCOMPARE(c.size(), 3);
        QCOMPARE(c.at(0).toObject(),
                 QJsonObject({{u"period"_s, u"2026-06"_s}, {u"values"_s, QJsonObject({{u"T1"_s, u"1.302"_s}})}}));
        QCOMPARE(c.at(1).toObject().value(u"values"_s).toObject(), QJsonObject({{u"T1"_s, u"1.032"_s}}));
        QCOMPARE(c.at(2).toObject().value(u"values"_s).toObject(), QJsonObject({{u"T1"_s, u"1.528"_s}}));
        // The very first period of the data has no earlier reading: left out.
        const QJsonObject first = historyMeter(m_epd, u"517480"_s, u"?from=2022-01-01&to=2022-12-31"_s);
        QCOMPARE(first.value(u"readings"_s).toArray().size(), 2);
        QCOMPARE(first.value(u"consumption"_s).toArray().size(), 1);
        // A range without readings still lists every meter.
        r = m_server->get(accountPath(m_epd, u"/readings?from=2020-01-01&to=2020-12-31"_s), m_demo);
        QCOMPARE(r.json.value(u"meters"_s).toArray().size(), 4);
        QCOMPARE(r.json.value(u"meters"_s).toArray().at(0).toObject().value(u"readings"_s).toArray().size(), 0);
    }

    void historyRangeFromIndex() {
        // The history's ranges of dates per meter come from one index range of
        // (meter_id, reading_date, period), not from every reading of the meter (migration 0017).
        const bool postgres = qEnvironmentVariable("LKK_TEST_BACKEND") == u"postgres"_s;
        const qint64 columns =
            postgres
                ? m_server->scalar(u"SELECT COUNT(*) FROM pg_indexes WHERE indexname = 'billing_readings_date_idx' "
                                   u"AND indexdef LIKE '%(meter_id, reading_date, period)'"_s)
                : m_server->scalar(u"SELECT COUNT(*) FROM pragma_index_info('billing_readings_date_idx') WHERE "
                                   u"(seqno, name) IN ((0, 'meter_id'), (1, 'reading_date'), (2, 'period'))"_s);
        QCOMPARE(columns, qint64(postgres ? 1 : 3));
    }

    void historyBadRange() {
        Reply r = m_server->get(accountPath(m_epd, u"/readings?from=2026-11-01&to=2026-10-01"_s), m_demo);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), u"validation_failed"_s);
        QCOMPARE(r.errorField(), u"from"_s);
        r = m_server->get(accountPath(m_epd, u"/readings?to=2026-13-01"_s), m_demo);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorField(), u"to"_s);
        r = m_server->get(accountPath(m_epd, u"/readings?from=yesterday"_s), m_demo);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorField(), u"from"_s);
    }

    // Another customer linked to the account submits: the reading counts (the latest of a period
    // does), and both see whose it is; the owner's later reading wins again.
    void anotherCustomersReadingIsMarked() {
        QVERIFY(
            m_server->exec(QStringLiteral("INSERT INTO account_links (user_id, account_id, relation, linked_at) "
                                          "SELECT id, %1, 'tenant', 0 FROM users WHERE email = 'second@lkk.example'")
                               .arg(m_epd)));
        const qint64 meter = meterId(m_epd, u"517480"_s);
        const auto today = [&](const QString& token) {
            const Reply r = m_server->get(accountPath(m_epd, u"/readings?from=2026-11-24&to=2026-11-24"_s), token);
            for (const auto& v : r.json.value(u"meters"_s).toArray()) {
                if (v.toObject().value(u"id"_s).toInteger() == meter)
                    return v.toObject().value(u"readings"_s).toArray().at(0).toObject();
            }
            return QJsonObject();
        };
        QCOMPARE(submit(m_epd, body(newId(), meter, {{u"T1"_s, u"260,0"_s}}, false, true), m_second).status, 201);
        QCOMPARE(today(m_demo).value(u"submittedBy"_s).toString(), u"other"_s);
        QCOMPARE(today(m_second).value(u"submittedBy"_s).toString(), u"self"_s);
        QCOMPARE(today(m_demo).value(u"values"_s).toObject().value(u"T1"_s).toString(), u"260.000"_s);
        QCOMPARE(submit(m_epd, body(newId(), meter, {{u"T1"_s, u"261,0"_s}}, false, true)).status, 201);
        QCOMPARE(today(m_demo).value(u"submittedBy"_s).toString(), u"self"_s);
        QCOMPARE(today(m_demo).value(u"values"_s).toObject().value(u"T1"_s).toString(), u"261.000"_s);
        QCOMPARE(today(m_second).value(u"submittedBy"_s).toString(), u"other"_s);
        QVERIFY(
            m_server->exec(QStringLiteral("DELETE FROM account_links WHERE account_id = %1 AND user_id = (SELECT id "
                                          "FROM users WHERE email = 'second@lkk.example')")
                               .arg(m_epd)));
    }

    void testClockRoute() {
        Reply r = m_server->post(u"/api/v1/test/clock"_s, {}, {{u"now"_s, u"2026-11-24T05:00:00"_s}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorField(), u"now"_s);
        r = m_server->post(u"/api/v1/test/clock"_s, {}, {{u"later"_s, u"x"_s}});
        QCOMPARE(r.status, 400);
        setClock(u"2026-12-01T05:00:00+07:00"_s); // within the 7-day token lifetime
        QCOMPARE(form(m_epd, m_demo).json.value(u"period"_s).toString(), u"2026-12"_s);
        setClock(kNoon24th);
    }
};

QTEST_GUILESS_MAIN(TestReadings)
#include "tst_readings.moc"
