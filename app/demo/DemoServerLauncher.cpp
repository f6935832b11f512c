#include "app/demo/DemoServerLauncher.h"

#include "app/core/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTimer>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

using namespace Qt::StringLiterals;

namespace lkk {

namespace {
constexpr QByteArrayView readyMarker("LKK_SERVER_READY ");
constexpr int startTimeoutMs = 60000;
constexpr int outputTailBytes = 4000;
// The port of the previous run, kept in the data dir: a stable URL keeps the keychain entry of a
// remembered sign-in (its key names host:port) valid across restarts.
constexpr QLatin1StringView portFileName("client-port");

int previousPortIfFree(const QString& dataDir) {
    QFile file(QDir(dataDir).filePath(portFileName));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    bool ok = false;
    const int port = file.readAll().trimmed().toInt(&ok);
    if (!ok || port <= 1024 || port > 65535)
        return 0;
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, static_cast<quint16>(port)))
        return 0; // taken now: any free port will do
    return port;
}

void rememberPort(const QString& dataDir, int port) {
    QFile file(QDir(dataDir).filePath(portFileName));
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(QByteArray::number(port) + '\n');
}
} // namespace

struct DemoServerLauncher::Private {
    QProcess process;
    QString binary;
    QString dataDir;
    QByteArray output;
    qsizetype scanned = 0;
    bool isReady = false;
    bool stopping = false;
    QUrl url;
    QString caFile;
    QString demoEmail;
    QString mailDropDir;
    QString demoPassword;
    QTimer startTimer;
};

DemoServerLauncher::DemoServerLauncher(QObject* parent)
    : QObject(parent)
    , d(new Private) {
    d->startTimer.setSingleShot(true);
    d->process.setProcessChannelMode(QProcess::MergedChannels);
#ifdef Q_OS_LINUX
    // If the client dies without stopping the server (killed, crashed), the kernel stops the server
    // too: an orphan would keep the port, and the next demo run would get another one, which makes
    // a remembered sign-in (keyed by host:port) look like one for another server.
    d->process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif

    connect(&d->process, &QProcess::readyRead, this, [this] {
        d->output += d->process.readAll();
        if (d->isReady)
            return;
        const qsizetype at = d->output.indexOf(readyMarker, d->scanned > 0 ? d->scanned : 0);
        if (at < 0)
            return;
        const qsizetype end = d->output.indexOf('\n', at);
        if (end < 0)
            return;
        d->scanned = end;
        const QByteArray json = d->output.mid(at + readyMarker.size(), end - at - readyMarker.size()).trimmed();
        const QJsonObject line = QJsonDocument::fromJson(json).object();
        d->url = QUrl(line.value("url"_L1).toString());
        d->caFile = line.value("ca"_L1).toString();
        d->demoEmail = line.value("demoEmail"_L1).toString();
        d->demoPassword = line.value("demoPassword"_L1).toString();
        d->mailDropDir = line.value("mailDrop"_L1).toString();
        d->startTimer.stop();
        if (!d->url.isValid() || d->url.host().isEmpty()) {
            emit failed(tr("The demo server announced an unreadable address: %1").arg(QString::fromUtf8(json)));
            stop();
            return;
        }
        d->isReady = true;
        rememberPort(d->dataDir, d->url.port());
        qCInfo(lcDemo) << "demo server ready at" << d->url.toDisplayString();
        emit ready(d->url, d->caFile);
    });
    connect(&d->process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            d->startTimer.stop();
            emit failed(tr("Cannot start the demo server «%1»: %2").arg(d->binary, d->process.errorString()));
        }
    });
    connect(&d->process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        d->startTimer.stop();
        if (d->stopping)
            return;
        qCWarning(lcDemo) << "demo server exited" << exitCode << status;
        const QString tail = QString::fromUtf8(d->output.right(outputTailBytes)).trimmed();
        emit failed(d->isReady ? tr("The demo server stopped unexpectedly (exit code %1).\n%2").arg(exitCode).arg(tail)
                               : tr("The demo server could not start (exit code %1).\n%2").arg(exitCode).arg(tail));
    });
    connect(&d->startTimer, &QTimer::timeout, this, [this] {
        emit failed(tr("The demo server did not start within %n second(s).\n%1", nullptr, startTimeoutMs / 1000)
                        .arg(QString::fromUtf8(d->output.right(outputTailBytes)).trimmed()));
        stop();
    });
}

DemoServerLauncher::~DemoServerLauncher() {
    stop();
    delete d;
}

void DemoServerLauncher::setServerBinary(const QString& path) {
    d->binary = path;
}

void DemoServerLauncher::setDataDir(const QString& path) {
    d->dataDir = path;
}

void DemoServerLauncher::start() {
    if (d->process.state() != QProcess::NotRunning)
        return;
    if (d->binary.isEmpty())
        d->binary = QDir(QCoreApplication::applicationDirPath()).filePath(u"lkk-server"_s);
    if (d->dataDir.isEmpty())
        d->dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + "/demo-server"_L1;
    if (!QDir().mkpath(d->dataDir)) {
        QTimer::singleShot(0, this,
                           [this] { emit failed(tr("Cannot create the demo data folder «%1».").arg(d->dataDir)); });
        return;
    }
    d->output.clear();
    d->scanned = 0;
    d->isReady = false;
    d->stopping = false;
    d->url.clear();
    const QString port = QString::number(previousPortIfFree(d->dataDir));
    const QStringList args{u"--demo"_s, u"--listen"_s, u"127.0.0.1"_s, u"--port"_s, port, u"--data-dir"_s, d->dataDir};
    qCInfo(lcDemo) << "starting" << d->binary << args;
    d->startTimer.start(startTimeoutMs);
    d->process.start(d->binary, args);
}

void DemoServerLauncher::stop() {
    d->startTimer.stop();
    if (d->process.state() == QProcess::NotRunning)
        return;
    d->stopping = true;
    d->process.terminate();
    if (!d->process.waitForFinished(5000)) {
        d->process.kill();
        d->process.waitForFinished(2000);
    }
}

QUrl DemoServerLauncher::url() const {
    return d->url;
}

QString DemoServerLauncher::caFile() const {
    return d->caFile;
}

QString DemoServerLauncher::demoEmail() const {
    return d->demoEmail;
}

QString DemoServerLauncher::demoPassword() const {
    return d->demoPassword;
}

QString DemoServerLauncher::mailDropDir() const {
    return d->mailDropDir;
}

} // namespace lkk
