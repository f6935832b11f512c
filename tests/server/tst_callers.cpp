// The operators' workspace (docs/security.md «Operator audit trail», docs/operations.md «Operator
// search») over real HTTPS against the lkk-server binary with a test clock, SQLite
// (LKK_TEST_BACKEND=sqlite) or PostgreSQL (LKK_TEST_BACKEND=postgres): the caller search in every
// spelling, its cap and its refusals; a caller's cabinet; a reading submitted on the caller's
// behalf, which the customer then sees with its entry in the access journal; the audit entry
// written in the same transaction (a failed action leaves none, a failed entry fails the action);
// the trail that neither the database nor the API lets change; the supervisors' log; the limits;
// and `lkk-server audit export`.
#include "tests/support/ApiTestServer.h"
#include "tests/support/ChildProcess.h"
#include "tests/support/DemoCustomers.h"
#include "tests/support/OperatorFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <memory>

using namespace Qt::StringLiterals;

using Reply = lkk::test::HttpReply;
using lkk::test::ApiTestServer;

namespace {
// 12:00 on 24 November 2026 in Tomsk: the readings window 15-25 is open.
const QDateTime kNoon24th = QDateTime::fromString(u"2026-11-24T05:00:00Z"_s, Qt::ISODate);
} // namespace

class TestCallers : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<ApiTestServer> m_server;
    QString m_demo, m_second, m_operator, m_supervisor;
    qint64 m_demoId = 0, m_secondId = 0, m_operatorId = 0, m_supervisorId = 0;
    qint64 m_epd = 0; // 100103492
    int m_ids = 0;

    QString newId() { return u"operator-submission-%1"_s.arg(++m_ids, 4, 10, QLatin1Char('0')); }

    Reply search(const QString& text, const QString& token = {}) {
        QUrlQuery query;
        query.addQueryItem(u"q"_s, QString::fromLatin1(QUrl::toPercentEncoding(text)));
        return m_server->get(u"/api/v1/operator/customers?"_s + query.toString(QUrl::FullyEncoded),
                             token.isEmpty() ? m_operator : token);
    }

    QList<qint64> foundIds(const Reply& r) {
        QList<qint64> ids;
        for (const auto& c : r.json.value(u"customers"_s).toArray())
            ids << c.toObject().value(u"id"_s).toInteger();
        return ids;
    }

    qint64 auditCount(const QString& where) {
        return m_server->scalar(u"SELECT COUNT(*) FROM operator_audit WHERE "_s + where);
    }

    QString readingsPath(qint64 customer, qint64 account, const QString& rest = {}) {
        return u"/api/v1/operator/customers/%1/accounts/%2/readings"_s.arg(customer).arg(account) + rest;
    }

    qint64 meterOnForm(const QString& number) {
        const Reply r = m_server->get(readingsPath(m_demoId, m_epd, u"/form"_s), m_operator);
        for (const auto& m : r.json.value(u"meters"_s).toArray()) {
            if (m.toObject().value(u"number"_s).toString() == number)
                return m.toObject().value(u"id"_s).toInteger();
        }
        qWarning() << "no meter" << number << "on the operator's form:" << r.status << r.body.left(300);
        return 0;
    }

    QJsonObject readingBody(qint64 meter, const QString& value, const QString& reason,
                            const QString& submissionId = {}) {
        return {{u"submissionId"_s, submissionId.isEmpty() ? newId() : submissionId},
                {u"meterId"_s, meter},
                {u"values"_s, QJsonObject{{u"T1"_s, value}}},
                {u"reason"_s, reason}};
    }

    // The server's "now" as the newest entry of the trail says (its test clock runs on).
    qint64 serverNow() {
        const Reply r = search(u"100103492"_s, m_supervisor);
        if (r.status != 200)
            qWarning() << "search answered" << r.status;
        return m_server->scalar(u"SELECT MAX(at) FROM operator_audit"_s);
    }

    // `count` entries of `action` for the operator at `at`, customers from firstCustomer on
    // (0: none): what earlier requests would have left.
    bool addEntries(qint64 operatorId, const QString& action, int count, qint64 at, qint64 firstCustomer = 0) {
        for (int i = 0; i < count; ++i) {
            const QString customer = firstCustomer ? QString::number(firstCustomer + i) : u"NULL"_s;
            if (!m_server->exec(u"INSERT INTO operator_audit (at, operator_id, customer_id, action) "
                                u"VALUES (%1, %2, %3, '%4')"_s.arg(at)
                                    .arg(operatorId)
                                    .arg(customer, action)))
                return false;
        }
        return true;
    }

    QString auditFingerprint() {
        return u"%1/%2/%3"_s.arg(m_server->scalar(u"SELECT COUNT(*) FROM operator_audit"_s))
            .arg(m_server->scalar(u"SELECT COALESCE(SUM(id), 0) FROM operator_audit"_s))
            .arg(m_server->scalar(u"SELECT COALESCE(SUM(LENGTH(reason) + LENGTH(action)), 0) FROM operator_audit"_s));
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        LKK_REQUIRE_TEST_BACKEND();
        m_server = std::make_unique<ApiTestServer>();
        ApiTestServer::Options options;
        options.scratchPrefix = u"lkk_op"_s;
        options.testClock = kNoon24th;
        options.extraArgs = {u"--readings-window"_s, u"15-25"_s, u"--access-token-ttl"_s, u"604800"_s};
        QString error;
        QVERIFY2(lkk::test::startWithDemoCustomers(*m_server, options, &m_demo, &m_second, &error), qPrintable(error));
        m_operator = m_server->loginDemoOperator();
        m_supervisor = m_server->loginDemoSupervisor();
        QVERIFY(!m_operator.isEmpty() && !m_supervisor.isEmpty());
        const auto id = [this](const char* email) {
            return m_server->scalar(u"SELECT id FROM users WHERE email = '%1'"_s.arg(QLatin1StringView(email)));
        };
        m_demoId = id("demo@lkk.example");
        m_secondId = id("second@lkk.example");
        m_operatorId = id("operator@lkk.example");
        m_supervisorId = id("supervisor@lkk.example");
        m_epd = m_server->accountId(m_demo, u"100103492"_s);
        QVERIFY(m_demoId > 0 && m_secondId > 0 && m_operatorId > 0 && m_supervisorId > 0 && m_epd > 0);
    }

    void cleanupTestCase() { m_server.reset(); }

    void searchFindsTheCallerInEverySpelling_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("matchedBy");
        QTest::newRow("phone +7 spaced") << u"+7 913 123-45-67"_s << u"phone"_s;
        QTest::newRow("phone 8 brackets") << u"8(913)1234567"_s << u"phone"_s;
        QTest::newRow("phone 7 digits") << u"79131234567"_s << u"phone"_s;
        QTest::newRow("phone 8 digits") << u"89131234567"_s << u"phone"_s;
        QTest::newRow("phone national") << u"913 123 45 67"_s << u"phone"_s;
        QTest::newRow("e-mail any case") << u"  DEMO@lkk.Example "_s << u"email"_s;
        QTest::newRow("account") << u"100103492"_s << u"account"_s;
        QTest::newRow("account spaced") << u"100 103 492"_s << u"account"_s;
        QTest::newRow("sub-account") << u"887100103492"_s << u"subAccount"_s;
        QTest::newRow("surname prefix") << u"ива"_s << u"surname"_s;
        QTest::newRow("surname capitals") << u"ИВАНОВА"_s << u"surname"_s;
        QTest::newRow("surname and address") << u"Иванова ласточкина, 13"_s << u"surname"_s;
        QTest::newRow("surname and other account's street") << u"иван СОЛНЕЧНАЯ"_s << u"surname"_s;
    }

    void searchFindsTheCallerInEverySpelling() {
        QFETCH(QString, text);
        QFETCH(QString, matchedBy);
        const Reply r = search(text);
        QCOMPARE(r.status, 200);
        const QJsonArray customers = r.json.value(u"customers"_s).toArray();
        QCOMPARE(customers.size(), 1);
        const QJsonObject c = customers.at(0).toObject();
        QCOMPARE(c.value(u"id"_s).toInteger(), m_demoId);
        QCOMPARE(c.value(u"matchedBy"_s).toString(), matchedBy);
        QCOMPARE(c.value(u"surname"_s).toString(), u"Иванова"_s);
        QCOMPARE(c.value(u"firstName"_s).toString(), u"Мария"_s);
        QCOMPARE(c.value(u"email"_s).toString(), u"d***@lkk.example"_s);
        QCOMPARE(c.value(u"phone"_s).toString(), u"+7 913 ***-**-67"_s);
        const QJsonArray accounts = c.value(u"accounts"_s).toArray();
        QCOMPARE(accounts.size(), 3);
        QCOMPARE(accounts.at(0).toObject().value(u"number"_s).toString(), u"100103492"_s);
        QCOMPARE(accounts.at(0).toObject().value(u"address"_s).toString(), u"Ласточкина ул., д.13, кв.11"_s);
        QCOMPARE(r.json.value(u"truncated"_s).toBool(), false);
        for (const char* secret : {"password", "hash", "linkCode", "link_code", "token", "totp", "Demo1234"})
            QVERIFY2(!r.body.contains(secret), secret);
    }

    void searchIgnoresCaseAndYo() {
        QVERIFY(m_server->exec(u"UPDATE users SET surname = 'Семёнова' WHERE email = 'second@lkk.example'"_s));
        for (const QString& text : {u"семенова"_s, u"СЕМЁН"_s, u"Семе"_s, u"семё"_s}) {
            const Reply r = search(text);
            QCOMPARE(r.status, 200);
            QCOMPARE(foundIds(r), QList<qint64>{m_secondId});
        }
        // An address word none of the customer's accounts has: nothing.
        QCOMPARE(foundIds(search(u"иванова солнечная 99"_s)), QList<qint64>{});
        // Wildcards are text, not patterns.
        QCOMPARE(foundIds(search(u"иванова %"_s)), QList<qint64>{});
        // Operators are not callers.
        QCOMPARE(foundIds(search(u"смирнов"_s)), QList<qint64>{});
        QCOMPARE(foundIds(search(u"operator@lkk.example"_s)), QList<qint64>{});
    }

    void searchAnswersAtMostFifty() {
        QVERIFY(m_server->exec(
            u"INSERT INTO users (email, password_hash, surname, phone, role, created_at) "
            u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 60) "
            u"SELECT 'bulk' || i || '@lkk.example', 'x', 'Тестова', '+79990000000', 'customer', 0 FROM n"_s));
        for (const QString& text : {u"тестова"_s, u"+7 999 000-00-00"_s}) {
            const Reply r = search(text);
            QCOMPARE(r.status, 200);
            QCOMPARE(r.json.value(u"customers"_s).toArray().size(), 50);
            QCOMPARE(r.json.value(u"truncated"_s).toBool(), true);
        }
    }

    // A surname with address words checks the addresses of the prefix's first 1000 customers (in
    // surname order) only, and says when there were more: a longer prefix finds the caller.
    void searchByAddressChecksABoundedPrefix() {
        QVERIFY(m_server->exec(u"INSERT INTO users (email, password_hash, surname, role, created_at) "
                               u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000) "
                               u"SELECT 'bound' || i || '@lkk.example', 'x', 'Иваненко', 'customer', 0 FROM n"_s));
        const Reply beyond = search(u"иван ласточкина"_s);
        QCOMPARE(beyond.status, 200);
        QCOMPARE(foundIds(beyond), QList<qint64>{});
        QCOMPARE(beyond.json.value(u"truncated"_s).toBool(), true);
        const Reply refined = search(u"иванова ласточкина"_s);
        QCOMPARE(foundIds(refined), QList<qint64>{m_demoId});
        QCOMPARE(refined.json.value(u"truncated"_s).toBool(), false);
        // Without address words the prefix is not bounded that way: its first 50 come, and more.
        const Reply all = search(u"иван"_s);
        QCOMPARE(all.json.value(u"customers"_s).toArray().size(), 50);
        QCOMPARE(all.json.value(u"truncated"_s).toBool(), true);

        QVERIFY(m_server->exec(u"DELETE FROM users WHERE email LIKE 'bound%@lkk.example'"_s));
        const Reply checked = search(u"иван ласточкина"_s);
        QCOMPARE(foundIds(checked), QList<qint64>{m_demoId});
        QCOMPARE(checked.json.value(u"truncated"_s).toBool(), false);
    }

    void searchRefusesWhatItCannotRead() {
        for (const QString& text : {u""_s, u"x"_s, u"и"_s, u"12@"_s, u"+7 (913"_s, u"%%"_s, QString(201, u'я')}) {
            const Reply r = search(text);
            QCOMPARE(r.status, 400);
            QCOMPARE(r.errorCode(), u"validation_failed"_s);
            QCOMPARE(r.errorField(), u"q"_s);
        }
        QCOMPARE(m_server->get(u"/api/v1/operator/customers"_s, m_operator).status, 400);
        QCOMPARE(search(u"иванова"_s, m_demo).status, 403);
        QCOMPARE(m_server->get(u"/api/v1/operator/customers?q=ivanova"_s).status, 401);
    }

    void eachSearchIsAudited() {
        const qint64 before = auditCount(u"action = 'search' AND operator_id = %1"_s.arg(m_operatorId));
        QCOMPARE(search(u"+7 913 123-45-67"_s).status, 200);
        QCOMPARE(search(u"x"_s).status, 400); // refused: not a search, no entry
        QCOMPARE(auditCount(u"action = 'search' AND operator_id = %1"_s.arg(m_operatorId)), before + 1);
        const qint64 id = m_server->scalar(u"SELECT MAX(id) FROM operator_audit WHERE action = 'search'"_s);
        QCOMPARE(
            auditCount(u"id = %1 AND customer_id IS NULL AND request_id <> '' AND details LIKE '%phone%'"_s.arg(id)),
            1);
    }

    void cabinetShowsTheCallersAccounts() {
        const qint64 before = auditCount(u"action = 'cabinet_open' AND customer_id = %1"_s.arg(m_demoId));
        const Reply r = m_server->get(u"/api/v1/operator/customers/%1"_s.arg(m_demoId), m_operator);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"customer"_s).toObject().value(u"surname"_s).toString(), u"Иванова"_s);
        const QJsonArray accounts = r.json.value(u"accounts"_s).toArray();
        // The same summaries the customer gets from GET /accounts.
        QCOMPARE(accounts, m_server->get(u"/api/v1/accounts"_s, m_demo).json.value(u"accounts"_s).toArray());
        QCOMPARE(accounts.size(), 3);
        QVERIFY(accounts.at(0).toObject().contains(u"toPay"_s));
        for (const char* secret : {"password", "hash", "linkCode", "link_code", "token", "totp"})
            QVERIFY2(!r.body.contains(secret), secret);
        QCOMPARE(auditCount(u"action = 'cabinet_open' AND customer_id = %1"_s.arg(m_demoId)), before + 1);

        // Nobody, or not a customer: 404 and no entry.
        const qint64 all = auditCount(u"1 = 1"_s);
        for (const QString& id : {u"999999"_s, QString::number(m_operatorId), u"abc"_s}) {
            const Reply missing = m_server->get(u"/api/v1/operator/customers/"_s + id, m_operator);
            QCOMPARE(missing.status, 404);
            QCOMPARE(missing.errorCode(), u"customer_not_found"_s);
        }
        QCOMPARE(auditCount(u"1 = 1"_s), all);
        QCOMPARE(m_server->get(u"/api/v1/operator/customers/%1"_s.arg(m_demoId), m_demo).status, 403);
    }

    // Every read of the caller's cabinet answers what the customer's own request answers (the
    // same query and body), bar the link code of a bill, and writes its entry. Its ETag is its
    // body's (a 304 still runs the read and writes the entry), not the customer's data version.
    void cabinetReadsAreTheCustomersOwn() {
        const qint64 contract = m_server->get(u"/api/v1/accounts/%1/requisites"_s.arg(m_epd), m_demo)
                                    .json[u"contracts"_s][0][u"id"_s]
                                    .toInteger();
        const qint64 appeal = m_server->get(u"/api/v1/accounts/%1/appeals"_s.arg(m_epd), m_demo)
                                  .json[u"appeals"_s][0][u"id"_s]
                                  .toInteger();
        QVERIFY(contract > 0 && appeal > 0);
        const QString account = u"/accounts/%1"_s.arg(m_epd);
        const QStringList reads = {account,
                                   account + u"/requisites"_s,
                                   account + u"/contracts/%1/tariffs"_s.arg(contract),
                                   account + u"/meters"_s,
                                   account + u"/bills"_s,
                                   account + u"/bills?from=2026-01&to=2026-06"_s,
                                   account + u"/readings"_s,
                                   account + u"/readings?from=2026-01-01&to=2026-06-30"_s,
                                   account + u"/payments"_s,
                                   account + u"/appeals"_s,
                                   u"/appeals/%1"_s.arg(appeal)};
        const qint64 before = auditCount(u"action = 'cabinet_view' AND customer_id = %1"_s.arg(m_demoId));
        const QString prefix = u"/api/v1/operator/customers/%1"_s.arg(m_demoId);
        for (const QString& read : reads) {
            const Reply own = m_server->get(u"/api/v1"_s + read, m_demo);
            const Reply theirs = m_server->get(prefix + read, m_operator);
            QCOMPARE(own.status, 200);
            QVERIFY2(theirs.status == 200, qPrintable(read + u": "_s + QString::fromUtf8(theirs.body.left(300))));
            QJsonObject expected = own.json;
            if (read.contains(u"/bills"_s)) {
                // The link code links the account: the customer's, never the operator's.
                QJsonObject summary = expected.value(u"account"_s).toObject();
                QVERIFY(!summary.take(u"linkCode"_s).toString().isEmpty());
                expected.insert(u"account"_s, summary);
                QVERIFY(!theirs.body.contains("linkCode"));
            }
            // Tagged where the customer's answer is (not the appeals), with the body's own tag.
            QCOMPARE(theirs.headers.value("etag").isEmpty(), own.headers.value("etag").isEmpty());
            QCOMPARE(theirs.json, expected);
        }
        QCOMPARE(auditCount(u"action = 'cabinet_view' AND customer_id = %1 AND operator_id = %2"_s.arg(m_demoId).arg(
                     m_operatorId)),
                 before + reads.size());
        QCOMPARE(auditCount(u"action = 'cabinet_view' AND details LIKE '%\"bills\"%' AND account_id = %1"_s.arg(m_epd)),
                 2);

        // The customer's refusals, and nothing written for them: a bad period, an account or an
        // appeal that is not the caller's, somebody who is no customer.
        const qint64 entries = auditCount(u"1 = 1"_s);
        const Reply badPeriod = m_server->get(prefix + account + u"/bills?from=2026-13"_s, m_operator);
        QCOMPARE(badPeriod.status, 400);
        QCOMPARE(badPeriod.errorField(), u"from"_s);
        const qint64 notTheirs = m_server->scalar(
            u"SELECT MIN(id) FROM billing_accounts WHERE id NOT IN (SELECT account_id FROM account_links "
            u"WHERE user_id = %1)"_s.arg(m_demoId));
        QVERIFY(notTheirs > 0);
        QCOMPARE(m_server->get(prefix + u"/accounts/%1/meters"_s.arg(notTheirs), m_operator).errorCode(),
                 u"account_not_found"_s);
        QCOMPARE(m_server->get(prefix + u"/appeals/999999"_s, m_operator).status, 404);
        const Reply nobody =
            m_server->get(u"/api/v1/operator/customers/%1%2/meters"_s.arg(m_operatorId).arg(account), m_operator);
        QCOMPARE(nobody.errorCode(), u"customer_not_found"_s);
        QCOMPARE(auditCount(u"1 = 1"_s), entries);
        // No payment form, no link question, no writes for operators; no operator route for customers.
        QCOMPARE(m_server->get(prefix + account + u"/payment-form"_s, m_operator).status, 404);
        QCOMPARE(m_server->get(prefix + account + u"/co-holders"_s, m_operator).status, 404);
        QCOMPARE(m_server->get(prefix + account + u"/bills"_s, m_demo).status, 403);

        // The customer sees what was read, without the operator.
        const Reply journal = m_server->get(u"/api/v1/profile/access-journal?limit=200"_s, m_demo);
        QStringList texts;
        for (const auto& e : journal.json.value(u"entries"_s).toArray())
            texts << e.toObject().value(u"text"_s).toString();
        QVERIFY2(texts.contains(u"Оператор контакт-центра просмотрел платёжные документы лицевого счёта № 100103492"_s),
                 qPrintable(texts.join(u'\n')));
        QVERIFY(texts.contains(u"Оператор контакт-центра просмотрел ваше обращение № %1"_s.arg(appeal)));
    }

    void readingOnBehalfReachesTheCustomer() {
        const qint64 meter = meterOnForm(u"517480"_s);
        QVERIFY(meter > 0);
        QCOMPARE(auditCount(u"action = 'readings_view' AND account_id = %1"_s.arg(m_epd)), 1);
        const QString reason = u"клиент продиктовал по телефону"_s;
        const QString submissionId = newId();
        const Reply r = m_server->post(readingsPath(m_demoId, m_epd), m_operator,
                                       readingBody(meter, u"233,5"_s, reason, submissionId));
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json.value(u"values"_s).toObject(), QJsonObject({{u"T1"_s, u"233.500"_s}}));
        QCOMPARE(m_server->scalar(
                     u"SELECT operator_id FROM reading_submissions WHERE submission_id = '%1'"_s.arg(submissionId)),
                 m_operatorId);
        QCOMPARE(auditCount(u"action = 'reading_submit' AND customer_id = %1 AND account_id = %2 AND operator_id = %3 "
                            u"AND reason = '%4' AND details LIKE '%517480%'"_s.arg(m_demoId)
                                .arg(m_epd)
                                .arg(m_operatorId)
                                .arg(reason)),
                 1);

        // The customer sees the reading with source operator…
        const Reply history = m_server->get(u"/api/v1/accounts/%1/readings"_s.arg(m_epd), m_demo);
        QCOMPARE(history.status, 200);
        bool seen = false;
        for (const auto& m : history.json.value(u"meters"_s).toArray()) {
            if (m.toObject().value(u"number"_s).toString() != u"517480")
                continue;
            const QJsonObject newest = m.toObject().value(u"readings"_s).toArray().at(0).toObject();
            seen = newest.value(u"source"_s).toString() == u"operator" &&
                   newest.value(u"values"_s).toObject().value(u"T1"_s).toString() == u"233.500";
        }
        QVERIFY(seen);
        // …and the contact centre's visit in the access journal, without the operator.
        const Reply journal = m_server->get(u"/api/v1/profile/access-journal"_s, m_demo);
        QCOMPARE(journal.status, 200);
        const QJsonObject newest = journal.json.value(u"entries"_s).toArray().at(0).toObject();
        QCOMPARE(newest.value(u"action"_s).toString(), u"reading_submit"_s);
        QCOMPARE(newest.value(u"text"_s).toString(),
                 u"Оператор контакт-центра передал показания по счётчику № 517480"_s);
        QCOMPARE(newest.value(u"reason"_s).toString(), reason);
        QCOMPARE(newest.value(u"accountNumber"_s).toString(), u"100103492"_s);
        for (const char* name : {"Смирнов", "operator@", "operatorId", "requestId"})
            QVERIFY2(!journal.body.contains(name), name);
        QCOMPARE(m_server->get(u"/api/v1/profile/access-journal"_s, m_second).json.value(u"total"_s).toInt(), 0);
        QCOMPARE(m_server->get(u"/api/v1/profile/access-journal"_s, m_operator).status, 403);
        // English.
        const Reply en =
            m_server->send("GET", u"/api/v1/profile/access-journal"_s, m_demo, {}, {{"Accept-Language", "en"}});
        QCOMPARE(en.json.value(u"entries"_s).toArray().at(0).toObject().value(u"text"_s).toString(),
                 u"A contact centre operator submitted a reading of meter No. 517480"_s);

        // A retry answers the stored result and writes nothing more.
        const Reply again = m_server->post(readingsPath(m_demoId, m_epd), m_operator,
                                           readingBody(meter, u"233,5"_s, reason, submissionId));
        QCOMPARE(again.status, 200);
        QCOMPARE(auditCount(u"action = 'reading_submit'"_s), 1);
    }

    // The actions on a caller's behalf besides a reading: each with its reason, its entry in the
    // same transaction and its line in the caller's journal.
    void actionsOnBehalfReachTheCustomer() {
        const QString reason = u"клиент позвонил и попросил"_s;
        const QString prefix = u"/api/v1/operator/customers/%1"_s.arg(m_secondId);
        const auto journalTexts = [this](const QString& token) {
            QStringList texts;
            const Reply journal = m_server->get(u"/api/v1/profile/access-journal"_s, token);
            for (const auto& e : journal.json.value(u"entries"_s).toArray())
                texts << e.toObject().value(u"text"_s).toString() + u" / "_s +
                             e.toObject().value(u"reason"_s).toString();
            return texts;
        };

        // A sign-in lock: five wrong passwords ask for a captcha; lifted, the right one signs in.
        for (int i = 0; i < 5; ++i)
            QCOMPARE(m_server
                         ->post(u"/api/v1/auth/login"_s, {},
                                {{u"email"_s, u"second@lkk.example"_s}, {u"password"_s, u"Wrong1234"_s}})
                         .status,
                     401);
        const auto secondSignIn = [this] {
            return m_server->post(u"/api/v1/auth/login"_s, {},
                                  {{u"email"_s, u"second@lkk.example"_s}, {u"password"_s, u"Second1234"_s}});
        };
        QCOMPARE(secondSignIn().errorCode(), u"captcha_required"_s);
        QCOMPARE(m_server->post(prefix + u"/sign-in-lock/lift"_s, m_operator, {{u"reason"_s, u"коротко"_s}}).status,
                 400);
        const Reply signIn = m_server->post(prefix + u"/sign-in-lock/lift"_s, m_operator, {{u"reason"_s, reason}});
        QCOMPARE(signIn.status, 200);
        QCOMPARE(signIn.json.value(u"lifted"_s).toInt(), 5);
        QCOMPARE(secondSignIn().status, 200);
        QCOMPARE(auditCount(u"action = 'sign_in_lock_lift' AND customer_id = %1 AND reason = '%2' AND details LIKE "
                            u"'%\"lifted\":5%'"_s.arg(m_secondId)
                                .arg(reason)),
                 1);

        // A link lock: five wrong answers lock 7012099921 for the caller; lifted, they link it.
        const auto startLink = [this] {
            return m_server->post(u"/api/v1/accounts/link"_s, m_second,
                                  {{u"number"_s, u"7012099921"_s}, {u"relation"_s, u"owner"_s}});
        };
        const QString challenge = startLink().json.value(u"challengeId"_s).toString();
        const auto answer = [&](const QString& challengeId, const QString& code) {
            return m_server->post(
                u"/api/v1/accounts/link/confirm"_s, m_second,
                {{u"challengeId"_s, challengeId}, {u"question"_s, u"link_code"_s}, {u"answer"_s, code}});
        };
        for (int i = 0; i < 5; ++i)
            answer(challenge, u"111111"_s);
        QCOMPARE(startLink().errorCode(), u"link_locked"_s);
        QCOMPARE(m_server
                     ->post(prefix + u"/link-lock/lift"_s, m_operator,
                            {{u"reason"_s, reason}, {u"accountNumber"_s, u"1234"_s}})
                     .errorField(),
                 u"accountNumber"_s);
        QCOMPARE(m_server
                     ->post(prefix + u"/link-lock/lift"_s, m_operator,
                            {{u"reason"_s, reason}, {u"accountNumber"_s, u"999999999"_s}})
                     .errorCode(),
                 u"account_not_found"_s);
        const Reply link = m_server->post(prefix + u"/link-lock/lift"_s, m_operator,
                                          {{u"reason"_s, reason}, {u"accountNumber"_s, u"7012 099 921"_s}});
        QCOMPARE(link.status, 200);
        QCOMPARE(link.json.value(u"lifted"_s).toInt(), 5);
        const Reply linked = answer(startLink().json.value(u"challengeId"_s).toString(), u"564381"_s);
        QCOMPARE(linked.status, 201);
        QCOMPARE(m_server->del(u"/api/v1/accounts/%1"_s.arg(linked.json.value(u"id"_s).toInteger()), m_second).status,
                 204);
        QVERIFY(journalTexts(m_second).contains(
            u"Оператор контакт-центра снял блокировку подключения лицевого счёта № 7012099921 / "_s + reason));

        // The registration mail again, for a caller who has not confirmed their address.
        QVERIFY(m_server->exec(u"INSERT INTO users (email, password_hash, surname, role, created_at, email_confirmed) "
                               u"VALUES ('late@lkk.example', 'x', 'Поздняя', 'customer', 0, 0)"_s));
        const qint64 late = m_server->scalar(u"SELECT id FROM users WHERE email = 'late@lkk.example'"_s);
        const QString resend = u"/api/v1/operator/customers/%1/confirmation"_s;
        const Reply sent = m_server->post(resend.arg(late), m_operator, {{u"reason"_s, reason}});
        QCOMPARE(sent.status, 202);
        QVERIFY(lkk::test::OperatorFixture(*m_server).nextMailTo(u"late@lkk.example"_s).contains(u"/confirm?token="_s));
        QCOMPARE(m_server->post(resend.arg(late), m_operator, {{u"reason"_s, reason}}).errorCode(),
                 u"too_many_attempts"_s); // one a minute
        QCOMPARE(m_server->post(resend.arg(m_demoId), m_operator, {{u"reason"_s, reason}}).errorCode(),
                 u"email_already_confirmed"_s);
        QCOMPARE(m_server->post(resend.arg(999999), m_operator, {{u"reason"_s, reason}}).errorCode(),
                 u"customer_not_found"_s);
        QCOMPARE(auditCount(u"action = 'confirmation_resend'"_s), 1);

        // An appeal registered for the caller is theirs.
        const Reply form = m_server->get(u"/api/v1/accounts/%1/appeal-form"_s.arg(m_epd), m_demo);
        const QJsonObject appealBody{{u"reason"_s, reason},
                                     {u"accountId"_s, m_epd},
                                     {u"providerId"_s, form.json[u"providers"_s][0][u"id"_s].toInteger()},
                                     {u"topic"_s, form.json[u"topics"_s][0][u"code"_s].toString()},
                                     {u"text"_s, u"Клиент сообщает, что показания за ноябрь не учтены."_s}};
        const QString appeals = u"/api/v1/operator/customers/%1/appeals"_s.arg(m_demoId);
        const Reply opened =
            m_server->post(appeals, m_operator, appealBody, {{"Idempotency-Key", "operator-appeal-1"}});
        QCOMPARE(opened.status, 201);
        const qint64 appeal = opened.json.value(u"id"_s).toInteger();
        QCOMPARE(m_server->get(u"/api/v1/appeals/%1"_s.arg(appeal), m_demo).status, 200);
        QCOMPARE(m_server->post(appeals, m_operator, appealBody, {{"Idempotency-Key", "operator-appeal-1"}}).status,
                 200);
        QJsonObject shortReason = appealBody;
        shortReason.insert(u"reason"_s, u"коротко"_s);
        QCOMPARE(
            m_server->post(appeals, m_operator, shortReason, {{"Idempotency-Key", "operator-appeal-2"}}).errorField(),
            u"reason"_s);
        QJsonObject notTheirs = appealBody;
        notTheirs.insert(u"accountId"_s, m_server->accountId(m_demo, u"7012045318"_s));
        QCOMPARE(m_server
                     ->post(u"/api/v1/operator/customers/%1/appeals"_s.arg(m_secondId), m_operator, notTheirs,
                            {{"Idempotency-Key", "operator-appeal-3"}})
                     .errorCode(),
                 u"account_not_found"_s);
        QCOMPARE(auditCount(u"action = 'appeal_create' AND customer_id = %1 AND account_id = %2 AND details LIKE "
                            u"'%\"appealId\":%3%'"_s.arg(m_demoId)
                                .arg(m_epd)
                                .arg(appeal)),
                 1);
        QVERIFY(journalTexts(m_demo).contains(
            u"Оператор контакт-центра зарегистрировал ваше обращение № %1 по лицевому счёту № 100103492 / "_s.arg(
                appeal) +
            reason));
        // Customers cannot act as operators.
        QCOMPARE(m_server->post(prefix + u"/sign-in-lock/lift"_s, m_second, {{u"reason"_s, reason}}).status, 403);
    }

    void actionThatFailsLeavesNoEntry() {
        const qint64 meter = meterOnForm(u"517480"_s);
        const qint64 before = auditCount(u"action = 'reading_submit'"_s);
        const QString reason = u"клиент продиктовал по телефону"_s;
        // Below the last reading: the customer's rule refuses it.
        Reply r = m_server->post(readingsPath(m_demoId, m_epd), m_operator, readingBody(meter, u"100"_s, reason));
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorCode(), u"reading_below_previous"_s);
        // No reason, a short one, a long one.
        for (const QString& bad : {u"   "_s, u"по звонку"_s, QString(501, u'я')}) {
            r = m_server->post(readingsPath(m_demoId, m_epd), m_operator, readingBody(meter, u"240"_s, bad));
            QCOMPARE(r.status, 400);
            QCOMPARE(r.errorField(), u"reason"_s);
        }
        QJsonObject noReason = readingBody(meter, u"240"_s, reason);
        noReason.remove(u"reason"_s);
        QCOMPARE(m_server->post(readingsPath(m_demoId, m_epd), m_operator, noReason).status, 400);
        // Another customer's account, an unknown meter.
        const qint64 power = m_server->accountId(m_demo, u"7012045318"_s);
        r = m_server->post(readingsPath(m_secondId, power), m_operator, readingBody(meter, u"240"_s, reason));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), u"account_not_found"_s);
        r = m_server->post(readingsPath(m_demoId, m_epd), m_operator, readingBody(999999, u"240"_s, reason));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), u"meter_not_found"_s);
        // Customers cannot use it.
        QCOMPARE(m_server->post(readingsPath(m_demoId, m_epd), m_demo, readingBody(meter, u"240"_s, reason)).status,
                 403);
        QCOMPARE(auditCount(u"action = 'reading_submit'"_s), before);
    }

    void failedAuditEntryFailsTheAction() {
        const qint64 meter = meterOnForm(u"517480"_s);
        const QString submissionId = newId();
        const qint64 entries = auditCount(u"1 = 1"_s);
        QJsonObject body = readingBody(meter, u"241"_s, u"клиент продиктовал по телефону"_s, submissionId);
        body.insert(u"confirmHighConsumption"_s, true);
        for (int i = 0; i < 5; ++i) // a sign-in lock of the second customer to lift
            m_server->post(u"/api/v1/auth/login"_s, {},
                           {{u"email"_s, u"second@lkk.example"_s}, {u"password"_s, u"Wrong1234"_s}});
        QVERIFY(m_server->exec(u"ALTER TABLE operator_audit RENAME TO operator_audit_away"_s));
        const Reply r = m_server->post(readingsPath(m_demoId, m_epd), m_operator, body);
        const Reply lift = m_server->post(u"/api/v1/operator/customers/%1/sign-in-lock/lift"_s.arg(m_secondId),
                                          m_operator, {{u"reason"_s, u"клиент позвонил и попросил"_s}});
        const Reply s = search(u"100103492"_s);
        const Reply c = m_server->get(u"/api/v1/operator/customers/%1"_s.arg(m_demoId), m_operator);
        QVERIFY(m_server->exec(u"ALTER TABLE operator_audit_away RENAME TO operator_audit"_s));
        QCOMPARE(r.status, 503);
        QCOMPARE(s.status, 503);
        QCOMPARE(c.status, 503);
        QCOMPARE(lift.status, 503);
        QCOMPARE(m_server->scalar(u"SELECT COUNT(*) FROM login_attempts WHERE email = 'second@lkk.example' AND "
                                  u"outcome = 'failure'"_s),
                 5); // still locked
        QCOMPARE(m_server->scalar(
                     u"SELECT COUNT(*) FROM reading_submissions WHERE submission_id = '%1'"_s.arg(submissionId)),
                 0);
        QCOMPARE(m_server->scalar(u"SELECT COUNT(*) FROM billing_readings WHERE value = '241.000'"_s), 0);
        QCOMPARE(auditCount(u"1 = 1"_s), entries);
        // Back to normal.
        QCOMPARE(search(u"100103492"_s).status, 200);
    }

    void trailCannotBeChanged() {
        QVERIFY(auditCount(u"1 = 1"_s) > 0);
        const QString before = auditFingerprint();
        // The database refuses (the triggers of migration 0011).
        QVERIFY(!m_server->exec(u"UPDATE operator_audit SET reason = 'changed'"_s));
        QVERIFY(!m_server->exec(u"DELETE FROM operator_audit"_s));
        if (ApiTestServer::postgres())
            QVERIFY(!m_server->exec(u"TRUNCATE operator_audit"_s));
        // The API has no route that writes it: every method on the log, as a supervisor.
        for (const QByteArray method : {"POST", "PUT", "PATCH", "DELETE"}) {
            const Reply r = m_server->send(method, u"/api/v1/operator/audit"_s, m_supervisor, "{}",
                                           {{"Content-Type", "application/json"}});
            QVERIFY2(r.status == 404 || r.status == 405, method);
        }
        const Reply r = m_server->send("DELETE", u"/api/v1/profile/access-journal"_s, m_demo);
        QVERIFY(r.status == 404 || r.status == 405);
        // Reads write entries; nothing else changes.
        const QString after = auditFingerprint();
        QCOMPARE(after.section(u'/', 0, 0).toLongLong(), before.section(u'/', 0, 0).toLongLong());
        QCOMPARE(after, before);
        // And the route table has no writing route under /operator/audit or the journal.
        QProcess routes;
        routes.start(lkk::test::ServerProcess::binaryPath(), {u"--print-routes"_s});
        QVERIFY(routes.waitForFinished(20000));
        for (const QByteArray& line : routes.readAllStandardOutput().split('\n')) {
            if (line.contains("/operator/audit") || line.contains("access-journal"))
                QVERIFY2(line.startsWith("GET "), line.constData());
        }
    }

    void supervisorsReadTheLog() {
        Reply r = m_server->get(u"/api/v1/operator/audit?operatorId=%1"_s.arg(m_operatorId), m_supervisor);
        QCOMPARE(r.status, 200);
        const QJsonArray entries = r.json.value(u"entries"_s).toArray();
        QVERIFY(!entries.isEmpty());
        QCOMPARE(r.json.value(u"total"_s).toInteger(), auditCount(u"operator_id = %1"_s.arg(m_operatorId)));
        for (const auto& e : entries)
            QCOMPARE(e.toObject().value(u"operator"_s).toObject().value(u"id"_s).toInteger(), m_operatorId);
        QCOMPARE(entries.at(0).toObject().value(u"operator"_s).toObject().value(u"name"_s).toString(),
                 u"Смирнов Алексей Викторович"_s);

        r = m_server->get(u"/api/v1/operator/audit?customerId=%1&limit=500"_s.arg(m_demoId), m_supervisor);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"total"_s).toInteger(), auditCount(u"customer_id = %1"_s.arg(m_demoId)));
        bool submitted = false;
        for (const auto& e : r.json.value(u"entries"_s).toArray()) {
            const QJsonObject o = e.toObject();
            QCOMPARE(o.value(u"customer"_s).toObject().value(u"id"_s).toInteger(), m_demoId);
            if (o.value(u"action"_s).toString() == u"reading_submit") {
                submitted = true;
                QCOMPARE(o.value(u"reason"_s).toString(), u"клиент продиктовал по телефону"_s);
                QCOMPARE(o.value(u"account"_s).toObject().value(u"number"_s).toString(), u"100103492"_s);
                QCOMPARE(o.value(u"details"_s).toObject().value(u"meterNumber"_s).toString(), u"517480"_s);
                QVERIFY(!o.value(u"requestId"_s).toString().isEmpty());
            }
        }
        QVERIFY(submitted);

        // Time: the whole test day, and a day before anything happened.
        r = m_server->get(u"/api/v1/operator/audit?from=2026-11-24&to=2026-11-24"_s, m_supervisor);
        QCOMPARE(r.json.value(u"total"_s).toInteger(), auditCount(u"1 = 1"_s));
        r = m_server->get(u"/api/v1/operator/audit?to=2026-11-23T00:00:00Z"_s, m_supervisor);
        QCOMPARE(r.json.value(u"total"_s).toInteger(), 0);

        for (const QString& bad : {u"operatorId=x"_s, u"from=2026-13-01"_s, u"to=yesterday"_s, u"limit=0"_s,
                                   u"limit=501"_s, u"offset=-1"_s, u"from=2026-11-24T10:00:00"_s}) {
            r = m_server->get(u"/api/v1/operator/audit?"_s + bad, m_supervisor);
            QCOMPARE(r.status, 400);
            QCOMPARE(r.errorField(), bad.section(u'=', 0, 0));
        }
        QCOMPARE(m_server->get(u"/api/v1/operator/audit"_s, m_operator).status, 403);
        QCOMPARE(m_server->get(u"/api/v1/operator/audit"_s, m_demo).status, 403);
    }

    void searchesAreLimited() {
        const qint64 now = serverNow();
        const qint64 recent =
            auditCount(u"action = 'search' AND operator_id = %1 AND at > %2"_s.arg(m_supervisorId).arg(now - 50000));
        QVERIFY(addEntries(m_supervisorId, u"search"_s, int(59 - recent), now));
        QCOMPARE(search(u"100103492"_s, m_supervisor).status, 200); // the 60th in a minute
        const Reply refused = search(u"100103492"_s, m_supervisor);
        QCOMPARE(refused.status, 429);
        QCOMPARE(refused.errorCode(), u"operator_limit_reached"_s);
        QCOMPARE(refused.details().value(u"limit"_s).toString(), u"searches"_s);
        QCOMPARE(refused.details().value(u"max"_s).toInt(), 60);
        QVERIFY(refused.headers.value("retry-after").toInt() >= 1);
        QVERIFY(refused.headers.value("retry-after").toInt() <= 60);
        QCOMPARE(search(u"100103492"_s, m_supervisor).status, 429);
        // The refusals wrote no search, one warning entry, and a warning in the log.
        QCOMPARE(
            auditCount(u"action = 'search' AND operator_id = %1 AND at > %2"_s.arg(m_supervisorId).arg(now - 50000)),
            60);
        QCOMPARE(auditCount(u"action = 'limit_exceeded' AND operator_id = %1"_s.arg(m_supervisorId)), 1);
        QVERIFY(
            QTest::qWaitFor([&] { return m_server->process().output().contains("over the limit of searches"); }, 5000));
        // Another operator is not affected.
        QCOMPARE(search(u"100103492"_s).status, 200);
        // A minute later the operator may search again.
        QVERIFY(m_server->advanceClock(std::chrono::seconds(61)));
        QCOMPARE(search(u"100103492"_s, m_supervisor).status, 200);
    }

    void cabinetsAreLimited() {
        QCOMPARE(m_server->get(u"/api/v1/operator/customers/%1"_s.arg(m_demoId), m_supervisor).status, 200);
        const qint64 now = m_server->scalar(u"SELECT MAX(at) FROM operator_audit"_s);
        const qint64 distinct = m_server->scalar(
            u"SELECT COUNT(DISTINCT customer_id) FROM operator_audit WHERE action = 'cabinet_open' AND operator_id = %1"_s
                .arg(m_supervisorId));
        QVERIFY(addEntries(m_supervisorId, u"cabinet_open"_s, int(300 - distinct), now, 1000000));
        // 300 different customers within the hour: one already opened still opens, a new one does not.
        QCOMPARE(m_server->get(u"/api/v1/operator/customers/%1"_s.arg(m_demoId), m_supervisor).status, 200);
        const Reply refused = m_server->get(u"/api/v1/operator/customers/%1"_s.arg(m_secondId), m_supervisor);
        QCOMPARE(refused.status, 429);
        QCOMPARE(refused.details().value(u"limit"_s).toString(), u"cabinets"_s);
        QCOMPARE(refused.details().value(u"max"_s).toInt(), 300);
        QCOMPARE(auditCount(u"action = 'cabinet_open' AND customer_id = %1"_s.arg(m_secondId)), 0);
        QVERIFY(m_server->advanceClock(std::chrono::minutes(61)));
        // An hour idle ended the supervisor's session (30 minutes without a request): sign in again.
        m_supervisor = m_server->loginDemoSupervisor();
        QVERIFY(!m_supervisor.isEmpty());
        QCOMPARE(m_server->get(u"/api/v1/operator/customers/%1"_s.arg(m_secondId), m_supervisor).status, 200);
    }

    void exportWritesCsv() {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"audit.csv"_s);
        QProcess p;
        p.start(lkk::test::ServerProcess::binaryPath(),
                {u"audit"_s, u"export"_s, u"--from"_s, u"2026-11-01"_s, u"--to"_s, u"2026-12-31"_s, u"--out"_s, file,
                 u"--db"_s, m_server->databaseUrl()});
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QFile csv(file);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().split('\n');
        QCOMPARE(lines.first(),
                 QByteArray("id,at,operator_id,operator_email,customer_id,account_number,action,reason,details,"
                            "request_id\r"));
        QCOMPARE(lines.size() - 2, auditCount(u"1 = 1"_s)); // the header, the empty tail
        bool found = false;
        for (const QByteArray& line : lines) {
            if (line.contains(",reading_submit,")) {
                found = line.contains("operator@lkk.example") && line.contains(",100103492,") &&
                        line.contains("клиент продиктовал по телефону") && line.contains("\"\"meterNumber\"\"");
            }
        }
        QVERIFY(found);

        // Nothing in an empty period; bad usage.
        p.start(lkk::test::ServerProcess::binaryPath(),
                {u"audit"_s, u"export"_s, u"--from"_s, u"2020-01-01"_s, u"--to"_s, u"2020-01-02"_s, u"--db"_s,
                 m_server->databaseUrl()});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(p.readAllStandardOutput().count('\n'), 1);
        for (const QStringList& args :
             {QStringList{u"audit"_s, u"export"_s, u"--from"_s, u"2026-11-01"_s},
              QStringList{u"audit"_s, u"export"_s, u"--from"_s, u"2026-12-01"_s, u"--to"_s, u"2026-11-01"_s},
              QStringList{u"audit"_s, u"delete"_s, u"--from"_s, u"2026-11-01"_s, u"--to"_s, u"2026-12-01"_s}}) {
            p.start(lkk::test::ServerProcess::binaryPath(), args + QStringList{u"--db"_s, m_server->databaseUrl()});
            QVERIFY(p.waitForFinished(60000));
            QCOMPARE(p.exitCode(), 2);
        }
    }
};

QTEST_GUILESS_MAIN(TestCallers)
#include "tst_callers.moc"
