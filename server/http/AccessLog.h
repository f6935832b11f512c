#pragma once

#include <QDateTime>
#include <QFile>
#include <QMutex>
#include <QString>

namespace lkk::server {

// One JSON line per request: time, request id, client ip, method, path (no query string), status,
// duration in ms, user id. Never bodies, headers, tokens or passwords.
class AccessLog {
public:
    struct Record {
        QDateTime time;
        QString requestId;
        QString ip;
        QString method;
        QString path;
        int status = 0;
        qint64 durationMs = 0;
        qint64 userId = 0; // 0 = anonymous
        QString errorCode;
    };

    // target: "" or "-" = stderr, "off" = discard, else a file opened for appending.
    bool open(const QString& target, QString* error);
    void write(const Record& record);
    static QByteArray format(const Record& record);

private:
    QMutex m_mutex;
    QFile m_file;
    bool m_enabled = true;
};

} // namespace lkk::server
