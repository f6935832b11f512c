// Unit checks of the accounts module's small pieces: path ids, Tomsk local time, and the accounts
// message catalogue (both languages).
#include "server/accounts/AccountContext.h"
#include "server/accounts/AccountMessages.h"
#include "server/accounts/TomskTime.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lkk::server;
using namespace lkk::server::accounts;

class TestAccountsUnit : public QObject {
    Q_OBJECT

    static qint64 utc(const QString& iso) { return QDateTime::fromString(iso, Qt::ISODate).toMSecsSinceEpoch(); }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void pathIds_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("id");
        QTest::newRow("plain") << u"42"_s << qint64(42);
        QTest::newRow("leading zeros") << u"007"_s << qint64(7);
        QTest::newRow("18 digits") << u"999999999999999999"_s << qint64(999999999999999999);
        QTest::newRow("19 digits") << u"9223372036854775807"_s << qint64(0);
        QTest::newRow("zero") << u"0"_s << qint64(0);
        QTest::newRow("negative") << u"-1"_s << qint64(0);
        QTest::newRow("plus") << u"+1"_s << qint64(0);
        QTest::newRow("spaces") << u" 1"_s << qint64(0);
        QTest::newRow("letters") << u"abc"_s << qint64(0);
        QTest::newRow("fraction") << u"1.5"_s << qint64(0);
        QTest::newRow("arabic-indic digit") << u"\u0661"_s << qint64(0);
        QTest::newRow("empty") << QString() << qint64(0);
    }

    void pathIds() {
        QFETCH(QString, text);
        QFETCH(qint64, id);
        QCOMPARE(parsePathId(text), id);
    }

    void tomskTime() {
        // UTC+7 all year: the time in the link lock message (docs/domain.md §3).
        QCOMPARE(TomskTime::display(utc(u"2026-11-27T14:05:00Z"_s)), u"27.11.2026 21:05"_s);
        QCOMPARE(TomskTime::isoUtc(utc(u"2026-11-27T14:05:00Z"_s)), u"2026-11-27T14:05:00Z"_s);
        // Tomsk's "today" changes at 17:00 UTC.
        QCOMPARE(TomskTime::today(utc(u"2026-11-26T16:59:59Z"_s)), QDate(2026, 11, 26));
        QCOMPARE(TomskTime::today(utc(u"2026-11-26T17:00:00Z"_s)), QDate(2026, 11, 27));
        QCOMPARE(TomskTime::today(utc(u"2026-06-30T20:00:00Z"_s)), QDate(2026, 7, 1)); // no summer time
    }

    void messagesInBothLanguages() {
        static const QRegularExpression cyrillic(u"[а-яА-ЯёЁ]"_s);
        for (int t = int(AccountMessages::Text::NumberNotFound); t <= int(AccountMessages::Text::ContractNotFound);
             ++t) {
            const auto text = static_cast<AccountMessages::Text>(t);
            const QString ru = AccountMessages::text(text, Language::Ru);
            const QString en = AccountMessages::text(text, Language::En);
            QVERIFY(ru.contains(cyrillic));
            QVERIFY(!en.contains(cyrillic));
            QVERIFY(ru != AccountMessages::text(AccountMessages::Text::ContractNotFound, Language::Ru) ||
                    text == AccountMessages::Text::ContractNotFound);
        }
        QCOMPARE(AccountMessages::wrongAnswer(3, Language::Ru), u"Ответ неверный. Осталось попыток: 3."_s);
        QCOMPARE(AccountMessages::locked(u"27.11.2026 21:05"_s, Language::Ru),
                 u"Превышено число попыток. Попробуйте снова после 27.11.2026 21:05"_s);
        QVERIFY(AccountMessages::locked(u"27.11.2026 21:05"_s, Language::En).contains(u"27.11.2026 21:05"_s));
        QVERIFY(AccountMessages::totalQuestion(Language::Ru).contains(u"ИТОГО К ОПЛАТЕ"_s));
        QVERIFY(AccountMessages::linkCodeQuestion(Language::Ru).startsWith(u"Введите код"_s));
    }
};

QTEST_GUILESS_MAIN(TestAccountsUnit)
#include "tst_accountsunit.moc"
