// PeriodFilter: the preset ranges from a pinned "today" (also across year ends and short
// months), custom ranges and their validation, texts.
#include "app/history/PeriodFilter.h"

#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using lkk::PeriodFilter;
using Problem = PeriodFilter::Problem;

Q_DECLARE_METATYPE(PeriodFilter)
Q_DECLARE_METATYPE(std::optional<PeriodFilter::Problem>)

class TestPeriodFilter : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void presets_data() {
        QTest::addColumn<PeriodFilter>("filter");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QDate>("from");
        const QDate nov26(2026, 11, 26);
        QTest::newRow("3 months") << PeriodFilter::last3Months() << nov26 << QDate(2026, 9, 1);
        QTest::newRow("6 months") << PeriodFilter::last6Months() << nov26 << QDate(2026, 6, 1);
        QTest::newRow("12 months") << PeriodFilter::last12Months() << nov26 << QDate(2025, 12, 1);
        QTest::newRow("default is 12") << PeriodFilter() << nov26 << QDate(2025, 12, 1);
        // Across the year end.
        QTest::newRow("3 in january") << PeriodFilter::last3Months() << QDate(2027, 1, 15) << QDate(2026, 11, 1);
        QTest::newRow("3 in february") << PeriodFilter::last3Months() << QDate(2027, 2, 1) << QDate(2026, 12, 1);
        QTest::newRow("6 in march") << PeriodFilter::last6Months() << QDate(2027, 3, 31) << QDate(2026, 10, 1);
        QTest::newRow("12 on jan 1") << PeriodFilter::last12Months() << QDate(2027, 1, 1) << QDate(2026, 2, 1);
        QTest::newRow("12 on dec 31") << PeriodFilter::last12Months() << QDate(2026, 12, 31) << QDate(2026, 1, 1);
        // Month lengths do not matter: always the first of the month.
        QTest::newRow("3 on may 31") << PeriodFilter::last3Months() << QDate(2026, 5, 31) << QDate(2026, 3, 1);
        QTest::newRow("leap day") << PeriodFilter::last12Months() << QDate(2028, 2, 29) << QDate(2027, 3, 1);
    }
    void presets() {
        QFETCH(PeriodFilter, filter);
        QFETCH(QDate, today);
        QFETCH(QDate, from);
        QCOMPARE(filter.from(today), from);
        QCOMPARE(filter.to(today), today);
        QCOMPARE(filter.validate(today), std::nullopt);
        QVERIFY(!filter.isCustom());
    }

    void custom_data() {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<std::optional<Problem>>("problem");
        QTest::addColumn<QDate>("effectiveTo");
        const std::optional<Problem> ok;
        QTest::newRow("inside") << QDate(2026, 1, 10) << QDate(2026, 3, 5) << ok << QDate(2026, 3, 5);
        QTest::newRow("one day") << QDate(2026, 3, 5) << QDate(2026, 3, 5) << ok << QDate(2026, 3, 5);
        QTest::newRow("across year end") << QDate(2025, 12, 15) << QDate(2026, 1, 15) << ok << QDate(2026, 1, 15);
        QTest::newRow("end after today is cut") << QDate(2026, 10, 1) << QDate(2027, 1, 1) << ok << QDate(2026, 11, 26);
        QTest::newRow("no from") << QDate() << QDate(2026, 3, 5) << std::optional(Problem::FromMissing) << QDate();
        QTest::newRow("no to") << QDate(2026, 3, 5) << QDate() << std::optional(Problem::ToMissing) << QDate();
        QTest::newRow("reversed") << QDate(2026, 3, 6) << QDate(2026, 3, 5) << std::optional(Problem::FromAfterTo)
                                  << QDate();
        QTest::newRow("future") << QDate(2026, 12, 1) << QDate(2026, 12, 31) << std::optional(Problem::FromInFuture)
                                << QDate();
        QTest::newRow("five years") << QDate(2021, 11, 26) << QDate(2026, 11, 26) << ok << QDate(2026, 11, 26);
        QTest::newRow("over five years") << QDate(2021, 11, 25) << QDate(2026, 11, 26)
                                         << std::optional(Problem::TooLong) << QDate();
    }
    void custom() {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(std::optional<Problem>, problem);
        QFETCH(QDate, effectiveTo);
        const QDate today(2026, 11, 26);
        const PeriodFilter f = PeriodFilter::custom(from, to);
        QVERIFY(f.isCustom());
        QCOMPARE(f.validate(today), problem);
        QCOMPARE(f.to(today), effectiveTo);
        QCOMPARE(f.from(today), problem ? QDate() : from);
        if (problem)
            QVERIFY(!PeriodFilter::problemText(*problem).isEmpty());
    }

    // Moving one end of a custom range: the other follows instead of the range being refused.
    void endMoved_data() {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<bool>("movedFrom");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QDate>("expectedFrom");
        QTest::addColumn<QDate>("expectedTo");
        const QDate from(2025, 12, 1);
        const QDate to(2026, 11, 26); // today
        QTest::newRow("end inside") << from << to << false << QDate(2026, 6, 30) << from << QDate(2026, 6, 30);
        QTest::newRow("start inside") << from << to << true << QDate(2026, 3, 1) << QDate(2026, 3, 1) << to;
        // A bill of December 2018: the start follows the end back, keeping the length (360 days).
        QTest::newRow("end far back") << from << to << false << QDate(2018, 12, 31) << QDate(2018, 1, 5)
                                      << QDate(2018, 12, 31);
        // …or the end follows the start, at most five years after it.
        QTest::newRow("start far back") << from << to << true << QDate(2018, 12, 1) << QDate(2018, 12, 1)
                                        << QDate(2023, 12, 1);
        QTest::newRow("start after end") << from << QDate(2026, 2, 1) << true << QDate(2026, 5, 1) << QDate(2026, 5, 1)
                                         << QDate(2026, 7, 2); // the 62 days kept
        QTest::newRow("start after end, cut") << from << QDate(2026, 2, 1) << true << QDate(2026, 10, 1)
                                              << QDate(2026, 10, 1) << to; // 62 days on is past today
        QTest::newRow("end long after start")
            << QDate(2019, 1, 1) << QDate(2019, 2, 1) << false << to << QDate(2021, 11, 26) << to;
        QTest::newRow("start in the future") << from << to << true << QDate(2027, 1, 1) << to << to;
        QTest::newRow("end in the future") << from << to << false << QDate(2027, 1, 1) << from << to;
    }
    void endMoved() {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(bool, movedFrom);
        QFETCH(QDate, date);
        QFETCH(QDate, expectedFrom);
        QFETCH(QDate, expectedTo);
        const QDate today(2026, 11, 26);
        const PeriodFilter f = PeriodFilter::withEndMoved(
            from, to, movedFrom ? PeriodFilter::End::From : PeriodFilter::End::To, date, today);
        QCOMPARE(f.customFrom(), expectedFrom);
        QCOMPARE(f.customTo(), expectedTo);
        QCOMPARE(f.validate(today), std::nullopt);
    }

    void texts() {
        QCOMPARE(PeriodFilter::last3Months().displayText(), u"For the last 3 months"_s);
        QCOMPARE(PeriodFilter::last6Months().displayText(), u"For the last 6 months"_s);
        QCOMPARE(PeriodFilter::last12Months().displayText(), u"For the year"_s);
        QCOMPARE(PeriodFilter::custom(QDate(2026, 9, 1), QDate(2026, 11, 26)).displayText(),
                 u"01.09.2026 – 26.11.2026"_s);
        QCOMPARE(PeriodFilter::kindText(PeriodFilter::Kind::Custom), u"Choose a period…"_s);
    }

    void equality() {
        QCOMPARE(PeriodFilter::last3Months(), PeriodFilter::last3Months());
        QVERIFY(PeriodFilter::last3Months() != PeriodFilter::last6Months());
        QCOMPARE(PeriodFilter::custom(QDate(2026, 1, 1), QDate(2026, 2, 1)),
                 PeriodFilter::custom(QDate(2026, 1, 1), QDate(2026, 2, 1)));
        QVERIFY(PeriodFilter::custom(QDate(2026, 1, 1), QDate(2026, 2, 1)) !=
                PeriodFilter::custom(QDate(2026, 1, 1), QDate(2026, 2, 2)));
    }
};

QTEST_GUILESS_MAIN(TestPeriodFilter)
#include "tst_periodfilter.moc"
