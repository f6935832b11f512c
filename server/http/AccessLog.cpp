#include "server/http/AccessLog.h"

#include <QJsonDocument>
#include <QJsonObject>

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
    QJsonObject o{{u"time"_s, r.time.toUTC().toString(Qt::ISODateWithMs)},
                  {u"requestId"_s, r.requestId},
                  {u"ip"_s, r.ip},
                  {u"method"_s, r.method},
                  {u"path"_s, r.path},
                  {u"status"_s, r.status},
                  {u"durationMs"_s, r.durationMs}};
    if (r.userId > 0)
        o.insert(u"userId"_s, r.userId);
    if (!r.errorCode.isEmpty())
        o.insert(u"error"_s, r.errorCode);
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

void AccessLog::write(const Record& record) {
    const QByteArray line = format(record);
    QMutexLocker lock(&m_mutex);
    if (m_enabled && m_file.isOpen())
        m_file.write(line);
}

} // namespace lkk::server
