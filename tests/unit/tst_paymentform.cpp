// PaymentForm: the client-side rules of the payment page (docs/manual.md §7), field by field, the
// total, the receipt channels and consent, and the request it makes.
#include "app/payments/PaymentForm.h"
#include "tests/unit/PaymentFixtures.h"

#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lkk;
using namespace lkk::test::payments;

class TestPaymentForm : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void prefilledWithDueAndValidOnceConsented() {
        PaymentForm form(formData());
        QCOMPARE(form.itemCount(), 2);
        QCOMPARE(form.amountText(0), u"47\u00A0858,87"_s);
        QCOMPARE(form.amountText(1), u"0,00"_s);
        QCOMPARE(form.email(), u"demo@lkk.example"_s);
        QVERIFY(!form.smsReceipt());
        QCOMPARE(form.total().kopecks(), 4785887);
        QVERIFY(!form.isValid()); // no consent yet
        QVERIFY(!form.consentError().isEmpty());
        form.setConsent(true);
        QVERIFY(form.isValid());
        QVERIFY(form.totalError().isEmpty());
    }

    void amountRules_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("kopecks");
        QTest::newRow("comma") << u"1234,56"_s << true << qint64(123456);
        QTest::newRow("dot") << u"1234.56"_s << true << qint64(123456);
        QTest::newRow("one decimal") << u"1234.5"_s << true << qint64(123450);
        QTest::newRow("whole") << u"15000"_s << true << qint64(1500000);
        QTest::newRow("grouped") << u"1 234,56"_s << true << qint64(123456);
        QTest::newRow("with currency") << u"100 руб."_s << true << qint64(10000);
        QTest::newRow("zero") << u"0"_s << true << qint64(0);
        QTest::newRow("negative") << u"-1"_s << false << qint64(0);
        QTest::newRow("three decimals") << u"1234.567"_s << false << qint64(0);
        QTest::newRow("letters") << u"12a"_s << false << qint64(0);
        QTest::newRow("exponent") << u"1e3"_s << false << qint64(0);
        QTest::newRow("empty") << u""_s << false << qint64(0);
        QTest::newRow("spaces") << u"   "_s << false << qint64(0);
        QTest::newRow("at the limit") << u"500000"_s << true << qint64(50000000);
        QTest::newRow("over the limit") << u"500000,01"_s << false << qint64(0);
        QTest::newRow("overflow") << u"999999999999999999999"_s << false << qint64(0);
    }
    void amountRules() {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(qint64, kopecks);
        PaymentForm form(formData());
        form.setConsent(true);
        form.setAmountText(1, text);
        QCOMPARE(form.amountError(1).isEmpty(), valid);
        QCOMPARE(form.amount(1).has_value(), valid);
        if (valid)
            QCOMPARE(form.amount(1)->kopecks(), kopecks);
        // The other field is fine either way; the form as a whole only when this one is
        // (and the sum stays within the limit).
        QVERIFY(form.amountError(0).isEmpty());
        QCOMPARE(form.isValid(), valid && form.total().kopecks() <= 50000000);
    }

    void errorTextsSayWhatIsWrong() {
        PaymentForm form(formData());
        form.setAmountText(0, u"-5"_s);
        QVERIFY(form.amountError(0).contains(u"negative"_s));
        form.setAmountText(0, u"1.234"_s);
        QVERIFY(form.amountError(0).contains(u"two digits"_s));
        form.setAmountText(0, u"abc"_s);
        QVERIFY(form.amountError(0).contains(u"1234,56"_s));
        form.setAmountText(0, u"600000"_s);
        QVERIFY(form.amountError(0).contains(u"500\u00A0000,00"_s));
    }

    void allZeroIsNothingToPay() {
        PaymentForm form(formData());
        form.setConsent(true);
        form.setAmountText(0, u"0"_s);
        form.setAmountText(1, u"0,00"_s);
        QCOMPARE(form.total().kopecks(), 0);
        QVERIFY(!form.totalError().isEmpty());
        QVERIFY(!form.isValid());
        form.setAmountText(1, u"0,01"_s);
        QVERIFY(form.isValid());
    }

    void totalOverTheLimit() {
        PaymentForm form(formData());
        form.setConsent(true);
        form.setAmountText(0, u"300000"_s);
        form.setAmountText(1, u"200000"_s);
        QCOMPARE(form.total().kopecks(), 50000000);
        QVERIFY(form.isValid()); // exactly the limit
        form.setAmountText(1, u"200000,01"_s);
        QVERIFY(form.amountError(1).isEmpty());                    // each field is fine…
        QVERIFY(form.totalError().contains(u"500\u00A0000,00"_s)); // …the sum is not
        QVERIFY(!form.isValid());
    }

    void totalWaitsForBadFields() {
        PaymentForm form(formData());
        form.setAmountText(0, u"12x"_s);
        QCOMPARE(form.total().kopecks(), 0);  // only valid fields count
        QVERIFY(form.totalError().isEmpty()); // the field says it
    }

    void receiptChannels() {
        PaymentForm form(formData());
        form.setConsent(true);
        form.setEmail(u""_s);
        QVERIFY(!form.emailError().isEmpty()); // no channel
        QVERIFY(!form.isValid());
        form.setEmail(u"not-an-email"_s);
        QVERIFY(form.emailError().contains(u"valid"_s));
        form.setEmail(u""_s);
        form.setSmsReceipt(true);
        QVERIFY(form.emailError().isEmpty()); // SMS is a channel
        form.setPhone(u"12345"_s);
        QVERIFY(!form.phoneError().isEmpty());
        QVERIFY(!form.isValid());
        form.setPhone(u""_s);
        QVERIFY(!form.phoneError().isEmpty());
        form.setPhone(u"8 (913) 123-45-67"_s);
        QVERIFY(form.phoneError().isEmpty());
        QVERIFY(form.isValid());
        PaymentOrderRequest request = form.toRequest();
        QCOMPARE(request.receiptPhone, u"+79131234567"_s);
        QVERIFY(request.receiptEmail.isEmpty());
        // SMS off again: the phone is not sent and the e-mail is needed again.
        form.setSmsReceipt(false);
        QVERIFY(!form.isValid());
        form.setEmail(u" a@b.ru "_s);
        QVERIFY(form.isValid());
        request = form.toRequest();
        QCOMPARE(request.receiptEmail, u"a@b.ru"_s);
        QVERIFY(request.receiptPhone.isEmpty());
    }

    void phoneNormalization_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("e164");
        QTest::newRow("e164") << u"+79131234567"_s << u"+79131234567"_s;
        QTest::newRow("spaced") << u"+7 913 123-45-67"_s << u"+79131234567"_s;
        QTest::newRow("eight") << u"89131234567"_s << u"+79131234567"_s;
        QTest::newRow("ten") << u"9131234567"_s << u"+79131234567"_s;
        QTest::newRow("landline") << u"+73822123456"_s << u""_s;
        QTest::newRow("plus eight") << u"+89131234567"_s << u""_s;
        QTest::newRow("short") << u"+7913123456"_s << u""_s;
        QTest::newRow("letters") << u"+7913123456a"_s << u""_s;
        QTest::newRow("two plus") << u"++79131234567"_s << u""_s;
    }
    void phoneNormalization() {
        QFETCH(QString, input);
        QFETCH(QString, e164);
        QCOMPARE(PaymentForm::normalizedPhone(input), e164);
    }

    void consentRequired() {
        PaymentForm form(formData());
        QVERIFY(!form.isValid());
        form.setConsent(true);
        QVERIFY(form.isValid());
        QVERIFY(form.toRequest().consent);
    }

    void requestCarriesEveryItemAndRestores() {
        PaymentForm form(formData());
        form.setConsent(true);
        form.setAmountText(0, u"100.5"_s);
        form.setAmountText(1, u"20"_s);
        const PaymentOrderRequest request = form.toRequest();
        QCOMPARE(request.items.size(), 2);
        QCOMPARE(request.items.at(0).subAccount, u"878100103492"_s);
        QCOMPARE(request.items.at(0).amount.kopecks(), 10050);
        QCOMPARE(request.items.at(1).amount.kopecks(), 2000);
        QCOMPARE(request.receiptEmail, u"demo@lkk.example"_s);

        PaymentForm again(formData());
        again.restore(request);
        QCOMPARE(again.amount(0)->kopecks(), 10050);
        QCOMPARE(again.amount(1)->kopecks(), 2000);
        QVERIFY(again.consent());
        QCOMPARE(again.toRequest(), request);
    }

    void noItemsNothingToPay() {
        PaymentFormData data = formData();
        data.items.clear();
        PaymentForm form(data);
        form.setConsent(true);
        QVERIFY(!form.isValid());
        QVERIFY(!form.totalError().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPaymentForm)
#include "tst_paymentform.moc"
