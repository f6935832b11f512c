// Bills, payments history and the payment form over real HTTPS against the lkk-server
// binary: every demo bill's arithmetic recomputed from the answer and compared with the imported
// demo file, the range rules, the payments list shape and the form's due. Runs against SQLite
// (LKK_TEST_BACKEND=sqlite) or PostgreSQL (LKK_TEST_BACKEND=postgres + LKK_TEST_DATABASE_URL).
#include "tests/support/ApiTestServer.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;

using lkk::test::ApiTestServer;
using Reply = lkk::test::HttpReply;

class TestBills : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<ApiTestServer> m_server;
    QString m_demo;
    QString m_second;
    QHash<QString, qint64> m_ids; // account number -> id
    QJsonObject m_file;           // resources/demo/billing.json

    Reply get(const QString& path, const QString& token) { return m_server->get(path, token); }

    QString accountPath(const QString& number, const QString& rest) const {
        return u"/api/v1/accounts/%1/%2"_s.arg(m_ids.value(number)).arg(rest);
    }

    static void checkFigures(const QJsonObject& o, const QString& where) {
        const qint64 debtStart = o.value(u"debtStart"_s).toInteger();
        const qint64 paid = o.value(u"paid"_s).toInteger();
        const qint64 charged = o.value(u"charged"_s).toInteger();
        const qint64 social = o.value(u"socialSupport"_s).toInteger();
        const qint64 adjustments = o.value(u"adjustments"_s).toInteger();
        const qint64 debtEnd = o.value(u"debtEnd"_s).toInteger();
        const qint64 penalties = o.value(u"penalties"_s).toInteger();
        const qint64 total = o.value(u"totalToPay"_s).toInteger();
        QVERIFY2(debtStart - paid + charged + social + adjustments == debtEnd, qPrintable(where));
        QVERIFY2(debtEnd + penalties == total, qPrintable(where));
        for (const char* key :
             {"debtStart", "paid", "charged", "socialSupport", "adjustments", "debtEnd", "penalties", "totalToPay"})
            QVERIFY2(o.value(QLatin1StringView(key)).isDouble(), qPrintable(where + u' ' + QLatin1StringView(key)));
    }

private slots:
    void initTestCase() {
        LKK_REQUIRE_TEST_BACKEND();
        QFile file(QStringLiteral(LKK_SOURCE_DIR "/resources/demo/billing.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        m_file = QJsonDocument::fromJson(file.readAll()).object();
        QVERIFY(!m_file.isEmpty());
        m_server = std::make_unique<ApiTestServer>();
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        m_demo = m_server->login(u"demo@lkk.example"_s, u"Demo1234"_s);
        m_second = m_server->login(u"second@lkk.example"_s, u"Second1234"_s);
        QVERIFY(!m_demo.isEmpty());
        QVERIFY(!m_second.isEmpty());
        const Reply accounts = get(u"/api/v1/accounts"_s, m_demo);
        QCOMPARE(accounts.status, 200);
        for (const auto& v : accounts.json.value(u"accounts"_s).toArray())
            m_ids.insert(v[u"number"_s].toString(), v[u"id"_s].toInteger());
        QCOMPARE(m_ids.size(), 3);
    }

    void cleanupTestCase() { m_server.reset(); }

    // Every bill of every demo account: the identities of docs/domain.md §4 hold for each provider
    // and line, the bill sums its providers, and the figures are the imported ones.
    void everyBillAddsUp() {
        for (const QString& number : m_ids.keys()) {
            const Reply r = get(accountPath(number, u"bills?from=2000-01&to=2099-12"_s), m_demo);
            QCOMPARE(r.status, 200);
            QCOMPARE(r.json[u"account"_s][u"number"_s].toString(), number);
            const QJsonArray bills = r.json.value(u"bills"_s).toArray();
            QHash<QString, QJsonObject> imported;
            for (const auto& v : m_file.value(u"bills"_s).toArray()) {
                if (v[u"account"_s].toString() == number)
                    imported.insert(v[u"period"_s].toString(), v.toObject());
            }
            QCOMPARE(bills.size(), imported.size());
            QVERIFY(bills.size() >= 12);
            QString previous = u"9999-99"_s;
            for (const auto& bv : bills) {
                const QJsonObject bill = bv.toObject();
                const QString period = bill[u"period"_s].toString();
                QVERIFY2(period < previous, "newest first");
                previous = period;
                const QJsonObject source = imported.value(period);
                QCOMPARE(bill[u"totalToPay"_s].toInteger(), source[u"totalToPay"_s].toInteger());
                QCOMPARE(bill[u"penalties"_s].toInteger(), source[u"penalties"_s].toInteger());
                qint64 total = 0;
                qint64 penalties = 0;
                const QJsonArray providers = bill[u"providers"_s].toArray();
                QCOMPARE(providers.size(), source[u"providers"_s].toArray().size());
                for (qsizetype i = 0; i < providers.size(); ++i) {
                    const QJsonObject p = providers.at(i).toObject();
                    const QJsonObject sp = source[u"providers"_s].toArray().at(i).toObject();
                    const QString where = number + u' ' + period + u' ' + p[u"name"_s].toString();
                    checkFigures(p, where);
                    if (QTest::currentTestFailed())
                        return;
                    QCOMPARE(p[u"subAccount"_s].toString(), sp[u"subAccount"_s].toString());
                    QCOMPARE(p[u"debtStart"_s].toInteger(), sp[u"debtStart"_s].toInteger());
                    QCOMPARE(p[u"charged"_s].toInteger(), sp[u"charged"_s].toInteger());
                    QCOMPARE(p[u"totalToPay"_s].toInteger(), sp[u"totalToPay"_s].toInteger());
                    QVERIFY(!p[u"inn"_s].toString().isEmpty());
                    QCOMPARE(p[u"bic"_s].toString().size(), 9);
                    QCOMPARE(p[u"settlementAccount"_s].toString().size(), 20);
                    total += p[u"totalToPay"_s].toInteger();
                    penalties += p[u"penalties"_s].toInteger();
                    const QJsonArray services = p[u"services"_s].toArray();
                    QCOMPARE(services.size(), sp[u"services"_s].toArray().size());
                    QVERIFY(!services.isEmpty());
                    for (qsizetype s = 0; s < services.size(); ++s) {
                        const QJsonObject line = services.at(s).toObject();
                        const QJsonObject sl = sp[u"services"_s].toArray().at(s).toObject();
                        checkFigures(line, where + u' ' + line[u"service"_s].toString());
                        if (QTest::currentTestFailed())
                            return;
                        QVERIFY(line[u"contractId"_s].toInteger() > 0);
                        QCOMPARE(line[u"quantity"_s].toString(), sl[u"quantity"_s].toString());
                        QCOMPARE(line[u"zone"_s].toString(), sl[u"zone"_s].toString());
                        QCOMPARE(line[u"tariff"_s].isNull(), !sl.contains(u"tariff"_s));
                        if (sl.contains(u"tariff"_s))
                            QCOMPARE(line[u"tariff"_s].toInteger(), sl[u"tariff"_s].toInteger());
                        QCOMPARE(line[u"charged"_s].toInteger(), sl[u"charged"_s].toInteger());
                    }
                }
                QCOMPARE(total, bill[u"totalToPay"_s].toInteger());
                QCOMPARE(penalties, bill[u"penalties"_s].toInteger());
            }
        }
    }

    // The latest ЕПД of 100103492 as printed (figures of the demo file, docs/domain.md §4).
    void latestEpdFigures() {
        const Reply r = get(accountPath(u"100103492"_s, u"bills"_s), m_demo);
        QCOMPARE(r.status, 200);
        const QJsonObject account = r.json[u"account"_s].toObject();
        QCOMPARE(account[u"kind"_s].toString(), u"epd"_s);
        QCOMPARE(account[u"owner"_s].toString(), u"Иванова Мария Петровна"_s);
        QCOMPARE(account[u"linkCode"_s].toString(), u"249248"_s);
        QVERIFY(account[u"address"_s].toString().startsWith(u"634583, Томская обл."_s));
        const QJsonArray bills = r.json[u"bills"_s].toArray();
        QCOMPARE(bills.size(), 12); // default: 12 periods up to the latest bill
        QCOMPARE(bills.first()[u"period"_s].toString(), u"2026-11"_s);
        QCOMPARE(bills.last()[u"period"_s].toString(), u"2025-12"_s);
        const QJsonObject latest = bills.first().toObject();
        QCOMPARE(latest[u"totalToPay"_s].toInteger(), 12629498);
        const QJsonObject ztk = latest[u"providers"_s][0].toObject();
        QCOMPARE(ztk[u"name"_s].toString(), u"ООО «ЗТК»"_s);
        QCOMPARE(ztk[u"subAccount"_s].toString(), u"878100103492"_s);
        QCOMPARE(ztk[u"debtStart"_s].toInteger(), 6024876);
        QCOMPARE(ztk[u"penalties"_s].toInteger(), 353882);
        QCOMPARE(ztk[u"totalToPay"_s].toInteger(), 6958278);
        const QJsonObject heat = ztk[u"services"_s][0].toObject();
        QCOMPARE(heat[u"quantity"_s].toString(), u"0.0280"_s);
        QCOMPARE(heat[u"factor"_s].toString(), u"60.6"_s);
        QCOMPARE(heat[u"tariff"_s].toInteger(), 341537);
        QCOMPARE(heat[u"pricePerUnit"_s].toInteger(), 9563);
        // An overpaid provider stays negative.
        QCOMPARE(latest[u"providers"_s][1][u"totalToPay"_s].toInteger(), -238);
        // Day/night lines of the electricity account.
        const Reply e = get(accountPath(u"7012045318"_s, u"bills?from=2026-11&to=2026-11"_s), m_demo);
        QCOMPARE(e.status, 200);
        QCOMPARE(e.json[u"bills"_s].toArray().size(), 1);
        const QJsonArray lines = e.json[u"bills"_s][0][u"providers"_s][0][u"services"_s].toArray();
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[0][u"zone"_s].toString(), u"T1"_s);
        QCOMPARE(lines[1][u"zone"_s].toString(), u"T2"_s);
        QCOMPARE(lines[0][u"quantity"_s].toString(), u"181.94"_s);
        QVERIFY(lines[0][u"factor"_s].toString().isEmpty());
    }

    void billRanges() {
        const Reply r = get(accountPath(u"100103492"_s, u"bills?from=2026-01&to=2026-03"_s), m_demo);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json[u"bills"_s].toArray().size(), 3);
        QCOMPARE(r.json[u"bills"_s][0][u"period"_s].toString(), u"2026-03"_s);
        const Reply fromOnly = get(accountPath(u"100103492"_s, u"bills?from=2023-01"_s), m_demo);
        QCOMPARE(fromOnly.json[u"bills"_s].toArray().size(), 12);
        QCOMPARE(fromOnly.json[u"bills"_s][0][u"period"_s].toString(), u"2023-12"_s);
        const Reply empty = get(accountPath(u"100103492"_s, u"bills?from=2010-01&to=2010-12"_s), m_demo);
        QCOMPARE(empty.status, 200);
        QVERIFY(empty.json[u"bills"_s].toArray().isEmpty());
        for (const QString& q : {u"from=2026-13"_s, u"from=26-01"_s, u"to=2026-1"_s, u"from=abc"_s, u"to="_s}) {
            const Reply bad = get(accountPath(u"100103492"_s, u"bills?"_s + q), m_demo);
            QCOMPARE(bad.status, 400);
            QCOMPARE(bad.errorCode(), u"validation_failed"_s);
            QCOMPARE(bad.errorField(), q.section(u'=', 0, 0));
        }
        const Reply reversed = get(accountPath(u"100103492"_s, u"bills?from=2026-05&to=2026-01"_s), m_demo);
        QCOMPARE(reversed.status, 400);
        QCOMPARE(reversed.errorField(), u"from"_s);
    }

    void paymentsListShape() {
        const Reply r = get(accountPath(u"100103492"_s, u"payments?from=2026-01-01&to=2026-11-30"_s), m_demo);
        QCOMPARE(r.status, 200);
        const QJsonArray groups = r.json[u"subAccounts"_s].toArray();
        QCOMPARE(groups.size(), 6); // every sub-account, in bill order
        QCOMPARE(groups[0][u"provider"_s].toString(), u"ООО «ЗТК»"_s);
        QCOMPARE(groups[0][u"subAccount"_s].toString(), u"878100103492"_s);
        int count = 0;
        for (const auto& g : groups) {
            QString previous = u"9999-99-99"_s;
            for (const auto& p : g[u"payments"_s].toArray()) {
                const QString date = p[u"date"_s].toString();
                QVERIFY(date <= previous);
                QVERIFY(date >= u"2026-01-01"_s && date <= u"2026-11-30"_s);
                previous = date;
                QVERIFY(p[u"id"_s].isString());
                QVERIFY(p[u"amount"_s].toInteger() > 0);
                QVERIFY(p[u"orderId"_s].isNull());
                const QString status = p[u"status"_s].toString();
                QVERIFY(status == u"credited"_s || status == u"processing"_s);
                ++count;
            }
        }
        int expected = 0;
        for (const auto& v : m_file.value(u"payments"_s).toArray()) {
            const QString date = v[u"date"_s].toString();
            if (v[u"account"_s].toString() == u"100103492"_s && date >= u"2026-01-01"_s && date <= u"2026-11-30"_s)
                ++expected;
        }
        QCOMPARE(count, expected);
        // A range without payments still lists every sub-account.
        const Reply none = get(accountPath(u"100103492"_s, u"payments?from=2010-01-01&to=2010-02-01"_s), m_demo);
        QCOMPARE(none.json[u"subAccounts"_s].toArray().size(), 6);
        QVERIFY(none.json[u"subAccounts"_s][0][u"payments"_s].toArray().isEmpty());
        const Reply bad = get(accountPath(u"100103492"_s, u"payments?from=2026-02-30"_s), m_demo);
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.errorField(), u"from"_s);
        const Reply reversed = get(accountPath(u"100103492"_s, u"payments?from=2026-05-01&to=2026-01-01"_s), m_demo);
        QCOMPARE(reversed.status, 400);
    }

    void paymentFormDue() {
        const Reply r = get(accountPath(u"100103492"_s, u"payment-form"_s), m_demo);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json[u"address"_s].toString(), u"Ласточкина ул., д.13, кв.11"_s);
        QCOMPARE(r.json[u"email"_s].toString(), u"demo@lkk.example"_s);
        QCOMPARE(r.json[u"phone"_s].toString(), u"+79131234567"_s);
        QCOMPARE(r.json[u"maxOrderTotal"_s].toInteger(), 50000000);
        QVERIFY(r.json[u"rulesUrl"_s].toString().endsWith(u"/payment-rules"_s) &&
                !r.json[u"rulesUrl"_s].toString().contains(u"/api/v1/"_s));
        const QJsonArray items = r.json[u"items"_s].toArray();
        QCOMPARE(items.size(), 6);
        QCOMPARE(items[0][u"title"_s].toString(), u"Услуга по сбору ДС за ЖКУ ООО «ЗТК»"_s);
        QCOMPARE(items[0][u"due"_s].toInteger(), 6958278); // nothing paid since the bill
        QCOMPARE(items[1][u"due"_s].toInteger(), 0);       // overpaid (-2,38): nothing due
        const Reply rules = m_server->get(QUrl(r.json[u"rulesUrl"_s].toString()).path(), {});
        QCOMPARE(rules.status, 200);
        QVERIFY(QString::fromUtf8(rules.body).contains(u"Правила оплаты"_s));
    }

    // A payment to a sub-account no contract names any more: listed after the contracts'
    // sub-accounts (which keep the form's order), never on the form.
    void paymentToFormerSubAccount() {
        const QString id = QString::number(m_ids.value(u"7012045318"_s));
        const QString bumpVersion = u"UPDATE account_versions SET version = version + 1 WHERE account_id = "_s + id;
        const qint64 provider =
            m_server->scalar(u"SELECT MIN(provider_id) FROM billing_contracts WHERE account_id = "_s + id);
        QVERIFY(provider > 0);
        QVERIFY(m_server->exec(u"INSERT INTO billing_payments (external_id, payment_date, account_id, provider_id, "
                               u"sub_account, amount, status) VALUES ('test-former', '2026-10-15', "_s +
                               id + u", "_s + QString::number(provider) + u", 'former-1', 1234, 'credited')"_s));
        QVERIFY(m_server->exec(bumpVersion)); // the answers kept before are not these

        const Reply form = get(accountPath(u"7012045318"_s, u"payment-form"_s), m_demo);
        QCOMPARE(form.status, 200);
        const QJsonArray items = form.json[u"items"_s].toArray();
        QVERIFY(!items.isEmpty());
        const Reply r = get(accountPath(u"7012045318"_s, u"payments?from=2026-10-01&to=2026-10-31"_s), m_demo);
        QCOMPARE(r.status, 200);
        const QJsonArray groups = r.json[u"subAccounts"_s].toArray();
        QCOMPARE(groups.size(), items.size() + 1);
        for (qsizetype i = 0; i < items.size(); ++i) {
            QCOMPARE(groups[i][u"subAccount"_s], items[i][u"subAccount"_s]);
            QCOMPARE(groups[i][u"providerId"_s], items[i][u"providerId"_s]);
        }
        const QJsonObject former = groups.last().toObject();
        QCOMPARE(former[u"subAccount"_s].toString(), u"former-1"_s);
        QCOMPARE(former[u"providerId"_s].toInteger(), provider);
        QVERIFY(!former[u"provider"_s].toString().isEmpty());
        const QJsonArray payments = former[u"payments"_s].toArray();
        QCOMPARE(payments.size(), 1);
        QCOMPARE(payments[0][u"amount"_s].toInteger(), 1234);
        QCOMPARE(payments[0][u"date"_s].toString(), u"2026-10-15"_s);

        QVERIFY(m_server->exec(u"DELETE FROM billing_payments WHERE external_id = 'test-former'"_s));
        QVERIFY(m_server->exec(bumpVersion));
    }

    // A block's lines come in their order on the bill (ord), whatever order the database reads them in
    // (by contract and zone, which the demo's order follows).
    void linesInTheirBillOrder() {
        const QString id = QString::number(m_ids.value(u"100103492"_s));
        const QString bumpVersion = u"UPDATE account_versions SET version = version + 1 WHERE account_id = "_s + id;
        const auto latestBlocks = [&] {
            const Reply r = get(accountPath(u"100103492"_s, u"bills"_s), m_demo);
            return r.json[u"bills"_s][0][u"providers"_s].toArray();
        };
        // A block of the latest bill with several lines, and its position (the blocks' order).
        const QJsonArray blocks = latestBlocks();
        qsizetype position = 0;
        while (position < blocks.size() && blocks[position][u"services"_s].toArray().size() < 2)
            ++position;
        QVERIFY(position < blocks.size());
        const QJsonArray lines = blocks[position][u"services"_s].toArray();
        const qint64 block = m_server->scalar(
            u"SELECT bp.id FROM billing_bill_providers bp JOIN billing_bills b ON b.id = bp.bill_id WHERE "
            u"b.account_id = "_s +
            id + u" ORDER BY b.period DESC, bp.ord, bp.id LIMIT 1 OFFSET "_s + QString::number(position));
        const QString first =
            QString::number(m_server->scalar(u"SELECT id FROM billing_bill_lines WHERE bill_provider_id = "_s +
                                             QString::number(block) + u" ORDER BY ord, id LIMIT 1"_s));
        QVERIFY(m_server->exec(u"UPDATE billing_bill_lines SET ord = ord + 1000 WHERE id = "_s + first));
        QVERIFY(m_server->exec(bumpVersion));

        const QJsonArray moved = latestBlocks()[position][u"services"_s].toArray();
        QCOMPARE(moved.size(), lines.size());
        QCOMPARE(moved.last(), lines.first());
        for (qsizetype i = 1; i < lines.size(); ++i)
            QCOMPARE(moved.at(i - 1), lines.at(i));

        QVERIFY(m_server->exec(u"UPDATE billing_bill_lines SET ord = ord - 1000 WHERE id = "_s + first));
        QVERIFY(m_server->exec(bumpVersion));
        QCOMPARE(latestBlocks()[position][u"services"_s].toArray(), lines);
    }

    // A later import may move a contract to another account: the older bills' lines still name it
    // and show its service, as before the move (the services are read apart from the lines).
    void linesOfAContractMovedAway() {
        const QString id = QString::number(m_ids.value(u"100103492"_s));
        const QString other = QString::number(m_ids.value(u"7012045318"_s));
        const QString path = accountPath(u"100103492"_s, u"bills?from=2025-01&to=2026-12"_s);
        const Reply before = get(path, m_demo);
        QCOMPARE(before.status, 200);
        const QJsonArray lines = before.json[u"bills"_s][0][u"providers"_s][0][u"services"_s].toArray();
        QVERIFY(!lines.isEmpty());
        const QString contract = QString::number(lines.first()[u"contractId"_s].toInteger());
        QVERIFY(!lines.first()[u"service"_s].toString().isEmpty());
        const auto moveTo = [&](const QString& account) {
            return m_server->exec(u"UPDATE billing_contracts SET account_id = "_s + account + u" WHERE id = "_s +
                                  contract) &&
                   m_server->exec(u"UPDATE account_versions SET version = version + 1 WHERE account_id = "_s + id);
        };
        QVERIFY(moveTo(other));
        const Reply moved = get(path, m_demo);
        QVERIFY(moveTo(id));
        QCOMPARE(moved.status, 200);
        QVERIFY(moved.headers.value("etag") != before.headers.value("etag")); // read again, not kept
        QCOMPARE(moved.json, before.json);
    }

    // An account without contracts: the form has its address and no items, the history no groups.
    void accountWithoutContracts() {
        QVERIFY(
            m_server->exec(u"INSERT INTO billing_accounts (number, kind, postal_code, region, locality, street, "
                           u"house, address_display, address_full, owner_name, total_area, living_area, residents, "
                           u"link_code) VALUES ('990000001', 'flat', '634000', 'Томская обл.', 'Томск', 'ул. Новая', "
                           u"'1', 'Новая ул., д.1', 'Томская обл., Томск, Новая ул., д.1', 'Иванов И. И.', '40.0', "
                           u"'30.0', 1, '000000')"_s));
        const QString id =
            QString::number(m_server->scalar(u"SELECT id FROM billing_accounts WHERE number = '990000001'"_s));
        QVERIFY(m_server->exec(u"INSERT INTO account_links (user_id, account_id, relation, linked_at) SELECT id, "_s +
                               id + u", 'owner', 0 FROM users WHERE email = 'demo@lkk.example'"_s));

        const Reply form = get(u"/api/v1/accounts/%1/payment-form"_s.arg(id), m_demo);
        QCOMPARE(form.status, 200);
        QCOMPARE(form.json[u"address"_s].toString(), u"Новая ул., д.1"_s);
        QCOMPARE(form.json[u"email"_s].toString(), u"demo@lkk.example"_s);
        QVERIFY(form.json[u"items"_s].isArray());
        QVERIFY(form.json[u"items"_s].toArray().isEmpty());
        const Reply history = get(u"/api/v1/accounts/%1/payments"_s.arg(id), m_demo);
        QCOMPARE(history.status, 200);
        QVERIFY(history.json[u"subAccounts"_s].isArray());
        QVERIFY(history.json[u"subAccounts"_s].toArray().isEmpty());

        QVERIFY(m_server->exec(u"DELETE FROM account_links WHERE account_id = "_s + id));
        QVERIFY(m_server->exec(u"DELETE FROM account_versions WHERE account_id = "_s + id));
        QVERIFY(m_server->exec(u"DELETE FROM billing_accounts WHERE id = "_s + id));
    }

    void otherCustomersAccount() {
        for (const QString& rest : {u"bills"_s, u"payments"_s, u"payment-form"_s}) {
            const Reply r = get(accountPath(u"100103492"_s, rest), m_second);
            QCOMPARE(r.status, 404);
            QCOMPARE(r.errorCode(), u"account_not_found"_s);
            QCOMPARE(get(accountPath(u"100103492"_s, rest), {}).status, 401);
            QCOMPARE(get(u"/api/v1/accounts/abc/"_s + rest, m_demo).status, 404);
        }
    }

    // The 12 periods of the ЕПД account: gzip for a client that accepts it (≤ 12 KB on the wire,
    // the same JSON once inflated), one weak ETag for both encodings (it names the data, not the
    // bytes), and If-None-Match with it answering 304 without a body.
    void billsCompressedAndTagged() {
        const QString path = accountPath(u"100103492"_s, u"bills"_s);
        const Reply identity = m_server->send("GET", path, m_demo, {}, {{"Accept-Encoding", "identity"}});
        QCOMPARE(identity.status, 200);
        QCOMPARE(identity.json[u"bills"_s].toArray().size(), 12);
        QVERIFY2(identity.body.size() > 40 * 1024, QByteArray::number(identity.body.size()).constData());
        QVERIFY(!identity.headers.contains("content-encoding"));
        QCOMPARE(identity.headers.value("vary"), QByteArray("Accept-Encoding"));
        const QByteArray tag = identity.headers.value("etag");
        QVERIFY2(tag.startsWith("W/\"") && tag.endsWith('"') && tag.size() > 16, tag.constData());

        // Accept-Encoding set by hand: Qt leaves the body as it came.
        const Reply wire = m_server->send("GET", path, m_demo, {}, {{"Accept-Encoding", "gzip"}});
        QCOMPARE(wire.status, 200);
        QCOMPARE(wire.headers.value("content-encoding"), QByteArray("gzip"));
        QVERIFY2(wire.body.size() <= 12 * 1024, QByteArray::number(wire.body.size()).constData());
        QCOMPARE(wire.headers.value("etag"), tag);
        // Left to Qt, it asks for gzip and inflates: the same bytes as the identity answer.
        const Reply inflated = get(path, m_demo);
        QCOMPARE(inflated.headers.value("content-encoding"), QByteArray("gzip"));
        QCOMPARE(inflated.body, identity.body);

        for (const QByteArray& t : {tag, tag.sliced(2), QByteArray("\"other\", " + tag)}) {
            const Reply same = m_server->send("GET", path, m_demo, {}, {{"If-None-Match", t}});
            QCOMPARE(same.status, 304);
            QVERIFY(same.body.isEmpty());
            QCOMPARE(same.headers.value("etag"), tag);
        }
        // Another range is another answer.
        const Reply older = m_server->send("GET", path + u"?to=2026-10"_s, m_demo, {}, {{"If-None-Match", tag}});
        QCOMPARE(older.status, 200);
        QVERIFY(older.headers.value("etag") != tag);
    }
};

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    TestBills test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_bills.moc"
