// Money and Decimal: parsing what people type and bills print, the two text forms, checked
// arithmetic and the tariff × quantity rounding (docs/domain.md §4–§5).
#include "shared/Decimal.h"
#include "shared/Money.h"

#include <QCoreApplication>
#include <QStandardPaths>
#include <QTest>
#include <limits>

using lkk::Decimal;
using lkk::Money;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Money::ParseError)
Q_DECLARE_METATYPE(Decimal::ParseError)

class TstMoney : public QObject {
    Q_OBJECT

private slots:
    void parseAccepts_data();
    void parseAccepts();
    void parseRejects_data();
    void parseRejects();
    void formats_data();
    void formats();
    void displayRoundTrips();
    void textForms_data();
    void textForms();
    void checkedArithmetic();
    void multiplyRounding_data();
    void multiplyRounding();
    void multiplyOverflow();
    void decimalParse_data();
    void decimalParse();
    void decimalRejects_data();
    void decimalRejects();
    void decimalRescaleAndCompare();
    void decimalIntegerDigits();
};

void TstMoney::parseAccepts_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("kopecks");
    QTest::newRow("dot") << u"1234.56"_s << qint64(123456);
    QTest::newRow("comma") << u"1234,56"_s << qint64(123456);
    QTest::newRow("grouped space") << u"1 234,56"_s << qint64(123456);
    QTest::newRow("grouped nbsp") << u"62\u00A0918,45"_s << qint64(6291845);
    QTest::newRow("grouped narrow nbsp") << u"1\u202F234\u202F567.89"_s << qint64(123456789);
    QTest::newRow("whole roubles") << u"1234"_s << qint64(123400);
    QTest::newRow("one kopeck digit") << u"1234.5"_s << qint64(123450);
    QTest::newRow("negative") << u"-2.13"_s << qint64(-213);
    QTest::newRow("unicode minus") << u"\u22122,13"_s << qint64(-213);
    QTest::newRow("zero") << u"0"_s << qint64(0);
    QTest::newRow("negative zero") << u"-0.00"_s << qint64(0);
    QTest::newRow("leading zeros") << u"007.10"_s << qint64(710);
    QTest::newRow("surrounding spaces") << u"  4,00 "_s << qint64(400);
    QTest::newRow("rub dot") << u"62 918,45 руб."_s << qint64(6291845);
    QTest::newRow("rub no dot") << u"62918.45 руб"_s << qint64(6291845);
    QTest::newRow("rub capital") << u"10 РУБ."_s << qint64(1000);
    QTest::newRow("r dot") << u"10,5 р."_s << qint64(1050);
    QTest::newRow("rouble sign") << u"112 994,24 ₽"_s << qint64(11299424);
    QTest::newRow("rouble sign tight") << u"5₽"_s << qint64(500);
    QTest::newRow("max") << u"92233720368547758.07"_s << std::numeric_limits<qint64>::max();
    QTest::newRow("big grouped") << u"92 233 720 368 547 758,07"_s << std::numeric_limits<qint64>::max();
}

void TstMoney::parseAccepts() {
    QFETCH(QString, text);
    QFETCH(qint64, kopecks);
    Money::ParseError error = Money::ParseError::Empty;
    const auto m = Money::parse(text, &error);
    QVERIFY2(m.has_value(), qPrintable(text));
    QCOMPARE(m->kopecks(), kopecks);
}

void TstMoney::parseRejects_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<Money::ParseError>("error");
    QTest::newRow("empty") << QString() << Money::ParseError::Empty;
    QTest::newRow("spaces") << u"   "_s << Money::ParseError::Empty;
    QTest::newRow("letter after kopecks") << u"1234.5x"_s << Money::ParseError::Syntax;
    QTest::newRow("three decimals") << u"1234.567"_s << Money::ParseError::TooManyDecimals;
    QTest::newRow("three decimals comma") << u"12,345"_s << Money::ParseError::TooManyDecimals;
    QTest::newRow("exponent") << u"1e3"_s << Money::ParseError::Syntax;
    QTest::newRow("no integer part") << u".5"_s << Money::ParseError::Syntax;
    QTest::newRow("trailing separator") << u"1234."_s << Money::ParseError::Syntax;
    QTest::newRow("two separators") << u"1,234.56"_s << Money::ParseError::Syntax;
    QTest::newRow("bad grouping") << u"12 34"_s << Money::ParseError::Syntax;
    QTest::newRow("long first group") << u"1234 567"_s << Money::ParseError::Syntax;
    QTest::newRow("double space") << u"1  234"_s << Money::ParseError::Syntax;
    QTest::newRow("plus") << u"+5"_s << Money::ParseError::Syntax;
    QTest::newRow("sign only") << u"-"_s << Money::ParseError::Syntax;
    QTest::newRow("currency only") << u"руб."_s << Money::ParseError::Syntax;
    QTest::newRow("currency first") << u"₽ 5"_s << Money::ParseError::Syntax;
    QTest::newRow("dollar") << u"5$"_s << Money::ParseError::Syntax;
    QTest::newRow("arabic-indic digits") << u"\u0661\u0662"_s << Money::ParseError::Syntax;
    QTest::newRow("fullwidth digit") << u"\uFF15"_s << Money::ParseError::Syntax;
    QTest::newRow("overflow by a kopeck") << u"92233720368547758.08"_s << Money::ParseError::Overflow;
    QTest::newRow("overflow roubles") << u"99999999999999999999999"_s << Money::ParseError::Overflow;
}

void TstMoney::parseRejects() {
    QFETCH(QString, text);
    QFETCH(Money::ParseError, error);
    Money::ParseError got = Money::ParseError::Empty;
    const auto m = Money::parse(text, &got);
    QVERIFY2(!m.has_value(), qPrintable(text));
    QCOMPARE(got, error);
}

void TstMoney::formats_data() {
    QTest::addColumn<qint64>("kopecks");
    QTest::addColumn<QString>("display");
    QTest::addColumn<QString>("machine");
    QTest::newRow("manual total") << qint64(6291845) << u"62\u00A0918,45\u00A0руб."_s << u"62918.45"_s;
    QTest::newRow("zero") << qint64(0) << u"0,00\u00A0руб."_s << u"0.00"_s;
    QTest::newRow("kopecks only") << qint64(5) << u"0,05\u00A0руб."_s << u"0.05"_s;
    QTest::newRow("negative") << qint64(-213) << u"-2,13\u00A0руб."_s << u"-2.13"_s;
    QTest::newRow("negative kopecks") << qint64(-5) << u"-0,05\u00A0руб."_s << u"-0.05"_s;
    QTest::newRow("three digits") << qint64(99999) << u"999,99\u00A0руб."_s << u"999.99"_s;
    QTest::newRow("four digits") << qint64(100000) << u"1\u00A0000,00\u00A0руб."_s << u"1000.00"_s;
    QTest::newRow("negative thousands") << qint64(-11299424) << u"-112\u00A0994,24\u00A0руб."_s << u"-112994.24"_s;
    QTest::newRow("million") << qint64(123456789) << u"1\u00A0234\u00A0567,89\u00A0руб."_s << u"1234567.89"_s;
    QTest::newRow("max") << std::numeric_limits<qint64>::max()
                         << u"92\u00A0233\u00A0720\u00A0368\u00A0547\u00A0758,07\u00A0руб."_s
                         << u"92233720368547758.07"_s;
    QTest::newRow("min") << std::numeric_limits<qint64>::min()
                         << u"-92\u00A0233\u00A0720\u00A0368\u00A0547\u00A0758,08\u00A0руб."_s
                         << u"-92233720368547758.08"_s;
}

void TstMoney::formats() {
    QFETCH(qint64, kopecks);
    QFETCH(QString, display);
    QFETCH(QString, machine);
    const Money m = Money::fromKopecks(kopecks);
    QCOMPARE(m.toDisplayString(), display);
    QCOMPARE(m.toDisplayNumber(), display.chopped(5));
    QCOMPARE(m.toMachineString(), machine);
}

void TstMoney::displayRoundTrips() {
    const qint64 samples[] = {0,
                              1,
                              -1,
                              99,
                              100,
                              101,
                              99999,
                              100000,
                              -213,
                              6291845,
                              1422847,
                              1234567890123,
                              std::numeric_limits<qint64>::max()};
    for (const qint64 k : samples) {
        const Money m = Money::fromKopecks(k);
        QCOMPARE(Money::parse(m.toDisplayString())->kopecks(), k);
        QCOMPARE(Money::parse(m.toDisplayNumber())->kopecks(), k);
        QCOMPARE(Money::parse(m.toMachineString())->kopecks(), k);
    }
}

void TstMoney::textForms_data() {
    QTest::addColumn<qint64>("kopecks");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("englishInput");
    QTest::newRow("manual total") << qint64(6291845) << u"62,918.45\u00A0RUB"_s << u"62918.45"_s;
    QTest::newRow("small") << qint64(5) << u"0.05\u00A0RUB"_s << u"0.05"_s;
    QTest::newRow("negative thousands") << qint64(-11299424) << u"-112,994.24\u00A0RUB"_s << u"-112994.24"_s;
    QTest::newRow("million") << qint64(123456789) << u"1,234,567.89\u00A0RUB"_s << u"1234567.89"_s;
}

// The screens write amounts as the UI's language does; Russian keeps the display form, and what a
// field shows parses back in both.
void TstMoney::textForms() {
    QFETCH(qint64, kopecks);
    QFETCH(QString, english);
    QFETCH(QString, englishInput);
    const Money m = Money::fromKopecks(kopecks);
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    const QLocale ru(QLocale::Russian, QLocale::Russia);
    QCOMPARE(m.toText(en), english);
    QCOMPARE(m.toTextNumber(en), english.chopped(4));
    QCOMPARE(m.toInputText(en), englishInput);
    QCOMPARE(m.toText(ru), m.toDisplayString());
    QCOMPARE(m.toTextNumber(ru), m.toDisplayNumber());
    QCOMPARE(m.toInputText(ru), m.toDisplayNumber());
    QCOMPARE(Money::parse(m.toInputText(en))->kopecks(), kopecks);
    QCOMPARE(Money::parse(m.toInputText(ru))->kopecks(), kopecks);
}

void TstMoney::checkedArithmetic() {
    const Money a = Money::fromKopecks(5278247);
    const Money paid = Money::fromKopecks(400);
    const Money charged = Money::fromKopecks(455455);
    // The manual's МУП ЖКХ «Октябрьское», December 2018 (docs/domain.md §8):
    // 52 782,47 − 4,00 + 4 554,55 = 57 333,02.
    QCOMPARE(a.minus(paid)->plus(charged)->kopecks(), qint64(5733302));
    QCOMPARE(Money::fromKopecks(5733302).plus(Money::fromKopecks(558543))->toDisplayString(),
             u"62\u00A0918,45\u00A0руб."_s);

    const Money max = Money::fromKopecks(std::numeric_limits<qint64>::max());
    const Money min = Money::fromKopecks(std::numeric_limits<qint64>::min());
    QVERIFY(!max.plus(Money::fromKopecks(1)));
    QVERIFY(!min.minus(Money::fromKopecks(1)));
    QVERIFY(!min.negated());
    QCOMPARE(max.negated()->kopecks(), -std::numeric_limits<qint64>::max());
    QVERIFY(max.plus(Money::fromKopecks(-1)));
    QVERIFY(Money::fromKopecks(-1) < Money());
    QVERIFY(Money::fromKopecks(3) == Money::fromKopecks(3));
}

void TstMoney::multiplyRounding_data() {
    QTest::addColumn<qint64>("price");
    QTest::addColumn<QString>("quantity");
    QTest::addColumn<QString>("factor");
    QTest::addColumn<qint64>("expected");
    // The manual's heating (docs/domain.md §4.4): 0,0280 Гкал/м² × 1 947,69 = 54,53532 -> 54,54 ₽/м²;
    // × 60,6 м² in one rounding = 3 304,840392 -> 3 304,84 (rounding the price first would give
    // 3 305,12).
    QTest::newRow("price per m2") << qint64(194769) << u"0.0280"_s << u"1"_s << qint64(5454);
    QTest::newRow("heating charge") << qint64(194769) << u"0.0280"_s << u"60.6"_s << qint64(330484);
    QTest::newRow("exact") << qint64(3512) << u"3.000"_s << u"1"_s << qint64(10536);
    QTest::newRow("half up") << qint64(1) << u"0.5"_s << u"1"_s << qint64(1);
    QTest::newRow("just below half") << qint64(1) << u"0.4999"_s << u"1"_s << qint64(0);
    QTest::newRow("half negative away from zero") << qint64(-1) << u"0.5"_s << u"1"_s << qint64(-1);
    QTest::newRow("negative quantity") << qint64(3) << u"-0.5"_s << u"1"_s << qint64(-2);
    QTest::newRow("negative just below half") << qint64(-1) << u"0.49"_s << u"1"_s << qint64(0);
    QTest::newRow("kwh six decimals") << qint64(487) << u"123.456789"_s << u"1"_s << qint64(60123);
    QTest::newRow("zero quantity") << qint64(487) << u"0.000"_s << u"1"_s << qint64(0);
    QTest::newRow("two scales") << qint64(2500) << u"1.25"_s << u"2.5"_s << qint64(7813); // 7812.5
}

void TstMoney::multiplyRounding() {
    QFETCH(qint64, price);
    QFETCH(QString, quantity);
    QFETCH(QString, factor);
    QFETCH(qint64, expected);
    const auto q = Decimal::parse(quantity);
    const auto f = Decimal::parse(factor);
    QVERIFY(q && f);
    const auto r = Money::multiply(Money::fromKopecks(price), *q, *f);
    QVERIFY(r);
    QCOMPARE(r->kopecks(), expected);
    if (factor == u"1"_s)
        QCOMPARE(Money::multiply(Money::fromKopecks(price), *q)->kopecks(), expected);
}

void TstMoney::multiplyOverflow() {
    const auto big = Decimal::parse(u"9223372036854.775807"_s);
    QVERIFY(big);
    QVERIFY(!Money::multiply(Money::fromKopecks(2), *big));
    QVERIFY(!Money::multiply(Money::fromKopecks(std::numeric_limits<qint64>::max()), Decimal::fromInteger(2)));
    QVERIFY(!Money::multiply(Money::fromKopecks(1'000'000'000), *Decimal::parse(u"100000.000001"_s),
                             *Decimal::parse(u"100000.000001"_s)));
    // The largest product that fits still works.
    QCOMPARE(
        Money::multiply(Money::fromKopecks(std::numeric_limits<qint64>::max()), Decimal::fromInteger(1))->kopecks(),
        std::numeric_limits<qint64>::max());
}

void TstMoney::decimalParse_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("maxDigits");
    QTest::addColumn<bool>("comma");
    QTest::addColumn<qint64>("units");
    QTest::addColumn<int>("scale");
    QTest::addColumn<QString>("machine");
    QTest::newRow("norm") << u"0.0280"_s << 6 << false << qint64(280) << 4 << u"0.0280"_s;
    QTest::newRow("area") << u"60.6"_s << 6 << false << qint64(606) << 1 << u"60.6"_s;
    QTest::newRow("integer") << u"74"_s << 3 << false << qint64(74) << 0 << u"74"_s;
    QTest::newRow("reading") << u"74.000"_s << 3 << false << qint64(74000) << 3 << u"74.000"_s;
    QTest::newRow("comma when allowed") << u"18,5"_s << 3 << true << qint64(185) << 1 << u"18.5"_s;
    QTest::newRow("negative") << u"-1.50"_s << 6 << false << qint64(-150) << 2 << u"-1.50"_s;
    QTest::newRow("small negative") << u"-0.001"_s << 6 << false << qint64(-1) << 3 << u"-0.001"_s;
    QTest::newRow("six decimals") << u"0.000001"_s << 6 << false << qint64(1) << 6 << u"0.000001"_s;
}

void TstMoney::decimalParse() {
    QFETCH(QString, text);
    QFETCH(int, maxDigits);
    QFETCH(bool, comma);
    QFETCH(qint64, units);
    QFETCH(int, scale);
    QFETCH(QString, machine);
    const auto d =
        Decimal::parse(text, maxDigits, comma ? Decimal::Separators::DotOrComma : Decimal::Separators::DotOnly);
    QVERIFY(d);
    QCOMPARE(d->units(), units);
    QCOMPARE(d->scale(), scale);
    QCOMPARE(d->toString(), machine);
    QCOMPARE(d->toDisplayString(), QString(machine).replace(u'.', u','));
}

void TstMoney::decimalRejects_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("maxDigits");
    QTest::addColumn<Decimal::ParseError>("error");
    QTest::newRow("empty") << u""_s << 6 << Decimal::ParseError::Empty;
    QTest::newRow("comma in machine text") << u"60,6"_s << 6 << Decimal::ParseError::Syntax;
    QTest::newRow("exponent") << u"1e3"_s << 6 << Decimal::ParseError::Syntax;
    QTest::newRow("grouping") << u"1 000"_s << 6 << Decimal::ParseError::Syntax;
    QTest::newRow("trailing dot") << u"1."_s << 6 << Decimal::ParseError::Syntax;
    QTest::newRow("leading dot") << u".1"_s << 6 << Decimal::ParseError::Syntax;
    QTest::newRow("plus") << u"+1"_s << 6 << Decimal::ParseError::Syntax;
    QTest::newRow("too many for capacity") << u"74.0001"_s << 3 << Decimal::ParseError::TooManyDecimals;
    QTest::newRow("beyond max scale") << u"0.0000001"_s << 9 << Decimal::ParseError::TooManyDecimals;
    QTest::newRow("overflow") << u"9223372036854775808"_s << 6 << Decimal::ParseError::Overflow;
    QTest::newRow("overflow with scale") << u"9223372036854.7758080"_s << 7 << Decimal::ParseError::TooManyDecimals;
    QTest::newRow("overflow at scale") << u"92233720368547.758080"_s << 6 << Decimal::ParseError::Overflow;
}

void TstMoney::decimalRejects() {
    QFETCH(QString, text);
    QFETCH(int, maxDigits);
    QFETCH(Decimal::ParseError, error);
    Decimal::ParseError got = Decimal::ParseError::Empty;
    QVERIFY(!Decimal::parse(text, maxDigits, Decimal::Separators::DotOnly, &got));
    QCOMPARE(got, error);
}

void TstMoney::decimalRescaleAndCompare() {
    const Decimal a = *Decimal::parse(u"60.6"_s);
    const Decimal b = *Decimal::parse(u"60.600"_s);
    QVERIFY(a.equals(b));
    QCOMPARE(*a.compare(b), 0);
    QCOMPARE(a.rescaled(3)->units(), qint64(60600));
    QCOMPARE(b.rescaled(1)->units(), qint64(606));
    QVERIFY(!Decimal::parse(u"60.65"_s)->rescaled(1)); // would drop a digit
    QVERIFY(!a.rescaled(7));
    QCOMPARE(*Decimal::parse(u"74"_s)->compare(*Decimal::parse(u"74.001"_s)), -1);
    QCOMPARE(*Decimal::parse(u"-1"_s)->compare(*Decimal::parse(u"-1.5"_s)), 1);
    QVERIFY(!Decimal::fromUnits(1, 7));
    QVERIFY(!Decimal::fromUnits(std::numeric_limits<qint64>::max(), 0)->compare(*Decimal::fromUnits(1, 1)));
}

void TstMoney::decimalIntegerDigits() {
    QCOMPARE(Decimal::parse(u"0.5"_s)->integerDigits(), 1);
    QCOMPARE(Decimal::parse(u"999999.999"_s)->integerDigits(), 6);
    QCOMPARE(Decimal::parse(u"1000000.000"_s)->integerDigits(), 7);
    QCOMPARE(Decimal::parse(u"-12.5"_s)->integerDigits(), 2);
    QCOMPARE(Decimal::fromUnits(std::numeric_limits<qint64>::min(), 0)->integerDigits(), 19);
}

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    TstMoney test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_money.moc"
