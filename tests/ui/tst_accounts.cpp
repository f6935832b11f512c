// The accounts UI without a server: the «Ваши счета» sidebar over AccountListModel
// (rows, badges, empty and loading states, unlink confirmation), the main window switching
// accounts from the cache, the add-account page's local checks and its help, the control-question
// dialog's states, «Реквизиты ЛС» with data and the period selector.
#include "app/accounts/AccountListModel.h"
#include "app/accounts/AccountsStore.h"
#include "app/accounts/ContractsModel.h"
#include "app/accounts/LinkAccountController.h"
#include "app/settings/AppSettings.h"
#include "tests/support/FakeNetwork.h"
#include "tests/ui/UiTestSupport.h"
#include "tests/unit/AccountsFixtures.h"
#include "ui/DateField.h"
#include "ui/Dialogs.h"
#include "ui/MainWindow.h"
#include "ui/MessageBanner.h"
#include "ui/SvgImage.h"
#include "ui/accounts/AccountNumberHelpDialog.h"
#include "ui/accounts/AccountView.h"
#include "ui/accounts/AccountsSidebar.h"
#include "ui/accounts/AddAccountPage.h"
#include "ui/accounts/ControlQuestionDialog.h"
#include "ui/accounts/RequisitesTab.h"
#include "ui/accounts/TariffHistoryDialog.h"
#include "ui/bills/BillsPage.h"
#include "ui/history/DeferredReload.h"
#include "ui/history/HistoryTab.h"
#include "ui/history/PeriodRangeDialog.h"
#include "ui/history/PeriodSelector.h"

#include <QCalendarWidget>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QToolButton>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace lkk;
using lkk::test::FakeNetwork;
using lkk::test::UiCore;

namespace {

AccountSummary account(qint64 id, const QString& number, AccountKind kind, const QString& address, qint64 toPay) {
    AccountSummary a;
    a.id = id;
    a.number = number;
    a.kind = kind;
    a.address = address;
    a.period = u"2026-11"_s;
    a.toPay = Money::fromKopecks(toPay);
    return a;
}

QList<AccountSummary> demoAccounts() {
    return {account(11, u"100103492"_s, AccountKind::Epd, u"Ласточкина ул., д.13, кв.11"_s, 12629498),
            account(12, u"7012045318"_s, AccountKind::Electricity, u"Береговая ул., д.7, кв.21"_s, -120000),
            account(13, u"7012077104"_s, AccountKind::Electricity, u"Полевая ул., д.4, кв.2"_s, 0)};
}

Requisites sampleRequisites() {
    Requisites r;
    r.owner = u"Малашта Светлана Михайловна"_s;
    r.registrationAddress = u"634583, Томская обл., Томский р-н, Октябрьское с., Ласточкина ул., д.13, кв.11"_s;
    r.totalArea = u"60.6"_s;
    r.livingArea = u"60.6"_s;
    r.residents = 1;
    Contract heating;
    heating.id = 501;
    heating.provider.name = u"ООО «ЗТК»"_s;
    heating.service = u"Отопление (Клов)"_s;
    heating.subAccount = u"878100103492"_s;
    Tariff t;
    t.id = 901;
    t.name = u"Октябрьское с., Отопление (Клов), 0,028 Гкал. на м2 (Томский)"_s;
    t.value = Money::fromKopecks(194769);
    t.unit = u"Гкал"_s;
    heating.tariffs = {t};
    Contract housing;
    housing.id = 502;
    housing.provider.name = u"ООО «Комсервис+М»"_s;
    housing.service = u"Содержание жилья"_s;
    housing.subAccount = u"941100103492"_s;
    r.contracts = {heating, housing};
    return r;
}

void fakeSignIn(UiCore& core) {
    LoginResult login;
    login.tokens.accessToken = u"test-access"_s;
    login.tokens.accessExpiresIn = 900;
    login.user.id = 1;
    login.user.email = u"demo@lkk.example"_s;
    login.user.surname = u"Иванова"_s;
    login.user.firstName = u"Мария"_s;
    core.session.start(login);
}

} // namespace

class TestAccounts : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { Dialogs::resetForTesting(); }

    void sidebarShowsAccountsAndEmptyState() {
        AccountListModel model;
        AccountsSidebar sidebar;
        sidebar.setModel(&model);
        sidebar.resize(320, 600);
        sidebar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&sidebar));
        auto* stack = sidebar.findChild<QStackedWidget*>();
        QVERIFY(stack);

        // First load: a loading state, not the empty invitation.
        sidebar.setLoading(true);
        QCOMPARE(stack->currentWidget()->objectName(), u"accountsLoading"_s);
        sidebar.setLoading(false);
        QCOMPARE(stack->currentWidget()->objectName(), u"accountsEmptyState"_s);
        // No accounts: the sidebar offers no «Добавить лицевой счёт» of its own (the main area does).
        QVERIFY(!sidebar.findChild<QPushButton*>(u"addAccountButton"_s)->isVisible());

        model.setAccounts(demoAccounts());
        QSignalSpy add(&sidebar, &AccountsSidebar::addAccountRequested);
        QVERIFY(sidebar.findChild<QPushButton*>(u"addAccountButton"_s)->isVisible());
        sidebar.findChild<QPushButton*>(u"addAccountButton"_s)->click();
        QCOMPARE(add.count(), 1);
        QListView* list = sidebar.listView();
        QCOMPARE(stack->currentWidget(), list);
        QCOMPARE(list->model()->rowCount(), 3);
        const QModelIndex first = list->model()->index(0, 0);
        QCOMPARE(first.data().toString(), u"Ласточкина ул., д.13, кв.11"_s);
        QCOMPARE(first.data(AccountListModel::KindTextRole).toString(), AccountListModel::kindText(AccountKind::Epd));
        QVERIFY(first.data(AccountListModel::BadgeTextRole).toString().contains(u"126\u00A0294,98"_s));
        QVERIFY(
            list->model()->index(1, 0).data(AccountListModel::BadgeTextRole).toString().contains(u"1\u00A0200,00"_s));
        QCOMPARE(list->model()->index(1, 0).data(AccountListModel::BalanceRole).toInt(),
                 int(AccountListModel::Balance::Overpaid));
        QCOMPARE(list->model()->index(2, 0).data(AccountListModel::BalanceRole).toInt(),
                 int(AccountListModel::Balance::Settled));
        // Each row is tall enough for address, kind and badge.
        QVERIFY(list->visualRect(first).height() >= 3 * list->fontMetrics().height());

        // Keyboard: Down moves to the next account and reports it.
        QSignalSpy activated(&sidebar, &AccountsSidebar::accountActivated);
        sidebar.selectAccount(11);
        QCOMPARE(activated.count(), 0); // programmatic selection is silent
        QCOMPARE(sidebar.currentAccountId(), 11);
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Down);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().toLongLong(), 12);

        model.setAccounts({});
        QCOMPARE(stack->currentWidget()->objectName(), u"accountsEmptyState"_s);
    }

    void unlinkAsksFirst() {
        AccountListModel model;
        model.setAccounts(demoAccounts());
        AccountsSidebar sidebar;
        sidebar.setModel(&model);
        QSignalSpy unlink(&sidebar, &AccountsSidebar::unlinkRequested);
        Dialogs::setNextAnswer(false);
        sidebar.requestUnlink(12);
        QVERIFY(Dialogs::lastAsked().text.contains(u"7012045318"_s));
        QCOMPARE(unlink.count(), 0);
        Dialogs::setNextAnswer(true);
        sidebar.requestUnlink(12);
        QCOMPARE(unlink.count(), 1);
        QCOMPARE(unlink.first().first().toLongLong(), 12);

        // Unpreset, the real box: window-modal, «Отмена» by default, Esc cancels.
        sidebar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&sidebar));
        sidebar.requestUnlink(11);
        auto* box = sidebar.findChild<QMessageBox*>(u"confirmationBox"_s);
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QCOMPARE(box->windowModality(), Qt::WindowModal);
        QCOMPARE(box->defaultButton()->objectName(), u"confirmRejectButton"_s);
        QPointer<QMessageBox> guard(box);
        QTest::keyClick(box, Qt::Key_Escape);
        QTRY_VERIFY(!guard);
        QCOMPARE(unlink.count(), 1);
        sidebar.requestUnlink(11);
        box = sidebar.findChild<QMessageBox*>(u"confirmationBox"_s);
        QTRY_VERIFY(box && box->isVisible());
        QTest::mouseClick(box->findChild<QPushButton*>(u"confirmAcceptButton"_s), Qt::LeftButton);
        QCOMPARE(unlink.count(), 2);
        QCOMPARE(unlink.last().first().toLongLong(), 11);
    }

    void mainWindowSwitchesAccountsInstantly() {
        UiCore core;
        fakeSignIn(core);
        MainWindow window(&core.session, &core.settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* stack = window.findChild<QStackedWidget*>(u"accountAreaStack"_s);
        QVERIFY(stack);
        QCOMPARE(stack->currentWidget()->objectName(), u"welcomePage"_s);
        // The server is unreachable: the first load fails with a banner, not a hang.
        QTRY_VERIFY_WITH_TIMEOUT(window.banner()->isVisible(), 15000);
        // With no accounts one «Добавить лицевой счёт» is offered, not one per panel.
        const auto visibleAddButtons = [&window] {
            int n = 0;
            for (const QPushButton* b : window.findChildren<QPushButton*>())
                n += b->isVisible() && b->text() == MainWindow::tr("Add a personal account");
            return n;
        };
        QCOMPARE(visibleAddButtons(), 1);
        // «Повторить» in the banner asks for the list again.
        QPushButton* retry = window.banner()->actionButton();
        QVERIFY(retry->isVisible());
        QSignalSpy loading(window.accountsStore(), &AccountsStore::loadingChanged);
        QTest::mouseClick(retry, Qt::LeftButton);
        QVERIFY(!loading.isEmpty());
        QCOMPARE(loading.first().at(0).value<AccountsStore::Topic>(), AccountsStore::Topic::List);
        QTRY_VERIFY_WITH_TIMEOUT(window.banner()->isVisible(), 15000);

        for (const AccountSummary& a : demoAccounts())
            window.accountsStore()->upsert(a);
        QCOMPARE(window.sidebar()->listView()->model()->rowCount(), 3);

        // A click on the second account shows it at once, from the cached list.
        QListView* list = window.sidebar()->listView();
        const QRect second = list->visualRect(list->model()->index(1, 0));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, second.center());
        QCOMPARE(window.accountsStore()->currentAccountId(), 12);
        QCOMPARE(stack->currentWidget(), window.accountView());
        QCOMPARE(window.findChild<QLabel*>(u"accountAddress"_s)->text(), u"Береговая ул., д.7, кв.21"_s);
        QVERIFY(window.findChild<QLabel*>(u"accountToPay"_s)->text().contains(u"1\u00A0200,00"_s));
        QVERIFY(window.findChild<QLabel*>(u"accountSubtitle"_s)->text().contains(u"7012045318"_s));
        auto* pay = window.findChild<QPushButton*>(u"payButton"_s);
        auto* readings = window.findChild<QPushButton*>(u"submitReadingsButton"_s);
        QVERIFY(pay && pay->isEnabled());           // opens the payment page
        QVERIFY(readings && readings->isEnabled()); // opens the submission page
        auto* tabs = window.findChild<QTabWidget*>(u"accountTabs"_s);
        QCOMPARE(tabs->count(), 3);
        QCOMPARE(tabs->currentWidget(), window.accountView()->historyTab()); // «История» first, as in the manual

        // A task page stays open while the account list changes under it (a refresh, another account
        // linked elsewhere) and closes when the user picks an account.
        readings->click();
        QCOMPARE(stack->currentWidget()->objectName(), u"readingsSubmitScroll"_s);
        window.accountsStore()->upsert(account(14, u"100207815"_s, AccountKind::Epd, u"Новая ул., д.1"_s, 0));
        window.accountsStore()->upsert(demoAccounts().at(1));
        QCOMPARE(stack->currentWidget()->objectName(), u"readingsSubmitScroll"_s);

        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(list->model()->index(0, 0)).center());
        QCOMPARE(stack->currentWidget(), window.accountView());
        QCOMPARE(window.findChild<QLabel*>(u"accountAddress"_s)->text(), u"Ласточкина ул., д.13, кв.11"_s);

        // «Добавить лицевой счёт» opens the page; Esc goes back to the account.
        window.findChild<QPushButton*>(u"addAccountButton"_s)->click();
        QCOMPARE(stack->currentWidget()->objectName(), u"addAccountScroll"_s);
        QTRY_VERIFY(window.findChild<QLineEdit*>(u"numberEdit"_s)->hasFocus());
        QTest::keyClick(window.addAccountPage(), Qt::Key_Escape);
        QCOMPARE(stack->currentWidget(), window.accountView());
    }

    // The server cannot be reached: the list, the account, its requisites and the bills page all
    // fail, and the window says it once, in its banner, with one «Повторить» that tries them all
    // again; the account already shown stays.
    void connectionFailureSaidOnce() {
        UiCore core;
        QVERIFY(!core.api.setServer(core.settings.value(AppSettings::Key::ServerUrl).toString()));
        fakeSignIn(core);
        MainWindow window(&core.session, &core.settings);
        window.resize(1180, 760);
        for (const AccountSummary& a : demoAccounts())
            window.accountsStore()->upsert(a);
        window.accountsStore()->select(11);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* bills = window.findChild<BillsPage*>();
        QVERIFY(bills);
        auto* billsEmpty = window.findChild<QLabel*>(u"billsEmpty"_s);
        QTRY_VERIFY_WITH_TIMEOUT(window.banner()->isVisible() && !bills->isLoading() && billsEmpty->isVisible() &&
                                     !window.accountsStore()->isLoading(AccountsStore::Topic::Requisites, 11),
                                 15000);
        const auto visibleMessages = [&window] {
            QStringList shown;
            for (const MessageBanner* b : window.findChildren<MessageBanner*>())
                if (b->isVisible())
                    shown << b->text();
            return shown;
        };
        QCOMPARE(visibleMessages().size(), 1);
        QVERIFY2(!visibleMessages().first().contains(u"refused"_s, Qt::CaseInsensitive),
                 qPrintable(visibleMessages().first()));
        QVERIFY(window.banner()->actionButton()->isVisible());
        QCOMPARE(window.findChild<QLabel*>(u"accountAddress"_s)->text(), u"Ласточкина ул., д.13, кв.11"_s);
        QVERIFY2(!billsEmpty->text().contains(u"no payment documents"_s), qPrintable(billsEmpty->text()));

        // «Повторить»: the list and the bills page are asked again.
        QSignalSpy list(window.accountsStore(), &AccountsStore::loadingChanged);
        QTest::mouseClick(window.banner()->actionButton(), Qt::LeftButton);
        QVERIFY(bills->isLoading());
        QVERIFY(!list.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(window.banner()->isVisible() && !bills->isLoading(), 15000);
        QCOMPARE(visibleMessages().size(), 1);
        QCOMPARE(window.findChild<QLabel*>(u"accountAddress"_s)->text(), u"Ласточкина ул., д.13, кв.11"_s);
    }

    // The server answers that it cannot serve now (503: its database is down) when the customer
    // picks an account: the window says it once, in its banner, with «Повторить», which reads the
    // accounts and the bills again and hides the message. Another server error offers no such
    // button.
    void busyServerOffersRetry() {
        using Response = FakeNetwork::Response;
        FakeNetwork net;
        lkk::test::accounts::SignedIn client(&net);
        const QByteArray first = "{\"id\":1,\"number\":\"100103492\",\"kind\":\"epd\",\"address\":\"Ласточкина ул., "
                                 "д.13, кв.11\",\"relation\":\"owner\",\"period\":\"2026-11\",\"toPay\":100,"
                                 "\"penalties\":0}";
        const QByteArray second = "{\"id\":2,\"number\":\"7012045318\",\"kind\":\"electricity\",\"address\":"
                                  "\"Красноармейская ул., д.114, кв.47\",\"relation\":\"owner\",\"period\":"
                                  "\"2026-11\",\"toPay\":200,\"penalties\":0}";
        net.route("GET", u"/api/v1/accounts"_s, [&](const FakeNetwork::Request&) {
            return Response::json(200, "{\"accounts\":[" + first + "," + second + "]}");
        });
        int status = 200; // of GET /accounts/2
        net.route("GET", u"/api/v1/accounts/2"_s, [&](const FakeNetwork::Request&) {
            return status == 200 ? Response::json(200, second)
                                 : Response::apiError(status, status == 503 ? "service_unavailable" : "internal",
                                                      u"Сервис временно недоступен. Повторите позже."_s);
        });
        net.route("GET", u"/api/v1/accounts/2/bills"_s, [&](const FakeNetwork::Request&) {
            return status == 503 ? Response::apiError(503, "service_unavailable", u"Сервис временно недоступен."_s)
                                 : Response::apiError(404, "not_found");
        });
        for (const QString& id : {u"1"_s, u"2"_s})
            net.route("GET", u"/api/v1/accounts/"_s + id + u"/co-holders"_s,
                      [](const FakeNetwork::Request&) { return Response::json(200, "{\"coHolders\":[]}"); });
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(u"lkk.ini"_s));
        MainWindow window(&client.session, &settings);
        window.show();
        QTRY_COMPARE(window.accountsStore()->currentAccountId(), 1);
        QTRY_VERIFY(net.count(u"/api/v1/accounts/1/requisites"_s) > 0 && net.openReplies() == 0);
        QVERIFY(!window.banner()->isVisible());

        status = 503;
        window.accountsStore()->select(2);
        QTRY_VERIFY(window.banner()->isVisible() && net.count(u"/api/v1/accounts/2/bills"_s) > 0 &&
                    net.openReplies() == 0);
        QVERIFY(window.banner()->text().startsWith(u"Сервис временно недоступен."_s));
        QVERIFY(window.banner()->actionButton()->isVisible());
        int shown = 0;
        for (const MessageBanner* b : window.findChildren<MessageBanner*>())
            shown += b->isVisible();
        QCOMPARE(shown, 1); // the bills page reported it to the window, not in a message of its own

        status = 200;
        const int lists = net.count(u"/api/v1/accounts"_s);
        const int bills = net.count(u"/api/v1/accounts/2/bills"_s);
        QTest::mouseClick(window.banner()->actionButton(), Qt::LeftButton);
        QVERIFY(!window.banner()->isVisible());
        QTRY_COMPARE(net.count(u"/api/v1/accounts"_s), lists + 1);
        QTRY_COMPARE(net.count(u"/api/v1/accounts/2/bills"_s), bills + 1);
        QTRY_VERIFY(!window.accountsStore()->isLoading(AccountsStore::Topic::List, 0));
        QVERIFY(!window.banner()->isVisible());

        // A server error that trying again will not mend: the message alone.
        status = 500;
        window.accountsStore()->select(1);
        window.accountsStore()->select(2);
        QTRY_VERIFY(window.banner()->isVisible());
        QVERIFY(!window.banner()->actionButton()->isVisible());
    }

    void reloadWaitsUntilThePageIsShown() {
        QTabWidget tabs;
        auto* shown = new QWidget;
        auto* hidden = new QWidget;
        tabs.addTab(shown, u"A"_s);
        tabs.addTab(hidden, u"B"_s);
        int shownReloads = 0;
        int hiddenReloads = 0;
        auto* shownReload = new DeferredReload(shown, [&] { ++shownReloads; });
        auto* hiddenReload = new DeferredReload(hidden, [&] { ++hiddenReloads; });
        tabs.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tabs));

        shownReload->request();
        QCOMPARE(shownReloads, 1);
        hiddenReload->request();
        hiddenReload->request(); // three account switches while hidden…
        hiddenReload->request();
        QCOMPARE(hiddenReloads, 0);
        QVERIFY(hiddenReload->isPending());
        tabs.setCurrentIndex(1); // …make one reload when the tab is opened
        QCOMPARE(hiddenReloads, 1);
        QVERIFY(!hiddenReload->isPending());
        tabs.setCurrentIndex(0);
        tabs.setCurrentIndex(1); // showing again without a request does not reload
        QCOMPARE(hiddenReloads, 1);
    }

    void addAccountPageChecksTheNumber() {
        AddAccountPage page;
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QSignalSpy link(&page, &AddAccountPage::linkRequested);
        auto* number = page.findChild<QLineEdit*>(u"numberEdit"_s);
        auto* error = page.findChild<QLabel*>(u"numberError"_s);
        auto* relation = page.findChild<QComboBox*>(u"relationCombo"_s);
        auto* button = page.findChild<QPushButton*>(u"linkButton"_s);
        QVERIFY(number && error && relation && button);
        QCOMPARE(relation->count(), 5);
        QCOMPARE(relation->itemText(0), LinkAccountController::relationText(Relation::Owner));

        button->click();
        QVERIFY(error->isVisible());
        QVERIFY(!error->text().isEmpty());
        QCOMPARE(link.count(), 0);

        // Letters are pointed out while typing.
        QTest::keyClicks(number, u"12a"_s);
        QVERIFY(error->isVisible());
        QVERIFY(number->property("invalid").toBool());
        number->clear();
        QTest::keyClicks(number, u"123"_s);
        QVERIFY(!error->isVisible());
        QTest::keyClick(number, Qt::Key_Return); // Enter submits: too short
        QVERIFY(error->isVisible());
        QCOMPARE(link.count(), 0);

        number->clear();
        QTest::keyClicks(number, u"100 207 815"_s);
        relation->setCurrentIndex(1);
        QTest::keyClick(number, Qt::Key_Return);
        QCOMPARE(link.count(), 1);
        QCOMPARE(link.first().at(0).toString(), u"100207815"_s);
        QCOMPARE(link.first().at(1).toString(), u"tenant"_s);
        QVERIFY(!error->isVisible());

        // Busy: no second request; the server's error lands under the field.
        page.setBusy(true);
        QVERIFY(!button->isEnabled());
        QVERIFY(page.findChild<QWidget*>(u"busyIndicator"_s)->isVisible());
        QTest::keyClick(number, Qt::Key_Return);
        QCOMPARE(link.count(), 1);
        page.setBusy(false);
        page.setNumberError(u"Лицевой счёт с таким номером не найден."_s);
        QCOMPARE(error->text(), u"Лицевой счёт с таким номером не найден."_s);
        page.showError(u"Сервер недоступен"_s);
        QCOMPARE(page.findChild<MessageBanner*>(u"addAccountBanner"_s)->text(), u"Сервер недоступен"_s);
    }

    void helpDialogShowsBothBills() {
        AddAccountPage page;
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.findChild<QToolButton*>(u"helpButton"_s)->click();
        auto* help = page.findChild<AccountNumberHelpDialog*>();
        QVERIFY(help);
        QTRY_VERIFY(help->isVisible());
        auto* electricity = help->findChild<SvgImage*>(u"helpElectricityImage"_s);
        auto* epd = help->findChild<SvgImage*>(u"helpEpdImage"_s);
        QVERIFY(electricity && electricity->isValid());
        QVERIFY(epd && epd->isValid());
        QVERIFY(electricity->height() > 100);
        QTest::keyClick(help, Qt::Key_Escape);
        QTRY_VERIFY(!page.findChild<AccountNumberHelpDialog*>());
    }

    void controlQuestionDialogStates() {
        ControlQuestionDialog dialog;
        dialog.setQuestions({{u"link_code"_s, u"Введите код для добавления договора в ЛКК, указанный в квитанции"_s},
                             {u"total_to_pay"_s, u"Введите сумму «ИТОГО К ОПЛАТЕ» / «ВСЕГО К ОПЛАТЕ»"_s}});
        dialog.open();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy confirm(&dialog, &ControlQuestionDialog::confirmRequested);
        auto* combo = dialog.findChild<QComboBox*>(u"questionCombo"_s);
        auto* answer = dialog.findChild<QLineEdit*>(u"answerEdit"_s);
        auto* error = dialog.findChild<QLabel*>(u"answerError"_s);
        auto* button = dialog.findChild<QPushButton*>(u"confirmButton"_s);
        QCOMPARE(combo->count(), 2);
        // The question is printed once: in full under the combo box only when the box cuts it.
        auto* questionText = dialog.findChild<QLabel*>(u"questionText"_s);
        const auto cutInCombo = [combo] {
            return combo->fontMetrics().horizontalAdvance(combo->currentText()) > combo->width() - 30;
        };
        dialog.resize(1400, dialog.height()); // room for the whole question
        QTRY_VERIFY(!cutInCombo());
        QVERIFY(!questionText->isVisible());
        dialog.setQuestions({{u"link_code"_s, u"Код"_s}});
        QVERIFY(!questionText->isVisible());
        dialog.setQuestions({{u"link_code"_s, u"Введите код для добавления договора в ЛКК, указанный в квитанции"_s},
                             {u"total_to_pay"_s, u"Введите сумму «ИТОГО К ОПЛАТЕ» / «ВСЕГО К ОПЛАТЕ»"_s}});

        button->click(); // empty
        QVERIFY(error->isVisible());
        QCOMPARE(confirm.count(), 0);
        QTest::keyClicks(answer, u"22x"_s);
        button->click(); // the code is digits
        QVERIFY(error->isVisible());
        combo->setCurrentIndex(1);
        answer->setText(u"1234.5x"_s);
        button->click();
        QVERIFY(error->isVisible());
        QCOMPARE(confirm.count(), 0);
        answer->setText(u"11 991,49"_s);
        QTest::keyClick(answer, Qt::Key_Return);
        QCOMPARE(confirm.count(), 1);
        QCOMPARE(confirm.first().at(0).toString(), u"total_to_pay"_s);
        QCOMPARE(confirm.first().at(1).toString(), u"11 991,49"_s);

        // Busy: Esc does not drop a request in flight.
        dialog.setBusy(true);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(dialog.isVisible());

        dialog.setWrongAnswer(u"Неверный ответ."_s, 3);
        QVERIFY(!dialog.isBusy());
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(u"Неверный ответ."_s));
        QVERIFY(error->text().contains(u'3'));
        QVERIFY(answer->property("invalid").toBool());

        const QString lock = LinkAccountController::lockMessage(QDateTime(QDate(2026, 11, 27), QTime(14, 5), Qt::UTC));
        dialog.setLocked(lock);
        QVERIFY(dialog.isLocked());
        auto* banner = dialog.findChild<MessageBanner*>(u"questionBanner"_s);
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(u"27.11.2026"_s));
        QVERIFY(!button->isVisible());
        QVERIFY(!combo->isEnabled());
        QTest::keyClick(answer, Qt::Key_Return);
        QCOMPARE(confirm.count(), 1);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
    }

    void requisitesTabShowsContracts() {
        RequisitesTab tab;
        tab.resize(800, 600);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        QVERIFY(tab.findChild<QLabel*>(u"requisitesLoading"_s)->isVisible());
        tab.setRequisites(sampleRequisites());
        QVERIFY(!tab.findChild<QLabel*>(u"requisitesLoading"_s)->isVisible());
        QCOMPARE(tab.findChild<QLabel*>(u"requisitesOwner"_s)->text(), u"Малашта Светлана Михайловна"_s);
        QVERIFY(tab.findChild<QLabel*>(u"requisitesArea"_s)->text().startsWith(u"60,6/60,6"_s));
        QCOMPARE(tab.findChild<QLabel*>(u"requisitesResidents"_s)->text(), u"1"_s);

        QTreeView* tree = tab.contractsView();
        QCOMPARE(tree->model()->rowCount(), 2);
        const QModelIndex heating = tree->model()->index(0, 0);
        QVERIFY(heating.data().toString().contains(u"878100103492"_s));
        auto* history = tab.findChild<QPushButton*>(u"tariffHistoryButton"_s);
        auto* meters = tab.findChild<QPushButton*>(u"metersButton"_s);
        QVERIFY(!history->isEnabled());

        // Expanding the contract shows its tariff name and value.
        tree->setFocus();
        tree->setCurrentIndex(heating);
        QTest::keyClick(tree, Qt::Key_Right);
        QVERIFY(tree->isExpanded(heating));
        const QModelIndex tariff = tree->model()->index(0, ContractsModel::ValueColumn, heating);
        QVERIFY(tariff.data().toString().contains(u"1\u00A0947,69"_s));
        QVERIFY(history->isEnabled() && meters->isEnabled());

        QSignalSpy historyAsked(&tab, &RequisitesTab::tariffHistoryRequested);
        QSignalSpy metersAsked(&tab, &RequisitesTab::metersRequested);
        tree->setCurrentIndex(tree->model()->index(0, 0, heating)); // the tariff row: its contract
        history->click();
        meters->click();
        QCOMPARE(historyAsked.count(), 1);
        QCOMPARE(historyAsked.first().first().toLongLong(), 501);
        QCOMPARE(metersAsked.first().first().toLongLong(), 501);

        // A background refresh keeps the selected contract open.
        tab.setRequisites(sampleRequisites());
        QCOMPARE(tab.selectedContractId(), 501);
        QVERIFY(tree->isExpanded(tree->model()->index(0, 0)));
    }

    // The holder's list of the other users: hidden when empty; removal asks first.
    void requisitesTabListsAndRemovesCoHolders() {
        RequisitesTab tab;
        tab.resize(800, 600);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        tab.setRequisites(sampleRequisites());
        auto* list = tab.findChild<QListWidget*>(u"coHoldersList"_s);
        auto* remove = tab.findChild<QPushButton*>(u"removeCoHolderButton"_s);
        QVERIFY(list && remove);
        QVERIFY(!list->isVisible());

        CoHolder tenant;
        tenant.linkId = 7;
        tenant.name = u"Петров П."_s;
        tenant.email = u"p***@example.org"_s;
        tenant.relation = Relation::Tenant;
        tenant.linkedAt = QDateTime(QDate(2026, 11, 20), QTime(5, 0), QTimeZone::utc());
        tab.setCoHolders({tenant});
        QVERIFY(list->isVisible() && remove->isVisible());
        QCOMPARE(list->count(), 1);
        QVERIFY(list->item(0)->text().contains(u"Петров П."_s));
        QVERIFY(list->item(0)->text().contains(u"p***@example.org"_s));
        QVERIFY(!remove->isEnabled());

        QSignalSpy removal(&tab, &RequisitesTab::removeCoHolderRequested);
        list->setCurrentRow(0);
        QVERIFY(remove->isEnabled());
        Dialogs::setNextAnswer(false);
        remove->click();
        QVERIFY(Dialogs::lastAsked().text.contains(u"Петров П."_s));
        QCOMPARE(removal.count(), 0);
        Dialogs::setNextAnswer(true);
        remove->click();
        QCOMPARE(removal.count(), 1);
        QCOMPARE(removal.first().first().toLongLong(), 7);

        tab.setCoHolders({});
        QVERIFY(!list->isVisible());
    }

    void periodSelectorPresetsAndCustomRange() {
        PeriodSelector selector;
        selector.setToday(QDate(2026, 11, 26));
        selector.show();
        QVERIFY(QTest::qWaitForWindowExposed(&selector));
        QSignalSpy changed(&selector, &PeriodSelector::periodChanged);
        QComboBox* combo = selector.comboBox();
        QCOMPARE(combo->count(), 4);
        QCOMPARE(selector.filter().kind(), PeriodFilter::Kind::Last12Months);
        QCOMPARE(selector.to(), QDate(2026, 11, 26));

        emit combo->activated(0);
        QCOMPARE(selector.filter().kind(), PeriodFilter::Kind::Last3Months);
        QCOMPARE(selector.from(), QDate(2026, 9, 1));
        QCOMPARE(changed.count(), 1);
        emit combo->activated(1);
        QCOMPARE(selector.from(), QDate(2026, 6, 1));
        QCOMPARE(changed.count(), 2);

        // «Выбрать период…»: the calendars; an inverted range is refused with a reason.
        emit combo->activated(3);
        auto* dialog = selector.findChild<PeriodRangeDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(combo->currentIndex(), 1); // still the period in force
        auto* apply = dialog->findChild<QPushButton*>(u"periodApplyButton"_s);
        auto* error = dialog->findChild<QLabel*>(u"periodRangeError"_s);
        dialog->setRange(QDate(2026, 10, 15), QDate(2026, 10, 1));
        QVERIFY(!apply->isEnabled());
        QVERIFY(error->isVisible());
        QTest::keyClick(dialog, Qt::Key_Return);
        QVERIFY(dialog->isVisible());
        // The calendars and the date fields agree.
        dialog->findChild<QCalendarWidget*>(u"periodToCalendar"_s)->setSelectedDate(QDate(2026, 11, 15));
        QCOMPARE(dialog->findChild<DateField*>(u"periodToEdit"_s)->date(), QDate(2026, 11, 15));
        QVERIFY(apply->isEnabled());
        QVERIFY(!error->isVisible());
        apply->click();
        QTRY_VERIFY(!selector.findChild<PeriodRangeDialog*>());
        QCOMPARE(selector.filter().kind(), PeriodFilter::Kind::Custom);
        QCOMPARE(selector.from(), QDate(2026, 10, 15));
        QCOMPARE(selector.to(), QDate(2026, 11, 15));
        QCOMPARE(combo->currentIndex(), 3);
        QVERIFY(combo->currentText().contains(u"15.10.2026"_s));
        QCOMPARE(changed.count(), 3);

        // Cancelling keeps the custom period; an invalid range set in code is refused.
        emit combo->activated(3);
        dialog = selector.findChild<PeriodRangeDialog*>();
        QVERIFY(dialog);
        dialog->reject();
        QTRY_VERIFY(!selector.findChild<PeriodRangeDialog*>());
        QCOMPARE(selector.from(), QDate(2026, 10, 15));
        QVERIFY(!selector.setCustomRange(QDate(2026, 11, 20), QDate(2026, 11, 1)));
        QCOMPARE(selector.from(), QDate(2026, 10, 15));
        QCOMPARE(changed.count(), 3);
    }
};

QTEST_MAIN(TestAccounts)
#include "tst_accounts.moc"
