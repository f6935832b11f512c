// The accounts UI end to end against the real lkk-server (--demo): the demo customer signs in
// and sees three accounts; the meter list of the ЕПД account comes from the server; then she
// links 100207815 through the add-account page and the control-question dialog (one wrong answer
// first, then the link code), it appears selected, and its requisites and tariff history load;
// five wrong answers for another account lock it; unlinking removes the linked one again.
#include "app/accounts/AccountListModel.h"
#include "app/accounts/AccountsStore.h"
#include "app/accounts/MeterListModel.h"
#include "app/accounts/TariffHistoryModel.h"
#include "tests/support/ApiTestServer.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/AppShell.h"
#include "ui/Dialogs.h"
#include "ui/MainWindow.h"
#include "ui/MessageBanner.h"
#include "ui/accounts/AccountView.h"
#include "ui/accounts/AccountsSidebar.h"
#include "ui/accounts/AddAccountPage.h"
#include "ui/accounts/ControlQuestionDialog.h"
#include "ui/accounts/MeterListDialog.h"
#include "ui/accounts/RequisitesTab.h"
#include "ui/accounts/TariffHistoryDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace lkk;
using lkk::test::UiCore;

class TestAccountsEndToEnd : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        LKK_REQUIRE_TEST_BACKEND();
        QStandardPaths::setTestModeEnabled(true);
    }

    void linkAnAccountThroughTheDialogs() {
        lkk::test::ApiTestServer server; // SQLite, or PostgreSQL in ui_accounts_e2e_postgres
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));

        UiCore core(server.process().url(), server.process().caFile());
        AppShell shell(&core.settings, &core.session, &core.controller);
        shell.start();
        core.controller.signIn(u"demo@lkk.example"_s, u"Demo1234"_s, false, {});
        QTRY_VERIFY_WITH_TIMEOUT(shell.mainWindow() && shell.mainWindow()->isVisible(), 20000);
        MainWindow* main = shell.mainWindow();
        QListView* list = main->sidebar()->listView();
        QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), 3, 20000);
        QCOMPARE(list->model()->index(0, 0).data(AccountListModel::NumberRole).toString(), u"100103492"_s);
        QVERIFY(
            list->model()->index(0, 0).data(AccountListModel::BadgeTextRole).toString().contains(u"126\u00A0294,98"_s));

        // The first account is selected and its requisites arrive in the background.
        QTRY_COMPARE_WITH_TIMEOUT(main->sidebar()->currentAccountId(),
                                  list->model()->index(0, 0).data(AccountListModel::IdRole).toLongLong(), 20000);
        RequisitesTab* requisites = main->accountView()->requisitesTab();
        QTRY_VERIFY_WITH_TIMEOUT(requisites->contractsView()->model()->rowCount() >= 6, 20000);

        // «Список счётчиков»: the ЕПД account's four water meters for the last year.
        requisites->contractsView()->setCurrentIndex(requisites->contractsView()->model()->index(0, 0));
        main->findChild<QPushButton*>(u"metersButton"_s)->click();
        MeterListDialog* meters = main->findChild<MeterListDialog*>();
        QVERIFY(meters);
        QTRY_VERIFY_WITH_TIMEOUT(meters->model()->rowCount() >= 4, 20000);
        meters->reject();

        // Link 100207815: the page, the dialog, a wrong answer, then the link code.
        main->findChild<QPushButton*>(u"addAccountButton"_s)->click();
        auto* number = main->findChild<QLineEdit*>(u"numberEdit"_s);
        QTRY_COMPARE(main->focusWidget(), number);
        QTest::keyClicks(number, u"100207815"_s);
        QTest::keyClick(number, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(main->controlQuestionDialog() && main->controlQuestionDialog()->isVisible(), 20000);
        ControlQuestionDialog* dialog = main->controlQuestionDialog();
        auto* answer = dialog->findChild<QLineEdit*>(u"answerEdit"_s);
        auto* answerError = dialog->findChild<QLabel*>(u"answerError"_s);
        QCOMPARE(dialog->questionId(), u"link_code"_s);
        QTest::keyClicks(answer, u"111111"_s);
        QTest::keyClick(answer, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(answerError->isVisible(), 20000);
        QVERIFY(answerError->text().contains(u'4')); // five attempts, one used
        answer->setText(u"221972"_s);
        QTest::keyClick(answer, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!main->controlQuestionDialog(), 20000);

        QTRY_COMPARE(list->model()->rowCount(), 4);
        const auto current = main->accountsStore()->currentAccount();
        QVERIFY(current);
        QCOMPARE(current->number, u"100207815"_s);
        QCOMPARE(main->sidebar()->currentAccountId(), current->id);
        QVERIFY(main->accountView()->isVisible());
        QCOMPARE(main->findChild<QLabel*>(u"accountAddress"_s)->text(), current->address);
        QTRY_VERIFY_WITH_TIMEOUT(requisites->contractsView()->model()->rowCount() > 0, 20000);

        // «История тарифов» of its first contract.
        requisites->contractsView()->setCurrentIndex(requisites->contractsView()->model()->index(0, 0));
        main->findChild<QPushButton*>(u"tariffHistoryButton"_s)->click();
        TariffHistoryDialog* history = main->findChild<TariffHistoryDialog*>();
        QVERIFY(history);
        QTRY_VERIFY_WITH_TIMEOUT(history->model()->rowCount() > 0, 20000);
        history->reject();

        // Five wrong answers for 7012099921 lock it: the dialog says until when and only closes.
        main->findChild<QPushButton*>(u"addAccountButton"_s)->click();
        QTest::keyClicks(number, u"7012099921"_s);
        QTest::keyClick(number, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(main->controlQuestionDialog() && main->controlQuestionDialog()->isVisible(), 20000);
        dialog = main->controlQuestionDialog();
        answer = dialog->findChild<QLineEdit*>(u"answerEdit"_s);
        for (int attempt = 0; attempt < 5 && !dialog->isLocked(); ++attempt) {
            answer->setText(u"111111"_s);
            QTest::keyClick(answer, Qt::Key_Return);
            QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 20000);
        }
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isLocked(), 20000);
        auto* lockBanner = dialog->findChild<MessageBanner*>(u"questionBanner"_s);
        QVERIFY(lockBanner->isVisible());
        QVERIFY(!lockBanner->text().isEmpty());
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!main->controlQuestionDialog());
        QCOMPARE(list->model()->rowCount(), 4);

        // «Отключить лицевой счёт» (confirmed through the seam): the account leaves the list.
        Dialogs::setNextAnswer(true);
        main->sidebar()->requestUnlink(current->id);
        QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), 3, 20000);
        QVERIFY(!main->accountsStore()->account(current->id));
    }
};

QTEST_MAIN(TestAccountsEndToEnd)
#include "tst_accounts_e2e.moc"
