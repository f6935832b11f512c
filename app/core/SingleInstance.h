#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <chrono>
#include <functional>

class QLocalServer;

namespace lkk {

// One running client per user: the first `lkk` listens on a local socket (a Unix socket in the
// user's runtime directory, a named pipe on Windows) whose name is the user's own; a later one
// hands its request (one line) to it and ends. A socket left behind by a crashed client is
// detected (nobody answers on it) and taken over. docs/screen-pop.md describes it for integrators.
class SingleInstance : public QObject {
    Q_OBJECT
public:
    // `name` empty: defaultName().
    explicit SingleInstance(const QString& name = {}, QObject* parent = nullptr);
    ~SingleInstance() override;

    // The user's socket name: LKK_INSTANCE_NAME when set (separate instances, tests), else one
    // made from the application id and the user (a full path in XDG_RUNTIME_DIR when there is one).
    static QString defaultName();
    QString name() const { return m_name; }

    // Sends `message` to the running client and waits (blocking, before the event loop runs) for
    // its acknowledgement; false when no client runs or it did not acknowledge in time.
    bool handOver(const QByteArray& message, std::chrono::milliseconds timeout = std::chrono::seconds(5)) const;
    // Becomes the running client; false (with errorString()) when the socket cannot be made.
    bool listen();
    bool isListening() const;
    QString errorString() const;

    // Called with each line another process sends; its answer is what the sender is told
    // (acknowledged or refused).
    void setHandler(std::function<bool(const QByteArray&)> handler) { m_handler = std::move(handler); }

private:
    void onNewConnection();
    bool restrictToUser();

    QString m_name;
    QLocalServer* m_server;
    std::function<bool(const QByteArray&)> m_handler;
};

} // namespace lkk
