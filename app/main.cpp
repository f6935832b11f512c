// The client's entry point: branding, command line, translations, theme; then AppShell decides
// which window to show. Everything else lives in lkk-core (app/) and lkk-ui (ui/).
#include "ui/AppShell.h"
#include "ui/LoginWindow.h"
#include "ui/SessionBenchmark.h"
#include "ui/Theme.h"
#include "ui/Translations.h"
#include "ui/operator/OperatorWindow.h"
#include "ui/operator/OperatorWorkspace.h"

#include "app/api/ApiClient.h"
#include "app/api/ServerEndpoint.h"
#include "app/core/SingleInstance.h"
#include "app/demo/DemoServerLauncher.h"
#include "app/session/CredentialStore.h"
#include "app/session/LoginController.h"
#include "app/session/ScreenPop.h"
#include "app/session/Session.h"
#include "app/settings/AppSettings.h"
#include "generated/branding.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QIcon>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QTimer>
#include <QWidget>

#include <cstdio>
#include <functional>
#include <memory>

#ifdef Q_OS_LINUX
#include <ctime>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace {

QElapsedTimer& mainTimer() {
    static QElapsedTimer timer;
    return timer;
}

// Milliseconds since the process started (including the dynamic loader's work before main), from
// /proc on Linux (10 ms resolution); elsewhere since main() began.
qint64 msSinceProcessStart() {
    qint64 ms = mainTimer().elapsed();
#ifdef Q_OS_LINUX
    QFile stat(u"/proc/self/stat"_s);
    if (stat.open(QIODevice::ReadOnly)) {
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        // Field 22 of stat(5) (starttime, in clock ticks since boot) is the 20th after the name.
        bool ok = false;
        const qint64 startTicks = fields.size() > 19 ? fields.at(19).toLongLong(&ok) : 0;
        timespec now{};
        const long ticksPerSecond = sysconf(_SC_CLK_TCK);
        if (ok && ticksPerSecond > 0 && clock_gettime(CLOCK_BOOTTIME, &now) == 0) {
            const qint64 nowMs = qint64(now.tv_sec) * 1000 + now.tv_nsec / 1000000;
            const qint64 fromProc = nowMs - startTicks * 1000 / ticksPerSecond;
            if (fromProc >= ms && fromProc < 600000)
                ms = fromProc;
        }
    }
#endif
    return ms;
}

// --bench-startup and --bench-bare-window: runs `then` once the watched window's first paint has
// been flushed to the screen.
class FirstPaintProbe : public QObject {
public:
    explicit FirstPaintProbe(std::function<void()> then)
        : m_then(std::move(then)) {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Paint && !m_fired) {
            m_fired = true;
            watched->removeEventFilter(this);
            QTimer::singleShot(0, qApp, m_then);
        }
        return false;
    }

private:
    std::function<void()> m_then;
    bool m_fired = false;
};

// The caller asked for by --find-caller or an lkk://caller link (docs/screen-pop.md): empty
// phone when none; an error for a malformed one or an argument that is neither.
lkk::CallerRequest callerFromCommandLine(const QCommandLineParser& parser, const QCommandLineOption& findCaller) {
    lkk::CallerRequest caller;
    if (parser.isSet(findCaller))
        caller = lkk::parseCallerPhone(parser.value(findCaller));
    for (const QString& argument : parser.positionalArguments()) {
        if (!caller.isValid())
            break;
        if (!caller.phone.isEmpty() || !lkk::looksLikeCallerLink(argument))
            return {{}, QCoreApplication::translate("main", "Unexpected argument \"%1\".").arg(argument)};
        caller = lkk::parseCallerLink(argument);
    }
    return caller;
}

} // namespace

int main(int argc, char* argv[]) {
    mainTimer().start();
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QLatin1StringView(lkk::branding::orgName));
    QCoreApplication::setOrganizationDomain(QLatin1StringView(lkk::branding::orgDomain));
    QCoreApplication::setApplicationName(QLatin1StringView(lkk::branding::appName));
    QCoreApplication::setApplicationVersion(QLatin1StringView(lkk::branding::version));
    QGuiApplication::setDesktopFileName(QLatin1StringView(lkk::branding::appId));
    QApplication::setWindowIcon(QIcon(u":/icons/logo.svg"_s));

    lkk::AppSettings settings;

    // The language first (a lenient pre-scan for --lang), so that --help is translated too.
    QString langArgument;
    {
        QCommandLineParser scan;
        scan.addOption(QCommandLineOption(u"lang"_s, QString(), u"lang"_s));
        scan.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
        scan.parse(QCoreApplication::arguments()); // errors are reported by the real parser below
        langArgument = scan.value(u"lang"_s);
    }
    if (!langArgument.isEmpty() && langArgument != u"ru"_s && langArgument != u"en"_s) {
        std::fprintf(
            stderr, "%s\n",
            qPrintable(
                QCoreApplication::translate("main", "Unknown language \"%1\": use ru or en.").arg(langArgument)));
        return 2;
    }
    const QString language =
        lkk::chooseLanguage(langArgument, settings.string(lkk::AppSettings::Key::Language), QLocale::system());
    QLocale::setDefault(language == u"en"_s ? QLocale(QLocale::English, QLocale::UnitedStates)
                                            : QLocale(QLocale::Russian, QLocale::Russia));
    lkk::installTranslations(language, &app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Personal cabinet of Tomskenergosbyt customers"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
        u"demo"_s, QCoreApplication::translate("main", "Start a local demo server and connect to it."));
    const QCommandLineOption serverOption(
        u"server"_s, QCoreApplication::translate("main", "Cabinet server address for this run."), u"URL"_s);
    const QCommandLineOption caOption(
        u"ca-file"_s, QCoreApplication::translate("main", "Additional CA certificate to trust for this run."),
        u"PATH"_s);
    const QCommandLineOption langOption(u"lang"_s, QCoreApplication::translate("main", "Interface language: ru or en."),
                                        u"ru|en"_s);
    const QCommandLineOption serverBinaryOption(
        u"server-binary"_s, QCoreApplication::translate("main", "lkk-server executable for --demo."), u"PATH"_s);
    const QCommandLineOption benchOption(
        u"bench-startup"_s,
        QCoreApplication::translate("main", "Print the start-up time once the login window is painted, then quit."));
    const QCommandLineOption benchSessionOption(
        u"bench-session"_s,
        QCoreApplication::translate("main", "Sign in as EMAIL (password in LKK_BENCH_PASSWORD), time each step of a "
                                            "walk through every account and history tab, then quit."),
        u"EMAIL"_s);
    const QCommandLineOption benchBareOption(
        u"bench-bare-window"_s,
        QCoreApplication::translate("main", "Print the memory of an empty window once it is painted, then quit."));
    const QCommandLineOption findCallerOption(
        u"find-caller"_s,
        QCoreApplication::translate("main", "Operators: find the caller with this phone number (in the running "
                                            "window when there is one)."),
        u"PHONE"_s);
    parser.addOptions({demoOption, serverOption, caOption, langOption, serverBinaryOption, benchOption,
                       benchSessionOption, benchBareOption, findCallerOption});
    parser.addPositionalArgument(u"link"_s,
                                 QCoreApplication::translate("main", "An lkk://caller?phone=PHONE link (the same "
                                                                     "as --find-caller PHONE)."),
                                 u"[lkk://caller?phone=PHONE]"_s);
    parser.process(app);

    const lkk::CallerRequest caller = callerFromCommandLine(parser, findCallerOption);
    if (!caller.isValid()) {
        std::fprintf(stderr, "%s\n", qPrintable(caller.error));
        return 2;
    }
    // One client per user: a second one hands its request to the running one and ends. The
    // benchmarks measure a client of their own.
    const bool benchmark =
        parser.isSet(benchOption) || parser.isSet(benchSessionOption) || parser.isSet(benchBareOption);
    lkk::SingleInstance instance;
    if (!benchmark) {
        if (instance.handOver(lkk::ScreenPop::encodeMessage(caller.phone)))
            return 0;
        if (!instance.listen())
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate("main", "Another lkk cannot hand its requests to this "
                                                                        "one: %1")
                                        .arg(instance.errorString())));
    }

    lkk::applyLightTheme(app);

    if (parser.isSet(benchBareOption)) {
        // The baseline of the session benchmark's memory: Qt and the theme, with nothing of ours on screen.
        QWidget bare;
        bare.resize(1180, 760);
        FirstPaintProbe painted([] {
            lkk::printProcessMemory("bare_window");
            QCoreApplication::quit();
        });
        bare.installEventFilter(&painted);
        bare.show();
        return app.exec();
    }

    if (parser.isSet(serverOption))
        settings.overrideForThisRun(lkk::AppSettings::Key::ServerUrl, parser.value(serverOption));
    if (parser.isSet(caOption))
        settings.overrideForThisRun(lkk::AppSettings::Key::ExtraCaFile, parser.value(caOption));

    QNetworkAccessManager network;
    lkk::ApiClient api(&network);
    api.setLanguage(language);
    lkk::Session session(&api);
    lkk::CredentialStore credentials{QLatin1StringView(lkk::branding::appId)};
    lkk::LoginController controller(&session, &credentials, &settings);
    lkk::AppShell shell(&settings, &session, &controller);
    lkk::LoginWindow* login = shell.loginWindow();

    // Screen pop: a request waits until an operator is signed in (docs/screen-pop.md). Queued, so
    // that the shell has made the signed-in window before a waiting request is handed on.
    lkk::ScreenPop screenPop;
    app.installEventFilter(&screenPop); // links opened by macOS arrive as events
    instance.setHandler([&screenPop](const QByteArray& message) { return screenPop.receiveMessage(message); });
    const auto followSession = [&screenPop, &session] {
        const QString role = session.user().role;
        screenPop.setOperatorSignedIn(session.isSignedIn() && (role == u"operator"_s || role == u"supervisor"_s));
    };
    QObject::connect(&controller, &lkk::LoginController::signedIn, &screenPop, followSession, Qt::QueuedConnection);
    QObject::connect(&controller, &lkk::LoginController::restoreFinished, &screenPop, followSession,
                     Qt::QueuedConnection);
    QObject::connect(&session, &lkk::Session::signedOut, &screenPop, followSession);
    QObject::connect(&session, &lkk::Session::expired, &screenPop, followSession);
    QObject::connect(&screenPop, &lkk::ScreenPop::activationRequested, &app, [] {
        for (QWidget* window : QApplication::topLevelWidgets()) {
            if (window->isVisible() && window->isWindow() && !window->isMinimized()) {
                window->raise();
                window->activateWindow();
            }
        }
    });
    QObject::connect(&screenPop, &lkk::ScreenPop::callerRequested, &shell, [&shell](const QString& phone) {
        if (lkk::OperatorWindow* window = shell.operatorWindow())
            window->workspace()->popCaller(phone);
    });
    if (!caller.phone.isEmpty())
        screenPop.request(caller.phone);

    FirstPaintProbe paintProbe([] {
        std::printf("LKK_STARTUP_MS %lld \n", static_cast<long long>(msSinceProcessStart()));
        std::fflush(stdout);
        QCoreApplication::quit();
    });
    if (parser.isSet(benchOption))
        login->installEventFilter(&paintProbe);
    // The system CAs are read while the login window is filled in, not on the click on «Войти»;
    // after its first paint, so that the reading does not slow the start down on a busy machine.
    FirstPaintProbe caPreload([] { lkk::ServerEndpoint::preloadSystemCaCertificates(); });
    if (!parser.isSet(benchOption))
        login->installEventFilter(&caPreload);

    if (parser.isSet(serverOption) || parser.isSet(caOption))
        login->setConnectionLocked(true,
                                   QCoreApplication::translate("main", "Given on the command line for this run."));

    std::unique_ptr<lkk::DemoServerLauncher> demo;
    std::unique_ptr<lkk::SessionBenchmark> sessionBenchmark;
    if (parser.isSet(demoOption) && !parser.isSet(benchOption)) {
        demo = std::make_unique<lkk::DemoServerLauncher>();
        if (parser.isSet(serverBinaryOption))
            demo->setServerBinary(parser.value(serverBinaryOption));
        QObject::connect(demo.get(), &lkk::DemoServerLauncher::ready, login,
                         [&settings, &shell, login, launcher = demo.get()](const QUrl& url, const QString& caFile) {
                             // The demo server's address and CA are for this run only, never saved.
                             settings.overrideForThisRun(lkk::AppSettings::Key::ServerUrl, url.toString());
                             settings.overrideForThisRun(lkk::AppSettings::Key::ExtraCaFile, caFile);
                             login->setConnectionLocked(
                                 true, QCoreApplication::translate("main", "Set by the demo mode for this run."));
                             login->setDemoCredentials(launcher->demoEmail(), launcher->demoPassword());
                             login->setPreparing({});
                             shell.start();
                         });
        QObject::connect(demo.get(), &lkk::DemoServerLauncher::failed, login, [login](const QString& message) {
            // The launcher's message already says what failed and carries the server's output.
            login->setPreparing({});
            login->showMessage(lkk::MessageBanner::Type::Error, message);
        });
        login->setPreparing(QCoreApplication::translate("main", "Starting the demo server…"));
        login->show();
        demo->start();
    } else if (parser.isSet(benchOption)) {
        // The benchmark measures the way to the login form, never a remembered sign-in's network trip.
        controller.probeKeychain();
        login->show();
    } else if (parser.isSet(benchSessionOption)) {
        // Signed in afresh through the login window: a remembered sign-in is not tried.
        controller.probeKeychain();
        login->show();
        sessionBenchmark = std::make_unique<lkk::SessionBenchmark>(&shell, &network, parser.value(benchSessionOption),
                                                                   qEnvironmentVariable("LKK_BENCH_PASSWORD"));
        sessionBenchmark->start();
    } else {
        shell.start();
    }

    return app.exec();
}
