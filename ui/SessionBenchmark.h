#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QWidget;

namespace lkk {

class AppShell;
class MainWindow;

// `lkk --bench-session EMAIL` (bench/client.sh): signs in through the login window and walks the
// main window as a person would: every account, each history tab at the default period and at the
// widest one (five years), the print preview and the PDF of each account's latest bill. Each step
// is timed from the action (a click, a tab, a period) until its data is in, the network is quiet
// and the window has been painted with it; one line per step on stdout, `LKK_BENCH <step> <ms>
// <account number> cpu <ms of the process's CPU time>`, then the process's memory (printProcessMemory), then the
// application quits (exit code 1 when a step did not finish within a minute).
class SessionBenchmark : public QObject {
public:
    SessionBenchmark(AppShell* shell, QNetworkAccessManager* network, QString email, QString password,
                     QObject* parent = nullptr);

    // Runs the walk once the event loop runs.
    void start();

private:
    void run();
    bool signIn();
    // Chooses the account in the sidebar, as a click on it does.
    bool switchTo(int row, const char* step);
    bool openHistoryPage(int page, const char* step);
    bool widenToFiveYears(int page, const char* step);
    bool printLatestBill();

    // Serves the event loop until `ready` holds and no request is in flight, then repaints the
    // main window (the window painted with the data) and prints the time since `m_stepStart`.
    bool finishStep(const char* step, const std::function<bool()>& ready);
    bool waitUntil(const std::function<bool()>& ready, const char* step);
    bool networkIdle() const;
    bool pageReady(int page) const;
    void beginStep();
    // The CPU time is the process's since the step began unless given.
    void printStep(const char* step, qint64 nsecs, std::optional<qint64> cpuNsecs = std::nullopt) const;

    AppShell* m_shell;
    QNetworkAccessManager* m_network;
    QString m_email;
    QString m_password;
    MainWindow* m_main = nullptr;
    qint64 m_accountId = 0;
    QString m_accountNumber;
    QElapsedTimer m_stepStart;
    qint64 m_stepCpuStart = -1; // the process's CPU time at the step's start, in ns
};

// `LKK_BENCH_MEMORY <label> rss <kB> pss <kB>` from /proc/self/smaps_rollup (Linux; nothing
// elsewhere): what the process holds now, its shared libraries' pages shared out (PSS) or not (RSS).
void printProcessMemory(const char* label);

} // namespace lkk
