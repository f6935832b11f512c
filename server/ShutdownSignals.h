#pragma once

#include <QObject>

class QSocketNotifier;

namespace lkk::server {

// SIGTERM/SIGINT -> requested() on the event loop (self-pipe trick: the handler only writes one
// byte to a socketpair), so the server stops listening and closes the database cleanly.
class ShutdownSignals : public QObject {
    Q_OBJECT
public:
    explicit ShutdownSignals(QObject* parent = nullptr);
    ~ShutdownSignals() override;

signals:
    void requested(int signalNumber);

private:
    void readSignal();
    QSocketNotifier* m_notifier = nullptr;
};

} // namespace lkk::server
