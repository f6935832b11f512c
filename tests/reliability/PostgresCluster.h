#pragma once

// A PostgreSQL cluster of the test's own, for the faults that stop the database: the suite's
// shared server (LKK_TEST_DATABASE_URL) must keep running for the other tests. initdb in a
// temporary directory, then `postgres` as a child process on a free port, stopped and started
// again at will on that port. Run as root, it runs as the postgres user (PostgreSQL refuses root).
// Like every process a test starts, it dies with the test however the test ends.
#include <QDir>
#include <QHostAddress>
#include <QProcess>
#include <QString>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <csignal>
#include <grp.h>
#include <pwd.h>
#include <sys/prctl.h>
#include <unistd.h>

namespace lkk::test {

class PostgresCluster {
public:
    enum class Stop { Fast, Immediate }; // SIGINT: sessions ended, a clean stop; SIGQUIT: as a crash

    PostgresCluster() = default;
    PostgresCluster(const PostgresCluster&) = delete;
    PostgresCluster& operator=(const PostgresCluster&) = delete;
    ~PostgresCluster() { stop(Stop::Immediate); }

    // The newest installed PostgreSQL's programs, or empty.
    static QString binDir() {
        QStringList versions = QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        std::sort(versions.begin(), versions.end(),
                  [](const QString& a, const QString& b) { return a.toInt() < b.toInt(); });
        const QString bin =
            versions.isEmpty() ? QString() : QStringLiteral("/usr/lib/postgresql/%1/bin").arg(versions.last());
        return QFile::exists(bin + QStringLiteral("/postgres")) ? bin : QString();
    }

    bool create(QString* error) {
        if (binDir().isEmpty()) {
            *error = QStringLiteral("PostgreSQL is not installed (/usr/lib/postgresql/*/bin/postgres)");
            return false;
        }
        if (::getuid() == 0) {
            const passwd* pg = ::getpwnam("postgres");
            if (!pg) {
                *error = QStringLiteral("running as root, but there is no postgres user");
                return false;
            }
            m_uid = pg->pw_uid;
            m_gid = pg->pw_gid;
            if (::chown(QFile::encodeName(m_dir.path()).constData(), m_uid, m_gid) != 0) {
                *error = QStringLiteral("cannot give %1 to the postgres user").arg(m_dir.path());
                return false;
            }
        }
        QFile pw(m_dir.filePath(QStringLiteral("pw")));
        if (!pw.open(QIODevice::WriteOnly) || pw.write("app-pw\n") < 0)
            return fail(error, QStringLiteral("cannot write the password file"));
        pw.close();
        if (m_uid != 0 && ::chown(QFile::encodeName(pw.fileName()).constData(), m_uid, m_gid) != 0)
            return fail(error, QStringLiteral("cannot give the password file to the postgres user"));
        QProcess initdb;
        initdb.setProcessChannelMode(QProcess::MergedChannels);
        runAsOwner(initdb);
        initdb.start(binDir() + QStringLiteral("/initdb"),
                     {QStringLiteral("-D"), dataDir(), QStringLiteral("-U"), QStringLiteral("app"),
                      QStringLiteral("--pwfile=") + pw.fileName(), QStringLiteral("--auth-local=trust"),
                      QStringLiteral("--auth-host=scram-sha-256"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                      QStringLiteral("--locale=C.UTF-8"), QStringLiteral("--no-sync")});
        if (!initdb.waitForFinished(120000) || initdb.exitCode() != 0)
            return fail(error, QStringLiteral("initdb failed: ") + QString::fromUtf8(initdb.readAll()));
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost))
            return fail(error, QStringLiteral("no free port"));
        m_port = probe.serverPort();
        return true;
    }

    // Starts the cluster (again) on its port and waits until it accepts connections.
    bool start(QString* error) {
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        runAsOwner(m_process);
        m_process.start(binDir() + QStringLiteral("/postgres"),
                        {QStringLiteral("-D"), dataDir(), QStringLiteral("-p"), QString::number(m_port),
                         QStringLiteral("-c"), QStringLiteral("listen_addresses=127.0.0.1"), QStringLiteral("-c"),
                         QStringLiteral("unix_socket_directories=") + m_dir.path(), QStringLiteral("-c"),
                         QStringLiteral("fsync=off"), QStringLiteral("-c"), QStringLiteral("full_page_writes=off"),
                         QStringLiteral("-c"), QStringLiteral("max_connections=100")});
        if (!m_process.waitForStarted(10000))
            return fail(error, QStringLiteral("cannot start postgres: ") + m_process.errorString());
        const bool ready = QTest::qWaitFor(
            [&] {
                if (m_process.state() != QProcess::Running)
                    return true;
                return QProcess::execute(binDir() + QStringLiteral("/pg_isready"),
                                         {QStringLiteral("-q"), QStringLiteral("-h"), QStringLiteral("127.0.0.1"),
                                          QStringLiteral("-p"), QString::number(m_port)}) == 0;
            },
            90000);
        if (!ready || m_process.state() != QProcess::Running)
            return fail(error,
                        QStringLiteral("postgres did not become ready: ") + QString::fromUtf8(m_process.readAll()));
        return true;
    }

    void stop(Stop how) {
        if (m_process.state() == QProcess::NotRunning)
            return;
        ::kill(pid_t(m_process.processId()), how == Stop::Fast ? SIGINT : SIGQUIT);
        if (!m_process.waitForFinished(60000)) {
            m_process.kill();
            m_process.waitForFinished(10000);
        }
        m_process.readAll();
    }

    QString url() const { return QStringLiteral("postgresql://app:app-pw@127.0.0.1:%1/postgres").arg(m_port); }

private:
    static bool fail(QString* error, const QString& why) {
        *error = why;
        return false;
    }
    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }

    // As the postgres user when the test is root; and ended by the kernel with the test (the
    // parent-death signal is armed after the change of user, which would clear it).
    void runAsOwner(QProcess& process) const {
        const uid_t uid = m_uid;
        const gid_t gid = m_gid;
        const pid_t test = ::getpid();
        process.setChildProcessModifier([uid, gid, test] {
            if (uid != 0 && (::setgroups(0, nullptr) != 0 || ::setgid(gid) != 0 || ::setuid(uid) != 0))
                ::_exit(1);
            ::prctl(PR_SET_PDEATHSIG, SIGKILL);
            if (::getppid() != test)
                ::_exit(1);
        });
    }

    QTemporaryDir m_dir;
    QProcess m_process;
    uid_t m_uid = 0;
    gid_t m_gid = 0;
    quint16 m_port = 0;
};

} // namespace lkk::test
