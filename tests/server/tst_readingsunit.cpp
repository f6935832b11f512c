// ReadingRules without a database (docs/domain.md §6): the acceptance window on fixed instants
// around its edges (Tomsk time, month and year ends, 31-day configurations in shorter months, the
// Moscow evening that is already the next day in Tomsk), value formats against the meter capacity,
// rollover, the baseline that skips this period's submissions, monthly consumption and the average;
// plus the readings-window and test-clock settings.
#include "server/ServerConfig.h"
#include "server/readings/ReadingRules.h"
#include "server/readings/ReadingsMessages.h"

#include <QDateTime>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lkk::server;
using namespace lkk::server::readings;

namespace {

qint64 utc(const char* iso) {
    const QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    Q_ASSERT(t.isValid());
    return t.toMSecsSinceEpoch();
}

StoredReading reading(const char* date, qint64 units, bool submitted = false) {
    const QString d = QString::fromLatin1(date);
    return {d, d.left(7), units, u"customer"_s, submitted};
}

} // namespace

class TestReadingRules : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // English ordinals, not «the 1th to the 31th».
    void windowRuleInEnglish() {
        QCOMPARE(ReadingsMessages::windowRule(1, 31, Language::En),
                 u"Readings are accepted from the 1st to the 31st day of the month (Tomsk time)."_s);
        QCOMPARE(ReadingsMessages::windowRule(2, 23, Language::En),
                 u"Readings are accepted from the 2nd to the 23rd day of the month (Tomsk time)."_s);
        QCOMPARE(ReadingsMessages::windowRule(11, 25, Language::En),
                 u"Readings are accepted from the 11th to the 25th day of the month (Tomsk time)."_s);
        QCOMPARE(ReadingsMessages::windowRule(1, 31, Language::Ru),
                 u"Показания принимаются с 1 по 31 число месяца (по томскому времени)."_s);
    }

    void windowEdges_data() {
        QTest::addColumn<QString>("instant"); // UTC
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::addColumn<bool>("open");
        QTest::addColumn<QString>("opensAt");
        QTest::addColumn<QString>("closesAt");
        QTest::addColumn<QString>("period");
        // 14th 23:59:59 Tomsk = 16:59:59Z
        QTest::newRow("14th 23:59:59") << u"2026-11-14T16:59:59Z"_s << 15 << 25 << false
                                       << u"2026-11-15T00:00:00+07:00"_s << u"2026-11-25T23:59:59+07:00"_s
                                       << u"2026-11"_s;
        QTest::newRow("15th 00:00:00") << u"2026-11-14T17:00:00Z"_s << 15 << 25 << true << QString()
                                       << u"2026-11-25T23:59:59+07:00"_s << u"2026-11"_s;
        QTest::newRow("25th 23:59:59") << u"2026-11-25T16:59:59Z"_s << 15 << 25 << true << QString()
                                       << u"2026-11-25T23:59:59+07:00"_s << u"2026-11"_s;
        QTest::newRow("26th 00:00:00") << u"2026-11-25T17:00:00Z"_s << 15 << 25 << false
                                       << u"2026-12-15T00:00:00+07:00"_s << u"2026-12-25T23:59:59+07:00"_s
                                       << u"2026-11"_s;
        // 23:30 in Moscow (UTC+3) on the 25th is 03:30 on the 26th in Tomsk: already closed.
        QTest::newRow("Moscow 25th 23:30")
            << u"2026-11-25T20:30:00Z"_s << 15 << 25 << false << u"2026-12-15T00:00:00+07:00"_s
            << u"2026-12-25T23:59:59+07:00"_s << u"2026-11"_s;
        // Year end: on 31 December (UTC still the 30th at 17:00) the next window is in January.
        QTest::newRow("year end") << u"2026-12-31T05:00:00Z"_s << 15 << 25 << false << u"2027-01-15T00:00:00+07:00"_s
                                  << u"2027-01-25T23:59:59+07:00"_s << u"2026-12"_s;
        // 2026-12-31T17:00Z is already 1 January 2027 in Tomsk: the period follows.
        QTest::newRow("new year in Tomsk first") << u"2026-12-31T17:00:00Z"_s << 1 << 31 << true << QString()
                                                 << u"2027-01-31T23:59:59+07:00"_s << u"2027-01"_s;
        // 31 in a 30-day month is its last day; in February the 28th.
        QTest::newRow("to 31 in November") << u"2026-11-30T16:59:59Z"_s << 20 << 31 << true << QString()
                                           << u"2026-11-30T23:59:59+07:00"_s << u"2026-11"_s;
        QTest::newRow("to 31 in February") << u"2027-02-28T10:00:00Z"_s << 20 << 31 << true << QString()
                                           << u"2027-02-28T23:59:59+07:00"_s << u"2027-02"_s;
        QTest::newRow("after 28 February")
            << u"2027-02-28T17:00:00Z"_s << 20 << 31 << false << u"2027-03-20T00:00:00+07:00"_s
            << u"2027-03-31T23:59:59+07:00"_s << u"2027-03"_s;
        QTest::newRow("31-31 in a 30-day month") << u"2026-11-30T05:00:00Z"_s << 31 << 31 << true << QString()
                                                 << u"2026-11-30T23:59:59+07:00"_s << u"2026-11"_s;
        QTest::newRow("1-31 always open") << u"2026-11-01T00:00:00Z"_s << 1 << 31 << true << QString()
                                          << u"2026-11-30T23:59:59+07:00"_s << u"2026-11"_s;
    }

    void windowEdges() {
        QFETCH(QString, instant);
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(bool, open);
        QFETCH(QString, opensAt);
        QFETCH(QString, closesAt);
        QFETCH(QString, period);
        const ReadingsWindow w = ReadingRules::window(utc(qPrintable(instant)), from, to);
        QCOMPARE(w.open, open);
        QCOMPARE(w.opensAt.isValid() ? w.opensAt.toString(Qt::ISODate) : QString(), opensAt);
        QCOMPARE(w.closesAt.toString(Qt::ISODate), closesAt);
        QCOMPARE(w.period, period);
        QCOMPARE(w.fromDay, from);
        QCOMPARE(w.toDay, to);
    }

    void values_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("integer");
        QTest::addColumn<int>("fraction");
        QTest::addColumn<int>("problem"); // ReadingRules::ValueProblem
        QTest::addColumn<qint64>("units");
        using P = ReadingRules::ValueProblem;
        QTest::newRow("dot") << u"80.5"_s << 6 << 3 << int(P::None) << qint64(80500);
        QTest::newRow("comma") << u"80,5"_s << 6 << 3 << int(P::None) << qint64(80500);
        QTest::newRow("integer") << u"80"_s << 6 << 3 << int(P::None) << qint64(80000);
        QTest::newRow("max") << u"999999.999"_s << 6 << 3 << int(P::None) << qint64(999999999);
        QTest::newRow("leading zeros") << u"000074,5"_s << 6 << 3 << int(P::None) << qint64(74500);
        QTest::newRow("spaces around") << u" 12.3 "_s << 6 << 1 << int(P::None) << qint64(123);
        QTest::newRow("zero") << u"0"_s << 5 << 1 << int(P::None) << qint64(0);
        QTest::newRow("7 integer digits") << u"1000000"_s << 6 << 3 << int(P::Format) << qint64(0);
        QTest::newRow("4 fraction digits") << u"1.2345"_s << 6 << 3 << int(P::Format) << qint64(0);
        QTest::newRow("fraction on integer meter") << u"1.5"_s << 6 << 0 << int(P::Format) << qint64(0);
        QTest::newRow("negative") << u"-1"_s << 6 << 3 << int(P::Format) << qint64(0);
        QTest::newRow("letters") << u"12a"_s << 6 << 3 << int(P::Format) << qint64(0);
        QTest::newRow("two separators") << u"1.2.3"_s << 6 << 3 << int(P::Format) << qint64(0);
        QTest::newRow("trailing separator") << u"80."_s << 6 << 3 << int(P::Format) << qint64(0);
        QTest::newRow("leading separator") << u".5"_s << 6 << 3 << int(P::Format) << qint64(0);
        QTest::newRow("exponent") << u"1e3"_s << 6 << 3 << int(P::Format) << qint64(0);
        QTest::newRow("huge") << u"99999999999999999999999"_s << 6 << 3 << int(P::Format) << qint64(0);
        QTest::newRow("empty") << QString() << 6 << 3 << int(P::Empty) << qint64(0);
        QTest::newRow("blank") << u"  "_s << 6 << 3 << int(P::Empty) << qint64(0);
    }

    void values() {
        QFETCH(QString, text);
        QFETCH(int, integer);
        QFETCH(int, fraction);
        QFETCH(int, problem);
        QFETCH(qint64, units);
        qint64 parsed = -1;
        QCOMPARE(int(ReadingRules::parseValue(text, {integer, fraction}, &parsed)), problem);
        if (problem == int(ReadingRules::ValueProblem::None))
            QCOMPARE(parsed, units);
    }

    void formats() {
        QCOMPARE(ReadingRules::machine(80500, 3), u"80.500"_s);
        QCOMPARE(ReadingRules::machine(7, 0), u"7"_s);
        QCOMPARE(ReadingRules::display(99990000, 3), u"99\u00A0990,000"_s);
        QCOMPARE(ReadingRules::display(1200000, 3), u"1\u00A0200,000"_s);
        QCOMPARE(ReadingRules::display(150000, 3), u"150,000"_s);
        QCOMPARE(ReadingRules::display(123456789, 0), u"123\u00A0456\u00A0789"_s);
    }

    void rollover() {
        const Capacity c{6, 3};
        QCOMPARE(ReadingRules::modulus(c), qint64(1000000000));
        QCOMPARE(ReadingRules::consumption(74000, 80500, c), qint64(6500));
        // 99990.000 -> 5.000 on a 5.3 meter: (100000 - 99990) + 5 = 15.000
        QCOMPARE(ReadingRules::consumption(99990000, 5000, {5, 3}), qint64(15000));
        QCOMPARE(ReadingRules::consumption(100, 100, c), qint64(0));
        QVERIFY(ReadingRules::tooHigh(451, 150));
        QVERIFY(!ReadingRules::tooHigh(450, 150));
        QVERIFY(!ReadingRules::tooHigh(1000, 0));
    }

    void baselineSkipsThisPeriodsSubmissions() {
        const QList<StoredReading> zone = {reading("2026-10-20", 100), reading("2026-11-05", 110),
                                           reading("2026-11-18", 120, true)};
        auto b = ReadingRules::baseline(zone, u"2026-11"_s);
        QVERIFY(b);
        QCOMPARE(b->units, qint64(110)); // the imported one of this period, not the submission
        QCOMPARE(b->date, u"2026-11-05"_s);
        // Only a submission in this period: the earlier period counts.
        b = ReadingRules::baseline({reading("2026-10-20", 100), reading("2026-11-18", 120, true)}, u"2026-11"_s);
        QCOMPARE(b->units, qint64(100));
        // A submission of an earlier period is an ordinary last reading.
        b = ReadingRules::baseline({reading("2026-10-20", 100, true)}, u"2026-11"_s);
        QCOMPARE(b->units, qint64(100));
        // Readings of later periods (a clock set back) are not the baseline.
        b = ReadingRules::baseline({reading("2026-10-20", 100), reading("2026-12-20", 150)}, u"2026-11"_s);
        QCOMPARE(b->units, qint64(100));
        QVERIFY(!ReadingRules::baseline({}, u"2026-11"_s));
    }

    void periodConsumptionRolloverAware() {
        const Capacity c{5, 3};
        const QList<StoredReading> zone = {reading("2026-07-10", 99980000), reading("2026-08-01", 99985000),
                                           reading("2026-08-20", 99990000), reading("2026-09-15", 5000),
                                           reading("2026-11-15", 25000)};
        const auto list = ReadingRules::periodConsumption(zone, c);
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.at(0).period, u"2026-08"_s);
        QCOMPARE(list.at(0).units, qint64(10000)); // last of August - last of July
        QCOMPARE(list.at(1).period, u"2026-09"_s);
        QCOMPARE(list.at(1).units, qint64(15000)); // across zero
        QCOMPARE(list.at(2).period, u"2026-11"_s);
        QCOMPARE(list.at(2).units, qint64(20000)); // against September (October has none)
    }

    void averageMonthly() {
        const Capacity c{6, 3};
        // Fewer than 2 earlier periods: no average.
        QVERIFY(!ReadingRules::averageMonthly({reading("2026-10-10", 1000)}, u"2026-11"_s, c));
        QVERIFY(
            !ReadingRules::averageMonthly({reading("2026-10-10", 1000), reading("2026-11-10", 5000)}, u"2026-11"_s, c));
        // Two periods, 150 apart: 150.
        QCOMPARE(
            *ReadingRules::averageMonthly({reading("2026-09-10", 1000), reading("2026-10-10", 1150)}, u"2026-11"_s, c),
            qint64(150));
        // No consumption: no average (0 is not a usable average).
        QVERIFY(
            !ReadingRules::averageMonthly({reading("2026-09-10", 1000), reading("2026-10-10", 1000)}, u"2026-11"_s, c));
        // A gap of two months counts as two: 300 over Aug..Oct = 150 a month.
        QCOMPARE(
            *ReadingRules::averageMonthly({reading("2026-08-10", 1000), reading("2026-10-10", 1300)}, u"2026-11"_s, c),
            qint64(150));
        // Only the last 7 periods (6 consumptions) count: an old huge step is ignored.
        QList<StoredReading> zone = {reading("2026-01-10", 0), reading("2026-02-10", 900000)};
        qint64 value = 900000;
        for (int month = 3; month <= 10; ++month) {
            value += 100;
            zone.append(reading(qPrintable(u"2026-%1-10"_s.arg(month, 2, 10, QLatin1Char('0'))), value));
        }
        QCOMPARE(*ReadingRules::averageMonthly(zone, u"2026-11"_s, c), qint64(100));
        // Rounded half up at the meter's scale: 4545 / 6 = 757.5 -> 758.
        QCOMPARE(*ReadingRules::averageMonthly({reading("2026-04-10", 147627), reading("2026-10-10", 152172)},
                                               u"2026-11"_s, c),
                 qint64(758));
    }

    void readingsWindowSetting() {
        const QProcessEnvironment none;
        auto load = [&](QStringList args) {
            args.prepend(u"lkk-server"_s);
            args << u"--db"_s << u"sqlite:///tmp/x.sqlite"_s << u"--tls-cert"_s << u"c"_s << u"--tls-key"_s << u"k"_s
                 << u"--mail-drop"_s << u"/tmp/x-mail"_s; // production needs a way to send mail
            return ConfigLoader::load(args, none);
        };
        auto r = load({});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.config.readingsFromDay, 15); // production
        QCOMPARE(r.config.readingsToDay, 25);
        r = load({u"--environment"_s, u"demo"_s});
        QCOMPARE(r.config.readingsFromDay, 1);
        QCOMPARE(r.config.readingsToDay, 31);
        r = load({u"--environment"_s, u"demo"_s, u"--readings-window"_s, u"15-25"_s});
        QCOMPARE(r.config.readingsFromDay, 15);
        QCOMPARE(r.config.readingsToDay, 25);
        for (const QString& bad : {u"0-5"_s, u"16-3"_s, u"1-32"_s, u"15"_s, u"a-b"_s, u"15–25"_s}) {
            r = load({u"--readings-window"_s, bad});
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.error.contains(u"readings-window"_s), qPrintable(r.error));
        }
    }

    void testClockSetting() {
        const QProcessEnvironment none;
        auto load = [&](QStringList args) {
            args.prepend(u"lkk-server"_s);
            args << u"--db"_s << u"sqlite:///tmp/x.sqlite"_s << u"--tls-cert"_s << u"c"_s << u"--tls-key"_s << u"k"_s;
            return ConfigLoader::load(args, none);
        };
        auto r = load({u"--environment"_s, u"test"_s, u"--test-clock"_s, u"2026-11-25T16:30:00Z"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.config.testClock);
        QCOMPARE(r.config.testClockMs, utc("2026-11-25T16:30:00Z"));
        r = load({u"--environment"_s, u"test"_s, u"--test-clock"_s, u"2026-11-25T23:30:00+07:00"_s});
        QCOMPARE(r.config.testClockMs, utc("2026-11-25T16:30:00Z"));
        r = load({});
        QVERIFY(!r.config.testClock);
        // Refused outside the test environment, and without an explicit offset.
        r = load({u"--test-clock"_s, u"2026-11-25T16:30:00Z"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.error.contains(u"test-only"_s), qPrintable(r.error));
        r = load({u"--environment"_s, u"demo"_s, u"--test-clock"_s, u"2026-11-25T16:30:00Z"_s});
        QCOMPARE(r.exitCode, 2);
        r = load({u"--environment"_s, u"test"_s, u"--test-clock"_s, u"2026-11-25T16:30:00"_s});
        QCOMPARE(r.exitCode, 2);
        r = load({u"--environment"_s, u"test"_s, u"--test-clock"_s, u"tomorrow"_s});
        QCOMPARE(r.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestReadingRules)
#include "tst_readingsunit.moc"
