// What streaming adds to the billing import (docs/billing-import.md, "Implementation"): the
// top-level members in any order, readings and bills in runs, problems inside an element located.
// A file far larger than the import's memory: tst_billing_large_file.
// SQLite by default, PostgreSQL when LKK_TEST_BACKEND=postgres (see BillingTestDatabase).
#include "server/billing/BillingImporter.h"
#include "tests/billing/BillingTestDatabase.h"
#include "tests/billing/BillingTestFiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QThread>
#include <functional>

using namespace lkk::server::billing;
using namespace Qt::StringLiterals;
using lkk::test::billingJson;
using lkk::test::demoBillingFile;

using Mutation = std::function<void(QJsonObject&)>;
Q_DECLARE_METATYPE(Mutation)

namespace {

const char* const arrays[] = {"providers", "tariffs",  "accounts", "contracts",
                              "meters",    "readings", "bills",    "payments"};

QByteArray compact(const QJsonValue& v) {
    return v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                       : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
}

// The file with n more contracts like its first, coded prefix0, prefix1, …: several batches.
QJsonObject withBulkContracts(QJsonObject file, const QString& prefix, int n) {
    QJsonArray contracts = file[u"contracts"].toArray();
    const QJsonObject first = contracts[0].toObject();
    for (int i = 0; i < n; ++i) {
        QJsonObject c = first;
        c[u"code"] = QString(prefix + QString::number(i));
        contracts.append(c);
    }
    file[u"contracts"] = contracts;
    return file;
}

// The array's elements in runs of equal key, the runs in reverse order, each run as it was.
QJsonArray runsReversed(const QJsonArray& items, const std::function<QString(const QJsonObject&)>& key) {
    QList<QJsonArray> runs;
    QString last;
    for (const auto& v : items) {
        if (runs.isEmpty() || key(v.toObject()) != last)
            runs.append(QJsonArray());
        last = key(v.toObject());
        runs.last().append(v);
    }
    QJsonArray out;
    for (auto it = runs.crbegin(); it != runs.crend(); ++it) {
        for (const auto& v : *it)
            out.append(v);
    }
    return out;
}

void moveToEnd(QJsonObject& root, const QString& array, int index) {
    QJsonArray a = root[array].toArray();
    a.append(a.takeAt(index));
    root[array] = a;
}

void duplicateAfter(QJsonObject& root, const QString& array, int index) {
    QJsonArray a = root[array].toArray();
    a.insert(index + 1, a[index]);
    root[array] = a;
}

void swap(QJsonObject& root, const QString& array, int first) {
    QJsonArray a = root[array].toArray();
    const QJsonValue v = a[first];
    a[first] = a[first + 1];
    a[first + 1] = v;
    root[array] = a;
}

// 1-based line and column (in characters) where offset starts in text.
QPair<int, int> positionOf(const QByteArray& text, qsizetype offset) {
    const qsizetype lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    return {int(text.left(offset).count('\n')) + 1,
            int(QString::fromUtf8(text.mid(lineStart, offset - lineStart)).size()) + 1};
}

} // namespace

class TstBillingStream : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void membersMayComeInAnyOrder();
    void runs_data();
    void runs();
    void problemsInsideAnElementAreLocated();
    void keysUsedTwiceAcrossBatches();
    void problemInALaterBatch();
    void theBatchBeforeCountsAsWritten();
    void databaseErrorMidImportRollsBack();
    void importsAtTheSameTimeTakeTurns();

private:
    BillingImporter::Result import(const QByteArray& json, const QString& name = u"test.json"_s) {
        return BillingImporter(m_db->database()).importData(json, name);
    }
    // The import's temporary tables still there on the connection the imports use.
    qint64 scratchTables() {
        return m_db->scalar(
            lkk::test::BillingTestDatabase::postgres()
                ? u"SELECT COUNT(*) FROM pg_class WHERE relname LIKE 'import\\_%' AND relpersistence = 't'"_s
                : u"SELECT COUNT(*) FROM sqlite_temp_master WHERE name LIKE 'import%'"_s);
    }

    lkk::test::BillingTestDatabases m_db;
    QJsonObject m_demo;
};

void TstBillingStream::initTestCase() {
    QString skip, error;
    if (!lkk::test::BillingTestDatabase::backendAvailable(&skip, &error)) {
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QSKIP(qPrintable(skip));
    }
    m_demo = demoBillingFile();
    QVERIFY(!m_demo.isEmpty());
}

void TstBillingStream::init() {
    QString error;
    QVERIFY2(m_db.prepare(&error), qPrintable(error));
}

void TstBillingStream::cleanup() {
    m_db.release();
}

void TstBillingStream::membersMayComeInAnyOrder() {
    // The arrays last to first, the header at the end: what a tool that reorders members makes.
    QByteArray json = "{\n";
    for (int i = 7; i >= 0; --i)
        json += '"' + QByteArray(arrays[i]) + "\": " + compact(m_demo[QLatin1StringView(arrays[i])]) + ",\n";
    for (const char* field : {"source", "periodUpTo", "generatedAt", "version", "format"})
        json += '"' + QByteArray(field) + "\": " +
                QJsonDocument(QJsonArray{m_demo[QLatin1StringView(field)]})
                    .toJson(QJsonDocument::Compact)
                    .mid(1)
                    .chopped(1) +
                (QByteArray(field) == "format" ? "\n" : ",\n");
    json += "}\n";
    const auto r = import(json, u"reordered.json"_s);
    QVERIFY2(r.ok, qPrintable(r.rejection ? r.rejection->toString(u"reordered"_s) : r.failure));
    QCOMPARE(r.counts.value(u"bills"_s).inserted, m_demo[u"bills"].toArray().size());
    // The same content as the file in its usual order: comparing that one changes nothing.
    const auto usual = import(billingJson(m_demo));
    QVERIFY(usual.ok);
    QVERIFY(!usual.sameFileEntities);
    QCOMPARE(usual.total().changed(), 0);
    QCOMPARE(usual.total().unchanged, r.total().inserted);
}

void TstBillingStream::runs_data() {
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<QString>("code"); // empty: accepted
    QTest::addColumn<QString>("path");

    auto meterZone = [](const QJsonObject& r) -> QString {
        return r[u"meter"].toString() + r[u"zone"].toString();
    };
    auto account = [](const QJsonObject& b) -> QString {
        return b[u"account"].toString();
    };
    QTest::newRow("readings: runs in any order")
        << Mutation([meterZone](QJsonObject& o) { o[u"readings"] = runsReversed(o[u"readings"].toArray(), meterZone); })
        << QString() << QString();
    QTest::newRow("readings: dates backwards")
        << Mutation([](QJsonObject& o) { swap(o, u"readings"_s, 5); }) << u"out_of_order"_s << u"$.readings[6].date"_s;
    const qsizetype readings = m_demo[u"readings"].toArray().size();
    QTest::newRow("readings: a run broken up") << Mutation([](QJsonObject& o) { moveToEnd(o, u"readings"_s, 0); })
                                               << u"out_of_order"_s << u"$.readings[%1].meter"_s.arg(readings - 1);
    QTest::newRow("readings: a duplicate") << Mutation([](QJsonObject& o) { duplicateAfter(o, u"readings"_s, 3); })
                                           << u"duplicate_key"_s << u"$.readings[4]"_s;
    QTest::newRow("bills: runs in any order")
        << Mutation([account](QJsonObject& o) { o[u"bills"] = runsReversed(o[u"bills"].toArray(), account); })
        << QString() << QString();
    QTest::newRow("bills: periods backwards")
        << Mutation([](QJsonObject& o) { swap(o, u"bills"_s, 1); }) << u"out_of_order"_s << u"$.bills[2].period"_s;
    const qsizetype bills = m_demo[u"bills"].toArray().size();
    QTest::newRow("bills: a run broken up") << Mutation([](QJsonObject& o) { moveToEnd(o, u"bills"_s, 0); })
                                            << u"out_of_order"_s << u"$.bills[%1].account"_s.arg(bills - 1);
    QTest::newRow("bills: a duplicate") << Mutation([](QJsonObject& o) { duplicateAfter(o, u"bills"_s, 5); })
                                        << u"duplicate_key"_s << u"$.bills[6]"_s;
}

void TstBillingStream::runs() {
    QFETCH(Mutation, mutate);
    QFETCH(QString, code);
    QFETCH(QString, path);
    QJsonObject file = m_demo;
    mutate(file);
    const QByteArray json = billingJson(file);
    const QString before = m_db->snapshot();
    const qint64 imports = m_db->scalar(u"SELECT COUNT(*) FROM billing_imports"_s);
    const auto r = import(json);
    if (code.isEmpty()) {
        QVERIFY2(r.ok, qPrintable(r.rejection ? r.rejection->toString(u"test"_s) : r.failure));
        return;
    }
    QVERIFY(!r.ok);
    QVERIFY2(r.rejection, qPrintable(r.failure));
    QCOMPARE(r.rejection->code, code);
    QCOMPARE(r.rejection->path, path);
    // The place named is that element (or its field) in the file.
    const QByteArray lineText = json.split('\n').value(r.rejection->line - 1);
    const QString field = path.section(u'.', -1);
    QVERIFY2(field.endsWith(u']') ? lineText.trimmed() == "{"
                                  : lineText.contains(QByteArray('"' + field.toUtf8() + '"')),
             lineText.constData());
    QCOMPARE(m_db->snapshot(), before); // nothing written
    QCOMPARE(m_db->scalar(u"SELECT COUNT(*) FROM billing_imports"_s), imports);
}

void TstBillingStream::problemsInsideAnElementAreLocated() {
    // A missing ':' inside the fourth bill: malformed, at the value that follows the name.
    const QByteArray json = billingJson(m_demo);
    const qsizetype bills = json.indexOf("\"bills\"");
    qsizetype at = bills;
    for (int i = 0; i < 4; ++i)
        at = json.indexOf("\"penalties\": ", at + 1);
    QByteArray broken = json;
    broken.replace(at + 11, 2, " ");
    auto r = import(broken);
    QVERIFY(r.rejection);
    QCOMPARE(r.rejection->code, u"malformed_json"_s);
    const auto expected = positionOf(broken, at + 12);
    QCOMPARE(r.rejection->line, expected.first);
    QCOMPARE(r.rejection->column, expected.second);
    QVERIFY2(r.rejection->message.contains(u"':'"_s), qPrintable(r.rejection->message));

    // An element larger than an import holds at once: refused where it starts.
    QJsonObject large = m_demo;
    QJsonArray list = large[u"bills"].toArray();
    QJsonObject bill = list[3].toObject();
    bill[u"note"] = QString(2 << 20, u'x');
    list[3] = bill;
    large[u"bills"] = list;
    const QByteArray largeJson = billingJson(large);
    r = import(largeJson);
    QVERIFY(r.rejection);
    QCOMPARE(r.rejection->code, u"invalid_value"_s);
    QCOMPARE(r.rejection->path, u"$.bills[3]"_s);
    QCOMPARE(largeJson.split('\n').value(r.rejection->line - 1).trimmed(), "{");
    QVERIFY2(r.rejection->message.contains(u"1024 KiB"_s), qPrintable(r.rejection->message));
    QCOMPARE(m_db->snapshot(), QString());

    // A header member has a smaller limit of its own, named in the message.
    QJsonObject longSource = m_demo;
    longSource[u"source"] = QString(80 << 10, u'x');
    r = import(billingJson(longSource));
    QVERIFY(r.rejection);
    QCOMPARE(r.rejection->code, u"invalid_value"_s);
    QCOMPARE(r.rejection->path, u"$.source"_s);
    QVERIFY2(r.rejection->message.contains(u"64 KiB"_s), qPrintable(r.rejection->message));
    QCOMPARE(m_db->snapshot(), QString());
}

void TstBillingStream::keysUsedTwiceAcrossBatches() {
    // More accounts than one batch holds, the last a copy of an early one: refused whether that
    // one was written by this import or is stored from an earlier one.
    QJsonObject file = m_demo;
    QJsonArray accounts = file[u"accounts"].toArray();
    QJsonObject account = accounts[0].toObject();
    for (int i = 0; i < 300; ++i) {
        account[u"number"] = QString::number(800000000 + i);
        accounts.append(account);
    }
    file[u"accounts"] = accounts;
    QJsonObject twice = file;
    accounts.append(accounts[8]);
    twice[u"accounts"] = accounts;
    const QString path = u"$.accounts[%1].number"_s.arg(accounts.size() - 1);

    auto r = import(billingJson(twice));
    QVERIFY(r.rejection);
    QCOMPARE(r.rejection->code, u"duplicate_key"_s);
    QCOMPARE(r.rejection->path, path);
    QCOMPARE(m_db->snapshot(), QString());

    QVERIFY(import(billingJson(file)).ok);
    const QString before = m_db->snapshot();
    twice[u"generatedAt"] = u"2026-11-27T03:00:00+07:00"_s;
    r = import(billingJson(twice));
    QVERIFY(r.rejection);
    QCOMPARE(r.rejection->code, u"duplicate_key"_s);
    QCOMPARE(r.rejection->path, path);
    QCOMPARE(m_db->snapshot(), before);
}

void TstBillingStream::problemInALaterBatch() {
    // Contracts enough for several batches (docs/billing-import.md, "Implementation"), one deep in
    // a later batch naming no account: the problem is that contract's, at its place in the file;
    // nothing is written, and the import's scratch tables are gone after a failure as after a
    // success.
    QJsonObject file = withBulkContracts(m_demo, u"bulk-"_s, 2600);
    QJsonArray contracts = file[u"contracts"].toArray();
    const QByteArray good = billingJson(file);
    const qsizetype bad = contracts.size() - 777;
    QJsonObject c = contracts[bad].toObject();
    c[u"account"] = u"999999999"_s;
    contracts[bad] = c;
    file[u"contracts"] = contracts;
    const QByteArray json = billingJson(file);

    auto r = import(json);
    QVERIFY(r.rejection);
    QCOMPARE(r.rejection->code, u"unknown_reference"_s);
    QCOMPARE(r.rejection->path, u"$.contracts[%1].account"_s.arg(bad));
    const auto expected = positionOf(json, json.indexOf("\"999999999\""));
    QCOMPARE(r.rejection->line, expected.first);
    QCOMPARE(r.rejection->column, expected.second);
    QCOMPARE(m_db->snapshot(), QString());
    QCOMPARE(scratchTables(), 0);

    r = import(good);
    QVERIFY2(r.ok, qPrintable(r.rejection ? r.rejection->toString(u"good"_s) : r.failure));
    QCOMPARE(r.counts.value(u"contracts"_s).inserted, contracts.size());
    qint64 tariffs = 0;
    for (const auto& contract : std::as_const(contracts))
        tariffs += contract[u"tariffs"].toArray().size();
    QCOMPARE(m_db->scalar(u"SELECT COUNT(*) FROM billing_contract_tariffs"_s), tariffs);
    QCOMPARE(scratchTables(), 0);
}

// On PostgreSQL a batch's writes may still run while the next batch is checked
// (docs/billing-import.md, "Writing"): what that batch wrote counts all the same — a key used
// again (payments: the next batch and one after it) and a sub-account given to a provider.
void TstBillingStream::theBatchBeforeCountsAsWritten() {
    QJsonObject file = m_demo;
    QJsonArray payments = file[u"payments"].toArray();
    qsizetype processing = -1;
    for (qsizetype i = 0; i < payments.size() && processing < 0; ++i) {
        if (payments[i][u"status"].toString() == u"processing"_s)
            processing = i;
    }
    QVERIFY(processing >= 0);
    QJsonObject payment = payments[processing].toObject();
    for (int i = 0; i < 5000; ++i) {
        payment[u"id"] = u"BULK-%1"_s.arg(i);
        payments.append(payment);
    }
    for (const qsizetype again : {qsizetype(2048 + 10), qsizetype(2 * 2048 + 10)}) {
        QJsonObject twice = file;
        QJsonArray copy = payments;
        copy[again] = copy[2000];
        twice[u"payments"] = copy;
        const auto r = import(billingJson(twice));
        QVERIFY2(r.rejection, qPrintable(r.failure));
        QCOMPARE(r.rejection->code, u"duplicate_key"_s);
        QCOMPARE(r.rejection->path, u"$.payments[%1].id"_s.arg(again));
        QCOMPARE(m_db->snapshot(), QString());
    }

    // Contracts each with a sub-account of its own; one in the second batch gives the sub-account
    // of one at the end of the first batch to another provider.
    QJsonArray contracts = file[u"contracts"].toArray();
    QJsonObject contract = contracts[0].toObject();
    for (int i = 0; i < 2100; ++i) {
        contract[u"code"] = u"bulk-%1"_s.arg(i);
        contract[u"subAccount"] = QString::number(700000000000LL + i);
        contracts.append(contract);
    }
    QJsonObject other = contracts[2040].toObject();
    const QString provider = file[u"providers"][1][u"code"].toString();
    QVERIFY(provider != other[u"provider"].toString());
    other[u"code"] = u"bulk-other"_s;
    other[u"provider"] = provider;
    contracts[2050] = other;
    file[u"contracts"] = contracts;
    const auto r = import(billingJson(file));
    QVERIFY2(r.rejection, qPrintable(r.failure));
    QCOMPARE(r.rejection->code, u"inconsistent_reference"_s);
    QCOMPARE(r.rejection->path, u"$.contracts[2050].subAccount"_s);
    QCOMPARE(m_db->snapshot(), QString());
}

// The database refuses a row of a later batch (a constraint only this test adds): the import fails,
// nothing of it stays, and the connection serves the next import.
void TstBillingStream::databaseErrorMidImportRollsBack() {
    const QJsonObject file = withBulkContracts(m_demo, u"bulk-"_s, 2600);
    const bool postgres = lkk::test::BillingTestDatabase::postgres();
    QSqlQuery q(m_db->database().connection());
    QVERIFY2(q.exec(postgres
                        ? u"ALTER TABLE billing_contracts ADD CONSTRAINT test_refused CHECK (code <> 'bulk-2500')"_s
                        : u"CREATE TRIGGER test_refused BEFORE INSERT ON billing_contracts "
                          u"WHEN NEW.code = 'bulk-2500' BEGIN SELECT RAISE(ABORT, 'test_refused'); END"_s),
             qPrintable(q.lastError().text()));
    auto r = import(billingJson(file));
    QVERIFY(!r.ok);
    QVERIFY(!r.rejection);
    QVERIFY2(r.failure.contains(u"test_refused"_s), qPrintable(r.failure));
    QCOMPARE(m_db->snapshot(), QString());
    QCOMPARE(scratchTables(), 0);

    QVERIFY2(q.exec(postgres ? u"ALTER TABLE billing_contracts DROP CONSTRAINT test_refused"_s
                             : u"DROP TRIGGER test_refused"_s),
             qPrintable(q.lastError().text()));
    r = import(billingJson(file));
    QVERIFY2(r.ok, qPrintable(r.rejection ? r.rejection->toString(u"file"_s) : r.failure));
    QCOMPARE(m_db->scalar(u"SELECT COUNT(*) FROM billing_contracts"_s), file[u"contracts"].toArray().size());
}

// Two imports at once, each on a connection of its own (PostgreSQL): the second waits for the
// first (the import's lock), then sees what the first wrote; neither takes an id the other took.
void TstBillingStream::importsAtTheSameTimeTakeTurns() {
    if (!lkk::test::BillingTestDatabase::postgres())
        QSKIP("SQLite: a second writer waits at most its busy timeout, not a whole import");
    const QByteArray a = billingJson(withBulkContracts(m_demo, u"a-"_s, 2500));
    const QByteArray b = billingJson(withBulkContracts(m_demo, u"b-"_s, 2500));
    BillingImporter::Result other;
    QThread* thread = QThread::create([&] { other = BillingImporter(m_db->database()).importData(b, u"b.json"_s); });
    thread->start();
    const auto r = import(a);
    QVERIFY(thread->wait(QDeadlineTimer(QDeadlineTimer::Forever)));
    delete thread;
    QVERIFY2(r.ok, qPrintable(r.rejection ? r.rejection->toString(u"a"_s) : r.failure));
    QVERIFY2(other.ok, qPrintable(other.rejection ? other.rejection->toString(u"b"_s) : other.failure));
    const qint64 demo = m_demo[u"contracts"].toArray().size();
    QCOMPARE(m_db->scalar(u"SELECT COUNT(*) FROM billing_contracts"_s), demo + 2 * 2500);
    QCOMPARE(m_db->scalar(u"SELECT COUNT(DISTINCT id) FROM billing_contracts"_s), demo + 2 * 2500);
    QCOMPARE(m_db->scalar(u"SELECT COUNT(*) FROM billing_imports"_s), 2);
}

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QLoggingCategory::setFilterRules(u"lkk.server.billing.debug=false"_s);
    TstBillingStream test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_billing_stream.moc"
