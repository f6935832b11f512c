// Pure parts of the payments module: the sandbox bank's card rules, the month end of a billing
// period, the receipt texts and the payment order's body.
#include "server/http/JsonBody.h"
#include "server/payments/OrderRequest.h"
#include "server/payments/PaymentDue.h"
#include "server/payments/ReceiptSender.h"
#include "server/payments/SandboxCard.h"
#include "server/payments/SandboxPage.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace lkk::server::payments;

class TestPaymentsUnit : public QObject {
    Q_OBJECT

private slots:
    void orderRequest_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");   // 0: accepted
        QTest::addColumn<QString>("code"); // or, when accepted, "email|phone|amounts"
        QTest::addColumn<QString>("field");
        const QByteArray item = R"({"subAccount":"878100103492","amount":100})";
        const QByteArray rest = R"("consent":true,"receiptEmail":" a@b.ru "})";
        auto order = [&](const QByteArray& items) -> QByteArray {
            return "{\"items\":[" + items + "]," + rest;
        };
        QTest::newRow("ok") << order(item + R"(,{"amount":0,"subAccount":"887"})") << 0 << u"a@b.ru||100,0"_s
                            << QString();
        QTest::newRow("phone only") << QByteArray(R"({"items":[)" + item +
                                                  R"(],"consent":true,"receiptPhone":"+79131234567"})")
                                    << 0 << u"|+79131234567|100"_s << QString();
        QTest::newRow("malformed") << QByteArray(R"({"items":[)") << 400 << u"malformed_json"_s << QString();
        QTest::newRow("unknown field") << QByteArray(R"({"items":[],"tip":5})") << 400 << u"unknown_field"_s
                                       << u"tip"_s;
        QTest::newRow("items missing") << QByteArray(R"({"consent":true})") << 400 << u"validation_failed"_s
                                       << u"items"_s;
        QTest::newRow("items null") << QByteArray(R"({"items":null})") << 400 << u"wrong_type"_s << u"items"_s;
        QTest::newRow("items object") << QByteArray(R"({"items":{}})") << 400 << u"wrong_type"_s << u"items"_s;
        QTest::newRow("consent string") << QByteArray(R"({"items":[],"consent":"yes"})") << 400 << u"wrong_type"_s
                                        << u"consent"_s;
        QTest::newRow("item not object") << order("1") << 400 << u"wrong_type"_s << u"items[0]"_s;
        QTest::newRow("unknown item field")
            << order(R"({"subAccount":"1","amount":1,"x":1})") << 400 << u"unknown_field"_s << u"items[0].x"_s;
        QTest::newRow("no sub-account") << order(R"({"amount":1})") << 400 << u"validation_failed"_s
                                        << u"items[0].subAccount"_s;
        QTest::newRow("fraction") << order(item + R"(,{"subAccount":"2","amount":1.5})") << 400 << u"wrong_type"_s
                                  << u"items[1].amount"_s;
        QTest::newRow("exponent") << order(R"({"subAccount":"1","amount":1e3})") << 400 << u"wrong_type"_s
                                  << u"items[0].amount"_s;
        QTest::newRow("point zero") << order(R"({"subAccount":"1","amount":100.0})") << 400 << u"wrong_type"_s
                                    << u"items[0].amount"_s;
        QTest::newRow("negative") << order(R"({"subAccount":"1","amount":-5})") << 400 << u"validation_failed"_s
                                  << u"items[0].amount"_s;
        QTest::newRow("over the limit") << order(R"({"subAccount":"1","amount":50000001})") << 400
                                        << u"validation_failed"_s << u"items[0].amount"_s;
        QTest::newRow("no consent") << QByteArray(R"({"items":[)" + item + R"(],"receiptEmail":"a@b.ru"})") << 400
                                    << u"validation_failed"_s << u"consent"_s;
        QTest::newRow("no receipt") << QByteArray(R"({"items":[)" + item + R"(],"consent":true})") << 400
                                    << u"validation_failed"_s << u"receiptEmail"_s;
        QTest::newRow("bad phone") << QByteArray(R"({"items":[)" + item + R"(],"consent":true,"receiptPhone":"8913"})")
                                   << 400 << u"validation_failed"_s << u"receiptPhone"_s;
    }

    void orderRequest() {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, field);
        const auto request =
            OrderRequest::parse("application/json", body, 64 * 1024, 50000000, lkk::server::Language::En);
        if (status == 0) {
            QVERIFY2(request, request ? "" : request.failure().code);
            QStringList amounts;
            for (const auto& item : request->items)
                amounts << QString::number(item.amount);
            QCOMPARE(request->receiptEmail + u'|' + request->receiptPhone + u'|' + amounts.join(u','), code);
            return;
        }
        QVERIFY(!request);
        QCOMPARE(request.failure().status, status);
        QCOMPARE(QString::fromLatin1(request.failure().code), code);
        QCOMPARE(request.failure().field, field);
    }

    void orderRequestEnvelope() {
        const QByteArray body = R"({"items":[],"consent":true})";
        QCOMPARE(OrderRequest::parse("text/plain", body, 1024, 1, lkk::server::Language::Ru).failure().status, 415);
        QCOMPARE(OrderRequest::parse("application/json", body, 10, 1, lkk::server::Language::Ru).failure().status, 413);
    }

    void numberLiterals() {
        using lkk::server::JsonBody;
        QCOMPARE(JsonBody::numberLiterals(R"({"a":{"amount":1},"amount" : -2.50,"x":"amount","amount":1E3})", "amount"),
                 (QList<QByteArray>{"1", "-2.50", "1E3"}));
        QCOMPARE(JsonBody::numberLiterals(R"({"amount":"7","b":{"amount":[3]}})", "amount"), QList<QByteArray>{});
        QCOMPARE(JsonBody::numberLiterals("{\"n\\\"amount\":5}", "amount"), QList<QByteArray>{});
    }

    void luhn() {
        QVERIFY(SandboxCard::luhn(u"4111111111111111"_s));
        QVERIFY(SandboxCard::luhn(u"2200000000000004"_s));
        QVERIFY(SandboxCard::luhn(u"4000000000000002"_s));
        QVERIFY(SandboxCard::luhn(u"4000000000003220"_s));
        QVERIFY(!SandboxCard::luhn(u"4111111111111112"_s));
        QVERIFY(!SandboxCard::luhn(u"2200000000000000"_s));
        QVERIFY(!SandboxCard::luhn(u"41111111x1111111"_s));
        QVERIFY(!SandboxCard::luhn(QString()));
    }

    void check_data() {
        QTest::addColumn<QString>("card");
        QTest::addColumn<QString>("expiry");
        QTest::addColumn<QString>("cvc");
        QTest::addColumn<QString>("error"); // a part of the message; empty = accepted
        QTest::newRow("ok") << u"4111 1111 1111 1111"_s << u"12/28"_s << u"123"_s << QString();
        QTest::newRow("ok this month") << u"4111111111111111"_s << u"11/26"_s << u"000"_s << QString();
        QTest::newRow("ok 19 digits") << u"4000000000000000006"_s << u"01/27"_s << u"999"_s << QString();
        QTest::newRow("15 digits") << u"411111111111111"_s << u"12/28"_s << u"123"_s << u"от 16 до 19"_s;
        QTest::newRow("20 digits") << u"41111111111111111111"_s << u"12/28"_s << u"123"_s << u"от 16 до 19"_s;
        QTest::newRow("letters") << u"4111 1111 1111 111a"_s << u"12/28"_s << u"123"_s << u"от 16 до 19"_s;
        QTest::newRow("luhn") << u"4111 1111 1111 1112"_s << u"12/28"_s << u"123"_s << u"Неверный номер"_s;
        QTest::newRow("last month") << u"4111111111111111"_s << u"10/26"_s << u"123"_s << u"истёк"_s;
        QTest::newRow("last year") << u"4111111111111111"_s << u"12/25"_s << u"123"_s << u"истёк"_s;
        QTest::newRow("month 13") << u"4111111111111111"_s << u"13/28"_s << u"123"_s << u"ММ/ГГ"_s;
        QTest::newRow("no slash") << u"4111111111111111"_s << u"1228"_s << u"123"_s << u"ММ/ГГ"_s;
        QTest::newRow("cvc 2") << u"4111111111111111"_s << u"12/28"_s << u"12"_s << u"CVC2/CVV2"_s;
        QTest::newRow("cvc 4") << u"4111111111111111"_s << u"12/28"_s << u"1234"_s << u"CVC2/CVV2"_s;
    }

    void check() {
        QFETCH(QString, card);
        QFETCH(QString, expiry);
        QFETCH(QString, cvc);
        QFETCH(QString, error);
        const auto result = SandboxCard::check(card, expiry, cvc, QDate(2026, 11, 26));
        if (error.isEmpty()) {
            QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
            QVERIFY(!result.digits.contains(u' '));
        } else {
            QVERIFY2(result.error.contains(error), qPrintable(result.error));
        }
    }

    void outcomes() {
        QCOMPARE(SandboxCard::outcome(u"4111111111111111"_s), SandboxCard::Outcome::Success);
        QCOMPARE(SandboxCard::outcome(u"2200000000000004"_s), SandboxCard::Outcome::Success);
        QCOMPARE(SandboxCard::outcome(u"4000000000000002"_s), SandboxCard::Outcome::Declined);
        QCOMPARE(SandboxCard::outcome(u"4000000000003220"_s), SandboxCard::Outcome::Slow);
        QCOMPARE(SandboxCard::outcome(u"5555555555554444"_s), SandboxCard::Outcome::Unsupported);
        QCOMPARE(SandboxCard::declineReason(SandboxCard::Outcome::Declined), u"Недостаточно средств"_s);
        QCOMPARE(SandboxCard::declineReason(SandboxCard::Outcome::Unsupported),
                 u"Карта не поддерживается в тестовой среде"_s);
    }

    void subAccountDue() {
        SubAccount s;
        s.billTotal = 6958278;
        s.paidAfter = 4785887;
        QCOMPARE(s.due(), 2172391);
        s.paidAfter = 7000000;
        QCOMPARE(s.due(), 0);
        s.billTotal = -238; // overpaid: nothing due
        s.paidAfter = 0;
        QCOMPARE(s.due(), 0);
    }

    void receiptTexts() {
        ReceiptSender::Receipt r;
        r.orderId = u"Imbld3heID5GhCvCGvxKRA"_s;
        r.accountNumber = u"100103492"_s;
        r.total = 4785987;
        r.paidAtMs = QDateTime(QDate(2026, 11, 26), QTime(17, 47), QTimeZone::utc()).toMSecsSinceEpoch();
        r.lines = {{u"ООО «ЗТК»"_s, u"878100103492"_s, 4785887},
                   {u"ООО «ВК»"_s, u"880100103492"_s, 0},
                   {u"МУП ЖКХ «Октябрьское»"_s, u"887100103492"_s, 100}};
        const QString text = ReceiptSender::text(r);
        QVERIFY(text.startsWith(u"КАССОВЫЙ ЧЕК"_s));
        QVERIFY(text.contains(u"ИНН 7033992723"_s));
        QVERIFY(text.contains(u"27.11.2026 00:47"_s)); // Tomsk time
        QVERIFY(text.contains(u"Платёж № Imbld3heID5GhCvCGvxKRA"_s));
        QVERIFY(text.contains(u"ЛС № 878100103492"_s));
        QVERIFY(!text.contains(u"880100103492"_s)); // a zero item is not on the receipt
        QVERIFY(text.contains(u"ИТОГО: 47\u00A0859,87\u00A0руб."_s));
        const QString sms = ReceiptSender::smsText(r);
        QVERIFY(sms.contains(u"47\u00A0859,87"_s));
        QVERIFY(sms.contains(u"100103492"_s));
        QVERIFY(sms.size() < 200);
    }

    void sandboxPageEscapes() {
        const QString html = QString::fromUtf8(SandboxPage::form(u"abc"_s, 11299424, u"<script>"_s));
        QVERIFY(html.contains(u"112\u00A0994,24\u00A0RUB"_s));
        QVERIFY(html.contains(u"&lt;script&gt;"_s));
        QVERIFY(!html.contains(u"<script>"_s));
        QVERIFY(html.contains(u"МИР · VISA · Mastercard"_s));
        QVERIFY(html.contains(u"action=\"/sandbox/pay/abc\""_s));
    }
};

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    TestPaymentsUnit test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_paymentsunit.moc"
