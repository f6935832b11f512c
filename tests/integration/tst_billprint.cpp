// The printed bill end to end: the client fetches the demo ЕПД account's bills from the real
// lkk-server over HTTPS (GetBillsOperation through the signed-in Session), renders the newest period with
// BillDocument to a PDF, rasterises it with `pdftoppm -r 150 -png`, decodes every QR code with
// `zbarimg -q --raw`, and compares every field of every payload with the bill as the server sent it.
// Skips without poppler-utils / zbar-tools unless LKK_TEST_REQUIRE_TOOLS is set.
#include "app/bills/BillDocument.h"
#include "app/bills/BillsCodec.h"
#include "app/bills/BillsOperations.h"
#include "app/bills/PaymentQrPayload.h"
#include "tests/support/RunOperation.h"
#include "tests/support/SignedInClient.h"
#include "tests/unit/BillsPdfTools.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lkk;

class TestBillPrint : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        LKK_REQUIRE_TEST_BACKEND();
        QString error;
        QVERIFY2(m_client.start(&error), qPrintable(error));
        m_accountId = m_client.accountId(u"100103492"_s);
        QVERIFY(m_accountId > 0);
    }

    void cleanupTestCase() { m_client.server.stop(); }

    void printedQrCodesMatchTheBill() {
        // The bills through the client's own operation, over real TLS.
        GetBillsOperation op;
        op.accountId = m_accountId;
        const auto answer = test::runOp(m_client.session, op);
        QVERIFY2(answer.ok(), qPrintable(answer.ok() ? QString() : answer.error().message));
        const BillList list = answer.value();
        QCOMPARE(list.account.number, u"100103492"_s);
        QVERIFY(!list.bills.isEmpty());
        const Bill& bill = list.bills.first();
        QCOMPARE(bill.providers.size(), 6);
        qint64 sum = 0;
        for (const BillProvider& p : bill.providers)
            sum += p.figures.totalToPay;
        QCOMPARE(sum, bill.totalToPay);

        const QString missing = test::bills::missingTools();
        if (!missing.isEmpty()) {
            if (test::bills::toolsRequired())
                QFAIL(qPrintable(u"LKK_TEST_REQUIRE_TOOLS is set but these are missing: "_s + missing));
            QSKIP(qPrintable(u"needs "_s + missing + u" (apt-get install poppler-utils zbar-tools)"_s));
        }
        const BillDocument document(list.account, bill);
        QTemporaryDir dir;
        const QString pdf = dir.filePath(u"bill.pdf"_s);
        QVERIFY(test::bills::writePdf(document, pdf));
        if (const QString out = qEnvironmentVariable("LKK_BILL_PDF_OUT"); !out.isEmpty()) { // to look at it
            QFile::remove(out);
            QFile::copy(pdf, out);
        }
        const auto decoded = test::bills::decodePdf(pdf, dir.path(), 150);
        QVERIFY2(decoded.error.isEmpty(), qPrintable(decoded.error));
        QCOMPARE(decoded.pages, 1);
        QCOMPARE(decoded.codes.size(), bill.providers.size());

        // Each code belongs to one provider (by PersAcc) and carries exactly its requisites and sum.
        QSet<QString> seen;
        for (const QString& code : decoded.codes) {
            const auto fields = PaymentQrPayload::parse(code);
            QVERIFY2(fields, qPrintable(code));
            QHash<QString, QString> f;
            QStringList order;
            for (const auto& [key, value] : *fields) {
                QVERIFY2(!f.contains(key), qPrintable(u"repeated "_s + key));
                f.insert(key, value);
                order << key;
            }
            QCOMPARE(order.first(), u"Name"_s); // the mandatory block first, in the standard's order
            QCOMPARE(order.mid(0, 5),
                     (QStringList{u"Name"_s, u"PersonalAcc"_s, u"BankName"_s, u"BIC"_s, u"CorrespAcc"_s}));
            const BillProvider* provider = nullptr;
            for (const BillProvider& p : bill.providers) {
                if (p.subAccount == f.value(u"PersAcc"_s))
                    provider = &p;
            }
            QVERIFY2(provider, qPrintable(u"no provider for PersAcc "_s + f.value(u"PersAcc"_s)));
            QVERIFY(!seen.contains(provider->subAccount));
            seen.insert(provider->subAccount);
            QCOMPARE(f.value(u"Name"_s), provider->name);
            QCOMPARE(f.value(u"PersonalAcc"_s), provider->settlementAccount);
            QCOMPARE(f.value(u"BankName"_s), provider->bank);
            QCOMPARE(f.value(u"BIC"_s), provider->bic);
            QCOMPARE(f.value(u"CorrespAcc"_s), provider->correspondentAccount);
            QCOMPARE(f.value(u"PayeeINN"_s), provider->inn);
            QCOMPARE(f.value(u"KPP"_s), provider->kpp);
            QCOMPARE(f.value(u"PaymPeriod"_s), bill.period.toString(u"MMyyyy"_s));
            QCOMPARE(f.value(u"TechCode"_s), u"02"_s);
            QVERIFY(f.value(u"Purpose"_s).contains(bill.period.toString(u"MM.yyyy"_s)));
            // Kopecks as integers; no Sum when the provider is overpaid.
            if (provider->figures.totalToPay > 0) {
                bool ok = false;
                QCOMPARE(f.value(u"Sum"_s).toLongLong(&ok), provider->figures.totalToPay);
                QVERIFY(ok);
            } else {
                QVERIFY(!f.contains(u"Sum"_s));
            }
            QCOMPARE(f.size(), provider->figures.totalToPay > 0 ? 12 : 11); // nothing else in the code
        }
        QCOMPARE(seen.size(), bill.providers.size());
    }

private:
    test::SignedInClient m_client;
    qint64 m_accountId = 0;
};

QTEST_MAIN(TestBillPrint)
#include "tst_billprint.moc"
