// The shared input rules, both what they accept and what they refuse.
#include "shared/InputRules.h"

#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using lkk::rules::Violation;

Q_DECLARE_METATYPE(std::optional<Violation>)

class TestInputRules : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void email_data() {
        QTest::addColumn<QString>("email");
        QTest::addColumn<std::optional<Violation>>("expected");
        const std::optional<Violation> ok;
        QTest::newRow("plain") << u"demo@lkk.example"_s << ok;
        QTest::newRow("spaces around") << u"  demo@lkk.example "_s << ok;
        QTest::newRow("subdomain plus") << u"a.b+c@mail.tomsk.ru"_s << ok;
        QTest::newRow("cyrillic domain") << u"иван@почта.рф"_s << ok;
        QTest::newRow("empty") << QString() << std::optional(Violation::Required);
        QTest::newRow("blank") << u"   "_s << std::optional(Violation::Required);
        QTest::newRow("no at") << u"demo.lkk.example"_s << std::optional(Violation::EmailFormat);
        QTest::newRow("two ats") << u"a@b@c.ru"_s << std::optional(Violation::EmailFormat);
        QTest::newRow("no dot") << u"demo@localhost"_s << std::optional(Violation::EmailFormat);
        QTest::newRow("space inside") << u"de mo@lkk.example"_s << std::optional(Violation::EmailFormat);
        QTest::newRow("trailing dot") << u"demo@lkk."_s << std::optional(Violation::EmailFormat);
        QTest::newRow("NUL inside") << u"de\u0000mo@lkk.example"_s << std::optional(Violation::EmailFormat);
        QTest::newRow("ESC inside") << u"demo\u001b[31m@lkk.example"_s << std::optional(Violation::EmailFormat);
        QTest::newRow("DEL in domain") << u"demo@lkk\u007f.example"_s << std::optional(Violation::EmailFormat);
        QTest::newRow("bidi override") << u"demo\u202e@lkk.example"_s << std::optional(Violation::EmailFormat);
        QTest::newRow("too long") << (QString(250, u'a') + u"@b.ru"_s) << std::optional(Violation::TooLong);
    }
    void email() {
        QFETCH(QString, email);
        QFETCH(std::optional<Violation>, expected);
        QCOMPARE(lkk::rules::checkEmail(email), expected);
    }

    void normalizedEmail() { QCOMPARE(lkk::rules::normalizedEmail(u" Demo@LKK.Example "_s), u"demo@lkk.example"_s); }

    void loginPassword() {
        // Signing in checks presence and length only: old passwords may predate today's rules.
        QVERIFY(!lkk::rules::checkLoginPassword(u"x"_s));
        QVERIFY(!lkk::rules::checkLoginPassword(u"пароль"_s));
        QCOMPARE(lkk::rules::checkLoginPassword(QString()), std::optional(Violation::Required));
        QVERIFY(!lkk::rules::checkLoginPassword(QString(128, u'a')));
        QCOMPARE(lkk::rules::checkLoginPassword(QString(129, u'a')), std::optional(Violation::TooLong));
    }

    void newPassword_data() {
        QTest::addColumn<QString>("password");
        QTest::addColumn<std::optional<Violation>>("expected");
        const std::optional<Violation> ok;
        QTest::newRow("good") << u"Demo1234"_s << ok;
        QTest::newRow("symbols") << u"Abc!@#12"_s << ok;
        QTest::newRow("empty") << QString() << std::optional(Violation::Required);
        QTest::newRow("seven") << u"Demo123"_s << std::optional(Violation::PasswordTooShort);
        QTest::newRow("no digit") << u"DemoDemo"_s << std::optional(Violation::PasswordNeedsDigit);
        QTest::newRow("no lower") << u"DEMO1234"_s << std::optional(Violation::PasswordNeedsLower);
        QTest::newRow("no upper") << u"demo1234"_s << std::optional(Violation::PasswordNeedsUpper);
        QTest::newRow("cyrillic") << u"Демо1234a"_s << std::optional(Violation::PasswordNonLatin);
        QTest::newRow("space") << u"Demo 1234"_s << std::optional(Violation::PasswordNonLatin);
        QTest::newRow("too long") << (u"Aa1"_s + QString(126, u'a')) << std::optional(Violation::TooLong);
    }
    void newPassword() {
        QFETCH(QString, password);
        QFETCH(std::optional<Violation>, expected);
        QCOMPARE(lkk::rules::checkNewPassword(password), expected);
    }

    void accountNumber_data() {
        QTest::addColumn<QString>("number");
        QTest::addColumn<std::optional<Violation>>("expected");
        const std::optional<Violation> ok;
        QTest::newRow("epd") << u"100103492"_s << ok;
        QTest::newRow("six") << u"123456"_s << ok;
        QTest::newRow("fifteen") << u"123456789012345"_s << ok;
        QTest::newRow("grouped") << u" 7012 045 318 "_s << ok;
        QTest::newRow("no-break space") << u"7012\u00a0045318"_s << ok;
        QTest::newRow("empty") << QString() << std::optional(Violation::Required);
        QTest::newRow("blank") << u"   "_s << std::optional(Violation::Required);
        QTest::newRow("five") << u"12345"_s << std::optional(Violation::AccountNumberLength);
        QTest::newRow("five spaced") << u"1 2 3 4 5"_s << std::optional(Violation::AccountNumberLength);
        QTest::newRow("sixteen") << u"1234567890123456"_s << std::optional(Violation::AccountNumberLength);
        QTest::newRow("letter") << u"10010349a"_s << std::optional(Violation::AccountNumberNotDigits);
        QTest::newRow("dash") << u"100-103-492"_s << std::optional(Violation::AccountNumberNotDigits);
        QTest::newRow("arabic-indic") << u"\u0661\u0662\u0663\u0664\u0665\u0666"_s
                                      << std::optional(Violation::AccountNumberNotDigits);
        QTest::newRow("short letter") << u"12a"_s << std::optional(Violation::AccountNumberNotDigits);
    }
    void accountNumber() {
        QFETCH(QString, number);
        QFETCH(std::optional<Violation>, expected);
        QCOMPARE(lkk::rules::checkAccountNumber(number), expected);
    }

    void normalizedAccountNumber() {
        QCOMPARE(lkk::rules::normalizedAccountNumber(u" 7012 045\u00a0318\t"_s), u"7012045318"_s);
        QCOMPARE(lkk::rules::normalizedAccountNumber(u"12a"_s), u"12a"_s);
    }
};

QTEST_GUILESS_MAIN(TestInputRules)
#include "tst_inputrules.moc"
