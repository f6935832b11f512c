#pragma once

// One tests/support/smtp_sink.py process (aiosmtpd) and its inbox, for the tests that let
// lkk-server deliver over real SMTP. The test target defines LKK_TEST_SUPPORT_DIR.
#include "tests/support/ChildProcess.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

namespace lkk::test {

inline const QString kPython = QStringLiteral("/usr/bin/python3");

class SmtpSink {
public:
    SmtpSink() = default;
    SmtpSink(const SmtpSink&) = delete;
    SmtpSink& operator=(const SmtpSink&) = delete;

    // options: smtp_sink.py's (--port, --delay, --tls, --auth).
    bool start(const QStringList& options, QString* error) {
        endWithTest(m_process);
        m_process.start(kPython,
                        QStringList{QStringLiteral(LKK_TEST_SUPPORT_DIR "/smtp_sink.py"), m_inbox.path()} + options);
        if (!m_process.waitForStarted() || !QTest::qWaitFor([&] { return m_process.canReadLine(); }, 20000)) {
            *error =
                QStringLiteral("smtp_sink.py did not start: ") + QString::fromUtf8(m_process.readAllStandardError());
            return false;
        }
        const QByteArray line = m_process.readLine().trimmed();
        if (!line.startsWith("SMTP_SINK_READY ")) {
            *error = QString::fromUtf8(line);
            return false;
        }
        m_port = QString::fromLatin1(line.mid(16));
        return true;
    }
    ~SmtpSink() {
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
    }
    QString url() const { return QStringLiteral("smtp://127.0.0.1:") + m_port; }
    QStringList mails() const {
        return QDir(m_inbox.path()).entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name);
    }
    QByteArray mail(const QString& name) const {
        QFile f(QDir(m_inbox.path()).filePath(name));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private:
    QTemporaryDir m_inbox;
    QProcess m_process;
    QString m_port;
};

} // namespace lkk::test
