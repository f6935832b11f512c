#include "server/http/AccessLog.h"

#include "server/http/JsonWriter.h"

namespace lkk::server {

using namespace Qt::StringLiterals;

bool AccessLog::open(const QString& target, QString* error) {
    QMutexLocker lock(&m_mutex);
    if (target == u"off") {
        m_enabled = false;
        return true;
    }
    m_enabled = true;
    if (target.isEmpty() || target == u"-")
        return m_file.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);
    m_file.setFileName(target);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered)) {
        *error = QStringLiteral("cannot open access log %1: %2").arg(target, m_file.errorString());
        return false;
    }
    return true;
}

QByteArray AccessLog::format(const Record& r) {
    // Written straight into bytes (a QJsonObject and QJsonDocument per line cost every request
    // several microseconds); the members in the order QJsonDocument gave them, by name.
    JsonWriter line;
    line.beginObject();
    line.key("durationMs"_L1).value(r.durationMs);
    if (!r.errorCode.isEmpty())
        line.key("error"_L1).value(r.errorCode);
    line.key("ip"_L1).value(r.ip);
    line.key("method"_L1).value(r.method);
    line.key("path"_L1).value(r.path);
    line.key("requestId"_L1).value(r.requestId);
    line.key("status"_L1).value(qint64(r.status));
    line.key("time"_L1).value(r.time.toUTC().toString(Qt::ISODateWithMs));
    if (r.userId > 0)
        line.key("userId"_L1).value(r.userId);
    line.endObject();
    return line.take() + '\n';
}

void AccessLog::write(const Record& record) {
    const QByteArray line = format(record);
    QMutexLocker lock(&m_mutex);
    if (m_enabled && m_file.isOpen())
        m_file.write(line);
}

} // namespace lkk::server
