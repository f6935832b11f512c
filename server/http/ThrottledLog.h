#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QString>
#include <QTimer>

namespace lkk::server {

// Warnings about events that come in floods (refused connections, failed handshakes): each kind
// is logged at most once per interval — the first at once with its detail, the rest of the
// interval as one line with their count — so that an attack cannot flood the log.
class ThrottledLog : public QObject {
    Q_OBJECT
public:
    explicit ThrottledLog(int intervalMs, QObject* parent = nullptr);
    void note(const QString& kind, const QString& detail);
    int intervalMs() const { return m_intervalMs; }

private:
    struct Kind {
        QElapsedTimer lastLogged;
        int suppressed = 0;
    };
    void flush();

    int m_intervalMs;
    QHash<QString, Kind> m_kinds;
    QTimer m_flush;
};

} // namespace lkk::server
