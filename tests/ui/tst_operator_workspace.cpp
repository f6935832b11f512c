// The operator's workspace against the real lkk-server (--demo, test clock, SQLite or PostgreSQL):
// the operator's sign-in opens it instead of the customer's cabinet; the search as one types (the
// pause on a manual clock), Enter opens the first caller; the caller's tab with the read-only
// banner, the customer's views fed through the operator's routes, copy buttons; readings taken
// for the caller behind the reason dialog; screen pop; Ctrl+F, Ctrl+W and the shortcuts list.
// With LKK_SCREENSHOT_DIR set, every screen is kept as a PNG (Russian with LKK_SCREENSHOT_QM).
#include "app/accounts/AccountsStore.h"
#include "app/api/ApiOperations.h"
#include "app/appeals/AppealThreadModel.h"
#include "app/appeals/AppealsModel.h"
#include "app/bills/BillsModel.h"
#include "app/operator/CallerSearch.h"
#include "app/payments/PaymentsModel.h"
#include "app/readings/ReadingsDtos.h"
#include "tests/support/ApiTestServer.h"
#include "tests/support/ManualClock.h"
#include "tests/support/TotpCode.h"
#include "tests/support/WidgetSuite.h"
#include "tests/ui/KeyboardWalk.h"
#include "tests/ui/Screenshot.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/AppShell.h"
#include "ui/CopyButton.h"
#include "ui/CopyCellDelegate.h"
#include "ui/Dialogs.h"
#include "ui/FieldError.h"
#include "ui/LoginWindow.h"
#include "ui/MessageBanner.h"
#include "ui/Theme.h"
#include "ui/accounts/AccountView.h"
#include "ui/accounts/RequisitesTab.h"
#include "ui/appeals/AppealThreadView.h"
#include "ui/appeals/AppealsTab.h"
#include "ui/appeals/AttachmentPicker.h"
#include "ui/bills/BillsPage.h"
#include "ui/bills/BillsView.h"
#include "ui/history/HistoryTab.h"
#include "ui/operator/CallerPage.h"
#include "ui/operator/CallerSearchPage.h"
#include "ui/operator/OperatorWindow.h"
#include "ui/operator/OperatorWorkspace.h"
#include "ui/operator/ReasonDialog.h"
#include "ui/operator/ShortcutsDialog.h"
#include "ui/payments/PaymentsPage.h"
#include "ui/readings/MeterReadingCard.h"
#include "ui/readings/ReadingsSubmitPage.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPalette>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyle>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTranslator>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace lkk;
using lkk::test::ApiTestServer;
using lkk::test::ManualClock;
using lkk::test::TotpCode;
using lkk::test::UiCore;

namespace {

constexpr int timeoutMs = 20000;
const QString demoOperatorSecret = u"JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"_s; // published: server/DemoSetup.h
// Within the readings window (--readings-window 15-25) of November.
const QDateTime serverNoon = QDateTime(QDate(2026, 11, 24), QTime(5, 0), Qt::UTC);

template <typename T> T* child(QWidget* window, const QString& name) {
    T* widget = window->findChild<T*>(name);
    if (!widget)
        qWarning("no child %s", qPrintable(name));
    return widget;
}

// Types `text` into `widget` key by key as a keyboard does, Cyrillic too (QTest::keyClicks takes
// ASCII only).
void typeText(QWidget* widget, const QString& text) {
    for (const QChar ch : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(ch));
        QApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(ch));
        QApplication::sendEvent(widget, &release);
    }
}

// The application's real look (lkk::applyLightTheme) for one test, the plain one back after it.
class RealLook {
public:
    RealLook()
        : m_style(QApplication::style()->name())
        , m_palette(QApplication::palette())
        , m_styleSheet(qApp->styleSheet()) {
        lkk::applyLightTheme(*qApp);
    }
    ~RealLook() {
        qApp->setStyleSheet(m_styleSheet);
        QApplication::setStyle(m_style);
        QApplication::setPalette(m_palette);
    }

private:
    QString m_style;
    QPalette m_palette;
    QString m_styleSheet;
};

// The operator's client core signed in with the demo operator's token, on a manual clock.
struct OperatorCore {
    QNetworkAccessManager network;
    ApiClient api{&network};
    ManualClock clock;
    Session session{&api, clock};

    bool signIn(ApiTestServer& server) {
        if (api.setServer(server.process().url().toString(), server.process().caFile()))
            return false;
        LoginResult login;
        login.tokens.accessToken = server.loginDemoOperator();
        login.tokens.accessExpiresIn = 3600;
        if (login.tokens.accessToken.isEmpty())
            return false;
        session.start(login);
        bool done = false;
        bool ok = false;
        session.fetchProfile(&network, [&](Result<Profile> profile) {
            done = true;
            ok = profile.ok();
        });
        return QTest::qWaitFor([&] { return done; }, timeoutMs) && ok;
    }
};

} // namespace

class TestOperatorWorkspace : public QObject {
    Q_OBJECT

    ApiTestServer m_server;
    lkk::test::ScreenshotLook m_look;

    // Types into the search field as a keyboard user does.
    static void typeSearch(CallerSearchPage* page, const QString& text) {
        page->searchEdit()->setFocus();
        typeText(page->searchEdit(), text);
    }

    // The workspace of a freshly signed-in operator, shown.
    struct Workspace {
        OperatorCore core;
        std::unique_ptr<OperatorWindow> window;
        OperatorWorkspace* workspace() const { return window->workspace(); }
        CallerSearchPage* search() const { return window->workspace()->searchPage(); }
    };
    std::unique_ptr<Workspace> openWorkspace() {
        auto w = std::make_unique<Workspace>();
        if (!w->core.signIn(m_server))
            return nullptr;
        w->window = std::make_unique<OperatorWindow>(&w->core.session);
        w->window->show();
        if (!QTest::qWaitForWindowActive(w->window.get()))
            return nullptr;
        return w;
    }

    // Opens the demo customer by the account number (Enter: no pause needed).
    CallerPage* openDemoCaller(Workspace& w) {
        typeSearch(w.search(), u"100103492"_s);
        QTest::keyClick(w.search()->searchEdit(), Qt::Key_Return);
        if (!QTest::qWaitFor([&] { return w.workspace()->currentCallerPage() != nullptr; }, timeoutMs))
            return nullptr;
        CallerPage* page = w.workspace()->currentCallerPage();
        if (!QTest::qWaitFor([&] { return page->store()->currentAccount().has_value(); }, timeoutMs))
            return nullptr;
        return page;
    }

private slots:
    void initTestCase() {
        LKK_REQUIRE_TEST_BACKEND();
        QStandardPaths::setTestModeEnabled(true);
        m_look.apply();
        ApiTestServer::Options options;
        options.scratchPrefix = u"lkk_opui"_s;
        options.testClock = serverNoon;
        options.extraArgs = {u"--readings-window"_s, u"15-25"_s};
        QString error;
        QVERIFY2(m_server.start(options, &error), qPrintable(error));
    }

    void cleanup() { Dialogs::resetForTesting(); }

    void operatorSignInOpensTheWorkspace() {
        UiCore core(m_server.process().url(), m_server.process().caFile());
        AppShell shell(&core.settings, &core.session, &core.controller);
        shell.start();
        QSignalSpy challenged(&core.controller, &LoginController::secondFactorRequired);
        core.controller.signIn(u"operator@lkk.example"_s, u"Operator1234"_s, false, {});
        QTRY_COMPARE_WITH_TIMEOUT(challenged.size(), 1, timeoutMs);
        QVERIFY(m_server.advanceClock(std::chrono::seconds(30))); // a step of its own
        const QString code =
            TotpCode::at(TotpCode::secretFromBase32(demoOperatorSecret), TotpCode::stepAt(m_server.serverNowMs()));
        core.controller.submitSecondFactor(code, false);
        QTRY_VERIFY_WITH_TIMEOUT(shell.operatorWindow() && shell.operatorWindow()->isVisible(), timeoutMs);
        // The workspace, not the customer's cabinet nor its «Заполните реквизиты».
        QVERIFY(!shell.mainWindow());
        QVERIFY(!shell.loginWindow()->isVisible());
        QVERIFY(!shell.loginWindow()->findChild<QDialog*>());
        QVERIFY(QTest::qWaitForWindowActive(shell.operatorWindow()));
        QTRY_COMPARE(QApplication::focusWidget(), shell.operatorWindow()->workspace()->searchPage()->searchEdit());
        QVERIFY(!core.session.user().surname.isEmpty());
        QVERIFY(child<QLabel>(shell.operatorWindow(), u"operatorUserLabel"_s)
                    ->text()
                    .contains(core.session.user().surname));
        lkk::test::screenshot(shell.operatorWindow(), u"operator-workspace-start"_s);

        // Signing out returns to the login window and drops the workspace.
        core.session.signOut();
        QTRY_VERIFY(!shell.operatorWindow());
        QVERIFY(shell.loginWindow()->isVisible());
        // The code used here is spent: the next sign-ins (ApiTestServer) take later steps.
        QVERIFY(m_server.advanceClock(std::chrono::seconds(30)));
    }

    void searchWaitsForThePauseThenShowsTheCallers() {
        auto w = openWorkspace();
        QVERIFY(w);
        CallerSearch* search = w->workspace()->search();
        QSignalSpy searching(search, &CallerSearch::searchingChanged);
        typeSearch(w->search(), u"Ив"_s);
        QVERIFY(search->isWaiting());
        w->core.clock.advance(CallerSearch::typingPause - std::chrono::milliseconds(1));
        QVERIFY(search->isWaiting()); // still typing as far as the search knows
        typeText(w->search()->searchEdit(), u"анова Ласточкина"_s);
        w->core.clock.advance(CallerSearch::typingPause - std::chrono::milliseconds(1));
        QCOMPARE(searching.size(), 0); // nothing sent while the keys came faster than the pause
        w->core.clock.advance(std::chrono::milliseconds(1));
        QCOMPARE(searching.size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(search->isSettled(), timeoutMs);
        QCOMPARE(search->resultQuery(), u"Иванова Ласточкина"_s);
        QListWidget* results = w->search()->results();
        QCOMPARE(results->count(), 1);
        const QString shown = results->item(0)->text();
        QVERIFY2(shown.contains(u"Иванова Мария Петровна"_s), qPrintable(shown));
        QVERIFY2(shown.contains(u"***"_s), qPrintable(shown));       // masked e-mail and phone
        QVERIFY2(!shown.contains(u"demo@lkk"_s), qPrintable(shown)); // never the whole address
        QVERIFY2(shown.contains(u"100103492"_s) && shown.contains(u"Ласточкина"_s), qPrintable(shown));
        lkk::test::screenshot(w->window.get(), u"operator-search-results"_s);

        // Nobody: said so; too short: no request at all.
        w->search()->searchEdit()->selectAll();
        typeText(w->search()->searchEdit(), u"Несуществующая"_s);
        w->core.clock.advance(CallerSearch::typingPause);
        QTRY_VERIFY_WITH_TIMEOUT(search->isSettled(), timeoutMs);
        QCOMPARE(results->count(), 0);
        QVERIFY(!w->search()->status()->text().isEmpty());
        w->search()->searchEdit()->selectAll();
        typeText(w->search()->searchEdit(), u"И"_s);
        QVERIFY(!search->isWaiting());
        QVERIFY(search->result().customers.isEmpty());
    }

    void enterOpensTheFirstCallerReadOnly() {
        auto w = openWorkspace();
        QVERIFY(w);
        // Enter right after typing: no pause to wait for, the search runs and the first one opens.
        CallerPage* page = openDemoCaller(*w);
        QVERIFY(page);
        // The search, the appeals queue, then the caller.
        QCOMPARE(w->workspace()->tabs()->count(), 3);
        QCOMPARE(w->workspace()->tabs()->tabText(1), u"Appeals queue"_s);
        QCOMPARE(w->workspace()->tabs()->tabText(2), u"Иванова М. П."_s);
        QVERIFY(page->readOnlyBanner()->isVisible());
        QVERIFY2(page->readOnlyBanner()->text().contains(u"Иванова Мария Петровна"_s),
                 qPrintable(page->readOnlyBanner()->text()));
        QCOMPARE(page->accountList()->count(), 3);

        // The customer's own view, read-only: no «Оплатить», no «Передать показания».
        AccountView* view = page->accountView();
        QVERIFY(view->isVisible());
        QVERIFY(!child<QPushButton>(view, u"payButton"_s)->isVisible());
        QVERIFY(!child<QPushButton>(view, u"submitReadingsButton"_s)->isVisible());
        QCOMPARE(view->accountId(), page->store()->currentAccountId());

        // Everything of the tab is reachable with Tab, the actions and the copy buttons included.
        const QStringList walk = lkk::test::tabWalk(page->accountList());
        for (const QString& name : {u"readingsForCallerButton"_s, u"resendConfirmationButton"_s,
                                    u"liftSignInLockButton"_s, u"liftLinkLockButton"_s, u"copyAccountNumberButton"_s,
                                    u"copyToPayButton"_s, u"copyPenaltiesButton"_s, u"accountTabs"_s})
            QVERIFY2(walk.contains(name), qPrintable(name + u" not in "_s + walk.join(u", ")));

        // Copy buttons: plain digits, no spaces or currency.
        const AccountSummary account = *page->store()->currentAccount();
        child<CopyButton>(page, u"copyAccountNumberButton"_s)->click();
        QCOMPARE(QApplication::clipboard()->text(), account.number);
        child<CopyButton>(page, u"copyToPayButton"_s)->click();
        QCOMPARE(QApplication::clipboard()->text(), account.toPay.toMachineString());
        QVERIFY(!QApplication::clipboard()->text().contains(u' '));
        QVERIFY(!child<CopyButton>(page, u"copyToPayButton"_s)->accessibleName().isEmpty());

        // Its data came through the operator's routes: the requisites of the caller's account.
        QCOMPARE(page->cabinetSession()->pathPrefix(), u"/operator/customers/%1"_s.arg(page->customerId()));
        QTRY_VERIFY_WITH_TIMEOUT(page->store()->requisites(page->store()->currentAccountId()).has_value(), timeoutMs);
        QVERIFY(!page->store()->requisites(page->store()->currentAccountId())->owner.isEmpty());
        lkk::test::screenshot(w->window.get(), u"operator-caller-tab"_s);

        // The history's payments, through the operator's route, with a copy button on every amount
        // and date: Ctrl+C on the current cell copies the plain figure.
        auto* paymentsPage = page->findChild<PaymentsPage*>();
        QVERIFY(paymentsPage);
        view->tabs()->setCurrentIndex(0);
        view->historyTab()->showPage(HistoryTab::Page::Payments);
        QTRY_VERIFY_WITH_TIMEOUT(paymentsPage->model()->rowCount() > 0, timeoutMs);
        QModelIndex payment;
        for (int row = 0; row < paymentsPage->model()->rowCount() && !payment.isValid(); ++row) {
            const QModelIndex parent = paymentsPage->model()->index(row, 0);
            if (paymentsPage->model()->rowCount(parent) > 0)
                payment = paymentsPage->model()->index(0, PaymentsModel::AmountColumn, parent);
        }
        QVERIFY2(payment.isValid(), "the demo account has payments");
        auto* delegate =
            qobject_cast<CopyCellDelegate*>(paymentsPage->view()->itemDelegateForColumn(PaymentsModel::AmountColumn));
        QVERIFY(delegate);
        paymentsPage->view()->setCurrentIndex(payment);
        QApplication::clipboard()->clear();
        QTest::keyClick(paymentsPage->view(), Qt::Key_C, Qt::ControlModifier);
        const QString amount = QApplication::clipboard()->text();
        QVERIFY2(QRegularExpression(u"^-?\\d+\\.\\d{2}$"_s).match(amount).hasMatch(), qPrintable(amount));
        QCOMPARE(Money::parse(amount)->toDisplayNumber(),
                 Money::parse(payment.data().toString())->toDisplayNumber()); // the figure shown
        lkk::test::screenshot(w->window.get(), u"operator-caller-payments"_s);

        // The bills: a copy button beside every amount and the period; an amount copies as the
        // plain figure shown beside it, the period as its month.
        auto* billsPage = page->findChild<BillsPage*>();
        QVERIFY(billsPage);
        view->historyTab()->showPage(HistoryTab::Page::Bills);
        QTRY_VERIFY_WITH_TIMEOUT(!billsPage->isLoading() && billsPage->model()->rowCount() > 0, timeoutMs);
        const QModelIndex period = billsPage->model()->index(0, 0);
        CopyButton* copyPeriod = billsPage->view()->periodCopyButton(0);
        QVERIFY(copyPeriod);
        copyPeriod->click();
        QCOMPARE(QApplication::clipboard()->text(),
                 period.data(BillsModel::PeriodRole).toDate().toString(u"MM.yyyy"_s));
        QModelIndex figure;
        for (QModelIndex at = period; at.isValid() && !figure.isValid();) {
            at = billsPage->model()->index(0, 0, at);
            if (at.data(BillsModel::AmountRole).isValid())
                figure = at;
        }
        QVERIFY2(figure.isValid(), "the demo bill has amounts");
        billsPage->view()->expandRecursively(period);
        CopyButton* copyFigure = billsPage->view()->copyButton(figure);
        QVERIFY(copyFigure);
        QVERIFY(!copyFigure->accessibleName().isEmpty());
        copyFigure->click();
        const QString copied = QApplication::clipboard()->text();
        QVERIFY2(QRegularExpression(u"^-?\\d+\\.\\d{2}$"_s).match(copied).hasMatch(), qPrintable(copied));
        const QString shown = figure.siblingAtColumn(BillsModel::ValueColumn).data().toString();
        QCOMPARE(Money::parse(copied)->toDisplayNumber(), Money::parse(shown)->toDisplayNumber());
        lkk::test::screenshot(w->window.get(), u"operator-caller-bills"_s);

        // The same caller again: the open tab, not a second one.
        w->workspace()->focusSearch();
        QCOMPARE(w->workspace()->tabs()->currentIndex(), 0);
        QCOMPARE(QApplication::focusWidget(), w->search()->searchEdit());
        QTest::keyClick(w->search()->searchEdit(), Qt::Key_Return);
        QTRY_COMPARE(w->workspace()->currentCallerPage(), page);
        QCOMPARE(w->workspace()->tabs()->count(), 3);

        // Ctrl+F from inside the caller's tab goes to the search; Ctrl+W closes the caller's tab.
        page->accountList()->setFocus();
        QTest::keyClick(page->accountList(), Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(w->workspace()->tabs()->currentIndex(), 0);
        QCOMPARE(QApplication::focusWidget(), w->search()->searchEdit());
        QTest::keyClick(w->search()->searchEdit(), Qt::Key_W, Qt::ControlModifier);
        QCOMPARE(w->workspace()->tabs()->count(), 3); // the search tab does not close
        w->workspace()->tabs()->setCurrentIndex(1);
        QTest::keyClick(w->workspace()->tabs()->currentWidget(), Qt::Key_W, Qt::ControlModifier);
        QCOMPARE(w->workspace()->tabs()->count(), 3); // nor the queue's
        w->workspace()->tabs()->setCurrentIndex(2);
        QTest::keyClick(page->accountList(), Qt::Key_W, Qt::ControlModifier);
        QCOMPARE(w->workspace()->tabs()->count(), 2);
        QVERIFY(w->workspace()->callerPages().isEmpty());
    }

    // The window fits a 1366×768 screen without a window manager (no frame, no panel) in Russian,
    // the longer texts, with the real look, whatever tab is open: a QTabWidget asks for room for
    // its tallest page, so a caller's tab scrolls the customer's view instead of growing the window.
    void windowFitsA1366x768Screen() {
        QTranslator russian;
        QVERIFY(russian.load(QStringLiteral(LKK_RU_QM)));
        QCoreApplication::installTranslator(&russian);
        const RealLook look;
        auto w = openWorkspace();
        QVERIFY(w);
        CallerPage* page = openDemoCaller(*w);
        QVERIFY(page);
        QCOMPARE(page->readOnlyBanner()->text().left(14), u"Кабинет клиент"_s); // in Russian indeed

        auto* scroll = child<QScrollArea>(page, u"callerScroll"_s);
        QVERIFY(scroll && scroll->widget()->isAncestorOf(page->accountView()));
        const int pageHeight = page->minimumSizeHint().height();
        QVERIFY2(pageHeight < page->accountView()->minimumSizeHint().height(),
                 qPrintable(u"the tab %1, its account view %2"_s.arg(pageHeight)
                                .arg(page->accountView()->minimumSizeHint().height())));

        const QSize least = w->window->minimumSizeHint().expandedTo(w->window->minimumSize());
        QVERIFY2(least.width() <= 1366 && least.height() <= 768,
                 qPrintable(u"%1x%2"_s.arg(least.width()).arg(least.height())));
        lkk::test::screenshot(w->window.get(), u"operator-caller-smallest-ru"_s);

        // On that screen the view fits the scroll area whole, whichever of its tabs is the
        // tallest (the requisites, once loaded): one scroll bar, the bills' own, not a second one
        // beside it for the view.
        QTRY_VERIFY_WITH_TIMEOUT(page->accountView()->requisitesTab()->contractsView()->model()->rowCount() > 0,
                                 timeoutMs);
        w->window->resize(1280, 768);
        QTRY_VERIFY(w->window->height() == 768 && scroll->viewport()->height() > 0);
        QApplication::processEvents();
        const int viewHeight = scroll->widget()->minimumSizeHint().height();
        QVERIFY2(
            viewHeight <= scroll->viewport()->height(),
            qPrintable(
                u"the view needs %1 px, the scroll area shows %2"_s.arg(viewHeight).arg(scroll->viewport()->height())));
        QVERIFY(!scroll->verticalScrollBar()->isVisible());
        lkk::test::screenshot(w->window.get(), u"operator-caller-1366x768-ru"_s);
    }

    void callersAppealsAreShownReadOnly() {
        auto w = openWorkspace();
        QVERIFY(w);
        CallerPage* page = openDemoCaller(*w);
        QVERIFY(page);
        AccountView* view = page->accountView();
        auto* appeals = qobject_cast<AppealsTab*>(view->appealsPage());
        QVERIFY(appeals);
        view->tabs()->setCurrentWidget(appeals);
        QVERIFY(view->tabs()->isTabVisible(view->tabs()->indexOf(appeals)));

        // The demo customer's appeals of the selected account, through the operator's route.
        const qint64 accountId = page->store()->currentAccountId();
        QTRY_VERIFY_WITH_TIMEOUT(!appeals->isLoading() && appeals->model()->rowCount() > 0, timeoutMs);
        QCOMPARE(appeals->accountId(), accountId);
        const qint64 appealId = appeals->model()->index(0, 0).data(AppealsModel::IdRole).toLongLong();
        QVERIFY(appealId > 0);
        QCOMPARE(m_server.scalar(u"SELECT user_id FROM appeals WHERE id = %1"_s.arg(appealId)), page->customerId());
        const qint64 unreadBefore = m_server.scalar(u"SELECT unread FROM appeals WHERE id = %1"_s.arg(appealId));

        // Opening one shows its messages, as many as the server keeps.
        appeals->openAppeal(appealId);
        AppealThreadView* thread = appeals->threadView();
        QTRY_VERIFY_WITH_TIMEOUT(thread->appealId() == appealId && thread->model()->rowCount() > 0, timeoutMs);
        QCOMPARE(qint64(thread->model()->rowCount()),
                 m_server.scalar(u"SELECT COUNT(*) FROM appeal_messages WHERE appeal_id = %1"_s.arg(appealId)));
        QVERIFY(!thread->model()->message(0).text.isEmpty());
        // The customer's messages are signed with their name, not «Вы».
        for (int row = 0; row < thread->model()->rowCount(); ++row) {
            if (thread->model()->message(row).author == AppealMessage::Author::Customer) {
                const QString heading = thread->model()->index(row, 0).data().toString();
                QVERIFY2(heading.contains(u"Иванова Мария Петровна"_s), qPrintable(heading));
            }
        }

        // Nothing to write with: no new appeal, no reply, no closing; the operator's look leaves
        // the customer's unread answer unread.
        QVERIFY(thread->isVisible());
        for (QPushButton* button : {appeals->newAppealButton(), thread->sendButton(), thread->closeAppealButton()})
            QVERIFY2(!button->isVisible(), qPrintable(button->objectName()));
        QVERIFY(!thread->replyEdit()->isVisible());
        QVERIFY(!thread->replyAttachments()->isVisible());
        QCOMPARE(m_server.scalar(u"SELECT unread FROM appeals WHERE id = %1"_s.arg(appealId)), unreadBefore);
        lkk::test::screenshot(w->window.get(), u"operator-caller-appeals"_s);
    }

    void readingTakenForTheCallerWithAReason() {
        auto w = openWorkspace();
        QVERIFY(w);
        CallerPage* page = openDemoCaller(*w);
        QVERIFY(page);
        // The ЕПД account: its meter 517480 takes readings.
        for (int row = 0; row < page->accountList()->count(); ++row) {
            if (page->accountList()->item(row)->text().contains(u"100103492"_s))
                page->accountList()->setCurrentRow(row);
        }
        QTRY_COMPARE(page->store()->currentAccount()->number, u"100103492"_s);
        child<QPushButton>(page, u"readingsForCallerButton"_s)->click();
        ReasonDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = page->findChild<ReasonDialog*>()) && dialog->isVisible());
        QTRY_COMPARE(QApplication::focusWidget(), dialog->reasonEdit());
        // Too short: the error beside the field, the dialog stays.
        typeText(dialog->reasonEdit(), u"звонок"_s);
        child<QPushButton>(dialog, u"reasonOkButton"_s)->click();
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->reasonError()->isVisible());
        QVERIFY(dialog->reasonError()->text().contains(u"10"_s));
        lkk::test::screenshot(dialog, u"operator-reason-dialog-error"_s);
        const QString reason = u"клиент продиктовал по телефону"_s;
        dialog->reasonEdit()->selectAll();
        typeText(dialog->reasonEdit(), reason);
        QVERIFY(!dialog->reasonError()->isVisible());
        child<QPushButton>(dialog, u"reasonOkButton"_s)->click();
        QTRY_VERIFY(page->isReadingsPageShown());

        // The customer's own form (every rule of it), loaded through the operator's route.
        ReadingsSubmitPage* form = page->readingsPage();
        QCOMPARE(form->reason(), reason);
        MeterReadingCard* card = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(!form->cards().isEmpty(), timeoutMs);
        for (MeterReadingCard* c : form->cards()) {
            if (c->meter().number == u"517480"_s)
                card = c;
        }
        QVERIFY(card);
        lkk::test::screenshot(w->window.get(), u"operator-readings-for-caller"_s);
        const qint64 before = m_server.scalar(u"SELECT COUNT(*) FROM operator_audit WHERE action = 'reading_submit'"_s);
        card->zoneEdit(card->meter().zones.value(0))->setText(u"233,5"_s);
        form->submitCard(card->meterId());
        QTRY_COMPARE_WITH_TIMEOUT(card->status(), MeterReadingCard::Status::Accepted, timeoutMs);
        // Stored for the caller with the operator's id and the reason in the trail.
        QCOMPARE(
            m_server.scalar(
                u"SELECT COUNT(*) FROM operator_audit WHERE action = 'reading_submit' AND reason = '%1'"_s.arg(reason)),
            before + 1);
        QVERIFY(m_server.scalar(u"SELECT COUNT(*) FROM reading_submissions WHERE operator_id IS NOT NULL"_s) >= 1);
    }

    void actionsAskForAReasonAndSayWhatHappened() {
        auto w = openWorkspace();
        QVERIFY(w);
        CallerPage* page = openDemoCaller(*w);
        QVERIFY(page);
        child<QPushButton>(page, u"resendConfirmationButton"_s)->click();
        ReasonDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = page->findChild<ReasonDialog*>()) && dialog->isVisible());
        typeText(dialog->reasonEdit(), u"клиент не получил письмо"_s);
        child<QPushButton>(dialog, u"reasonOkButton"_s)->click();
        // The demo customer's e-mail is confirmed already: the server's refusal is shown as it is.
        QTRY_VERIFY_WITH_TIMEOUT(page->messages()->isVisible(), timeoutMs);
        QCOMPARE(page->messages()->type(), MessageBanner::Type::Error);
        QVERIFY(!page->messages()->text().isEmpty());

        // Lifting a link lock asks for the account number too (the current one offered).
        child<QPushButton>(page, u"liftLinkLockButton"_s)->click();
        QTRY_VERIFY((dialog = page->findChild<ReasonDialog*>()) && dialog->isVisible() &&
                    dialog->accountNumberEdit()->isVisible());
        QCOMPARE(dialog->accountNumber(), page->store()->currentAccount()->number);
        dialog->reject();

        // An appeal for the caller: the active topics from the server, the account's providers; an
        // empty text is refused beside the field.
        child<QPushButton>(page, u"registerAppealButton"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT((dialog = page->findChild<ReasonDialog*>()) && dialog->isVisible(), timeoutMs);
        auto* topic = child<QComboBox>(dialog, u"appealTopicCombo"_s);
        QVERIFY(topic->count() > 0);
        typeText(dialog->reasonEdit(), u"клиент позвонил с вопросом"_s);
        child<QPushButton>(dialog, u"reasonOkButton"_s)->click();
        QVERIFY(dialog->isVisible());
        auto* text = child<QPlainTextEdit>(dialog, u"appealTextEdit"_s);
        QVERIFY(hasFieldError(text));
        QVERIFY(child<QComboBox>(dialog, u"appealProviderCombo"_s)->count() > 0);
        typeText(text, u"Прошу проверить начисление за ноябрь"_s);
        lkk::test::screenshot(dialog, u"operator-appeal-dialog"_s);
        const qint64 appealsBefore = m_server.scalar(u"SELECT COUNT(*) FROM appeals"_s);
        child<QPushButton>(dialog, u"reasonOkButton"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(page->messages()->type() == MessageBanner::Type::Info, timeoutMs);
        QCOMPARE(m_server.scalar(u"SELECT COUNT(*) FROM appeals"_s), appealsBefore + 1);

        // Lifting the sign-in lock: done, said so.
        page->messages()->hide();
        child<QPushButton>(page, u"liftSignInLockButton"_s)->click();
        QTRY_VERIFY((dialog = page->findChild<ReasonDialog*>()) && dialog->isVisible());
        typeText(dialog->reasonEdit(), u"клиент забыл пароль и ждёт"_s);
        child<QPushButton>(dialog, u"reasonOkButton"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(page->messages()->isVisible(), timeoutMs);
        QCOMPARE(page->messages()->type(), MessageBanner::Type::Info);
        lkk::test::screenshot(w->window.get(), u"operator-action-done"_s);
    }

    void screenPopOpensTheOnlyMatch() {
        auto w = openWorkspace();
        QVERIFY(w);
        w->workspace()->popCaller(u"+7 913 123-45-67"_s);
        QTRY_VERIFY_WITH_TIMEOUT(w->workspace()->currentCallerPage(), timeoutMs);
        QCOMPARE(w->workspace()->currentCallerPage()->tabTitle(), u"Иванова М. П."_s);
        QCOMPARE(w->search()->searchEdit()->text(), u"+7 913 123-45-67"_s);
    }

    void shortcutsAreListedInHelp() {
        auto w = openWorkspace();
        QVERIFY(w);
        w->window->shortcutsAction()->trigger();
        ShortcutsDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = w->window->findChild<ShortcutsDialog*>()) && dialog->isVisible());
        QStringList keys;
        for (int row = 0; row < dialog->table()->rowCount(); ++row)
            keys << dialog->table()->item(row, 0)->text();
        QVERIFY2(keys.contains(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)),
                 qPrintable(keys.join(u", ")));
        QVERIFY2(keys.contains(QKeySequence(Qt::CTRL | Qt::Key_W).toString(QKeySequence::NativeText)),
                 qPrintable(keys.join(u", ")));
        lkk::test::screenshot(dialog, u"operator-shortcuts"_s);
        dialog->reject();
    }
};

QTEST_MAIN(TestOperatorWorkspace)
#include "tst_operator_workspace.moc"
