// A billing file far larger than the memory the import may use (docs/billing-import.md,
// "Implementation"): its error past the first 100 MB named exactly, nothing written, and the
// importing process's peak memory no larger than for the same file without its bulk. The file is
// generated here, mostly white space between accounts (valid JSON that costs the importer only a
// scan), so the test stays cheap; it has a ctest label of its own ("large") and a time limit.
#include "tests/billing/BillingTestDatabase.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Accounts only (the other arrays empty): an account refers to nothing else.
const QByteArray head = "{\"format\":\"lkk-billing\",\"version\":1,\"generatedAt\":\"2026-11-26T03:00:00+07:00\","
                        "\"periodUpTo\":\"2026-11\",\n"
                        "\"providers\":[],\"tariffs\":[],\"contracts\":[],\"meters\":[],\"readings\":[],"
                        "\"bills\":[],\"payments\":[],\n"
                        "\"accounts\":[\n";

QByteArray account(int number, int residents) {
    return "{\"number\":\"" + QByteArray::number(number) +
           "\",\"kind\":\"epd\",\"address\":{\"postalCode\":\"634583\",\"region\":\"Томская обл.\","
           "\"locality\":\"Октябрьское с.\",\"street\":\"Ласточкина ул.\",\"house\":\"13\",\"flat\":\"11\","
           "\"display\":\"Ласточкина ул., д.13, кв.11\",\"full\":\"634583, Томская обл., Октябрьское с., "
           "Ласточкина ул., д.13, кв.11\"},\"owner\":\"Иванова Мария Петровна\",\"totalArea\":\"60.6\","
           "\"livingArea\":\"60.6\",\"residents\":" +
           QByteArray::number(residents) + ",\"linkCode\":\"249248\"}";
}

} // namespace

class TstBillingLargeFile : public QObject {
    Q_OBJECT

private slots:
    void errorPast100MegabytesIsNamedAndMemoryStaysSmall();

private:
    // Writes `good` valid accounts, each followed by `between`, then one with residents -1 on a
    // line of its own. Returns the number of that line, or -1.
    static int writeFile(const QString& path, int good, const QByteArray& between);
    // Runs `lkk-server import` (so the memory is its own process's) and returns the peak memory
    // it reports in MiB, or -1 unless it rejected the file; *err gets what it printed.
    int importRejected(const QString& path, QByteArray* err);

    lkk::test::BillingTestDatabase m_db;
};

int TstBillingLargeFile::writeFile(const QString& path, int good, const QByteArray& between) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return -1;
    int lines = 0;
    auto write = [&](const QByteArray& text) {
        lines += int(text.count('\n'));
        file.write(text);
    };
    write(head);
    for (int i = 0; i < good; ++i)
        write(account(900000000 + i, 1) + ",\n" + between);
    const int badLine = lines + 1;
    write(account(900000000 + good, -1) + "\n]}\n");
    return file.error() == QFileDevice::NoError ? badLine : -1;
}

int TstBillingLargeFile::importRejected(const QString& path, QByteArray* err) {
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Under AddressSanitizer freed memory waits in a quarantine of 256 MB: keep that small.
    env.insert(u"ASAN_OPTIONS"_s, env.value(u"ASAN_OPTIONS"_s) + u":quarantine_size_mb=4"_s);
    process.setProcessEnvironment(env);
    process.start(qEnvironmentVariable("LKK_SERVER_BINARY"), {u"import"_s, path, u"--db"_s, m_db.url()});
    if (!process.waitForFinished(240000))
        return -1;
    *err = process.readAllStandardError();
    const qsizetype at = err->indexOf("peak memory ");
    return process.exitCode() == 2 && at >= 0 ? err->mid(at + 12).split(' ').value(0).toInt() : -1;
}

void TstBillingLargeFile::errorPast100MegabytesIsNamedAndMemoryStaysSmall() {
    QString error;
    QVERIFY2(m_db.open(&error), qPrintable(error));
    QTemporaryDir dir;
    constexpr int good = 1100;

    // The yardstick: the same accounts without the white space.
    const QString small = dir.filePath(u"small.json"_s);
    QVERIFY(writeFile(small, good, QByteArray()) > 0);
    QByteArray err;
    const int smallPeak = importRejected(small, &err);
    QVERIFY2(smallPeak > 0, err.constData());

    // 100 KB of white space after each account: past 110 MB before the bad one.
    QByteArray padding;
    for (int i = 0; i < 100; ++i)
        padding += QByteArray(1023, ' ') + '\n';
    const QString big = dir.filePath(u"big.json"_s);
    const int badLine = writeFile(big, good, padding);
    QVERIFY(badLine > 0);
    const qint64 size = QFileInfo(big).size();
    QVERIFY(size > 110'000'000);
    const int bigPeak = importRejected(big, &err);
    QVERIFY2(bigPeak > 0, err.constData());

    const QByteArray bad = account(900000000 + good, -1);
    const qsizetype residents = bad.indexOf("\"residents\":") + 12;
    const QByteArray expected = u"big.json:%1:%2: $.accounts[%3].residents: invalid_value"_s.arg(badLine)
                                    .arg(QString::fromUtf8(bad.left(residents)).size() + 1)
                                    .arg(good)
                                    .toUtf8();
    QVERIFY2(err.contains(expected), QByteArray(err + "\nexpected " + expected).constData());
    QCOMPARE(m_db.snapshot(), QString());
    QCOMPARE(m_db.scalar(u"SELECT COUNT(*) FROM billing_imports"_s), 0);

    qInfo("peak memory of the import: %d MiB, %d MiB for the same file %lld MiB larger", smallPeak, bigPeak,
          size >> 20);
    QVERIFY2(bigPeak - smallPeak < 32, qPrintable(u"%1 MiB more"_s.arg(bigPeak - smallPeak)));
    QVERIFY2(bigPeak <= 256, qPrintable(u"%1 MiB"_s.arg(bigPeak)));
}

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    TstBillingLargeFile test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_billing_large_file.moc"
