// The «Платёжный документ» page on a fake server: loading the current account's bills for
// the chosen months, the two views, the newest period open, errors and the empty state, late answers
// of a previous account dropped, and «Печать квитанции» → print preview → «Сохранить в PDF…».
#include "app/accounts/AccountsStore.h"
#include "app/bills/BillsModel.h"
#include "tests/ui/Screenshot.h"
#include "tests/unit/AccountsFixtures.h"
#include "tests/unit/BillsFixtures.h"
#include "ui/CopyButton.h"
#include "ui/Dialogs.h"
#include "ui/MessageBanner.h"
#include "ui/bills/BillPrinter.h"
#include "ui/bills/BillsPage.h"
#include "ui/bills/BillsView.h"
#include "ui/history/PeriodSelector.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QPointer>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace lkk;
using namespace lkk::test::accounts;
using lkk::test::FakeNetwork;

namespace {

const QString billsPath = u"/api/v1/accounts/1/bills"_s;
const QString connectionRefusedText = u"Отказано в соединении"_s; // the system's words, not for the user

struct Fixture {
    FakeAccountsServer server;
    SignedIn signedIn{&server.net};
    AccountsStore store{&signedIn.session};
    QByteArray bills = lkk::test::bills::demoBillsJson();
    int status = 200;
    bool refused = false; // the connection to the server is refused
    bool held = false;    // account 1's bills wait for server.net.releaseHeld()

    Fixture() {
        server.routeAccount(1);
        server.routeAccount(2);
        server.net.route("GET", billsPath, [this](const FakeNetwork::Request&) {
            if (refused)
                return Response::failure(QNetworkReply::ConnectionRefusedError, connectionRefusedText);
            Response r = status == 200 ? Response::json(200, bills)
                                       : Response::apiError(status, errc::serviceUnavailable, u"Сервис недоступен"_s);
            r.held = held;
            return r;
        });
        server.net.route("GET", u"/api/v1/accounts/2/bills"_s, [](const FakeNetwork::Request&) {
            return Response::json(200, R"({"account":{"number":"7012045318","kind":"electricity"},"bills":[]})");
        });
    }
};

// The store selects only accounts it has listed.
bool listAccounts(AccountsStore& store) {
    store.refresh();
    return QTest::qWaitFor([&] { return store.isListLoaded(); }, 5000);
}

QUrlQuery lastQuery(const FakeNetwork& net, const QString& path) {
    const auto requests = net.requestsTo(path);
    return requests.isEmpty() ? QUrlQuery() : QUrlQuery(requests.last().url);
}

} // namespace

class TestBillsPage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void loadsTheCurrentAccount() {
        Fixture f;
        BillsPage page(&f.signedIn.session, &f.store);
        page.periodSelector()->setToday(QDate(2026, 11, 26));
        page.resize(900, 700);
        page.show();
        QSignalSpy loaded(&page, &BillsPage::loaded);
        QVERIFY(listAccounts(f.store));
        f.store.select(1);
        QVERIFY(loaded.wait());
        QCOMPARE(page.accountId(), 1);
        QCOMPARE(page.model()->rowCount(), 2);
        // Default period: the last 12 months, sent as a month.
        const QUrlQuery query = lastQuery(f.server.net, billsPath);
        QCOMPARE(query.queryItemValue(u"from"_s), u"2025-12"_s);
        QVERIFY(!query.hasQueryItem(u"to"_s)); // presets run to the server's latest bill
        QVERIFY(!page.isLoading());
        QVERIFY(page.view()->isVisible());
        QVERIFY(!page.findChild<QLabel*>(u"billsEmpty"_s)->isVisible());
        // The newest period is open, with its providers.
        QVERIFY(page.view()->isExpanded(page.model()->index(0, 0)));
        QVERIFY(!page.view()->isExpanded(page.model()->index(1, 0)));
        // One print button per period.
        QVERIFY(page.view()->printButton(0));
        QVERIFY(page.view()->printButton(1));
        QVERIFY(!page.view()->printButton(2));
        QVERIFY(!page.view()->printButton(0)->text().isEmpty());
        QVERIFY(page.view()->findChildren<CopyButton*>().isEmpty()); // copy buttons are the operator's

        // A click on a row opens it, another closes it.
        const QModelIndex oct = page.model()->index(1, 0);
        // A click that comes while the expand animation runs is lost; this test clicks at once.
        page.view()->setAnimated(false);
        QTest::mouseClick(page.view()->viewport(), Qt::LeftButton, {}, page.view()->visualRect(oct).center());
        QVERIFY(page.view()->isExpanded(oct));
        QTest::mouseClick(page.view()->viewport(), Qt::LeftButton, {}, page.view()->visualRect(oct).center());
        QVERIFY(!page.view()->isExpanded(oct));
        // Enter toggles the current row from the keyboard.
        page.view()->setFocus();
        page.view()->setCurrentIndex(oct);
        QTest::keyClick(page.view(), Qt::Key_Return);
        QVERIFY(page.view()->isExpanded(oct));

        if (const QString shot = qEnvironmentVariable("LKK_UI_SHOTS"); !shot.isEmpty())
            page.grab().save(shot + u"/bills-general.png"_s);
    }

    void switchesViews() {
        Fixture f;
        BillsPage page(&f.signedIn.session, &f.store);
        page.resize(900, 900);
        page.show();
        QSignalSpy loaded(&page, &BillsPage::loaded);
        QVERIFY(listAccounts(f.store));
        f.store.select(1);
        QVERIFY(loaded.wait());
        QCOMPARE(page.model()->view(), BillsModel::View::General);
        QVERIFY(page.generalButton()->isChecked());
        const QModelIndex nov = page.model()->index(0, 0);
        QCOMPARE(page.model()->rowCount(page.model()->index(3, 0, nov)), 5);
        page.detailButton()->click();
        QCOMPARE(page.model()->view(), BillsModel::View::Detail);
        QVERIFY(!page.generalButton()->isChecked());
        const QModelIndex okt = page.model()->index(3, 0, page.model()->index(0, 0));
        QCOMPARE(page.model()->rowCount(okt), 10);
        QVERIFY(page.view()->isExpanded(page.model()->index(0, 0))); // still open after the reset
        QCOMPARE(f.server.net.count(billsPath), 1);                  // no new request for a view switch
        page.view()->expand(okt);
        page.view()->expand(page.model()->index(8, 0, okt));
        if (const QString shot = qEnvironmentVariable("LKK_UI_SHOTS"); !shot.isEmpty())
            page.grab().save(shot + u"/bills-detail.png"_s);
        page.generalButton()->click();
        QCOMPARE(page.model()->view(), BillsModel::View::General);
    }

    void periodChangeReloads() {
        Fixture f;
        BillsPage page(&f.signedIn.session, &f.store);
        page.periodSelector()->setToday(QDate(2026, 11, 26));
        page.show(); // a hidden page waits until it is shown (DeferredReload)
        QSignalSpy loaded(&page, &BillsPage::loaded);
        QVERIFY(listAccounts(f.store));
        f.store.select(1);
        QVERIFY(loaded.wait());
        page.periodSelector()->setKind(PeriodFilter::Kind::Last3Months);
        QVERIFY(loaded.wait());
        QCOMPARE(f.server.net.count(billsPath), 2);
        QCOMPARE(lastQuery(f.server.net, billsPath).queryItemValue(u"from"_s), u"2026-09"_s);
        QVERIFY(page.periodSelector()->setCustomRange(QDate(2026, 3, 1), QDate(2026, 5, 31)));
        QVERIFY(loaded.wait());
        QCOMPARE(lastQuery(f.server.net, billsPath).queryItemValue(u"from"_s), u"2026-03"_s);
        QCOMPARE(lastQuery(f.server.net, billsPath).queryItemValue(u"to"_s), u"2026-05"_s);
    }

    void errorAndEmpty() {
        Fixture f;
        f.status = 503;
        BillsPage page(&f.signedIn.session, &f.store);
        page.show();
        QSignalSpy loaded(&page, &BillsPage::loaded);
        QVERIFY(listAccounts(f.store));
        f.store.select(1);
        QVERIFY(loaded.wait());
        QVERIFY(page.banner()->isVisible());
        QCOMPARE(page.model()->rowCount(), 0);
        QVERIFY(!page.findChild<QLabel*>(u"billsEmpty"_s)->isVisible());

        // Another account without bills: the empty state, no banner.
        f.store.select(2);
        QVERIFY(loaded.wait());
        QVERIFY(!page.banner()->isVisible());
        QVERIFY(page.findChild<QLabel*>(u"billsEmpty"_s)->isVisible());
        QVERIFY(!page.view()->isVisible());
    }

    void failedRefreshKeepsTheBillsAndOffersRetry() {
        Fixture f;
        BillsPage page(&f.signedIn.session, &f.store);
        page.show();
        QSignalSpy loaded(&page, &BillsPage::loaded);
        QVERIFY(listAccounts(f.store));
        f.store.select(1);
        QVERIFY(loaded.wait());
        QCOMPARE(page.model()->rowCount(), 2);

        f.refused = true;
        page.reload();
        QVERIFY(loaded.wait());
        // The bills read a moment ago stay, with one plain message and «Повторить».
        QCOMPARE(page.model()->rowCount(), 2);
        QVERIFY(page.view()->isVisible());
        QVERIFY(page.banner()->isVisible());
        QVERIFY2(!page.banner()->text().contains(connectionRefusedText), qPrintable(page.banner()->text()));
        QVERIFY2(page.banner()->text().contains(u"not accepting connections"_s), qPrintable(page.banner()->text()));
        QPushButton* retry = page.banner()->actionButton();
        QVERIFY(retry->isVisible());

        f.refused = false;
        QTest::mouseClick(retry, Qt::LeftButton);
        QVERIFY(loaded.wait());
        QCOMPARE(f.server.net.count(billsPath), 3);
        QVERIFY(!page.banner()->isVisible());
        QCOMPARE(page.model()->rowCount(), 2);
    }

    void failedFirstLoadOffersRetry() {
        Fixture f;
        f.refused = true;
        BillsPage page(&f.signedIn.session, &f.store);
        page.show();
        QSignalSpy loaded(&page, &BillsPage::loaded);
        QVERIFY(listAccounts(f.store));
        f.store.select(1);
        QVERIFY(loaded.wait());
        QCOMPARE(page.model()->rowCount(), 0);
        QVERIFY(page.banner()->isVisible());
        QVERIFY(page.banner()->actionButton()->isVisible());
        f.refused = false;
        QTest::mouseClick(page.banner()->actionButton(), Qt::LeftButton);
        QVERIFY(loaded.wait());
        QCOMPARE(page.model()->rowCount(), 2);
        QVERIFY(!page.banner()->isVisible());
    }

    void lateAnswerOfAnotherAccountIsDropped() {
        Fixture f;
        f.held = true;
        BillsPage page(&f.signedIn.session, &f.store);
        page.show(); // a hidden page waits until it is shown (DeferredReload)
        QSignalSpy loaded(&page, &BillsPage::loaded);
        QVERIFY(listAccounts(f.store));
        f.store.select(1);
        QTRY_COMPARE(f.server.net.count(billsPath), 1);
        f.store.select(2); // answered at once with no bills
        QVERIFY(loaded.wait());
        QCOMPARE(page.accountId(), 2);
        f.server.net.releaseHeld(); // the answer for account 1 arrives now and must change nothing
        QTRY_COMPARE(f.server.net.openReplies(), 0);
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(page.model()->rowCount(), 0);
    }

    void printPreviewAndPdf() {
        Fixture f;
        BillsPage page(&f.signedIn.session, &f.store);
        page.show();
        QSignalSpy loaded(&page, &BillsPage::loaded);
        QVERIFY(listAccounts(f.store));
        f.store.select(1);
        QVERIFY(loaded.wait());

        QTemporaryDir dir;
        Dialogs::setNextFileName(dir.filePath(u"bill.pdf"_s));
        page.view()->printButton(0)->click();
        auto* dialog = page.findChild<QPrintPreviewDialog*>(u"billPreviewDialog"_s);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(dialog->windowTitle().contains(u"2026"_s));
        // The preview fits the screen, and «Печать…» (the default) and «Сохранить в PDF…» are buttons
        // in sight, not actions behind the toolbar's » overflow.
        const QRect screen = dialog->screen()->availableGeometry();
        QVERIFY(dialog->height() <= screen.height() && dialog->width() <= screen.width());
        for (const auto& name : {u"billPrintButton"_s, u"billSavePdfButton"_s}) {
            auto* button = dialog->findChild<QPushButton*>(name);
            QVERIFY2(button && button->isVisible(), qPrintable(name));
            QVERIFY(dialog->rect().contains(QRect(button->mapTo(dialog, QPoint()), button->size())));
        }
        QVERIFY(dialog->findChild<QPushButton*>(u"billPrintButton"_s)->isDefault());
        lkk::test::screenshot(dialog, u"bill-preview"_s);
        auto* save = dialog->findChild<QAction*>(u"saveBillPdfAction"_s);
        QVERIFY(save);
        save->trigger();
        QVERIFY(Dialogs::lastAsked().text.endsWith(u"ЕПД_100103492_2026-11.pdf"_s));
        QFile pdf(dir.filePath(u"bill.pdf"_s));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QVERIFY(page.banner()->isVisible());

        // Cancelling the file dialog writes nothing.
        Dialogs::setNextFileName({});
        pdf.close();
        QVERIFY(pdf.remove());
        QTest::mouseClick(dialog->findChild<QPushButton*>(u"billSavePdfButton"_s), Qt::LeftButton);
        QVERIFY(!QFile::exists(dir.filePath(u"bill.pdf"_s)));

        QPointer<QPrintPreviewDialog> guard(dialog);
        dialog->close();
        QTRY_VERIFY(!guard);                         // WA_DeleteOnClose: the printer and the document go with it
        QVERIFY(!page.printBill(QDate(2020, 1, 1))); // no such bill loaded
    }
};

QTEST_MAIN(TestBillsPage)
#include "tst_bills.moc"
