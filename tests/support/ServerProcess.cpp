#include "tests/support/ServerProcess.h"

#include "tests/support/ChildProcess.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QProcessEnvironment>

namespace lkk::test {

namespace {
constexpr QLatin1StringView readyMarker("LKK_SERVER_READY ");
}

ServerProcess::~ServerProcess() {
    stop();
}

QString ServerProcess::binaryPath() {
    const QString fromEnv = qEnvironmentVariable("LKK_SERVER_BINARY");
    return fromEnv.isEmpty() ? QStringLiteral(LKK_SERVER_BINARY_PATH) : fromEnv;
}

QString ServerProcess::databaseUrlFromEnvironment() {
    return qEnvironmentVariable("LKK_TEST_DATABASE_URL");
}

bool ServerProcess::start(const Options& options, QString* error) {
    QStringList args{QStringLiteral("--data-dir"), options.dataDir,          QStringLiteral("--listen"),
                     QStringLiteral("127.0.0.1"),  QStringLiteral("--port"), QString::number(options.port)};
    if (options.demo)
        args << QStringLiteral("--demo");
    if (!options.databaseUrl.isEmpty())
        args << QStringLiteral("--db") << options.databaseUrl;
    args << options.extraArgs;

    m_output.clear();
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    endWithTest(m_process); // no orphan holding a port if the test aborts
    m_process.start(binaryPath(), args);
    if (!m_process.waitForStarted(10000)) {
        *error = QStringLiteral("cannot start %1: %2").arg(binaryPath(), m_process.errorString());
        return false;
    }
    // Sanitized builds hash passwords and create TLS keys slowly; a ready line normally comes in ~1 s,
    // but a fresh PostgreSQL database (migrations, demo data) on a loaded 2-core machine running
    // ctest -j2 beside other work has taken more than 30 s.
    QDeadlineTimer deadline(90000);
    while (!deadline.hasExpired()) {
        m_process.waitForReadyRead(200);
        m_output += m_process.readAll();
        const qsizetype at = m_output.indexOf(readyMarker.data());
        if (at >= 0) {
            const qsizetype end = m_output.indexOf('\n', at);
            if (end < 0)
                continue;
            const QByteArray json = m_output.mid(at + readyMarker.size(), end - at - readyMarker.size());
            const QJsonObject ready = QJsonDocument::fromJson(json).object();
            m_url = QUrl(ready.value(QLatin1String("url")).toString());
            m_ca = ready.value(QLatin1String("ca")).toString();
            m_mailDrop = ready.value(QLatin1String("mailDrop")).toString();
            if (m_url.isValid())
                return true;
            *error = QStringLiteral("unreadable ready line: ") + QString::fromUtf8(json);
            return false;
        }
        if (m_process.state() == QProcess::NotRunning)
            break;
    }
    *error = QStringLiteral("lkk-server did not become ready; it printed:\n") + QString::fromUtf8(m_output);
    stop();
    return false;
}

void ServerProcess::stop() {
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    m_output += m_process.readAll();
}

void ServerProcess::kill() {
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(10000);
    m_output += m_process.readAll();
}

bool ServerProcess::isRunning() const {
    return m_process.state() == QProcess::Running;
}

QByteArray ServerProcess::output() const {
    if (m_process.state() == QProcess::Running)
        m_output += m_process.readAll();
    return m_output;
}

} // namespace lkk::test
