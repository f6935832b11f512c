// The accounts API over real HTTPS against the lkk-server binary: the demo customer's
// accounts, «Реквизиты ЛС», linking with the control questions and its wrong-answer lock, and the
// authorization rule of every account endpoint (another customer's account = 404). Runs against
// SQLite (LKK_TEST_BACKEND=sqlite) or PostgreSQL (LKK_TEST_BACKEND=postgres + LKK_TEST_DATABASE_URL;
// the server gets a scratch database).
#include "tests/support/ApiTestServer.h"
#include "tests/support/DemoCustomers.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUrl>
#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

using Reply = lkk::test::HttpReply;
using Headers = lkk::test::RawHeaders;
using lkk::test::ApiTestServer;

class TestAccounts : public QObject {
    Q_OBJECT

private:
    QNetworkAccessManager m_nam;
    std::unique_ptr<ApiTestServer> m_server;
    QString m_demo;   // access token of demo@lkk.example (3 linked accounts)
    QString m_second; // access token of second@lkk.example (a customer with none; --environment test)
    QJsonArray m_demoAccounts;

    Reply send(const QByteArray& method, const QString& path, const QString& token, const QByteArray& body = {},
               Headers headers = {}) {
        return m_server->send(method, path, token, body, headers);
    }

    Reply get(const QString& path, const QString& token) { return send("GET", path, token); }

    Reply post(const QString& path, const QString& token, const QJsonObject& body, Headers headers = {}) {
        return m_server->post(path, token, body, headers);
    }

    QString login(const QString& email, const QString& password) { return m_server->login(email, password); }

    Reply startLink(const QString& token, const QString& number, const QString& relation = u"owner"_s) {
        return post(u"/api/v1/accounts/link"_s, token, {{u"number"_s, number}, {u"relation"_s, relation}});
    }

    Reply confirm(const QString& token, const QString& challengeId, const QString& question, const QString& answer,
                  Headers headers = {}) {
        return post(u"/api/v1/accounts/link/confirm"_s, token,
                    {{u"challengeId"_s, challengeId}, {u"question"_s, question}, {u"answer"_s, answer}}, headers);
    }

    QString challenge(const QString& token, const QString& number, const QString& relation = u"owner"_s) {
        const Reply r = startLink(token, number, relation);
        if (r.status != 200)
            qWarning() << "link start" << number << r.status << r.body;
        return r.json.value(u"challengeId"_s).toString();
    }

    qint64 demoId(const QString& number) const {
        for (const auto& v : m_demoAccounts) {
            if (v.toObject().value(u"number"_s).toString() == number)
                return v.toObject().value(u"id"_s).toInteger();
        }
        return 0;
    }

    static QString accountPath(qint64 id, const QString& rest = {}) {
        return u"/api/v1/accounts/"_s + QString::number(id) + rest;
    }

    QJsonObject contractOf(qint64 accountId, const QString& service) {
        const Reply r = get(accountPath(accountId, u"/requisites"_s), m_demo);
        for (const auto& c : r.json.value(u"contracts"_s).toArray()) {
            if (c.toObject().value(u"service"_s).toString() == service)
                return c.toObject();
        }
        return {};
    }

    static QDate tomskToday() { return QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Asia/Tomsk")).date(); }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        LKK_REQUIRE_TEST_BACKEND();
        m_server = std::make_unique<ApiTestServer>();
        ApiTestServer::Options options;
        options.scratchPrefix = u"lkk_acc"_s;
        QString error;
        QVERIFY2(lkk::test::startWithDemoCustomers(*m_server, options, &m_demo, &m_second, &error), qPrintable(error));
        const Reply r = get(u"/api/v1/accounts"_s, m_demo);
        QCOMPARE(r.status, 200);
        m_demoAccounts = r.json.value(u"accounts"_s).toArray();
    }

    void cleanupTestCase() { m_server.reset(); }

    void demoCustomersAccounts() {
        QCOMPARE(m_demoAccounts.size(), 3);
        struct Expected {
            const char16_t* number;
            const char16_t* kind;
            qint64 toPay;
        };
        const Expected expected[] = {{u"100103492", u"epd", 12629498},
                                     {u"7012045318", u"electricity", 371960},
                                     {u"7012077104", u"electricity", 141600}};
        for (int i = 0; i < 3; ++i) { // in link order
            const QJsonObject a = m_demoAccounts.at(i).toObject();
            QCOMPARE(a.value(u"number"_s).toString(), QString::fromUtf16(expected[i].number));
            QCOMPARE(a.value(u"kind"_s).toString(), QString::fromUtf16(expected[i].kind));
            QCOMPARE(a.value(u"toPay"_s).toInteger(), expected[i].toPay);
            QCOMPARE(a.value(u"relation"_s).toString(), u"owner"_s);
            QCOMPARE(a.value(u"period"_s).toString(), u"2026-11"_s);
            QVERIFY(a.value(u"id"_s).toInteger() > 0);
            QVERIFY(a.contains(u"penalties"_s));
        }
        QCOMPARE(m_demoAccounts.at(0).toObject().value(u"address"_s).toString(), u"Ласточкина ул., д.13, кв.11"_s);
        QVERIFY(m_demoAccounts.at(0).toObject().value(u"penalties"_s).toInteger() > 0);

        // One account: the same summary as in the list.
        for (const auto& v : std::as_const(m_demoAccounts)) {
            const Reply one = get(accountPath(v.toObject().value(u"id"_s).toInteger()), m_demo);
            QCOMPARE(one.status, 200);
            QCOMPARE(one.json, v.toObject());
        }
        // The customer without accounts (the empty state) and the operator see none.
        const Reply none = get(u"/api/v1/accounts"_s, m_second);
        QCOMPARE(none.status, 200);
        QCOMPARE(none.json.value(u"accounts"_s).toArray().size(), 0);
    }

    void requisitesOfTheEpdAccount() {
        const Reply r = get(accountPath(demoId(u"100103492"_s), u"/requisites"_s), m_demo);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"owner"_s).toString(), u"Иванова Мария Петровна"_s);
        QCOMPARE(r.json.value(u"registrationAddress"_s).toString(),
                 u"634583, Томская обл., Томский р-н, Октябрьское с., Ласточкина ул., д.13, кв.11"_s);
        QCOMPARE(r.json.value(u"totalArea"_s).toString(), u"60.6"_s);
        QCOMPARE(r.json.value(u"livingArea"_s).toString(), u"60.6"_s);
        QCOMPARE(r.json.value(u"residents"_s).toInt(), 1);
        const QJsonArray contracts = r.json.value(u"contracts"_s).toArray();
        QSet<QString> providers;
        for (const auto& v : contracts) {
            const QJsonObject c = v.toObject();
            const QJsonObject p = c.value(u"provider"_s).toObject();
            providers.insert(p.value(u"name"_s).toString());
            QVERIFY(c.value(u"id"_s).toInteger() > 0);
            QVERIFY(c.value(u"subAccount"_s).toString().endsWith(u"100103492"_s));
            QCOMPARE(p.value(u"inn"_s).toString().size(), 10);
            QCOMPARE(p.value(u"bic"_s).toString().size(), 9);
            QCOMPARE(p.value(u"settlementAccount"_s).toString().size(), 20);
            QCOMPARE(p.value(u"correspondentAccount"_s).toString().size(), 20);
            QVERIFY(!p.value(u"bank"_s).toString().isEmpty());
            QVERIFY(!p.value(u"kpp"_s).toString().isEmpty());
        }
        QCOMPARE(providers.size(), 6);

        const QJsonObject heating = contractOf(demoId(u"100103492"_s), u"Отопление (Клов)"_s);
        QCOMPARE(heating.value(u"provider"_s).toObject().value(u"name"_s).toString(), u"ООО «ЗТК»"_s);
        QCOMPARE(heating.value(u"subAccount"_s).toString(), u"878100103492"_s);
        const QJsonObject tariff = heating.value(u"tariffs"_s).toArray().at(0).toObject();
        QCOMPARE(tariff.value(u"name"_s).toString(),
                 u"Октябрьское с., Отопление (Клов), 0,028 Гкал. на м2 (Томский)"_s);
        QCOMPARE(tariff.value(u"unit"_s).toString(), u"Гкал"_s);
        QVERIFY(tariff.value(u"zone"_s).isNull());
        // In force since 2026-10-01 (the tariff of today, not the oldest or a future one).
        QCOMPARE(tariff.value(u"value"_s).toInteger(), 341537);
    }

    void tariffHistoryNewestFirst() {
        const qint64 account = demoId(u"100103492"_s);
        const QJsonObject heating = contractOf(account, u"Отопление (Клов)"_s);
        const Reply r =
            get(accountPath(account,
                            u"/contracts/"_s + QString::number(heating.value(u"id"_s).toInteger()) + u"/tariffs"_s),
                m_demo);
        QCOMPARE(r.status, 200);
        const QJsonArray tariffs = r.json.value(u"tariffs"_s).toArray();
        QCOMPARE(tariffs.size(), 1);
        const QJsonObject t = tariffs.at(0).toObject();
        QCOMPARE(t.value(u"unit"_s).toString(), u"Гкал"_s);
        const QJsonArray history = t.value(u"history"_s).toArray();
        QCOMPARE(history.size(), 14);
        QCOMPARE(history.at(0).toObject().value(u"validFrom"_s).toString(), u"2026-10-01"_s);
        QCOMPARE(history.at(0).toObject().value(u"value"_s).toInteger(), 341537);
        QString previous = u"9999-12-31"_s;
        bool sawManualValue = false;
        for (const auto& v : history) {
            const QJsonObject h = v.toObject();
            QVERIFY(h.value(u"validFrom"_s).toString() < previous);
            previous = h.value(u"validFrom"_s).toString();
            QCOMPARE(h.value(u"period"_s).toString(), u"month"_s);
            if (previous == u"2018-07-01"_s)
                sawManualValue = h.value(u"value"_s).toInteger() == 194769; // the manual's 1 947,69
        }
        QVERIFY(sawManualValue);

        // Two zones for the day/night account.
        const qint64 electricity = demoId(u"7012045318"_s);
        const Reply req = get(accountPath(electricity, u"/requisites"_s), m_demo);
        const QJsonObject contract = req.json.value(u"contracts"_s).toArray().at(0).toObject();
        const Reply zoned =
            get(accountPath(electricity,
                            u"/contracts/"_s + QString::number(contract.value(u"id"_s).toInteger()) + u"/tariffs"_s),
                m_demo);
        QCOMPARE(zoned.status, 200);
        QCOMPARE(zoned.json.value(u"tariffs"_s).toArray().size(), 2);
        QCOMPARE(zoned.json.value(u"tariffs"_s).toArray().at(1).toObject().value(u"zone"_s).toString(), u"T2"_s);

        // A contract of another account, or none: 404, even on the caller's own account.
        for (const QString& bad : {QString::number(contract.value(u"id"_s).toInteger()), u"999999"_s, u"abc"_s}) {
            const Reply nf = get(accountPath(account, u"/contracts/"_s + bad + u"/tariffs"_s), m_demo);
            QCOMPARE(nf.status, 404);
            QCOMPARE(nf.errorCode(), u"not_found"_s);
        }
    }

    // The requisites and a contract's tariffs are one query each, of LEFT JOINs: a contract without
    // tariffs and a tariff without values are rows of NULLs there, which must answer empty lists.
    void contractWithoutTariffsAndTariffWithoutValues() {
        const qint64 account = demoId(u"7012045318"_s);
        const QString id = QString::number(account);
        const QString bumpVersion = u"UPDATE account_versions SET version = version + 1 WHERE account_id = "_s + id;
        QVERIFY(m_server->exec(u"INSERT INTO billing_tariffs (code, name, unit, zone) VALUES ('test-no-values', "
                               u"'Без значений', 'кВт·ч', '')"_s));
        const qint64 tariff = m_server->scalar(u"SELECT id FROM billing_tariffs WHERE code = 'test-no-values'"_s);
        const qint64 first = m_server->scalar(u"SELECT MIN(id) FROM billing_contracts WHERE account_id = "_s + id);
        QVERIFY(m_server->exec(u"INSERT INTO billing_contract_tariffs (contract_id, tariff_id, ord) VALUES ("_s +
                               QString::number(first) + u", "_s + QString::number(tariff) + u", 99)"_s));
        QVERIFY(m_server->exec(u"INSERT INTO billing_contracts (code, account_id, provider_id, sub_account, service, "
                               u"service_kind) SELECT 'test-no-tariffs', account_id, provider_id, sub_account, "
                               u"'Без тарифов', service_kind FROM billing_contracts WHERE id = "_s +
                               QString::number(first)));
        const qint64 empty = m_server->scalar(u"SELECT id FROM billing_contracts WHERE code = 'test-no-tariffs'"_s);
        QVERIFY(m_server->exec(bumpVersion)); // the answers kept before are not these

        const Reply req = get(accountPath(account, u"/requisites"_s), m_demo);
        QCOMPARE(req.status, 200);
        const QJsonArray contracts = req.json.value(u"contracts"_s).toArray();
        QCOMPARE(contracts.size(), 2);
        const QJsonArray firstTariffs = contracts.at(0).toObject().value(u"tariffs"_s).toArray();
        QCOMPARE(firstTariffs.size(), 3); // the two zones and the new one, last by its order
        QCOMPARE(firstTariffs.at(2).toObject().value(u"id"_s).toInteger(), tariff);
        QVERIFY(firstTariffs.at(2).toObject().value(u"value"_s).isNull());
        QCOMPARE(contracts.at(1).toObject().value(u"id"_s).toInteger(), empty);
        QCOMPARE(contracts.at(1).toObject().value(u"tariffs"_s).toArray().size(), 0);

        const auto tariffsOf = [&](qint64 contract) {
            return get(accountPath(account, u"/contracts/"_s + QString::number(contract) + u"/tariffs"_s), m_demo);
        };
        const Reply none = tariffsOf(empty);
        QCOMPARE(none.status, 200);
        QCOMPARE(none.json.value(u"tariffs"_s).toArray().size(), 0);
        const Reply some = tariffsOf(first);
        QCOMPARE(some.status, 200);
        const QJsonArray tariffs = some.json.value(u"tariffs"_s).toArray();
        QCOMPARE(tariffs.size(), 3);
        QVERIFY(!tariffs.at(0).toObject().value(u"history"_s).toArray().isEmpty());
        QCOMPARE(tariffs.at(2).toObject().value(u"id"_s).toInteger(), tariff);
        QCOMPARE(tariffs.at(2).toObject().value(u"history"_s).toArray().size(), 0);

        QVERIFY(m_server->exec(u"DELETE FROM billing_contracts WHERE id = "_s + QString::number(empty)));
        QVERIFY(m_server->exec(u"DELETE FROM billing_contract_tariffs WHERE tariff_id = "_s + QString::number(tariff)));
        QVERIFY(m_server->exec(u"DELETE FROM billing_tariffs WHERE id = "_s + QString::number(tariff)));
        QVERIFY(m_server->exec(bumpVersion));
    }

    void metersWithAndWithoutPeriod() {
        const qint64 account = demoId(u"100103492"_s);
        const Reply r = get(accountPath(account, u"/meters"_s), m_demo);
        QCOMPARE(r.status, 200);
        const QJsonArray meters = r.json.value(u"meters"_s).toArray();
        QCOMPARE(meters.size(), 4); // two hot and two cold water meters
        const QString yearAgo = tomskToday().addMonths(-12).toString(Qt::ISODate);
        bool saw517480 = false;
        for (const auto& v : meters) {
            const QJsonObject m = v.toObject();
            QCOMPARE(m.value(u"zones"_s).toArray(), QJsonArray{u"T1"_s});
            QCOMPARE(m.value(u"capacity"_s).toObject(), (QJsonObject{{u"integer"_s, 6}, {u"fraction"_s, 3}}));
            QCOMPARE(m.value(u"verificationExpired"_s).toBool(), false);
            QCOMPARE(m.value(u"provider"_s).toString(), u"МУП ЖКХ «Октябрьское»"_s);
            const QJsonObject last = m.value(u"lastReading"_s).toObject();
            QVERIFY(!last.value(u"date"_s).toString().isEmpty());
            QVERIFY(last.value(u"values"_s).toObject().contains(u"T1"_s));
            // Default period = the last 12 months: the latest reading is in it.
            QCOMPARE(m.value(u"readingDateInPeriod"_s).toString(), last.value(u"date"_s).toString());
            QVERIFY(m.value(u"readingDateInPeriod"_s).toString() >= yearAgo);
            if (m.value(u"number"_s).toString() == u"517480"_s) {
                saw517480 = true;
                QCOMPARE(m.value(u"service"_s).toString(), u"Горячая вода"_s);
                QCOMPARE(m.value(u"subAccount"_s).toString(), u"887100103492"_s);
                QCOMPARE(m.value(u"verifiedUntil"_s).toString(), u"2030-03-15"_s);
                QCOMPARE(m.value(u"automatic"_s).toBool(), false);
                QVERIFY(m.value(u"contractId"_s).toInteger() > 0);
            }
        }
        QVERIFY(saw517480);

        // A period: the last reading date within it; none in a period before the meters existed.
        const Reply y2025 = get(accountPath(account, u"/meters?from=2025-01-01&to=2025-12-31"_s), m_demo);
        QCOMPARE(y2025.status, 200);
        for (const auto& v : y2025.json.value(u"meters"_s).toArray()) {
            const QString date = v.toObject().value(u"readingDateInPeriod"_s).toString();
            QVERIFY2(date.startsWith(u"2025-1"_s), qPrintable(date)); // a reading in Oct–Dec 2025
        }
        const Reply old = get(accountPath(account, u"/meters?from=2000-01-01&to=2000-12-31"_s), m_demo);
        QCOMPARE(old.status, 200);
        for (const auto& v : old.json.value(u"meters"_s).toArray()) {
            QVERIFY(v.toObject().value(u"readingDateInPeriod"_s).isNull());
            QVERIFY(v.toObject().value(u"lastReading"_s).isObject());
        }

        // Bad periods: 400 with the field.
        const QList<QPair<QString, QString>> bad{{u"from=2026-05-01&to=2026-04-30"_s, u"from"_s},
                                                 {u"from=2026-13-01"_s, u"from"_s},
                                                 {u"from=yesterday"_s, u"from"_s},
                                                 {u"to=2026-02-30"_s, u"to"_s},
                                                 {u"to="_s, u"to"_s}};
        for (const auto& [query, field] : bad) {
            const Reply e = get(accountPath(account, u"/meters?"_s + query), m_demo);
            QCOMPARE(e.status, 400);
            QCOMPARE(e.errorCode(), u"validation_failed"_s);
            QCOMPARE(e.errorField(), field);
        }

        // Day/night meter: two zones, both in the last reading.
        const Reply zoned = get(accountPath(demoId(u"7012045318"_s), u"/meters"_s), m_demo);
        const QJsonObject dn = zoned.json.value(u"meters"_s).toArray().at(0).toObject();
        QCOMPARE(dn.value(u"zones"_s).toArray(), (QJsonArray{u"T1"_s, u"T2"_s}));
        const QJsonObject values = dn.value(u"lastReading"_s).toObject().value(u"values"_s).toObject();
        QVERIFY(values.contains(u"T1"_s) && values.contains(u"T2"_s));
    }

    // The meters' list reads each meter with its zones' latest readings in one query: zones read on
    // different days each show their own latest value (the date is the most recent of them), a
    // zone the meter does not list is not shown, and a meter never read is listed in its place
    // with no last reading.
    void metersZonesReadApartAndNeverRead() {
        const qint64 account = demoId(u"7012045318"_s);
        const QString id = QString::number(account);
        const QString meters = accountPath(account, u"/meters"_s);
        const QJsonArray all = get(meters, m_demo).json.value(u"meters"_s).toArray();
        QCOMPARE(all.size(), 1);
        const QJsonObject before = all.at(0).toObject();
        const QJsonObject lastBefore = before.value(u"lastReading"_s).toObject();
        const QString meter = QString::number(before.value(u"id"_s).toInteger());
        const QString later =
            QDate::fromString(lastBefore.value(u"date"_s).toString(), Qt::ISODate).addDays(1).toString(Qt::ISODate);
        QVERIFY(m_server->exec(u"INSERT INTO billing_readings (meter_id, zone, reading_date, period, value, "
                               u"value_units, source) VALUES ("_s +
                               meter + u", 'T2', '"_s + later + u"', '"_s + later.left(7) +
                               u"', '99999.9', 999999, 'import')"_s));
        // A reading of a zone the meter does not list, later still: not the meter's last reading.
        const QString unlisted = QDate::fromString(later, Qt::ISODate).addDays(1).toString(Qt::ISODate);
        QVERIFY(m_server->exec(u"INSERT INTO billing_readings (meter_id, zone, reading_date, period, value, "
                               u"value_units, source) VALUES ("_s +
                               meter + u", 'T3', '"_s + unlisted + u"', '"_s + unlisted.left(7) +
                               u"', '1.0', 10, 'import')"_s));
        QVERIFY(m_server->exec(u"INSERT INTO billing_meters (external_id, number, contract_id, unit, zones, "
                               u"capacity_integer, capacity_fraction, verified_until, automatic) SELECT "
                               u"'test-never-read', 'never-read', contract_id, unit, zones, capacity_integer, "
                               u"capacity_fraction, verified_until, automatic FROM billing_meters WHERE id = "_s +
                               meter));
        QVERIFY(m_server->exec(u"UPDATE account_versions SET version = version + 1 WHERE account_id = "_s + id));

        const QJsonArray after = get(meters, m_demo).json.value(u"meters"_s).toArray();
        QCOMPARE(after.size(), 2); // the day/night meter, then the new one of the same contract
        const QJsonObject read = after.at(0).toObject();
        QCOMPARE(read.value(u"id"_s).toInteger(), before.value(u"id"_s).toInteger());
        const QJsonObject last = read.value(u"lastReading"_s).toObject();
        QCOMPARE(last.value(u"date"_s).toString(), later);
        QCOMPARE(last.value(u"period"_s).toString(), later.left(7));
        QCOMPARE(
            last.value(u"values"_s).toObject(),
            (QJsonObject{{u"T1"_s, lastBefore.value(u"values"_s).toObject().value(u"T1"_s)}, {u"T2"_s, u"99999.9"_s}}));
        const QJsonObject never = after.at(1).toObject();
        QCOMPARE(never.value(u"number"_s).toString(), u"never-read"_s);
        QVERIFY(never.value(u"lastReading"_s).isNull());
        QVERIFY(never.value(u"readingDateInPeriod"_s).isNull());
        QCOMPARE(never.value(u"zones"_s).toArray(), (QJsonArray{u"T1"_s, u"T2"_s}));

        QVERIFY(m_server->exec(u"DELETE FROM billing_meters WHERE external_id = 'test-never-read'"_s));
        QVERIFY(m_server->exec(u"DELETE FROM billing_readings WHERE meter_id = "_s + meter +
                               u" AND reading_date IN ('"_s + later + u"', '"_s + unlisted + u"')"_s));
        QVERIFY(m_server->exec(u"UPDATE account_versions SET version = version + 1 WHERE account_id = "_s + id));
        QCOMPARE(get(meters, m_demo).json.value(u"meters"_s).toArray().at(0).toObject(), before);
    }

    void expiredVerification() {
        const Reply r = get(accountPath(demoId(u"7012077104"_s), u"/meters"_s), m_demo);
        QCOMPARE(r.status, 200);
        const QJsonArray meters = r.json.value(u"meters"_s).toArray();
        QCOMPARE(meters.size(), 1);
        const QJsonObject m = meters.at(0).toObject();
        QCOMPARE(m.value(u"number"_s).toString(), u"20517734"_s);
        QCOMPARE(m.value(u"verifiedUntil"_s).toString(), u"2025-08-31"_s);
        QCOMPARE(m.value(u"verificationExpired"_s).toBool(), true);
        QCOMPARE(m.value(u"capacity"_s).toObject(), (QJsonObject{{u"integer"_s, 5}, {u"fraction"_s, 1}}));
    }

    void linkStartErrors() {
        for (const QString& number : {u"12ab5678"_s, u"123"_s, u"1234567890123456"_s, u""_s}) {
            const Reply r = startLink(m_demo, number);
            QCOMPARE(r.status, 400);
            QCOMPARE(r.errorCode(), u"validation_failed"_s);
            QCOMPARE(r.errorField(), u"number"_s);
        }
        const Reply relation = startLink(m_demo, u"100207815"_s, u"boss"_s);
        QCOMPARE(relation.status, 400);
        QCOMPARE(relation.errorField(), u"relation"_s);

        const Reply unknown = startLink(m_demo, u"999999999"_s);
        QCOMPARE(unknown.status, 404);
        QCOMPARE(unknown.errorCode(), u"account_not_found"_s);
        QCOMPARE(unknown.errorField(), u"number"_s);
        QCOMPARE(unknown.errorMessage(),
                 u"Лицевой счёт с таким номером не найден. Проверьте номер по квитанции и попробуйте ещё раз."_s);

        for (const QString& number : {u"100103492"_s, u"100 103 492"_s}) {
            const Reply linked = startLink(m_demo, number);
            QCOMPARE(linked.status, 409);
            QCOMPARE(linked.errorCode(), u"account_already_linked"_s);
            QCOMPARE(linked.errorField(), u"number"_s);
        }
    }

    void linkByTotalThenUnlink() {
        const Reply start = startLink(m_demo, u"100207815"_s, u"tenant"_s);
        QCOMPARE(start.status, 200);
        QCOMPARE(start.json.value(u"expiresIn"_s).toInt(), 900);
        QCOMPARE(start.json.value(u"attemptsLeft"_s).toInt(), 5);
        const QJsonArray questions = start.json.value(u"questions"_s).toArray();
        QCOMPARE(questions.size(), 2);
        QCOMPARE(questions.at(0).toObject().value(u"id"_s).toString(), u"link_code"_s);
        QCOMPARE(questions.at(1).toObject().value(u"id"_s).toString(), u"total_to_pay"_s);
        QVERIFY(questions.at(1).toObject().value(u"text"_s).toString().contains(u"ИТОГО К ОПЛАТЕ"_s));
        // Nothing about the account before the answer.
        QVERIFY(!start.body.contains("Кузнецов"));
        QVERIFY(!start.body.contains(QString(u"Иркутский"_s).toUtf8()));
        const QString id = start.json.value(u"challengeId"_s).toString();
        QVERIFY(id.size() >= 32);

        // Malformed answers are 400 and do not count.
        const QList<QPair<QString, QString>> malformed{{u"total_to_pay"_s, u"1234.5x"_s},
                                                       {u"total_to_pay"_s, u"1234.567"_s},
                                                       {u"total_to_pay"_s, u"   "_s},
                                                       {u"link_code"_s, u"12a456"_s}};
        for (const auto& [question, answer] : malformed) {
            const Reply r = confirm(m_demo, id, question, answer);
            QCOMPARE(r.status, 400);
            QCOMPARE(r.errorCode(), u"validation_failed"_s);
            QCOMPARE(r.errorField(), u"answer"_s);
        }
        const Reply badQuestion = confirm(m_demo, id, u"favourite_colour"_s, u"1"_s);
        QCOMPARE(badQuestion.status, 400);
        QCOMPARE(badQuestion.errorField(), u"question"_s);

        // Wrong answers count down.
        const Reply w1 = confirm(m_demo, id, u"link_code"_s, u"000000"_s);
        QCOMPARE(w1.status, 422);
        QCOMPARE(w1.errorCode(), u"wrong_answer"_s);
        QCOMPARE(w1.errorField(), u"answer"_s);
        QCOMPARE(w1.details().value(u"attemptsLeft"_s).toInt(), 4);
        QVERIFY(w1.errorMessage().contains(u"4"_s));
        const Reply w2 = confirm(m_demo, id, u"total_to_pay"_s, u"11991,48"_s, {{"Accept-Language", "en"}});
        QCOMPARE(w2.status, 422);
        QCOMPARE(w2.details().value(u"attemptsLeft"_s).toInt(), 3);
        QCOMPARE(w2.errorMessage(), u"The answer is wrong. Attempts left: 3."_s);

        // «ИТОГО К ОПЛАТЕ» of the latest bill with a comma: linked with the relation given.
        const Reply ok = confirm(m_demo, id, u"total_to_pay"_s, u"11991,49"_s);
        QCOMPARE(ok.status, 201);
        QCOMPARE(ok.json.value(u"number"_s).toString(), u"100207815"_s);
        QCOMPARE(ok.json.value(u"relation"_s).toString(), u"tenant"_s);
        QCOMPARE(ok.json.value(u"kind"_s).toString(), u"epd"_s);
        QCOMPARE(ok.json.value(u"toPay"_s).toInteger(), 1199149);
        const qint64 newId = ok.json.value(u"id"_s).toInteger();
        const Reply list = get(u"/api/v1/accounts"_s, m_demo);
        QCOMPARE(list.json.value(u"accounts"_s).toArray().size(), 4);
        QCOMPARE(list.json.value(u"accounts"_s).toArray().at(3).toObject(), ok.json); // newest last

        // The challenge is used up.
        const Reply reuse = confirm(m_demo, id, u"total_to_pay"_s, u"11991,49"_s);
        QCOMPARE(reuse.status, 404);
        QCOMPARE(reuse.errorCode(), u"link_challenge_not_found"_s);

        // Unlink: gone for this user, and a second unlink is 404.
        QCOMPARE(send("DELETE", accountPath(newId), m_demo).status, 204);
        QCOMPARE(get(accountPath(newId), m_demo).status, 404);
        QCOMPARE(get(u"/api/v1/accounts"_s, m_demo).json.value(u"accounts"_s).toArray().size(), 3);
        const Reply again = send("DELETE", accountPath(newId), m_demo);
        QCOMPARE(again.status, 404);
        QCOMPARE(again.errorCode(), u"account_not_found"_s);
    }

    void otherRightAnswers_data() {
        QTest::addColumn<QString>("question");
        QTest::addColumn<QString>("answer");
        QTest::newRow("total with spaces and point") << u"total_to_pay"_s << u"11 991.49"_s;
        QTest::newRow("total with no-break space") << u"total_to_pay"_s << u"11\u00A0991,49 руб."_s;
        QTest::newRow("a provider block's total") << u"total_to_pay"_s << u"3243,58"_s;
        QTest::newRow("link code") << u"link_code"_s << u"221972"_s;
        QTest::newRow("link code with spaces") << u"link_code"_s << u" 221 972 "_s;
    }

    void otherRightAnswers() {
        QFETCH(QString, question);
        QFETCH(QString, answer);
        const QString id = challenge(m_demo, u"100207815"_s);
        const Reply ok = confirm(m_demo, id, question, answer);
        QCOMPARE(ok.status, 201);
        QCOMPARE(ok.json.value(u"relation"_s).toString(), u"owner"_s);
        QCOMPARE(send("DELETE", accountPath(ok.json.value(u"id"_s).toInteger()), m_demo).status, 204);
    }

    void expiredAndForeignChallenges() {
        // Another customer's challenge does not exist for this one, and stays usable by its owner.
        const QString mine = challenge(m_demo, u"100207815"_s);
        const Reply foreign = confirm(m_second, mine, u"link_code"_s, u"221972"_s);
        QCOMPARE(foreign.status, 404);
        QCOMPARE(foreign.errorCode(), u"link_challenge_not_found"_s);
        QCOMPARE(confirm(m_demo, u"x"_s.repeated(43), u"link_code"_s, u"221972"_s).status, 404);

        // Expired (aged in the database: 15 minutes are too long for a test).
        QVERIFY(m_server->exec(u"UPDATE link_challenges SET expires_at = 0"_s));
        const Reply expired = confirm(m_demo, mine, u"link_code"_s, u"221972"_s);
        QCOMPARE(expired.status, 404);
        QCOMPARE(expired.errorCode(), u"link_challenge_not_found"_s);
        QCOMPARE(get(u"/api/v1/accounts"_s, m_demo).json.value(u"accounts"_s).toArray().size(), 3);
    }

    void fiveWrongAnswersLock() {
        // The second customer on 7012099921 (link code 564381): nobody else uses this pair.
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        const QString id = challenge(m_second, u"7012099921"_s);
        QVERIFY(!id.isEmpty());
        for (int left = 4; left >= 1; --left) {
            const Reply w = confirm(m_second, id, u"link_code"_s, u"111111"_s);
            QCOMPARE(w.status, 422);
            QCOMPARE(w.details().value(u"attemptsLeft"_s).toInt(), left);
        }
        const Reply fifth = confirm(m_second, id, u"total_to_pay"_s, u"1,00"_s);
        QCOMPARE(fifth.status, 429);
        QCOMPARE(fifth.errorCode(), u"link_locked"_s);
        const QString lockedText = fifth.details().value(u"lockedUntil"_s).toString();
        const QDateTime lockedUntil = QDateTime::fromString(lockedText, Qt::ISODate);
        QVERIFY2(lockedUntil.isValid() && lockedText.endsWith(u'Z'), qPrintable(lockedText));
        const qint64 day = 24 * 3600 * 1000LL;
        QVERIFY(lockedUntil.toMSecsSinceEpoch() >= before + day - 1000);
        QVERIFY(lockedUntil.toMSecsSinceEpoch() <= QDateTime::currentMSecsSinceEpoch() + day);
        const QString local = lockedUntil.toTimeZone(QTimeZone("Asia/Tomsk")).toString(u"dd.MM.yyyy HH:mm"_s);
        QCOMPARE(fifth.errorMessage(), u"Превышено число попыток. Попробуйте снова после "_s + local);

        // Locked: even the right answer is refused, and so is a new start.
        const Reply right = confirm(m_second, id, u"link_code"_s, u"564381"_s);
        QCOMPARE(right.status, 429);
        QCOMPARE(right.details().value(u"lockedUntil"_s).toString(), lockedText);
        const Reply restart = startLink(m_second, u"7012099921"_s);
        QCOMPARE(restart.status, 429);
        QCOMPARE(restart.errorCode(), u"link_locked"_s);
        QCOMPARE(get(u"/api/v1/accounts"_s, m_second).json.value(u"accounts"_s).toArray().size(), 0);

        // The lock is per customer and account: the demo customer may still try this account.
        const Reply other = startLink(m_demo, u"7012099921"_s);
        QCOMPARE(other.status, 200);
        QCOMPARE(other.json.value(u"attemptsLeft"_s).toInt(), 5);
    }

    void everyAccountEndpointChecksTheOwner() {
        const qint64 epd = demoId(u"100103492"_s);
        const qint64 contract = contractOf(epd, u"Отопление (Клов)"_s).value(u"id"_s).toInteger();
        QVERIFY(contract > 0);
        const QList<QPair<QByteArray, QString>> endpoints{
            {"GET", u""_s},
            {"DELETE", u""_s},
            {"GET", u"/requisites"_s},
            {"GET", u"/contracts/"_s + QString::number(contract) + u"/tariffs"_s},
            {"GET", u"/meters"_s},
            {"GET", u"/meters?from=2026-01-01&to=2026-11-30"_s}};
        for (const auto& v : std::as_const(m_demoAccounts)) {
            const qint64 id = v.toObject().value(u"id"_s).toInteger();
            for (const auto& [method, rest] : endpoints) {
                const Reply theirs = send(method, accountPath(id, rest), m_second);
                const Reply missing = send(method, accountPath(999999, rest), m_second);
                QCOMPARE(theirs.status, 404);
                QCOMPARE(theirs.errorCode(), u"account_not_found"_s);
                QCOMPARE(theirs.json, missing.json); // indistinguishable from a non-existent id
                QVERIFY(!theirs.body.contains("100103492"));
            }
        }
        // The DELETE attempts changed nothing for the owner.
        QCOMPARE(get(u"/api/v1/accounts"_s, m_demo).json.value(u"accounts"_s).toArray().size(), 3);

        // Without (or with a bogus) token: 401 on every account endpoint.
        const QList<QPair<QByteArray, QString>> all{
            {"GET", u"/api/v1/accounts"_s},
            {"GET", accountPath(epd)},
            {"DELETE", accountPath(epd)},
            {"GET", accountPath(epd, u"/requisites"_s)},
            {"GET", accountPath(epd, u"/contracts/"_s + QString::number(contract) + u"/tariffs"_s)},
            {"GET", accountPath(epd, u"/meters"_s)},
            {"POST", u"/api/v1/accounts/link"_s},
            {"POST", u"/api/v1/accounts/link/confirm"_s}};
        for (const auto& [method, path] : all) {
            for (const QString& token : {QString(), u"x"_s.repeated(43)}) {
                const Reply r = send(method, path, token, "{}", {{"Content-Type", "application/json"}});
                QCOMPARE(r.status, 401);
                QCOMPARE(r.errorCode(), u"unauthorized"_s);
            }
        }
        QCOMPARE(get(u"/api/v1/accounts"_s, m_demo).json.value(u"accounts"_s).toArray().size(), 3);
    }

    void malformedIdsAndBodies() {
        for (const QString& id : {u"abc"_s, u"-1"_s, u"0"_s, u"1.5"_s, u"99999999999999999999999999"_s,
                                  u"9223372036854775807"_s, u"1e3"_s, u"%2B1"_s}) {
            for (const QString& rest : {u""_s, u"/requisites"_s, u"/meters"_s, u"/contracts/1/tariffs"_s}) {
                const Reply r = get(u"/api/v1/accounts/"_s + id + rest, m_demo);
                QCOMPARE(r.status, 404);
                QCOMPARE(r.errorCode(), u"account_not_found"_s);
            }
            QCOMPARE(send("DELETE", u"/api/v1/accounts/"_s + id, m_demo).status, 404);
        }
        struct Case {
            const char* path;
            QByteArray body;
            QByteArray contentType;
            int status;
            const char16_t* code;
        };
        const Case cases[] = {
            {"/api/v1/accounts/link", "{", "application/json", 400, u"malformed_json"},
            {"/api/v1/accounts/link", "[]", "application/json", 400, u"malformed_json"},
            {"/api/v1/accounts/link", R"({"number":100207815,"relation":"owner"})", "application/json", 400,
             u"wrong_type"},
            {"/api/v1/accounts/link", R"({"number":"100207815"})", "application/json", 400, u"validation_failed"},
            {"/api/v1/accounts/link", R"({"number":"100207815","relation":"owner","x":1})", "application/json", 400,
             u"unknown_field"},
            {"/api/v1/accounts/link", R"({"number":"100207815","relation":"owner"})", "text/plain", 415,
             u"unsupported_media_type"},
            {"/api/v1/accounts/link/confirm", R"({"challengeId":"a","question":"link_code"})", "application/json", 400,
             u"validation_failed"},
            {"/api/v1/accounts/link/confirm", R"({"challengeId":1,"question":"link_code","answer":"1"})",
             "application/json", 400, u"wrong_type"},
            {"/api/v1/accounts/link/confirm", R"({"challengeId":"","question":"link_code","answer":"1"})",
             "application/json", 400, u"validation_failed"},
        };
        for (const Case& c : cases) {
            const Reply r =
                send("POST", QString::fromLatin1(c.path), m_demo, c.body, {{"Content-Type", c.contentType}});
            QVERIFY2(r.status == c.status, c.body.constData());
            QCOMPARE(r.errorCode(), QString::fromUtf16(c.code));
        }
        const Reply huge = send("POST", u"/api/v1/accounts/link"_s, m_demo, QByteArray(2 * 1024 * 1024, 'x'),
                                {{"Content-Type", "application/json"}});
        QVERIFY(huge.status == 413 || huge.status == 400);
    }

    // A provider block's credit («-2,38» on 100103492's latest bill) is no answer to «ИТОГО К
    // ОПЛАТЕ»: refused as malformed, and not counted.
    void onlyPositiveTotalsAnswer() {
        const QString id = challenge(m_second, u"100103492"_s);
        QVERIFY(!id.isEmpty());
        for (const QString& credit : {u"-2,38"_s, u"-2,13"_s, u"0"_s}) {
            const Reply r = confirm(m_second, id, u"total_to_pay"_s, credit);
            QCOMPARE(r.status, 400);
            QCOMPARE(r.errorField(), u"answer"_s);
        }
        QCOMPARE(startLink(m_second, u"100103492"_s).json.value(u"attemptsLeft"_s).toInt(), 5);
    }

    // A second customer linked to the demo customer's account: the holder (the «Собственник»)
    // sees and removes them; the co-holder gets no link code and cannot list the others.
    void theHolderSeesAndRemovesCoHolders() {
        const qint64 epd = demoId(u"100103492"_s);
        const QString id = challenge(m_second, u"100103492"_s, u"tenant"_s);
        const Reply linked = confirm(m_second, id, u"total_to_pay"_s, u"126294,98"_s);
        QCOMPARE(linked.status, 201);
        QCOMPARE(linked.json.value(u"id"_s).toInteger(), epd);

        const Reply list = get(accountPath(epd, u"/co-holders"_s), m_demo);
        QCOMPARE(list.status, 200);
        const QJsonArray others = list.json.value(u"coHolders"_s).toArray();
        QCOMPARE(others.size(), 1);
        const QJsonObject other = others.at(0).toObject();
        QCOMPARE(other.value(u"email"_s).toString(), u"s***@lkk.example"_s);
        QCOMPARE(other.value(u"relation"_s).toString(), u"tenant"_s);
        QVERIFY(QDateTime::fromString(other.value(u"linkedAt"_s).toString(), Qt::ISODate).isValid());
        QVERIFY(!list.body.contains("second@"));

        const Reply forbidden = get(accountPath(epd, u"/co-holders"_s), m_second);
        QCOMPARE(forbidden.status, 403);
        QCOMPARE(forbidden.errorCode(), u"forbidden"_s);
        QCOMPARE(send("DELETE",
                      accountPath(epd, u"/co-holders/"_s + QString::number(other.value(u"linkId"_s).toInteger())),
                      m_second)
                     .status,
                 403);
        // The link code is the holder's alone.
        const Reply ownBills = get(accountPath(epd, u"/bills"_s), m_demo);
        QCOMPARE(ownBills.status, 200);
        QVERIFY(ownBills.json.value(u"account"_s).toObject().contains(u"linkCode"_s));
        const Reply coBills = get(accountPath(epd, u"/bills"_s), m_second);
        QCOMPARE(coBills.status, 200);
        QVERIFY(!coBills.json.value(u"account"_s).toObject().contains(u"linkCode"_s));
        QVERIFY(!coBills.body.contains(
            ownBills.json.value(u"account"_s).toObject().value(u"linkCode"_s).toString().toUtf8()));

        const QString path =
            accountPath(epd, u"/co-holders/"_s + QString::number(other.value(u"linkId"_s).toInteger()));
        QCOMPARE(send("DELETE", path, m_demo).status, 204);
        QCOMPARE(get(accountPath(epd), m_second).status, 404);
        QCOMPARE(send("DELETE", path, m_demo).status, 404);
        QCOMPARE(get(accountPath(epd, u"/co-holders"_s), m_demo).json.value(u"coHolders"_s).toArray().size(), 0);
    }

    // New registrations bring no new guesses: wrong answers count per account over every customer.
    void theAccountLockSpansCustomers() {
        ApiTestServer server;
        QString error;
        QVERIFY2(
            server.start({.scratchPrefix = u"lkk_acc_lock"_s, .extraArgs = {u"--link-account-max"_s, u"3"_s}}, &error),
            qPrintable(error));
        QStringList tokens;
        for (int i = 0; i < 3; ++i) { // customers with second@'s password
            const QString email = QStringLiteral("guess%1@lkk.example").arg(i);
            QVERIFY(server.exec(QStringLiteral("INSERT INTO users (email, password_hash, created_at) SELECT '%1', "
                                               "password_hash, 0 FROM users WHERE email = 'second@lkk.example'")
                                    .arg(email)));
            tokens << server.login(email, u"Second1234"_s);
            QVERIFY(!tokens.last().isEmpty());
        }
        const auto answer = [&](const QString& token, const QString& code) {
            const Reply start = server.post(u"/api/v1/accounts/link"_s, token,
                                            {{u"number"_s, u"7012099921"_s}, {u"relation"_s, u"owner"_s}});
            if (start.status != 200)
                return start;
            return server.post(u"/api/v1/accounts/link/confirm"_s, token,
                               {{u"challengeId"_s, start.json.value(u"challengeId"_s)},
                                {u"question"_s, u"link_code"_s},
                                {u"answer"_s, code}});
        };
        QCOMPARE(answer(tokens.at(0), u"111111"_s).status, 422);
        QCOMPARE(answer(tokens.at(0), u"111112"_s).status, 422);
        const Reply third = answer(tokens.at(1), u"111113"_s);
        QCOMPARE(third.status, 429);
        QCOMPARE(third.errorCode(), u"link_locked"_s);
        // Locked for everyone, a fresh customer and the right answer included.
        const Reply fresh = answer(tokens.at(2), u"564381"_s);
        QCOMPARE(fresh.status, 429);
        QCOMPARE(fresh.errorCode(), u"link_locked"_s);
    }

    // Wrong answers of several customers at once cannot pass the per-account limit together.
    void parallelAnswersStopAtTheAccountLock() {
        ApiTestServer server;
        QString error;
        QVERIFY2(
            server.start({.scratchPrefix = u"lkk_acc_par"_s, .extraArgs = {u"--link-account-max"_s, u"3"_s}}, &error),
            qPrintable(error));
        constexpr int customers = 6;
        QList<QPair<QString, QString>> answers; // token, challenge id
        for (int i = 0; i < customers; ++i) {
            const QString email = QStringLiteral("parallel%1@lkk.example").arg(i);
            QVERIFY(server.exec(QStringLiteral("INSERT INTO users (email, password_hash, created_at) SELECT '%1', "
                                               "password_hash, 0 FROM users WHERE email = 'second@lkk.example'")
                                    .arg(email)));
            const QString token = server.login(email, u"Second1234"_s);
            const Reply start = server.post(u"/api/v1/accounts/link"_s, token,
                                            {{u"number"_s, u"7012099921"_s}, {u"relation"_s, u"owner"_s}});
            QCOMPARE(start.status, 200);
            answers.append({token, start.json.value(u"challengeId"_s).toString()});
        }
        std::vector<std::unique_ptr<QNetworkAccessManager>> managers; // a connection each
        QList<QNetworkReply*> replies;
        for (const auto& [token, challengeId] : std::as_const(answers)) {
            managers.push_back(std::make_unique<QNetworkAccessManager>());
            QUrl url = server.process().url();
            url.setPath(u"/api/v1/accounts/link/confirm"_s);
            QNetworkRequest request(url);
            request.setSslConfiguration(server.ssl());
            request.setRawHeader("Content-Type", "application/json");
            request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
            const QJsonObject body{
                {u"challengeId"_s, challengeId}, {u"question"_s, u"link_code"_s}, {u"answer"_s, u"111111"_s}};
            replies << managers.back()->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(replies.cbegin(), replies.cend(), [](const QNetworkReply* r) { return r->isFinished(); }),
            30000);
        QList<int> statuses;
        for (QNetworkReply* reply : std::as_const(replies)) {
            statuses << reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            reply->deleteLater();
        }
        // In turn: two counted 422s, the third reaches the limit (429), the rest find it locked.
        QCOMPARE(statuses.count(422), 2);
        QCOMPARE(statuses.count(429), customers - 2);
    }

    void demoLinksAreIdempotent() {
        // A restart of the same --demo data dir links nothing twice.
        QString error;
        QVERIFY2(m_server->restart(&error), qPrintable(error));
        const QString token = login(u"demo@lkk.example"_s, u"Demo1234"_s);
        const Reply r = get(u"/api/v1/accounts"_s, token);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"accounts"_s).toArray(), m_demoAccounts);
    }
};

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    TestAccounts test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_accounts.moc"
