// The printed ЕПД from the demo bill: an A4 PDF with one page, one payment QR code per provider, and
// each code — read back from the rasterised page with zbarimg — is exactly the ГОСТ text built for
// that provider (so every field and the kopecks survive printing).
#include "app/bills/BillDocument.h"
#include "app/bills/BillsCodec.h"
#include "tests/unit/BillsFixtures.h"
#include "tests/unit/BillsPdfTools.h"

#include <QFile>
#include <QPageSize>
#include <QPdfWriter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lkk;

class TestBillsDocument : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void payloadsPerProvider() {
        const BillList list = json::parseBills(test::bills::demoBillsJson()).value();
        const BillDocument document(list.account, list.bills.first());
        QCOMPARE(document.qrPayloads().size(), 6);
        for (const auto& payload : document.qrPayloads())
            QVERIFY2(payload.ok(), qPrintable(payload.error));
        QCOMPARE(document.suggestedFileName(), u"ЕПД_100103492_2026-11.pdf"_s);
    }

    void pdfOnA4() {
        const BillList list = json::parseBills(test::bills::demoBillsJson()).value();
        BillDocument document(list.account, list.bills.first());
        document.setIssuedOn(QDate(2026, 11, 26));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString pdf = dir.filePath(u"bill.pdf"_s);
        QVERIFY(test::bills::writePdf(document, pdf));
        // To look at it: LKK_BILL_PDF_OUT=/tmp/bill.pdf ./core_billsdocument pdfOnA4
        if (const QString out = qEnvironmentVariable("LKK_BILL_PDF_OUT"); !out.isEmpty()) {
            QFile::remove(out);
            QVERIFY(QFile::copy(pdf, out));
        }
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.size() > 10000);
        // A4 portrait in points: 595 × 842.
        QVERIFY(bytes.contains("/MediaBox [0 0 595") || bytes.contains("/MediaBox [0 0 594"));
    }

    void qrCodesReadBack() {
        const QString missing = test::bills::missingTools();
        if (!missing.isEmpty()) {
            if (test::bills::toolsRequired())
                QFAIL(qPrintable(u"LKK_TEST_REQUIRE_TOOLS is set but these are missing: "_s + missing));
            QSKIP(qPrintable(u"needs "_s + missing + u" (apt-get install poppler-utils zbar-tools)"_s));
        }
        const BillList list = json::parseBills(test::bills::demoBillsJson()).value();
        BillDocument document(list.account, list.bills.first());
        QTemporaryDir dir;
        const QString pdf = dir.filePath(u"bill.pdf"_s);
        QVERIFY(test::bills::writePdf(document, pdf));
        const auto decoded = test::bills::decodePdf(pdf, dir.path());
        QVERIFY2(decoded.error.isEmpty(), qPrintable(decoded.error));
        QCOMPARE(decoded.pages, 1);
        QStringList expected;
        for (const auto& payload : document.qrPayloads())
            expected << payload.payload;
        QStringList codes = decoded.codes;
        codes.sort();
        expected.sort();
        QCOMPARE(codes, expected);
    }
};

QTEST_MAIN(TestBillsDocument)
#include "tst_billsdocument.moc"
