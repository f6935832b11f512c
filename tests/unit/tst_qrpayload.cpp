// The ГОСТ Р 56042-2014 payment QR text: header and field order, UTF-8, the separator never inside
// a value, Sum only when positive, PaymPeriod as MMYYYY, the standard's length and digit rules with
// the offending field named; and the QR symbol (ECC M, quiet zone) holding exactly those bytes.
#include "app/bills/BillsCodec.h"
#include "app/bills/PaymentQrPayload.h"
#include "app/bills/QrCodeImage.h"
#include "tests/unit/BillsFixtures.h"

#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lkk;

namespace {

PaymentQrFields valid() {
    PaymentQrFields f;
    f.name = u"МУП ЖКХ «Октябрьское»"_s;
    f.personalAcc = u"40702810196236383636"_s;
    f.bankName = u"ТОМСКОЕ ОТДЕЛЕНИЕ №8616 ПАО СБЕРБАНК"_s;
    f.bic = u"046902606"_s;
    f.correspAcc = u"30101810800000000606"_s;
    f.payeeInn = u"7090579103"_s;
    f.kpp = u"701701001"_s;
    f.persAcc = u"887100103492"_s;
    f.sum = 6291845;
    f.period = QDate(2018, 12, 1);
    f.purpose = u"Оплата ЖКУ"_s;
    return f;
}

QString value(const QString& payload, const QString& key) {
    const auto fields = PaymentQrPayload::parse(payload);
    if (!fields)
        return u"<unparsable>"_s;
    for (const auto& [k, v] : *fields) {
        if (k == key)
            return v;
    }
    return u"<absent>"_s;
}

} // namespace

class TestQrPayload : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void exactText() {
        const auto r = PaymentQrPayload::build(valid());
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.payload, u"ST00012|Name=МУП ЖКХ «Октябрьское»|PersonalAcc=40702810196236383636|"
                            u"BankName=ТОМСКОЕ ОТДЕЛЕНИЕ №8616 ПАО СБЕРБАНК|BIC=046902606|"
                            u"CorrespAcc=30101810800000000606|PayeeINN=7090579103|KPP=701701001|"
                            u"PersAcc=887100103492|Sum=6291845|PaymPeriod=122018|Purpose=Оплата ЖКУ|TechCode=02"_s);
        // The header says UTF-8 ('2'): the bytes are UTF-8.
        QVERIFY(r.payload.toUtf8().contains("\xD0\x9C\xD0\xA3\xD0\x9F")); // «МУП»
    }

    void separatorNeverInsideAValue() {
        PaymentQrFields f = valid();
        f.name = u"ООО |Рога| и копыта\nТомск"_s;
        f.purpose = u"За | ноябрь"_s;
        const auto r = PaymentQrPayload::build(f);
        QVERIFY(r.ok());
        QCOMPARE(value(r.payload, u"Name"_s), u"ООО Рога и копыта Томск"_s);
        QCOMPARE(value(r.payload, u"Purpose"_s), u"За ноябрь"_s);
        QCOMPARE(r.payload.count(u'|'), 12); // 13 fields
    }

    void sumOnlyWhenPositive() {
        PaymentQrFields f = valid();
        f.sum = 0;
        QCOMPARE(value(PaymentQrPayload::build(f).payload, u"Sum"_s), u"<absent>"_s);
        f.sum = 1;
        QCOMPARE(value(PaymentQrPayload::build(f).payload, u"Sum"_s), u"1"_s);
        f.sum = -238; // an overpaid part of a bill is not an error: the code just asks for no sum
        const auto r = PaymentQrPayload::build(f);
        QVERIFY(!r.ok());
        QCOMPARE(r.field, u"Sum"_s);
    }

    void optionalFieldsLeftOut() {
        PaymentQrFields f = valid();
        f.kpp.clear();
        f.period = {};
        f.purpose.clear();
        const auto r = PaymentQrPayload::build(f);
        QVERIFY(r.ok());
        QCOMPARE(value(r.payload, u"KPP"_s), u"<absent>"_s);
        QCOMPARE(value(r.payload, u"PaymPeriod"_s), u"<absent>"_s);
        QCOMPARE(value(r.payload, u"Purpose"_s), u"<absent>"_s);
        f.correspAcc = u"0"_s; // the standard's "no correspondent account"
        QVERIFY(PaymentQrPayload::build(f).ok());
    }

    void rules_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("bad");
        QTest::newRow("empty name") << u"Name"_s << QString();
        QTest::newRow("name 161") << u"Name"_s << QString(161, u'Я');
        QTest::newRow("account 19 digits") << u"PersonalAcc"_s << u"4070281019623638363"_s;
        QTest::newRow("account letters") << u"PersonalAcc"_s << u"4070281019623638363A"_s;
        QTest::newRow("bank 46") << u"BankName"_s << QString(46, u'Б');
        QTest::newRow("bic 8") << u"BIC"_s << u"04690260"_s;
        QTest::newRow("corr 21") << u"CorrespAcc"_s << u"301018108000000006060"_s;
        QTest::newRow("inn 11") << u"PayeeINN"_s << u"70905791031"_s;
        QTest::newRow("kpp 8") << u"KPP"_s << u"70170100"_s;
        QTest::newRow("persacc empty") << u"PersAcc"_s << QString();
        QTest::newRow("persacc 31") << u"PersAcc"_s << QString(31, u'1');
        QTest::newRow("purpose 211") << u"Purpose"_s << QString(211, u'о');
        QTest::newRow("techcode") << u"TechCode"_s << u"2"_s;
    }
    void rules() {
        QFETCH(QString, field);
        QFETCH(QString, bad);
        PaymentQrFields f = valid();
        QString* target = field == u"Name"_s          ? &f.name
                          : field == u"PersonalAcc"_s ? &f.personalAcc
                          : field == u"BankName"_s    ? &f.bankName
                          : field == u"BIC"_s         ? &f.bic
                          : field == u"CorrespAcc"_s  ? &f.correspAcc
                          : field == u"PayeeINN"_s    ? &f.payeeInn
                          : field == u"KPP"_s         ? &f.kpp
                          : field == u"PersAcc"_s     ? &f.persAcc
                          : field == u"Purpose"_s     ? &f.purpose
                                                      : &f.techCode;
        *target = bad;
        const auto r = PaymentQrPayload::build(f);
        QVERIFY(!r.ok());
        QVERIFY(r.payload.isEmpty());
        QCOMPARE(r.field, field);
        QVERIFY(!r.error.isEmpty());
    }

    void limitsAreInclusive() {
        PaymentQrFields f = valid();
        f.name = QString(160, u'Я');
        f.bankName = QString(45, u'Б');
        f.purpose = QString(210, u'о');
        f.payeeInn = u"701700000000"_s; // 12 digits: a person as payee
        QVERIFY(PaymentQrPayload::build(f).ok());
    }

    void fieldsForABillProvider() {
        const BillList list = json::parseBills(test::bills::demoBillsJson()).value();
        const Bill& bill = list.bills.first();
        const BillProvider& okt = bill.providers.at(3);
        const auto r = PaymentQrPayload::build(PaymentQrPayload::fieldsFor(list.account, bill, okt));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(value(r.payload, u"Name"_s), okt.name);
        QCOMPARE(value(r.payload, u"PersonalAcc"_s), okt.settlementAccount);
        QCOMPARE(value(r.payload, u"BankName"_s), okt.bank);
        QCOMPARE(value(r.payload, u"BIC"_s), okt.bic);
        QCOMPARE(value(r.payload, u"CorrespAcc"_s), okt.correspondentAccount);
        QCOMPARE(value(r.payload, u"PayeeINN"_s), okt.inn);
        QCOMPARE(value(r.payload, u"KPP"_s), okt.kpp);
        QCOMPARE(value(r.payload, u"PersAcc"_s), u"887100103492"_s);
        QCOMPARE(value(r.payload, u"Sum"_s), u"5104895"_s);
        QCOMPARE(value(r.payload, u"PaymPeriod"_s), u"112026"_s);
        QVERIFY(value(r.payload, u"Purpose"_s).contains(u"11.2026"_s));
        QCOMPARE(value(r.payload, u"TechCode"_s), u"02"_s);

        // An overpaid provider: a valid code without a sum.
        const auto vvk = PaymentQrPayload::build(PaymentQrPayload::fieldsFor(list.account, bill, bill.providers.at(1)));
        QVERIFY(vvk.ok());
        QCOMPARE(value(vvk.payload, u"Sum"_s), u"<absent>"_s);
    }

    void parseRefusesOtherFormats() {
        QVERIFY(!PaymentQrPayload::parse(u"ST00011|Name=x"_s));
        QVERIFY(!PaymentQrPayload::parse(u"ST00012|Name"_s));
        QVERIFY(PaymentQrPayload::parse(u"ST00012|Name=a=b"_s));
        QCOMPARE(PaymentQrPayload::parse(u"ST00012|Name=a=b"_s)->first().second, u"a=b"_s);
    }

    void symbol() {
        const auto payload = PaymentQrPayload::build(valid()).payload.toUtf8();
        const auto code = QrCodeImage::encode(payload);
        QVERIFY(code);
        QVERIFY(code->size() >= 21 && (code->size() - 17) % 4 == 0); // a real QR version size
        QCOMPARE(code->sizeWithQuietZone(), code->size() + 8);
        // Finder pattern at the top-left corner, light outside the symbol (the quiet zone).
        QVERIFY(code->module(0, 0) && code->module(6, 6) && !code->module(1, 1) && code->module(2, 2));
        QVERIFY(!code->module(-1, 0) && !code->module(code->size(), 0));
        const QImage image = code->toImage(3);
        QCOMPARE(image.width(), code->sizeWithQuietZone() * 3);
        QCOMPARE(qGray(image.pixel(1, 1)), 255);               // quiet zone
        QCOMPARE(qGray(image.pixel(4 * 3 + 1, 4 * 3 + 1)), 0); // first module: dark
        QVERIFY(!QrCodeImage::encode(QByteArray(3000, 'x')));  // beyond version 40
    }
};

QTEST_MAIN(TestQrPayload)
#include "tst_qrpayload.moc"
