#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace lkk::test {

// Runs the real lkk-server binary as a child process on a free loopback port, for integration
// tests. The binary announces itself on stdout with one line:
//   LKK_SERVER_READY {"url":"https://127.0.0.1:PORT","ca":"/abs/ca.crt","mailDrop":"/abs/mail"}
class ServerProcess {
public:
    struct Options {
        QString dataDir;       // required: a fresh temporary directory per test
        QString databaseUrl;   // empty = SQLite in dataDir; else e.g. postgresql://u:p@127.0.0.1:5432/db
        bool demo = true;      // --demo: dev CA + cert in dataDir, demo customer seeded
        QStringList extraArgs; // e.g. {"--environment", "test", "--test-expose-captcha"}
        int port = 0;          // 0 = a free port; a restarted server can take its old one back
    };

    ServerProcess() = default;
    ~ServerProcess();
    ServerProcess(const ServerProcess&) = delete;
    ServerProcess& operator=(const ServerProcess&) = delete;

    // Starts the server and waits (up to 90 s) for its ready line. On failure returns false and
    // puts the server's output in *error.
    bool start(const Options& options, QString* error);
    void stop(); // SIGTERM, wait, SIGKILL if it hangs
    void kill(); // SIGKILL at once, as a crash would end it
    bool isRunning() const;
    qint64 processId() const { return m_process.processId(); } // 0 when not running

    QUrl url() const { return m_url; }
    QString caFile() const { return m_ca; }
    QString mailDrop() const { return m_mailDrop; }
    QByteArray output() const; // everything the server printed so far (stdout + stderr)

    // The database the suite runs against: env LKK_TEST_DATABASE_URL if set (the PostgreSQL run),
    // otherwise empty (SQLite).
    static QString databaseUrlFromEnvironment();
    static QString binaryPath();

private:
    // Mutable: output() collects what the server printed since the last look.
    mutable QProcess m_process;
    mutable QByteArray m_output;
    QUrl m_url;
    QString m_ca;
    QString m_mailDrop;
};

} // namespace lkk::test
