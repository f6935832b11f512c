#include "ui/SessionBenchmark.h"

#include "ui/AppShell.h"
#include "ui/LoginWindow.h"
#include "ui/MainWindow.h"
#include "ui/accounts/AccountView.h"
#include "ui/accounts/AccountsSidebar.h"
#include "ui/bills/BillPrinter.h"
#include "ui/bills/BillsPage.h"
#include "ui/history/HistoryTab.h"
#include "ui/history/PeriodSelector.h"
#include "ui/payments/PaymentsFeature.h"
#include "ui/payments/PaymentsPage.h"
#include "ui/readings/ReadingsFeature.h"
#include "ui/readings/ReadingsHistoryPage.h"

#include "app/accounts/AccountListModel.h"
#include "app/accounts/AccountsStore.h"
#include "app/bills/BillsModel.h"
#include "app/readings/ReadingsLoader.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <ctime>
#include <optional>

using namespace Qt::StringLiterals;

namespace lkk {

namespace {

constexpr int kStepTimeoutMs = 60000;
constexpr int kTypingMs = 1500;
constexpr auto kBills = HistoryTab::Page::Bills;
constexpr auto kReadings = HistoryTab::Page::Readings;
constexpr auto kPayments = HistoryTab::Page::Payments;

// The CPU time of the whole process (the UI thread, Qt's network thread, TLS), -1 where unknown:
// what a step costs the client whatever else runs on the machine.
qint64 processCpuNsecs() {
#ifdef Q_OS_LINUX
    timespec now{};
    if (clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now) == 0)
        return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
#endif
    return -1;
}

} // namespace

SessionBenchmark::SessionBenchmark(AppShell* shell, QNetworkAccessManager* network, QString email, QString password,
                                   QObject* parent)
    : QObject(parent)
    , m_shell(shell)
    , m_network(network)
    , m_email(std::move(email))
    , m_password(std::move(password)) {}

void SessionBenchmark::start() {
    QTimer::singleShot(0, this, [this] {
        run();
        printProcessMemory("session");
    });
}

void SessionBenchmark::run() {
    if (!signIn())
        return QCoreApplication::exit(1);
    const int accounts = m_main->sidebar()->listView()->model()->rowCount();
    // The first visit of each account, «История» › «Платёжный документ» on screen (the default).
    for (int row = 1; row < accounts; ++row) {
        if (!switchTo(row, "switch_first_visit"))
            return QCoreApplication::exit(1);
    }
    // Each account again, and each of its history tabs, at the default period (the last year).
    for (int row = 0; row < accounts; ++row) {
        if (!switchTo(row, "switch_again") || !openHistoryPage(int(kReadings), "open_readings") ||
            !openHistoryPage(int(kPayments), "open_payments") || !openHistoryPage(int(kBills), "open_bills"))
            return QCoreApplication::exit(1);
    }
    // The widest period a person can choose (five years) on each tab, then every account with it,
    // and the print preview and PDF of each account's latest bill.
    if (!widenToFiveYears(int(kBills), "widen_bills_5y") || !openHistoryPage(int(kReadings), "open_readings") ||
        !widenToFiveYears(int(kReadings), "widen_readings_5y") || !openHistoryPage(int(kPayments), "open_payments") ||
        !widenToFiveYears(int(kPayments), "widen_payments_5y") || !openHistoryPage(int(kBills), "open_bills"))
        return QCoreApplication::exit(1);
    for (int row = 0; row < accounts; ++row) {
        if (!switchTo(row, "switch_5y") || !printLatestBill() || !openHistoryPage(int(kReadings), "open_readings_5y") ||
            !openHistoryPage(int(kPayments), "open_payments_5y") || !openHistoryPage(int(kBills), "open_bills_5y"))
            return QCoreApplication::exit(1);
    }
    QCoreApplication::exit(0);
}

bool SessionBenchmark::signIn() {
    LoginWindow* login = m_shell->loginWindow();
    if (!waitUntil([login] { return login->isVisible(); }, "login_window"))
        return false;
    // A person takes longer than this to type the e-mail and password: what the client does
    // meanwhile (the keychain probe, the system CAs read on a worker thread) is not the sign-in's.
    QElapsedTimer typing;
    typing.start();
    if (!waitUntil([&typing] { return typing.elapsed() >= kTypingMs; }, "typing"))
        return false;
    auto* email = login->findChild<QLineEdit*>(u"emailEdit"_s);
    auto* password = login->findChild<QLineEdit*>(u"passwordEdit"_s);
    auto* remember = login->findChild<QCheckBox*>(u"rememberCheck"_s);
    auto* signIn = login->findChild<QPushButton*>(u"signInButton"_s);
    if (!email || !password || !signIn) {
        std::fprintf(stderr, "bench: the login window has no e-mail, password or sign-in button\n");
        return false;
    }
    email->setText(m_email);
    password->setText(m_password);
    if (remember)
        remember->setChecked(false); // the keychain is not what is measured
    // The answer to the login request, which includes the server's password hashing: the manager
    // says so before the client handles it.
    qint64 answeredNs = -1;
    qint64 answeredCpu = -1;
    const QMetaObject::Connection answered = connect(
        m_network, &QNetworkAccessManager::finished, this, [this, &answeredNs, &answeredCpu](QNetworkReply* reply) {
            if (answeredNs < 0 && reply->url().path().endsWith(u"/auth/login"_s)) {
                answeredNs = m_stepStart.nsecsElapsed();
                answeredCpu = processCpuNsecs();
            }
        });
    beginStep();
    signIn->click();
    // What the click holds the UI thread for, until the login request is on its way.
    printStep("signin_click", m_stepStart.nsecsElapsed());
    const bool done = finishStep("signin", [this] {
        m_main = m_shell->mainWindow();
        if (!m_main || !m_main->isVisible())
            return false;
        const AccountsStore* store = m_main->accountsStore();
        m_accountId = store->currentAccountId();
        if (!store->isListLoaded() || m_accountId == 0 || !store->requisites(m_accountId))
            return false;
        m_accountNumber = store->currentAccount()->number;
        return pageReady(int(kBills));
    });
    const qint64 totalNs = m_stepStart.nsecsElapsed();
    const qint64 totalCpu = processCpuNsecs();
    disconnect(answered);
    if (done && answeredNs >= 0) {
        const bool cpuKnown = m_stepCpuStart >= 0;
        printStep("signin_login_request", answeredNs, cpuKnown ? answeredCpu - m_stepCpuStart : -1);
        printStep("signin_after_login_request", totalNs - answeredNs, cpuKnown ? totalCpu - answeredCpu : -1);
    }
    return done;
}

bool SessionBenchmark::switchTo(int row, const char* step) {
    QListView* list = m_main->sidebar()->listView();
    const QModelIndex index = list->model()->index(row, 0);
    m_accountId = index.data(AccountListModel::IdRole).toLongLong();
    m_accountNumber = index.data(AccountListModel::NumberRole).toString();
    const int page = m_main->accountView()->historyTab()->tabs()->currentIndex();
    beginStep();
    list->setCurrentIndex(index);
    return finishStep(step, [this, page] {
        const AccountsStore* store = m_main->accountsStore();
        return store->currentAccountId() == m_accountId && store->requisites(m_accountId) &&
               !store->isLoading(AccountsStore::Topic::Account, m_accountId) &&
               !store->isLoading(AccountsStore::Topic::Requisites, m_accountId) && pageReady(page);
    });
}

bool SessionBenchmark::openHistoryPage(int page, const char* step) {
    beginStep();
    m_main->accountView()->historyTab()->tabs()->setCurrentIndex(page);
    return finishStep(step, [this, page] { return pageReady(page); });
}

bool SessionBenchmark::widenToFiveYears(int page, const char* step) {
    HistoryTab* history = m_main->accountView()->historyTab();
    PeriodSelector* period = nullptr;
    if (auto* bills = qobject_cast<BillsPage*>(history->page(kBills)); bills && page == int(kBills))
        period = bills->periodSelector();
    else if (page == int(kReadings))
        period = m_main->readings()->historyPage()->periodSelector();
    else if (page == int(kPayments))
        period = m_main->payments()->paymentsPage()->periodSelector();
    if (!period)
        return false;
    // Sixty months through today: the longest range the period dialog accepts.
    const QDate today = period->today();
    const QDate from = QDate(today.year(), today.month(), 1).addMonths(-59);
    beginStep();
    if (!period->setCustomRange(from, today)) {
        std::fprintf(stderr, "bench: the period %s – %s was refused\n", qPrintable(from.toString(Qt::ISODate)),
                     qPrintable(today.toString(Qt::ISODate)));
        return false;
    }
    return finishStep(step, [this, page] { return pageReady(page); });
}

bool SessionBenchmark::printLatestBill() {
    auto* bills = qobject_cast<BillsPage*>(m_main->accountView()->historyTab()->page(kBills));
    const Bill* latest = bills && bills->model()->rowCount() > 0 ? bills->model()->billAt(0) : nullptr;
    if (!latest) {
        std::fprintf(stderr, "bench: the account %s has no bill to print\n", qPrintable(m_accountNumber));
        return false;
    }
    beginStep();
    QPointer<QPrintPreviewDialog> dialog = bills->printBill(latest->period);
    if (!dialog || !waitUntil([&dialog] { return dialog && dialog->isVisible(); }, "print_preview"))
        return false;
    dialog->repaint();
    printStep("print_preview", m_stepStart.nsecsElapsed());

    const QTemporaryDir dir;
    const QString pdf = dir.filePath(u"bill.pdf"_s);
    auto* printer = dialog->findChild<BillPrinter*>();
    beginStep();
    const bool saved = printer && printer->savePdf(pdf);
    const qint64 savedNs = m_stepStart.nsecsElapsed();
    if (!saved || QFile(pdf).size() == 0) {
        std::fprintf(stderr, "bench: the bill of %s was not saved as a PDF\n", qPrintable(m_accountNumber));
        return false;
    }
    printStep("print_pdf", savedNs);
    dialog->close();
    return waitUntil([&dialog] { return dialog.isNull(); }, "print_preview_closed");
}

bool SessionBenchmark::finishStep(const char* step, const std::function<bool()>& ready) {
    if (!waitUntil(ready, step))
        return false;
    m_main->repaint();
    printStep(step, m_stepStart.nsecsElapsed());
    return true;
}

bool SessionBenchmark::waitUntil(const std::function<bool()>& ready, const char* step) {
    QElapsedTimer waited;
    waited.start();
    // Wakes the loop every millisecond, so that the condition is seen without spinning.
    QTimer wake;
    wake.setTimerType(Qt::PreciseTimer);
    wake.start(1);
    while (!(ready() && networkIdle())) {
        if (waited.elapsed() > kStepTimeoutMs) {
            std::fprintf(stderr, "bench: %s did not finish within %d s (account %s%s)\n", step, kStepTimeoutMs / 1000,
                         qPrintable(m_accountNumber), networkIdle() ? "" : ", a request still running");
            return false;
        }
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

bool SessionBenchmark::networkIdle() const {
    const QList<QNetworkReply*> replies = m_network->findChildren<QNetworkReply*>(Qt::FindDirectChildrenOnly);
    return std::none_of(replies.cbegin(), replies.cend(), [](const QNetworkReply* r) { return r->isRunning(); });
}

bool SessionBenchmark::pageReady(int page) const {
    HistoryTab* history = m_main->accountView()->historyTab();
    if (history->tabs()->currentIndex() != page)
        return false;
    switch (HistoryTab::Page(page)) {
    case kBills: {
        auto* bills = qobject_cast<BillsPage*>(history->page(kBills));
        return bills && bills->accountId() == m_accountId && !bills->isLoading();
    }
    case kReadings: {
        const ReadingsHistoryPage* readings = m_main->readings()->historyPage();
        return readings->accountId() == m_accountId && !readings->loader()->isLoadingHistory() &&
               readings->loader()->historyAccountId() == m_accountId;
    }
    case kPayments: {
        const PaymentsPage* payments = m_main->payments()->paymentsPage();
        return payments->accountId() == m_accountId && !payments->isLoading();
    }
    }
    return false;
}

void SessionBenchmark::beginStep() {
    m_stepStart.start();
    m_stepCpuStart = processCpuNsecs();
}

void SessionBenchmark::printStep(const char* step, qint64 nsecs, std::optional<qint64> cpuNsecs) const {
    const qint64 cpu = cpuNsecs ? *cpuNsecs : m_stepCpuStart >= 0 ? processCpuNsecs() - m_stepCpuStart : -1;
    std::printf("LKK_BENCH %s %.1f %s cpu %.1f\n", step, double(nsecs) / 1e6,
                qPrintable(m_accountNumber.isEmpty() ? u"-"_s : m_accountNumber), double(cpu) / 1e6);
    std::fflush(stdout);
}

void printProcessMemory(const char* label) {
    QFile rollup(u"/proc/self/smaps_rollup"_s);
    if (!rollup.open(QIODevice::ReadOnly))
        return;
    qint64 rss = -1;
    qint64 pss = -1;
    for (const QByteArray& line : rollup.readAll().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() >= 2 && fields.at(0) == "Rss:")
            rss = fields.at(1).toLongLong();
        else if (fields.size() >= 2 && fields.at(0) == "Pss:")
            pss = fields.at(1).toLongLong();
    }
    std::printf("LKK_BENCH_MEMORY %s rss %lld pss %lld\n", label, static_cast<long long>(rss),
                static_cast<long long>(pss));
    std::fflush(stdout);
}

} // namespace lkk
