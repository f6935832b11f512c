// Fault: `lkk-server import` killed (SIGKILL) in the middle of a billing import. The import is
// one transaction (docs/billing-import.md), so whatever the moment, the database holds the
// previous import's data exactly, or — killed after its commit — the new file's; never a part of
// it. A re-run then imports the file fully: the same counts as an import never interrupted.
// SQLite or PostgreSQL (LKK_TEST_BACKEND).
//
// The moment of the kill is chosen by the importer's progress, not by the clock: the bytes it has
// read (/proc/PID/io, rchar), as a multiple of the file's size. The importer reads the file about
// twice (a scan, then the arrays in the order it writes them), so 0.3× is early in the scan and
// 1.3× and 1.8× fall while it writes; a slow machine only makes the same moments come later.
#include "tests/billing/BillingTestDatabase.h"
#include "tests/support/ChildProcess.h"
#include "tests/support/ServerProcess.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using lkk::test::BillingTestDatabase;

namespace {

const QStringList kTables = {
    u"billing_imports"_s,  u"billing_providers"_s, u"billing_tariffs"_s,          u"billing_tariff_values"_s,
    u"billing_accounts"_s, u"billing_contracts"_s, u"billing_contract_tariffs"_s, u"billing_meters"_s,
    u"billing_readings"_s, u"billing_bills"_s,     u"billing_bill_providers"_s,   u"billing_bill_lines"_s,
    u"billing_payments"_s};

// The rows of every billing table, counted: the same after an uninterrupted import and after a
// killed one and its re-run, also on PostgreSQL, whose sequences a rolled-back import advances.
QString counts(BillingTestDatabase& db) {
    QStringList out;
    for (const QString& table : kTables)
        out << table + u' ' + QString::number(db.scalar(u"SELECT COUNT(*) FROM "_s + table));
    return out.join(u", "_s);
}

// What a finished import reports, without the database's URL and the time it took: "5481 new,
// 814 updated, 1208 unchanged" and the line per kind of entity.
QString summaryOf(const QByteArray& output) {
    const QString text = QString::fromUtf8(output);
    const QRegularExpressionMatch total = QRegularExpression(u"(\\d+ new, \\d+ updated, \\d+ unchanged)"_s).match(text);
    const qsizetype line = text.indexOf(u"\n  "_s);
    return total.hasMatch() && line >= 0 ? total.captured(1) + u'\n' + text.mid(line + 3).trimmed() : QString();
}

// The bytes the process has read so far (every read(2): the billing file, the SQLite database,
// PostgreSQL's answers); -1 when it has ended.
qint64 bytesRead(qint64 pid) {
    QFile io(u"/proc/%1/io"_s.arg(pid));
    if (!io.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : io.readAll().split('\n')) {
        if (line.startsWith("rchar:"))
            return line.mid(6).trimmed().toLongLong();
    }
    return -1;
}

} // namespace

class TestFaultImport : public QObject {
    Q_OBJECT

    QTemporaryDir m_files;
    QString m_previous; // the earlier file, imported before each kill
    QString m_next;     // the later one (more accounts and periods), the import that is killed
    QString m_expectedSummary;
    QString m_expectedCounts;

    // Runs `lkk-server import FILE --db URL` to its end; its exit code, and what it printed.
    static int import(const QString& file, const QString& url, QByteArray* output = nullptr) {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        lkk::test::endWithTest(process);
        process.start(lkk::test::ServerProcess::binaryPath(), {u"import"_s, file, u"--db"_s, url});
        if (!process.waitForFinished(240000)) {
            process.kill();
            process.waitForFinished();
        }
        const QByteArray printed = process.readAll();
        if (output)
            *output = printed;
        if (process.exitCode() != 0)
            qWarning().noquote() << "lkk-server import" << file << "exited with" << process.exitCode() << printed;
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

    static bool generate(const QString& output, const QStringList& arguments) {
        QProcess generator;
        generator.start(u"/usr/bin/python3"_s, QStringList{QStringLiteral(LKK_SOURCE_DIR "/bench/generate_billing.py"),
                                                           u"--output"_s, output} +
                                                   arguments);
        return generator.waitForFinished(120000) && generator.exitStatus() == QProcess::NormalExit &&
               generator.exitCode() == 0;
    }

private slots:
    void initTestCase() {
        QString skip;
        QString error;
        if (!BillingTestDatabase::backendAvailable(&skip, &error)) {
            if (!error.isEmpty())
                QFAIL(qPrintable(error));
            QSKIP(qPrintable(skip));
        }
        // The later file holds the earlier one's accounts (the same seed) with a period more, and
        // more accounts: its import inserts, updates and leaves rows unchanged.
        m_previous = m_files.filePath(u"previous.json"_s);
        m_next = m_files.filePath(u"next.json"_s);
        QVERIFY(generate(m_previous, {u"--accounts"_s, u"60"_s, u"--periods"_s, u"2"_s, u"--now"_s, u"2026-10-20"_s}));
        QVERIFY(generate(m_next, {u"--accounts"_s, u"160"_s, u"--periods"_s, u"3"_s, u"--now"_s, u"2026-11-20"_s}));

        // The yardstick: both imports, one after the other, uninterrupted.
        BillingTestDatabase reference;
        QVERIFY2(reference.open(&error), qPrintable(error));
        QCOMPARE(import(m_previous, reference.url()), 0);
        QByteArray output;
        QCOMPARE(import(m_next, reference.url(), &output), 0);
        m_expectedSummary = summaryOf(output);
        QVERIFY2(!m_expectedSummary.isEmpty(), output.constData());
        m_expectedCounts = counts(reference);
    }

    void killedImportLeavesThePreviousData_data() {
        QTest::addColumn<double>("progress");
        for (double progress : {0.3, 1.3, 1.8})
            QTest::addRow("killed after reading %.1f x the file", progress) << progress;
    }

    void killedImportLeavesThePreviousData() {
        QFETCH(double, progress);
        BillingTestDatabase db;
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        QCOMPARE(import(m_previous, db.url()), 0);
        const QString before = db.snapshot();
        const QString countsBefore = counts(db);
        QVERIFY(countsBefore != m_expectedCounts);

        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        lkk::test::endWithTest(process);
        process.start(lkk::test::ServerProcess::binaryPath(), {u"import"_s, m_next, u"--db"_s, db.url()});
        QVERIFY(process.waitForStarted());
        const qint64 threshold = qint64(progress * double(QFileInfo(m_next).size()));
        const qint64 pid = process.processId();
        qint64 read = 0;
        QVERIFY(QTest::qWaitFor(
            [&] {
                read = bytesRead(pid);
                return read < 0 || read >= threshold || process.state() == QProcess::NotRunning;
            },
            240000));
        process.kill();
        process.waitForFinished();
        const QByteArray printed = process.readAll();

        if (!printed.contains("lkk-server import: ")) {
            // Killed before its end: not a row of the new file is visible.
            QCOMPARE(db.snapshot(), before);
            QCOMPARE(counts(db), countsBefore);
        } else {
            // It ended first (its commit and report came before the kill): all of it.
            qInfo("the import ended before the kill (%lld of %lld bytes read)", read, threshold);
            QCOMPARE(counts(db), m_expectedCounts);
            return;
        }

        // The re-run does the whole import, as if it had never been interrupted.
        QByteArray output;
        QCOMPARE(import(m_next, db.url(), &output), 0);
        QCOMPARE(summaryOf(output), m_expectedSummary);
        QCOMPARE(counts(db), m_expectedCounts);
    }
};

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    TestFaultImport test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_fault_import.moc"
