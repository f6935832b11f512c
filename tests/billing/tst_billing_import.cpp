// The billing importer (docs/billing-import.md) against a real database: SQLite by default,
// PostgreSQL when LKK_TEST_BACKEND=postgres (see BillingTestDatabase). Also the `lkk-server
// import` command line.
#include "server/billing/BillingImporter.h"
#include "tests/billing/BillingTestDatabase.h"
#include "tests/billing/BillingTestFiles.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <array>
#include <functional>
#include <memory>

using namespace lkk::server;
using namespace lkk::server::billing;
using namespace Qt::StringLiterals;
using lkk::test::billingJson;
using lkk::test::demoBillingFile;

using Mutation = std::function<void(QJsonObject&)>;
Q_DECLARE_METATYPE(Mutation)

namespace {

// Edits root[a][i][b][j]… in place; keys and indexes as a path list.
void edit(QJsonObject& root, const QVariantList& path, const std::function<void(QJsonValueRef)>& change) {
    std::function<void(QJsonValueRef, qsizetype)> walk = [&](QJsonValueRef ref, qsizetype depth) {
        if (depth == path.size()) {
            change(ref);
            return;
        }
        if (path[depth].typeId() == QMetaType::Int) {
            QJsonArray a = ref.toArray();
            walk(a[path[depth].toInt()], depth + 1);
            ref = a;
        } else {
            QJsonObject o = ref.toObject();
            walk(o[path[depth].toString()], depth + 1);
            ref = o;
        }
    };
    QJsonObject o = root;
    walk(o[path[0].toString()], 1);
    root = o;
}

void add(QJsonObject& root, const QVariantList& path, qint64 delta) {
    edit(root, path, [delta](QJsonValueRef v) { v = v.toInteger() + delta; });
}

// A recalculation of a bill's first line by delta kopecks: the line, its block and the bill together.
void recalculate(QJsonObject& root, int bill, qint64 delta) {
    for (const char* f : {"adjustments", "debtEnd", "totalToPay"}) {
        add(root, {u"bills"_s, bill, u"providers"_s, 0, u"services"_s, 0, QString::fromLatin1(f)}, delta);
        add(root, {u"bills"_s, bill, u"providers"_s, 0, QString::fromLatin1(f)}, delta);
    }
    add(root, {u"bills"_s, bill, u"totalToPay"_s}, delta);
}

int indexOfBill(const QJsonObject& root, const QString& account, const QString& period) {
    const QJsonArray bills = root[u"bills"].toArray();
    for (qsizetype i = 0; i < bills.size(); ++i) {
        if (bills[i][u"account"].toString() == account && bills[i][u"period"].toString() == period)
            return int(i);
    }
    return -1;
}

} // namespace

class TstBillingImport : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void importsIntoAFreshDatabase();
    void reimportChangesNothing();
    void sameFileIsSkippedOnlyWhenImportedLast();
    void newerFileUpdates();
    void idsContinueAfterAnImport();
    void olderFileIsRefused();
    void badFileIsRejectedWhole_data();
    void badFileIsRejectedWhole();
    void rejectedUpdateLeavesDataAlone();
    void partialFileUsesStoredReferences();
    void demoImportRunsOnce();
    void documentedExampleImports();
    void commandLine();

private:
    QSqlDatabase db() { return m_db->database().connection(); }
    qint64 scalar(const QString& sql) { return m_db->scalar(sql); }
    QString snapshot() { return m_db->snapshot(); }
    qint64 danglingReferences();
    BillingImporter::Result import(const QJsonObject& root,
                                   BillingImporter::Mode mode = BillingImporter::Mode::SkipSameFile);

    lkk::test::BillingTestDatabases m_db;
    QJsonObject m_demo;
};

void TstBillingImport::initTestCase() {
    QString skip, error;
    if (!lkk::test::BillingTestDatabase::backendAvailable(&skip, &error)) {
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QSKIP(qPrintable(skip));
    }
    m_demo = demoBillingFile();
    QVERIFY(!m_demo.isEmpty());
}

void TstBillingImport::init() {
    QString error;
    QVERIFY2(m_db.prepare(&error), qPrintable(error));
}

void TstBillingImport::cleanup() {
    m_db.release();
}

// Rows whose reference points nowhere, over the references only the importer guarantees on
// PostgreSQL (migration 0016 dropped their foreign keys there).
qint64 TstBillingImport::danglingReferences() {
    const QList<std::array<QString, 3>> references = {
        {u"billing_tariff_values"_s, u"tariff_id"_s, u"billing_tariffs"_s},
        {u"billing_contracts"_s, u"account_id"_s, u"billing_accounts"_s},
        {u"billing_contracts"_s, u"provider_id"_s, u"billing_providers"_s},
        {u"billing_contract_tariffs"_s, u"contract_id"_s, u"billing_contracts"_s},
        {u"billing_contract_tariffs"_s, u"tariff_id"_s, u"billing_tariffs"_s},
        {u"billing_meters"_s, u"contract_id"_s, u"billing_contracts"_s},
        {u"billing_bills"_s, u"account_id"_s, u"billing_accounts"_s},
        {u"billing_bill_providers"_s, u"bill_id"_s, u"billing_bills"_s},
        {u"billing_bill_providers"_s, u"provider_id"_s, u"billing_providers"_s},
        {u"billing_bill_lines"_s, u"bill_provider_id"_s, u"billing_bill_providers"_s},
        {u"billing_bill_lines"_s, u"contract_id"_s, u"billing_contracts"_s}};
    qint64 dangling = 0;
    for (const auto& [table, column, target] : references)
        dangling += scalar(
            u"SELECT COUNT(*) FROM %1 r LEFT JOIN %3 t ON t.id = r.%2 WHERE t.id IS NULL"_s.arg(table, column, target));
    return dangling;
}

BillingImporter::Result TstBillingImport::import(const QJsonObject& root, BillingImporter::Mode mode) {
    return BillingImporter(m_db->database()).importData(billingJson(root), u"test.json"_s, mode);
}

void TstBillingImport::importsIntoAFreshDatabase() {
    const auto r = import(m_demo);
    QVERIFY2(r.ok, qPrintable(r.rejection ? r.rejection->toString(u"demo"_s) : r.failure));
    QCOMPARE(r.total().updated, 0);
    QCOMPARE(r.total().unchanged, 0);

    // Every entity arrived…
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM billing_providers"_s), m_demo[u"providers"].toArray().size());
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM billing_accounts"_s), m_demo[u"accounts"].toArray().size());
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM billing_contracts"_s), m_demo[u"contracts"].toArray().size());
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM billing_meters"_s), m_demo[u"meters"].toArray().size());
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM billing_readings"_s), m_demo[u"readings"].toArray().size());
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM billing_bills"_s), m_demo[u"bills"].toArray().size());
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM billing_payments"_s), m_demo[u"payments"].toArray().size());
    QCOMPARE(r.counts.value(u"bills"_s).inserted, m_demo[u"bills"].toArray().size());

    // …with the money intact: sums over the database equal sums over the file.
    qint64 total = 0, lines = 0, charged = 0, paid = 0;
    for (const auto& b : m_demo[u"bills"].toArray()) {
        total += b[u"totalToPay"].toInteger();
        for (const auto& p : b[u"providers"].toArray()) {
            paid += p[u"paid"].toInteger();
            for (const auto& l : p[u"services"].toArray()) {
                ++lines;
                charged += l[u"charged"].toInteger();
            }
        }
    }
    QCOMPARE(scalar(u"SELECT SUM(total_to_pay) FROM billing_bills"_s), total);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM billing_bill_lines"_s), lines);
    QCOMPARE(scalar(u"SELECT SUM(charged) FROM billing_bill_lines"_s), charged);
    QCOMPARE(scalar(u"SELECT SUM(paid) FROM billing_bill_providers"_s), paid);
    QCOMPARE(scalar(u"SELECT SUM(amount) FROM billing_payments WHERE status = 'credited'"_s), paid);

    // The manual's ЕПД account (docs/domain.md §8): heating line as the bill prints it, exact
    // decimals kept.
    QSqlQuery q(db());
    QVERIFY(q.exec(u"SELECT bl.quantity, bl.factor, bl.tariff_kopecks, bl.price_per_unit FROM billing_bill_lines bl "
                   u"JOIN billing_contracts c ON c.id = bl.contract_id JOIN billing_bill_providers bp ON bp.id = "
                   u"bl.bill_provider_id JOIN billing_bills b ON b.id = bp.bill_id "
                   u"WHERE c.code = '878100103492-heating' AND b.period = '2026-11'"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"0.0280"_s);
    QCOMPARE(q.value(1).toString(), u"60.6"_s);
    QVERIFY(q.value(2).toLongLong() > 0);
    QVERIFY(q.exec(u"SELECT value, value_units FROM billing_readings r JOIN billing_meters m ON m.id = r.meter_id "
                   u"WHERE m.number = '517480' ORDER BY reading_date LIMIT 1"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"174.000"_s);
    QCOMPARE(q.value(1).toLongLong(), 174000);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM billing_imports"_s), 1);
    QCOMPARE(danglingReferences(), 0);
}

void TstBillingImport::reimportChangesNothing() {
    const auto first = import(m_demo);
    QVERIFY(first.ok);
    const QString before = snapshot();
    // The very file imported last: known by its SHA-256, recorded again, nothing compared.
    const auto again = import(m_demo);
    QVERIFY(again.ok);
    QCOMPARE(again.sameFileEntities, first.total().inserted);
    QCOMPARE(again.total().changed(), 0);
    QCOMPARE(again.total().unchanged, first.total().inserted);
    QCOMPARE(snapshot(), before);
    // On request every entity is checked and compared again: still nothing to change.
    const auto rechecked = import(m_demo, BillingImporter::Mode::Recheck);
    QVERIFY2(rechecked.ok, qPrintable(rechecked.failure));
    QVERIFY(!rechecked.sameFileEntities);
    QCOMPARE(rechecked.total().changed(), 0);
    QCOMPARE(rechecked.total().unchanged, first.total().inserted);
    QCOMPARE(rechecked.counts.value(u"bills"_s).unchanged, m_demo[u"bills"].toArray().size());
    QCOMPARE(snapshot(), before);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM billing_imports"_s), 3);
    QCOMPARE(scalar(u"SELECT SUM(inserted) FROM billing_imports"_s), first.total().inserted);
}

void TstBillingImport::sameFileIsSkippedOnlyWhenImportedLast() {
    QVERIFY(import(m_demo).ok);
    // Another file with the same generatedAt comes after it…
    QJsonObject other = m_demo;
    edit(other, {u"accounts"_s, 1, u"owner"_s}, [](QJsonValueRef v) { v = u"Другой Владелец"_s; });
    const auto second = import(other);
    QVERIFY(second.ok);
    QVERIFY(!second.sameFileEntities);
    QCOMPARE(second.total().changed(), 1);
    // …so the first file is no longer what the database holds: it is compared and applied.
    const auto third = import(m_demo);
    QVERIFY(third.ok);
    QVERIFY(!third.sameFileEntities);
    QCOMPARE(third.counts.value(u"accounts"_s).updated, 1);
    QCOMPARE(third.total().changed(), 1);
    QSqlQuery q(db());
    QVERIFY(q.exec(u"SELECT owner_name FROM billing_accounts WHERE number = '7012045318'"_s) && q.next());
    QCOMPARE(q.value(0).toString(), m_demo[u"accounts"][1][u"owner"].toString());
}

void TstBillingImport::newerFileUpdates() {
    QVERIFY(import(m_demo).ok);
    QJsonObject newer = m_demo;
    newer[u"generatedAt"] = u"2026-11-27T03:00:00+07:00"_s;
    // A new owner, a recalculation on the latest bill (line, block and bill totals together), a
    // new tariff value and a processing payment's bank confirmation date.
    edit(newer, {u"accounts"_s, 4, u"owner"_s}, [](QJsonValueRef v) { v = u"Соколов Игорь Андреевич"_s; });
    const int bill = indexOfBill(newer, u"7012099921"_s, u"2026-11"_s);
    QVERIFY(bill >= 0);
    recalculate(newer, bill, -500);
    edit(newer, {u"tariffs"_s, 0, u"history"_s}, [](QJsonValueRef v) {
        QJsonArray h = v.toArray();
        h.prepend(QJsonObject{{u"from"_s, u"2027-01-01"_s}, {u"value"_s, 350000}, {u"period"_s, u"month"_s}});
        v = h;
    });
    const auto r = import(newer);
    QVERIFY2(r.ok, qPrintable(r.rejection ? r.rejection->toString(u"newer"_s) : r.failure));
    QCOMPARE(r.counts.value(u"accounts"_s).updated, 1);
    QCOMPARE(r.counts.value(u"bills"_s).updated, 1);
    QCOMPARE(r.counts.value(u"tariff values"_s).inserted, 1);
    QCOMPARE(r.total().changed(), 3);
    QSqlQuery q(db());
    QVERIFY(q.exec(u"SELECT owner_name FROM billing_accounts WHERE number = '7012099921'"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"Соколов Игорь Андреевич"_s);
    QVERIFY(
        q.exec(u"SELECT bl.adjustments, b.total_to_pay FROM billing_bill_lines bl JOIN billing_bill_providers bp ON "
               u"bp.id = bl.bill_provider_id JOIN billing_bills b ON b.id = bp.bill_id JOIN billing_accounts a ON "
               u"a.id = b.account_id WHERE a.number = '7012099921' AND b.period = '2026-11'"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), -500);
    QCOMPARE(q.value(1).toLongLong(), newer[u"bills"][bill][u"totalToPay"].toInteger());
    QVERIFY(!q.next()); // the replaced bill has its one line, not two
    QCOMPARE(danglingReferences(), 0);
}

// On PostgreSQL the import gives the ids of its new rows out itself (docs/billing-import.md,
// "Writing"): a row added afterwards the usual way, and the next import's rows, come after them.
void TstBillingImport::idsContinueAfterAnImport() {
    QVERIFY(import(m_demo).ok);
    const qint64 lastProvider = scalar(u"SELECT MAX(id) FROM billing_providers"_s);
    const qint64 lastBlock = scalar(u"SELECT MAX(id) FROM billing_bill_providers"_s);
    QSqlQuery q(db());
    QVERIFY2(q.exec(u"INSERT INTO billing_providers (code, name, inn, kpp, bank_name, bic, settlement_account, "
                    u"correspondent_account) VALUES ('by-hand', 'x', '7017000000', '701701001', 'x', '046902606', "
                    u"'40702810000000000000', '30101810800000000606')"_s),
             qPrintable(q.lastError().text()));
    const qint64 byHand = scalar(u"SELECT id FROM billing_providers WHERE code = 'by-hand'"_s);
    QVERIFY(byHand > lastProvider);

    // A newer file: a provider more, and a bill recalculated (replaced with new blocks and lines).
    QJsonObject newer = m_demo;
    newer[u"generatedAt"] = u"2026-11-27T03:00:00+07:00"_s;
    QJsonArray providers = newer[u"providers"].toArray();
    QJsonObject provider = providers[0].toObject();
    provider[u"code"] = u"added"_s;
    providers.append(provider);
    newer[u"providers"] = providers;
    const int bill = indexOfBill(newer, u"7012099921"_s, u"2026-11"_s);
    QVERIFY(bill >= 0);
    recalculate(newer, bill, -500);
    const auto r = import(newer);
    QVERIFY2(r.ok, qPrintable(r.rejection ? r.rejection->toString(u"newer"_s) : r.failure));
    QVERIFY(scalar(u"SELECT id FROM billing_providers WHERE code = 'added'"_s) > byHand);
    QVERIFY(scalar(u"SELECT MAX(id) FROM billing_bill_providers"_s) > lastBlock);
    QCOMPARE(danglingReferences(), 0);
    // And once more by hand: still no id taken twice.
    QVERIFY2(q.exec(u"INSERT INTO billing_providers (code, name, inn, kpp, bank_name, bic, settlement_account, "
                    u"correspondent_account) VALUES ('by-hand-2', 'x', '7017000000', '701701001', 'x', '046902606', "
                    u"'40702810000000000000', '30101810800000000606')"_s),
             qPrintable(q.lastError().text()));
    QVERIFY(scalar(u"SELECT id FROM billing_providers WHERE code = 'by-hand-2'"_s) >
            scalar(u"SELECT id FROM billing_providers WHERE code = 'added'"_s));
}

void TstBillingImport::olderFileIsRefused() {
    QJsonObject newer = m_demo;
    newer[u"generatedAt"] = u"2026-12-01T00:00:00Z"_s;
    QVERIFY(import(newer).ok);
    const QString before = snapshot();
    const auto r = import(m_demo);
    QVERIFY(!r.ok);
    QVERIFY(r.rejection);
    QCOMPARE(r.rejection->code, u"stale_file"_s);
    QCOMPARE(r.rejection->path, u"$.generatedAt"_s);
    QCOMPARE(snapshot(), before);
}

void TstBillingImport::badFileIsRejectedWhole_data() {
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("path");

    const QJsonObject d = demoBillingFile();
    const int lastElectric = indexOfBill(d, u"7012099921"_s, u"2026-11"_s);
    const int midElectric = indexOfBill(d, u"7012099921"_s, u"2025-06"_s);
    const QString line0 = u"$.bills[%1].providers[0].services[0]"_s;

    QTest::newRow("wrong format") << Mutation([](QJsonObject& o) { o[u"format"] = u"csv"_s; }) << u"wrong_format"_s
                                  << u"$.format"_s;
    QTest::newRow("wrong version") << Mutation([](QJsonObject& o) { o[u"version"] = 2; }) << u"wrong_format"_s
                                   << u"$.version"_s;
    QTest::newRow("missing field") << Mutation([](QJsonObject& o) {
        edit(o, {u"accounts"_s, 0}, [](QJsonValueRef v) {
            QJsonObject a = v.toObject();
            a.remove(u"owner"_s);
            v = a;
        });
    }) << u"missing_field"_s << u"$.accounts[0]"_s;
    QTest::newRow("unknown field") << Mutation([](QJsonObject& o) {
        edit(o, {u"providers"_s, 1, u"colour"_s}, [](QJsonValueRef v) { v = u"red"_s; });
    }) << u"unknown_field"_s << u"$.providers[1].colour"_s;
    QTest::newRow("money as text") << Mutation([lastElectric](QJsonObject& o) {
        edit(o, {u"bills"_s, lastElectric, u"totalToPay"_s}, [](QJsonValueRef v) { v = u"1971.75"_s; });
    }) << u"wrong_type"_s << u"$.bills[%1].totalToPay"_s.arg(lastElectric);
    QTest::newRow("money with a fraction") << Mutation([lastElectric](QJsonObject& o) {
        edit(o, {u"bills"_s, lastElectric, u"penalties"_s}, [](QJsonValueRef v) { v = 0.5; });
    }) << u"wrong_type"_s << u"$.bills[%1].penalties"_s.arg(lastElectric);
    QTest::newRow("quantity as a number") << Mutation([lastElectric](QJsonObject& o) {
        edit(o, {u"bills"_s, lastElectric, u"providers"_s, 0, u"services"_s, 0, u"quantity"_s},
             [](QJsonValueRef v) { v = 100.5; });
    }) << u"wrong_type"_s << (line0.arg(lastElectric) + u".quantity"_s);
    QTest::newRow("quantity with a typographic minus") << Mutation([lastElectric](QJsonObject& o) {
        edit(o, {u"bills"_s, lastElectric, u"providers"_s, 0, u"services"_s, 0, u"quantity"_s},
             [](QJsonValueRef v) { v = u"\u22121.5"_s; });
    }) << u"invalid_value"_s << (line0.arg(lastElectric) + u".quantity"_s);
    QTest::newRow("bad INN") << Mutation([](QJsonObject& o) {
        edit(o, {u"providers"_s, 2, u"inn"_s}, [](QJsonValueRef v) { v = u"12345"_s; });
    }) << u"invalid_value"_s << u"$.providers[2].inn"_s;
    QTest::newRow("bad date") << Mutation([](QJsonObject& o) {
        edit(o, {u"meters"_s, 0, u"verifiedUntil"_s}, [](QJsonValueRef v) { v = u"2030-02-30"_s; });
    }) << u"invalid_value"_s << u"$.meters[0].verifiedUntil"_s;
    QTest::newRow("duplicate account") << Mutation([](QJsonObject& o) {
        QJsonArray a = o[u"accounts"].toArray();
        a.append(a[0]);
        o[u"accounts"] = a;
    }) << u"duplicate_key"_s << u"$.accounts[5].number"_s;
    QTest::newRow("unknown provider") << Mutation([](QJsonObject& o) {
        edit(o, {u"contracts"_s, 0, u"provider"_s}, [](QJsonValueRef v) { v = u"nobody"_s; });
    }) << u"unknown_reference"_s << u"$.contracts[0].provider"_s;
    // References the database no longer checks on PostgreSQL (migration 0016): the importer does.
    QTest::newRow("contract of an unknown account") << Mutation([](QJsonObject& o) {
        edit(o, {u"contracts"_s, 0, u"account"_s}, [](QJsonValueRef v) { v = u"999999999"_s; });
    }) << u"unknown_reference"_s << u"$.contracts[0].account"_s;
    QTest::newRow("contract with an unknown tariff") << Mutation([](QJsonObject& o) {
        edit(o, {u"contracts"_s, 0, u"tariffs"_s}, [](QJsonValueRef v) { v = QJsonArray{u"no-such-tariff"_s}; });
    }) << u"unknown_reference"_s << u"$.contracts[0].tariffs[0]"_s;
    QTest::newRow("meter of an unknown contract") << Mutation([](QJsonObject& o) {
        edit(o, {u"meters"_s, 0, u"contract"_s}, [](QJsonValueRef v) { v = u"no-such-contract"_s; });
    }) << u"unknown_reference"_s << u"$.meters[0].contract"_s;
    QTest::newRow("bill of an unknown account") << Mutation([lastElectric](QJsonObject& o) {
        edit(o, {u"bills"_s, lastElectric, u"account"_s}, [](QJsonValueRef v) { v = u"999999999"_s; });
    }) << u"unknown_reference"_s << u"$.bills[%1].account"_s.arg(lastElectric);
    QTest::newRow("bill block of an unknown provider") << Mutation([lastElectric](QJsonObject& o) {
        edit(o, {u"bills"_s, lastElectric, u"providers"_s, 0, u"provider"_s}, [](QJsonValueRef v) { v = u"nobody"_s; });
    }) << u"unknown_reference"_s << u"$.bills[%1].providers[0].provider"_s.arg(lastElectric);
    QTest::newRow("bill line of an unknown contract") << Mutation([lastElectric](QJsonObject& o) {
        edit(o, {u"bills"_s, lastElectric, u"providers"_s, 0, u"services"_s, 0, u"contract"_s},
             [](QJsonValueRef v) { v = u"no-such-contract"_s; });
    }) << u"unknown_reference"_s << (line0.arg(lastElectric) + u".contract"_s);
    QTest::newRow("balance broken") << Mutation([lastElectric](QJsonObject& o) {
        add(o, {u"bills"_s, lastElectric, u"providers"_s, 0, u"services"_s, 0, u"charged"_s}, 1);
    }) << u"invariant_balance"_s << (line0.arg(lastElectric) + u".debtEnd"_s);
    QTest::newRow("provider is not the sum") << Mutation([lastElectric](QJsonObject& o) {
        for (const char* f : {"adjustments", "debtEnd", "totalToPay"})
            add(o, {u"bills"_s, lastElectric, u"providers"_s, 0, QString::fromLatin1(f)}, 7);
        add(o, {u"bills"_s, lastElectric, u"totalToPay"_s}, 7);
    }) << u"invariant_sum"_s << u"$.bills[%1].providers[0].adjustments"_s.arg(lastElectric);
    QTest::newRow("bill total is not the sum") << Mutation([lastElectric](QJsonObject& o) {
        add(o, {u"bills"_s, lastElectric, u"totalToPay"_s}, 1);
    }) << u"invariant_sum"_s << u"$.bills[%1].totalToPay"_s.arg(lastElectric);
    QTest::newRow("charge is not tariff × quantity") << Mutation([lastElectric](QJsonObject& o) {
        add(o, {u"bills"_s, lastElectric, u"providers"_s, 0, u"services"_s, 0, u"tariff"_s}, 1);
    }) << u"invariant_charge"_s << (line0.arg(lastElectric) + u".charged"_s);
    QTest::newRow("debt does not carry over") << Mutation([midElectric](QJsonObject& o) {
        for (const char* f : {"debtStart", "debtEnd", "totalToPay"}) {
            add(o, {u"bills"_s, midElectric, u"providers"_s, 0, u"services"_s, 0, QString::fromLatin1(f)}, 100);
            add(o, {u"bills"_s, midElectric, u"providers"_s, 0, QString::fromLatin1(f)}, 100);
        }
        add(o, {u"bills"_s, midElectric, u"totalToPay"_s}, 100);
    }) << u"invariant_continuity"_s << (line0.arg(midElectric) + u".debtStart"_s);
    QTest::newRow("payment missing") << Mutation([](QJsonObject& o) {
        QJsonArray p = o[u"payments"].toArray();
        p.removeAt(0);
        o[u"payments"] = p;
    }) << u"invariant_paid"_s << QString(); // path computed in the test: the bill that counted it
    const QString otherSub =
        d[u"payments"][0][u"provider"].toString() == u"ztk" ? u"941100103492"_s : u"878100103492"_s;
    QTest::newRow("payment to another provider's sub-account") << Mutation([otherSub](QJsonObject& o) {
        edit(o, {u"payments"_s, 0, u"subAccount"_s}, [otherSub](QJsonValueRef v) { v = otherSub; });
    }) << u"inconsistent_reference"_s << u"$.payments[0].subAccount"_s;
    QTest::newRow("reading beyond capacity") << Mutation([](QJsonObject& o) {
        edit(o, {u"readings"_s, 3, u"value"_s}, [](QJsonValueRef v) { v = u"1234567.000"_s; });
    }) << u"reading_capacity"_s << u"$.readings[3].value"_s;
    QTest::newRow("reading too precise") << Mutation([](QJsonObject& o) {
        edit(o, {u"readings"_s, 3, u"value"_s}, [](QJsonValueRef v) { v = QString(v.toString() + u"1"_s); });
    }) << u"reading_capacity"_s << u"$.readings[3].value"_s;
    QTest::newRow("reading going backwards") << Mutation([](QJsonObject& o) {
        edit(o, {u"readings"_s, 5, u"value"_s}, [](QJsonValueRef v) { v = u"1.000"_s; });
    }) << u"reading_decreasing"_s << u"$.readings[5].value"_s;
    QTest::newRow("bill after periodUpTo") << Mutation([lastElectric](QJsonObject& o) {
        edit(o, {u"bills"_s, lastElectric, u"period"_s}, [](QJsonValueRef v) { v = u"2026-12"_s; });
    }) << u"after_period_up_to"_s << u"$.bills[%1].period"_s.arg(lastElectric);
    QTest::newRow("not JSON") << Mutation() << u"malformed_json"_s << QString();
}

void TstBillingImport::badFileIsRejectedWhole() {
    QFETCH(Mutation, mutate);
    QFETCH(QString, code);
    QFETCH(QString, path);
    QJsonObject bad = m_demo;
    QByteArray json;
    if (mutate) {
        mutate(bad);
        json = billingJson(bad);
    } else {
        json = billingJson(bad);
        json.truncate(json.size() / 2);
    }
    const auto r = BillingImporter(m_db->database()).importData(json, u"bad.json"_s);
    QVERIFY(!r.ok);
    QVERIFY2(r.rejection, qPrintable(r.failure));
    QCOMPARE(r.rejection->code, code);
    if (code == u"invariant_paid") {
        // The first payment was counted in some bill's paid: that bill is named.
        QVERIFY(r.rejection->path.startsWith(u"$.bills["_s));
        QVERIFY(r.rejection->path.endsWith(u"].paid"_s));
    } else if (!path.isEmpty()) {
        QCOMPARE(r.rejection->path, path);
    }
    // The line and column point into the file at that place.
    QVERIFY(r.rejection->line > 0);
    QVERIFY(r.rejection->column > 0);
    const QString field = r.rejection->path.section(u'.', -1);
    if (!field.isEmpty() && !field.endsWith(u']') && field != u"$") {
        const QByteArray lineText = json.split('\n').value(r.rejection->line - 1);
        QVERIFY2(lineText.contains(QByteArray('"' + field.toUtf8() + '"')), lineText.constData());
    }
    // Nothing at all was written.
    QCOMPARE(snapshot(), QString());
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM billing_imports"_s), 0);
}

void TstBillingImport::rejectedUpdateLeavesDataAlone() {
    QVERIFY(import(m_demo).ok);
    const QString before = snapshot();
    QJsonObject newer = m_demo;
    newer[u"generatedAt"] = u"2026-11-27T03:00:00+07:00"_s;
    edit(newer, {u"accounts"_s, 0, u"owner"_s}, [](QJsonValueRef v) { v = u"Другой Человек"_s; }); // valid…
    edit(newer, {u"payments"_s, 10, u"amount"_s}, [](QJsonValueRef v) { v = 0; });                 // …but not this
    const auto r = import(newer);
    QVERIFY(!r.ok);
    QCOMPARE(r.rejection->path, u"$.payments[10].amount"_s);
    QCOMPARE(snapshot(), before);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM billing_imports"_s), 1);
}

void TstBillingImport::partialFileUsesStoredReferences() {
    QVERIFY(import(m_demo).ok);
    // Next month's file carries only what changed: one reading of a known meter and one payment.
    QJsonObject next{{u"format"_s, u"lkk-billing"_s},
                     {u"version"_s, 1},
                     {u"generatedAt"_s, u"2026-12-02T03:00:00+07:00"_s},
                     {u"periodUpTo"_s, u"2026-12"_s}};
    for (const char* a : {"providers", "tariffs", "accounts", "contracts", "meters", "bills"})
        next[QString::fromLatin1(a)] = QJsonArray();
    next[u"readings"] = QJsonArray{QJsonObject{{u"meter"_s, u"okt-517480"_s},
                                               {u"zone"_s, u"T1"_s},
                                               {u"date"_s, u"2026-12-01"_s},
                                               {u"period"_s, u"2026-12"_s},
                                               {u"value"_s, u"999.5"_s},
                                               {u"source"_s, u"customer"_s}}};
    next[u"payments"] = QJsonArray{QJsonObject{{u"id"_s, u"BANK-1"_s},
                                               {u"date"_s, u"2026-12-01"_s},
                                               {u"account"_s, u"100103492"_s},
                                               {u"provider"_s, u"ztk"_s},
                                               {u"subAccount"_s, u"878100103492"_s},
                                               {u"amount"_s, 100000},
                                               {u"status"_s, u"processing"_s}}};
    const auto r = import(next);
    QVERIFY2(r.ok, qPrintable(r.rejection ? r.rejection->toString(u"next"_s) : r.failure));
    QCOMPARE(r.total().inserted, 2);
    QCOMPARE(scalar(u"SELECT value_units FROM billing_readings WHERE reading_date = '2026-12-01'"_s), 999500);

    // A reference that exists nowhere is still refused.
    edit(next, {u"readings"_s, 0, u"meter"_s}, [](QJsonValueRef v) { v = u"no-such-meter"_s; });
    next[u"generatedAt"] = u"2026-12-03T03:00:00+07:00"_s;
    const auto bad = import(next);
    QVERIFY(!bad.ok);
    QCOMPARE(bad.rejection->code, u"unknown_reference"_s);
    QCOMPARE(bad.rejection->path, u"$.readings[0].meter"_s);
}

void TstBillingImport::demoImportRunsOnce() {
    QString note;
    QVERIFY2(BillingImporter::importDemoIfNeeded(m_db->database(), &note), qPrintable(note));
    QVERIFY2(note.startsWith(u"imported"_s), qPrintable(note));
    const QString before = snapshot();
    QVERIFY(BillingImporter::importDemoIfNeeded(m_db->database(), &note));
    QVERIFY2(note.contains(u"already"_s), qPrintable(note));
    QCOMPARE(snapshot(), before);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM billing_imports"_s), 1);
}

void TstBillingImport::documentedExampleImports() {
    // The example in docs/billing-import.md §7 is a valid file: the documentation cannot drift.
    QFile doc(QStringLiteral(LKK_BILLING_DOC));
    QVERIFY(doc.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(doc.readAll());
    const qsizetype section = text.indexOf(u"## 7. An example"_s);
    QVERIFY(section > 0);
    const qsizetype start = text.indexOf(u"```json\n"_s, section) + 8;
    const qsizetype end = text.indexOf(u"```"_s, start);
    QVERIFY(start > 8 && end > start);
    const auto r = BillingImporter(m_db->database()).importData(text.mid(start, end - start).toUtf8(), u"example"_s);
    QVERIFY2(r.ok, qPrintable(r.rejection ? r.rejection->toString(u"example"_s) : r.failure));
    QCOMPARE(scalar(u"SELECT charged FROM billing_bill_lines"_s), 330484); // 0,0280 × 1 947,69 × 60,6
    QCOMPARE(scalar(u"SELECT price_per_unit FROM billing_bill_lines"_s), 5454);
}

void TstBillingImport::commandLine() {
    if (lkk::test::BillingTestDatabase::postgres())
        QSKIP("the command line is exercised once, on SQLite");
    const QString binary = qEnvironmentVariable("LKK_SERVER_BINARY");
    QVERIFY2(QFile::exists(binary), qPrintable(binary));
    QTemporaryDir dir;
    const QString good = dir.filePath(u"good.json"_s);
    const QString bad = dir.filePath(u"bad.json"_s);
    QFile f(good);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(billingJson(m_demo));
    f.close();
    QJsonObject broken = m_demo;
    edit(broken, {u"accounts"_s, 2, u"residents"_s}, [](QJsonValueRef v) { v = -1; });
    QFile b(bad);
    QVERIFY(b.open(QIODevice::WriteOnly));
    b.write(billingJson(broken));
    b.close();

    auto run = [&](const QStringList& args, QByteArray* err) {
        QProcess p;
        p.start(binary, args);
        p.waitForFinished(60000);
        *err = p.readAllStandardError();
        return p.exitCode();
    };
    QByteArray err;
    const QString dataDir = dir.filePath(u"data"_s);
    QCOMPARE(run({u"import"_s, bad, u"--data-dir"_s, dataDir}, &err), 2);
    QVERIFY2(err.contains("$.accounts[2].residents: invalid_value"), err.constData());
    QVERIFY2(err.contains("bad.json:"), err.constData());
    QCOMPARE(run({u"import"_s, good, u"--data-dir"_s, dataDir}, &err), 0);
    QCOMPARE(run({u"import"_s, good, u"--db"_s, u"sqlite://"_s + dataDir + u"/lkk.sqlite"_s}, &err), 0);
    QCOMPARE(run({u"import"_s, good, u"--data-dir"_s, dataDir, u"--recheck"_s}, &err), 0);
    QCOMPARE(run({u"import"_s}, &err), 2);
    QCOMPARE(run({u"import"_s, dir.filePath(u"missing.json"_s), u"--data-dir"_s, dataDir}, &err), 1);
}

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QLoggingCategory::setFilterRules(u"lkk.server.billing.debug=false"_s);
    TstBillingImport test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_billing_import.moc"
