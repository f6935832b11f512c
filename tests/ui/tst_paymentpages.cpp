// The payment screens without a server: «Оплата» (docs/manual.md §7) — prefilled fields,
// inline errors as typed, the live total, SMS revealing the phone, consent and its rules link,
// «Оплатить» enabled only when valid, the waiting state with «Отменить», a decline keeping the
// form —; «Оплаты» (§9.3) as a tree following the period; and the main window opening the
// payment page from the account's «Оплатить». Set LKK_SCREENSHOT_DIR to keep PNGs of the pages.
#include "app/accounts/AccountsStore.h"
#include "app/api/ApiClient.h"
#include "app/payments/PaymentController.h"
#include "app/payments/PaymentsModel.h"
#include "app/session/Session.h"
#include "app/settings/AppSettings.h"
#include "tests/support/FakeNetwork.h"
#include "tests/support/FixtureCheck.h"
#include "tests/ui/KeyboardWalk.h"
#include "tests/unit/PaymentFixtures.h"
#include "ui/MainWindow.h"
#include "ui/MessageBanner.h"
#include "ui/accounts/AccountView.h"
#include "ui/history/HistoryTab.h"
#include "ui/history/PeriodSelector.h"
#include "ui/payments/PaymentPage.h"
#include "ui/payments/PaymentsFeature.h"
#include "ui/payments/PaymentsPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace lkk;
using namespace lkk::test::payments;
using lkk::test::FakeNetwork;
using Response = FakeNetwork::Response;

namespace {

struct Client {
    FakeNetwork net;
    ApiClient api{&net};
    Session session{&api};
    QTemporaryDir dir;
    PaymentDraftStore drafts{dir.path()};
    QList<QUrl> opened;
    QStringList orderStatuses{u"pending"_s};
    QList<QByteArray> createBodies;
    bool paymentsFail = false;

    Client() {
        LKK_FIXTURE_CHECK(!api.setServer(u"https://lkk.example"_s));
        LoginResult login;
        login.tokens.accessToken = u"A0"_s;
        login.tokens.accessExpiresIn = 900;
        login.user.id = 1;
        login.user.email = u"demo@lkk.example"_s;
        login.user.role = u"customer"_s;
        session.start(login);
        net.route("GET", u"/api/v1/accounts/1/payment-form"_s,
                  [](const FakeNetwork::Request&) { return Response::json(200, compact(formJson())); });
        net.route("POST", u"/api/v1/accounts/1/payment-orders"_s, [this](const FakeNetwork::Request& r) {
            createBodies << r.body;
            return Response::json(201, compact(orderJson(u"o1"_s, u"pending"_s)));
        });
        net.route("GET", u"/api/v1/payment-orders/o1"_s, [this](const FakeNetwork::Request&) {
            const QString s = orderStatuses.size() > 1 ? orderStatuses.takeFirst() : orderStatuses.first();
            return Response::json(200, compact(orderJson(u"o1"_s, s)));
        });
        net.route("POST", u"/api/v1/payment-orders/o1/cancel"_s, [](const FakeNetwork::Request&) {
            return Response::json(200, compact(orderJson(u"o1"_s, u"cancelled"_s)));
        });
        net.route("GET", u"/api/v1/accounts/1/payments"_s, [this](const FakeNetwork::Request&) {
            return paymentsFail ? Response::apiError(500, "internal", u"Boom"_s)
                                : Response::json(200, compact(paymentsJson()));
        });
    }
};

void screenshot(QWidget* widget, const QString& name) {
    const QString dir = qEnvironmentVariable("LKK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    widget->grab().save(dir + u'/' + name + u".png"_s);
}

void type(QLineEdit* edit, const QString& text) {
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

} // namespace

class TestPaymentPages : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void formPrefilledValidatedAndPaid() {
        Client c;
        PaymentController controller(&c.session, &c.drafts);
        controller.tracker()->setPollInterval(20ms);
        controller.setUrlOpener([&](const QUrl& url) {
            c.opened << url;
            return true;
        });
        PaymentPage page(&controller);
        page.resize(900, 800);
        page.show();
        page.openFor(1, u"Ласточкина ул., д.13, кв.11"_s);
        QTRY_COMPARE(page.amountEdits().size(), 2);
        QCOMPARE(page.emailEdit()->text(), u"demo@lkk.example"_s);
        QCOMPARE(page.amountEdits().at(0)->text(), u"47\u00A0858,87"_s);
        QCOMPARE(page.amountEdits().at(1)->text(), u"0,00"_s);
        QVERIFY(page.totalLabel()->text().contains(u"47\u00A0858,87\u00A0₽"_s));
        QVERIFY(!page.phoneEdit()->isVisible());
        QVERIFY(!page.payButton()->isEnabled()); // no consent yet
        bool titleShown = false;
        for (QLabel* l : page.findChildren<QLabel*>())
            titleShown |= l->text() == u"Housing and utilities payment to ООО «ЗТК», account No. 878100103492 *"_s;
        QVERIFY(titleShown);

        // The rules link opens the rules in the browser.
        QLabel* consentText = page.findChild<QLabel*>(u"consentText"_s);
        emit consentText->linkActivated(u"rules"_s);
        QCOMPARE(c.opened, QList<QUrl>{QUrl(u"https://lkk.example/payment-rules"_s)});
        c.opened.clear();

        page.consentCheck()->setChecked(true);
        QVERIFY(page.payButton()->isEnabled());
        screenshot(&page, u"payment-form"_s);

        // Inline errors as typed; the button follows.
        type(page.amountEdits().at(1), u"12,345"_s);
        QVERIFY(page.amountErrors().at(1)->isVisible());
        QVERIFY(page.amountErrors().at(1)->text().contains(u"two digits"_s));
        QVERIFY(!page.payButton()->isEnabled());
        type(page.amountEdits().at(1), u"-1"_s);
        QVERIFY(page.amountErrors().at(1)->text().contains(u"negative"_s));
        type(page.amountEdits().at(1), u"100.5"_s);
        QVERIFY(!page.amountErrors().at(1)->isVisible());
        QVERIFY(page.totalLabel()->text().contains(u"47\u00A0959,37"_s));
        QVERIFY(page.payButton()->isEnabled());
        // Leaving the field shows the amount in the display form.
        QTest::keyClick(page.amountEdits().at(1), Qt::Key_Return);
        QCOMPARE(page.amountEdits().at(1)->text(), u"100,50"_s);

        type(page.emailEdit(), u"bad"_s);
        QVERIFY(page.findChild<QLabel*>(u"receiptEmailError"_s)->isVisible());
        QVERIFY(!page.payButton()->isEnabled());
        type(page.emailEdit(), u""_s);
        QVERIFY(!page.payButton()->isEnabled()); // no receipt channel at all
        page.smsCheck()->setChecked(true);
        QVERIFY(page.phoneEdit()->isVisible());
        QCOMPARE(page.phoneEdit()->text(), u"+79131234567"_s);
        QVERIFY(page.payButton()->isEnabled()); // SMS with the profile's phone
        type(page.phoneEdit(), u"123"_s);
        QVERIFY(page.findChild<QLabel*>(u"receiptPhoneError"_s)->isVisible());
        QVERIFY(!page.payButton()->isEnabled());
        type(page.phoneEdit(), u"+7 913 765-43-21"_s);
        type(page.emailEdit(), u"me@example.ru"_s);
        QVERIFY(page.payButton()->isEnabled());
        screenshot(&page, u"payment-form-sms"_s);

        QTest::mouseClick(page.payButton(), Qt::LeftButton);
        QTRY_COMPARE(c.opened.size(), 1);
        QCOMPARE(c.opened.at(0), QUrl(u"https://lkk.example/sandbox/pay/o1"_s));
        QCOMPARE(c.createBodies.size(), 1);
        QVERIFY(c.createBodies.at(0).contains("\"amount\":10050"));
        QVERIFY(c.createBodies.at(0).contains("\"receiptPhone\":\"+79137654321\""));
        QVERIFY(c.createBodies.at(0).contains("\"receiptEmail\":\"me@example.ru\""));
        auto* wait = page.findChild<QWidget*>(u"paymentWaitPage"_s);
        QTRY_VERIFY(wait->isVisible());
        QVERIFY(page.findChild<QLabel*>(u"paymentWaitTitle"_s)->text().contains(u"47\u00A0858,87"_s));
        QVERIFY(page.cancelButton()->isEnabled());
        screenshot(&page, u"payment-waiting"_s);

        QSignalSpy paid(&page, &PaymentPage::paid);
        c.orderStatuses = {u"paid"_s};
        QVERIFY(paid.wait(3000));
        QVERIFY(page.banner()->isVisible());
        QCOMPARE(page.banner()->type(), MessageBanner::Type::Info);
    }

    // The account's «К оплате» nets an overpayment to one provider against the others; the form
    // asks each provider's own debt. When the two differ, the page says why in words.
    void totalExplainedWhenItDiffersFromTheAccount() {
        Client c;
        PaymentController controller(&c.session, &c.drafts);
        PaymentPage page(&controller);
        page.resize(900, 800);
        page.show();
        page.openFor(1, u"Ласточкина ул., д.13, кв.11"_s, Money::fromKopecks(4785887 - 120000));
        QTRY_COMPARE(page.amountEdits().size(), 2);
        QVERIFY(page.totalNote()->isVisible());
        const QString note = page.totalNote()->text();
        QVERIFY2(note.contains(u"46\u00A0658,87"_s) && note.contains(u"47\u00A0858,87"_s), qPrintable(note));
        QVERIFY(note.contains(u"overpa"_s));
        screenshot(&page, u"payment-total-note"_s);

        // The same figure: nothing to explain.
        page.openFor(1, u"Ласточкина ул., д.13, кв.11"_s, Money::fromKopecks(4785887));
        QTRY_COMPARE(page.amountEdits().size(), 2);
        QTRY_VERIFY(!page.totalNote()->isVisible());
    }

    // An error appearing under a field does not move the fields below it (a click would land on
    // the wrong one).
    void errorsDoNotMoveTheFields() {
        Client c;
        PaymentController controller(&c.session, &c.drafts);
        PaymentPage page(&controller);
        page.resize(900, 800);
        page.show();
        page.openFor(1, u"Ласточкина ул., д.13, кв.11"_s);
        QTRY_COMPARE(page.amountEdits().size(), 2);
        QApplication::sendPostedEvents();
        const auto top = [](QWidget* w) {
            return w->mapTo(w->window(), QPoint(0, 0)).y();
        };
        const int secondAmount = top(page.amountEdits().at(1));
        const int consent = top(page.consentCheck());
        type(page.emailEdit(), u"bad"_s);
        type(page.amountEdits().at(0), u"-1"_s);
        QVERIFY(page.amountErrors().at(0)->isVisible());
        QVERIFY(page.findChild<QLabel*>(u"receiptEmailError"_s)->isVisible());
        QApplication::sendPostedEvents();
        QCOMPARE(top(page.amountEdits().at(1)), secondAmount);
        QCOMPARE(top(page.consentCheck()), consent);
    }

    // English: the amounts in the English form, the label in English around the provider's name.
    void englishAmounts() {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        Client c;
        PaymentController controller(&c.session, &c.drafts);
        PaymentPage page(&controller);
        page.resize(900, 800);
        page.show();
        page.openFor(1, u"Ласточкина ул., д.13, кв.11"_s);
        QTRY_COMPARE(page.amountEdits().size(), 2);
        QCOMPARE(page.amountEdits().at(0)->text(), u"47858.87"_s);
        QVERIFY2(page.totalLabel()->text().contains(u"47,858.87"_s), qPrintable(page.totalLabel()->text()));
        type(page.amountEdits().at(1), u"1234.5"_s);
        QTest::keyClick(page.amountEdits().at(1), Qt::Key_Return);
        QCOMPARE(page.amountEdits().at(1)->text(), u"1234.50"_s);
        QVERIFY2(page.totalLabel()->text().contains(u"49,093.37"_s), qPrintable(page.totalLabel()->text()));
        QLocale::setDefault(before);
    }

    void tabOrderWalksTheForm() {
        Client c;
        PaymentController controller(&c.session, &c.drafts);
        PaymentPage page(&controller);
        page.resize(900, 800);
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        page.openFor(1, u"Ласточкина ул., д.13, кв.11"_s);
        QTRY_COMPARE(page.amountEdits().size(), 2);
        page.consentCheck()->setChecked(true);
        // The fields top to bottom, the rules link after its box, «Оплатить» last; the scroll area
        // around the form is not a stop.
        QCOMPARE(lkk::test::tabWalk(page.findChild<QWidget*>(u"paymentBackButton"_s)),
                 (QStringList{u"paymentBackButton"_s, u"receiptEmailEdit"_s, u"smsReceiptCheck"_s,
                              u"amountEdit_878100103492"_s, u"amountEdit_879100103492"_s, u"consentCheck"_s,
                              u"consentText"_s, u"submitPaymentButton"_s}));
    }

    void cancelAndDeclineKeepTheForm() {
        Client c;
        PaymentController controller(&c.session, &c.drafts);
        controller.tracker()->setPollInterval(5000ms);
        controller.setUrlOpener([](const QUrl&) { return true; });
        PaymentPage page(&controller);
        page.resize(900, 800);
        page.show();
        page.openFor(1, u"Ласточкина ул., д.13, кв.11"_s);
        QTRY_COMPARE(page.amountEdits().size(), 2);
        type(page.amountEdits().at(0), u"500"_s);
        page.consentCheck()->setChecked(true);
        page.payButton()->click();
        QTRY_VERIFY(page.findChild<QWidget*>(u"paymentWaitPage"_s)->isVisible());
        page.cancelButton()->click();
        QTRY_VERIFY(!page.findChild<QWidget*>(u"paymentWaitPage"_s)->isVisible());
        QVERIFY(page.banner()->text().contains(u"cancelled"_s));
        QCOMPARE(page.amountEdits().at(0)->text(), u"500,00"_s); // the form as it was
        QVERIFY(page.payButton()->isEnabled());

        // Pay again (a new order), the bank declines: the reason is shown, the form stays.
        controller.tracker()->setPollInterval(10ms);
        c.orderStatuses = {u"pending"_s, u"declined"_s};
        page.payButton()->click();
        QTRY_VERIFY(page.banner()->text().contains(u"Недостаточно средств"_s));
        QCOMPARE(page.banner()->type(), MessageBanner::Type::Error);
        QTRY_VERIFY(page.payButton()->isVisible());
        QCOMPARE(c.createBodies.size(), 2);
        screenshot(&page, u"payment-declined"_s);
    }

    void historyTreeFollowsThePeriod() {
        Client c;
        PaymentsPage page(&c.session);
        page.resize(800, 500);
        page.periodSelector()->setToday(QDate(2026, 11, 26));
        page.show();
        QSignalSpy loaded(&page, &PaymentsPage::loaded);
        page.setAccount(1);
        QVERIFY(page.isLoading());
        QVERIFY(loaded.wait(3000));
        QCOMPARE(page.model()->rowCount(), 2);
        QVERIFY(page.view()->isExpanded(page.model()->index(0, 0))); // with payments: open
        QVERIFY(!page.view()->isExpanded(page.model()->index(1, 0)));
        screenshot(&page, u"payments-history"_s);
        const auto sent = c.net.requestsTo(u"/api/v1/accounts/1/payments"_s);
        QCOMPARE(QUrlQuery(sent.last().url).queryItemValue(u"from"_s), u"2025-12-01"_s);
        QVERIFY(!QUrlQuery(sent.last().url).hasQueryItem(u"to"_s)); // the server's today (Tomsk time)
        page.periodSelector()->setKind(PeriodFilter::Kind::Last3Months);
        QVERIFY(loaded.wait(3000));
        QCOMPARE(QUrlQuery(c.net.requestsTo(u"/api/v1/accounts/1/payments"_s).last().url).queryItemValue(u"from"_s),
                 u"2026-09-01"_s);
        QVERIFY(page.periodSelector()->setCustomRange(QDate(2026, 1, 1), QDate(2026, 3, 31)));
        QVERIFY(loaded.wait(3000));
        const QUrlQuery custom(c.net.requestsTo(u"/api/v1/accounts/1/payments"_s).last().url);
        QCOMPARE(custom.queryItemValue(u"from"_s), u"2026-01-01"_s);
        QCOMPARE(custom.queryItemValue(u"to"_s), u"2026-03-31"_s);
        // A click on the «№ ЛС» row folds it.
        const QModelIndex ztk = page.model()->index(0, 0);
        QTest::mouseClick(page.view()->viewport(), Qt::LeftButton, {}, page.view()->visualRect(ztk).center());
        QVERIFY(!page.view()->isExpanded(ztk));

        // A failure says so and keeps the rows.
        c.paymentsFail = true;
        page.reload();
        QVERIFY(loaded.wait(3000));
        QVERIFY(page.findChild<QLabel*>(u"paymentsStatus"_s)->text().contains(u"Boom"_s));
        QCOMPARE(page.model()->rowCount(), 2);
    }

    void mainWindowOpensThePaymentPage() {
        Client c;
        const QByteArray accounts =
            R"({"accounts":[{"id":1,"number":"100103492","kind":"epd","address":"Ласточкина ул., д.13, кв.11",)"
            R"("relation":"owner","period":"2026-11","toPay":12629498,"penalties":0}]})";
        c.net.route("GET", u"/api/v1/accounts"_s,
                    [accounts](const FakeNetwork::Request&) { return Response::json(200, accounts); });
        c.net.route("GET", u"/api/v1/accounts/1"_s, [](const FakeNetwork::Request&) {
            return Response::json(
                200, R"({"id":1,"number":"100103492","kind":"epd","address":"Ласточкина ул., д.13, кв.11",)"
                     R"("relation":"owner","period":"2026-11","toPay":12629498,"penalties":0})");
        });
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(u"lkk.ini"_s));
        MainWindow window(&c.session, &settings);
        window.payments()->controller()->setUrlOpener([](const QUrl&) { return true; });
        window.show();
        QTRY_COMPARE(window.accountsStore()->currentAccountId(), 1);
        auto* history = window.accountView()->historyTab();
        QVERIFY(qobject_cast<PaymentsPage*>(history->page(HistoryTab::Page::Payments)));
        // «Оплаты» is not the open sub-tab: nothing is fetched for it until the user opens it.
        QTRY_VERIFY(c.net.count(u"/api/v1/accounts/1/requisites"_s) > 0);
        QCOMPARE(c.net.count(u"/api/v1/accounts/1/payments"_s), 0);
        history->showPage(HistoryTab::Page::Payments);
        QTRY_COMPARE(window.payments()->paymentsPage()->model()->rowCount(), 2);
        QCOMPARE(c.net.count(u"/api/v1/accounts/1/payments"_s), 1);

        auto* pay = window.findChild<QPushButton*>(u"payButton"_s);
        QVERIFY(pay->isEnabled());
        pay->click();
        auto* stack = window.findChild<QStackedWidget*>(u"accountAreaStack"_s);
        QCOMPARE(stack->currentWidget(), window.payments()->paymentPage());
        QTRY_COMPARE(window.payments()->paymentPage()->amountEdits().size(), 2);
        screenshot(&window, u"main-payment-page"_s);
        window.findChild<QPushButton*>(u"paymentBackButton"_s)->click();
        QCOMPARE(stack->currentWidget(), window.accountView());
        pay->click();
        QCOMPARE(stack->currentWidget(), window.payments()->paymentPage());
        QTest::keyClick(window.payments()->paymentPage(), Qt::Key_Escape);
        QCOMPARE(stack->currentWidget(), window.accountView());
    }
};

QTEST_MAIN(TestPaymentPages)
#include "tst_paymentpages.moc"
