#pragma once

#include <QObject>
#include <QProcess>
#include <QUrl>

namespace lkk {

// The client's --demo: starts `lkk-server --demo` (found next to the client's executable) on a
// loopback port — the previous run's if it is free, so a remembered sign-in stays valid, else any —
// with its data in the user's data directory, waits for its ready line, and reports the URL and the
// dev CA to trust. The server stops when the client quits.
class DemoServerLauncher : public QObject {
    Q_OBJECT
public:
    explicit DemoServerLauncher(QObject* parent = nullptr);
    ~DemoServerLauncher() override; // stops the server

    void setServerBinary(const QString& path); // default: lkk-server beside the client
    void setDataDir(const QString& path);      // default: <AppDataLocation>/demo-server
    void start();
    void stop();

    QUrl url() const;
    QString caFile() const;
    QString demoEmail() const; // from the server's ready line
    QString demoPassword() const;
    // Where the demo server writes the mail it "sends" (.eml files: registration codes, password
    // recovery, receipts); empty until ready.
    QString mailDropDir() const;

signals:
    void ready(const QUrl& url, const QString& caFile);
    void failed(const QString& message); // with the server's last output

private:
    struct Private;
    Private* d;
};

} // namespace lkk
