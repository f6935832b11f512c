// The field rules of registration and the profile shared by client and server:
// phone spellings and their E.164 form, person names, birth date bounds, sex.
#include "shared/InputRules.h"

#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lkk::rules;

class TestRegistrationRules : public QObject {
    Q_OBJECT
private slots:
    void phone_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("e164");
        QTest::newRow("spaced +7") << u"+7 913 123-45-67"_s << u"+79131234567"_s;
        QTest::newRow("8 with brackets") << u"8 (913) 123 45 67"_s << u"+79131234567"_s;
        QTest::newRow("8 plain") << u"89131234567"_s << u"+79131234567"_s;
        QTest::newRow("ten digits") << u"9131234567"_s << u"+79131234567"_s;
        QTest::newRow("e164") << u"+79131234567"_s << u"+79131234567"_s;
        QTest::newRow("blanks around") << u"  +7 (913) 123-45-67 "_s << u"+79131234567"_s;
        QTest::newRow("landline") << u"+7 3822 12-34-56"_s << QString();
        QTest::newRow("too short") << u"913123456"_s << QString();
        QTest::newRow("too long") << u"+791312345678"_s << QString();
        QTest::newRow("other country") << u"+380501234567"_s << QString();
        QTest::newRow("letters") << u"8913abc4567"_s << QString();
        QTest::newRow("plus 8") << u"+89131234567"_s << QString();
        QTest::newRow("two plus") << u"++79131234567"_s << QString();
        QTest::newRow("arabic-indic digits")
            << u"\u0669\u0661\u0663\u0661\u0662\u0663\u0664\u0665\u0666\u0667"_s << QString();
    }
    void phone() {
        QFETCH(QString, input);
        QFETCH(QString, e164);
        QCOMPARE(normalizedPhone(input), e164);
        QCOMPARE(checkPhone(input, true), e164.isEmpty() ? std::optional(Violation::PhoneFormat) : std::nullopt);
    }
    void phoneRequired() {
        QCOMPARE(checkPhone(u"  "_s, true), std::optional(Violation::Required));
        QCOMPARE(checkPhone(QString(), false), std::nullopt);
    }
    void displayPhone() {
        QCOMPARE(lkk::rules::displayPhone(u"+79131234567"_s), u"+7 913 123-45-67"_s);
        QCOMPARE(lkk::rules::displayPhone(u"12345"_s), u"12345"_s);
    }
    void names_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("required");
        QTest::addColumn<int>("violation"); // -1 = fine
        QTest::newRow("cyrillic") << u"Иванова"_s << true << -1;
        QTest::newRow("yo") << u"Пётр"_s << true << -1;
        QTest::newRow("hyphen") << u"Римский-Корсаков"_s << true << -1;
        QTest::newRow("apostrophe") << u"O'Neil"_s << true << -1;
        QTest::newRow("space") << u"Де Голль"_s << true << -1;
        QTest::newRow("empty required") << u" "_s << true << int(Violation::Required);
        QTest::newRow("empty optional") << QString() << false << -1;
        QTest::newRow("digits") << u"Иван2"_s << true << int(Violation::NameCharacters);
        QTest::newRow("only hyphen") << u"-"_s << true << int(Violation::NameCharacters);
        QTest::newRow("dot") << u"И.И."_s << true << int(Violation::NameCharacters);
        QTest::newRow("50") << QString(50, u'я') << true << -1;
        QTest::newRow("51") << QString(51, u'я') << true << int(Violation::TooLong);
    }
    void names() {
        QFETCH(QString, name);
        QFETCH(bool, required);
        QFETCH(int, violation);
        const auto v = checkPersonName(name, required);
        QCOMPARE(v ? int(*v) : -1, violation);
    }
    void birthDate() {
        const QDate today(2026, 11, 26);
        QCOMPARE(checkBirthDate(QDate(), today), std::nullopt);
        QCOMPARE(checkBirthDate(QDate(1980, 5, 17), today), std::nullopt);
        QCOMPARE(checkBirthDate(QDate(2012, 11, 26), today), std::nullopt); // exactly 14
        QCOMPARE(checkBirthDate(QDate(2012, 11, 27), today), std::optional(Violation::BirthDate));
        QCOMPARE(checkBirthDate(QDate(2027, 1, 1), today), std::optional(Violation::BirthDate));
        QCOMPARE(checkBirthDate(QDate(1906, 11, 26), today), std::nullopt); // exactly 120
        QCOMPARE(checkBirthDate(QDate(1906, 11, 25), today), std::optional(Violation::BirthDate));
    }
    void sex() {
        QCOMPARE(checkSex(QString()), std::nullopt);
        QCOMPARE(checkSex(u"male"_s), std::nullopt);
        QCOMPARE(checkSex(u"female"_s), std::nullopt);
        QCOMPARE(checkSex(u"Male"_s), std::optional(Violation::SexValue));
    }
};

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    TestRegistrationRules t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_registration_rules.moc"
