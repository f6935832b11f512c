#include "server/operator/AuditTrail.h"

#include "server/accounts/TomskTime.h"
#include "server/db/PreparedQuery.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

Q_LOGGING_CATEGORY(lcAudit, "lkk.server.operator.audit")

namespace lkk::server::operators {

using namespace Qt::StringLiterals;

namespace {

QVariant idOrNull(qint64 id) {
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

Failure auditQueryFailed(const QSqlQuery& q) {
    qCWarning(lcAudit) << "query failed:" << q.lastError().text();
    return Failure::databaseUnavailable();
}

QString fullName(const QSqlQuery& q, int first) {
    QStringList parts;
    for (int i = first; i < first + 3; ++i) {
        const QString part = q.value(i).toString().trimmed();
        if (!part.isEmpty())
            parts << part;
    }
    return parts.join(u' ');
}

// The WHERE clause of a filter and its values in order.
QString where(const AuditTrail::Filter& f, QVariantList* values) {
    QStringList terms{u"t.at >= ?"_s, u"t.at < ?"_s};
    *values = {f.fromMs, f.toMs};
    if (f.operatorId > 0) {
        terms << u"t.operator_id = ?"_s;
        *values << f.operatorId;
    }
    if (f.customerId > 0) {
        terms << u"t.customer_id = ?"_s;
        *values << f.customerId;
    }
    return u" WHERE "_s + terms.join(u" AND "_s);
}

const QString kRowSelect =
    u"SELECT t.id, t.at, t.operator_id, o.surname, o.first_name, o.patronymic, o.email, t.customer_id, c.surname, "
    u"c.first_name, c.patronymic, t.account_id, a.number, t.action, t.reason, t.details, t.request_id "
    u"FROM operator_audit t LEFT JOIN users o ON o.id = t.operator_id LEFT JOIN users c ON c.id = t.customer_id "
    u"LEFT JOIN billing_accounts a ON a.id = t.account_id"_s;

AuditRow rowFrom(const QSqlQuery& q) {
    AuditRow r;
    r.id = q.value(0).toLongLong();
    r.at = q.value(1).toLongLong();
    r.operatorId = q.value(2).toLongLong();
    r.operatorName = fullName(q, 3);
    r.operatorEmail = q.value(6).toString();
    r.customerId = q.value(7).toLongLong();
    r.customerName = fullName(q, 8);
    r.accountId = q.value(11).toLongLong();
    r.accountNumber = q.value(12).toString();
    r.action = q.value(13).toString();
    r.reason = q.value(14).toString();
    r.details = QJsonDocument::fromJson(q.value(15).toString().toUtf8()).object();
    r.requestId = q.value(16).toString();
    return r;
}

QByteArray csvField(QString text) {
    // A cell that starts like a formula is shown as text (CSV injection).
    if (!text.isEmpty() && QStringView(u"=+-@\t\r").contains(text.front()))
        text.prepend(u'\'');
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r'))
        text = u'"' + text.replace(u"\""_s, u"\"\""_s) + u'"';
    return text.toUtf8();
}

} // namespace

Result<Done> AuditTrail::record(QSqlDatabase& db, const RequestContext& context, const AuditEntry& entry) {
    PreparedQuery q(db, u"INSERT INTO operator_audit (at, operator_id, customer_id, account_id, action, reason, "
                        u"details, request_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q->addBindValue(context.nowMs);
    q->addBindValue(entry.operatorId);
    q->addBindValue(idOrNull(entry.customerId));
    q->addBindValue(idOrNull(entry.accountId));
    q->addBindValue(entry.action);
    q->addBindValue(entry.reason.isNull() ? u""_s : entry.reason); // a null QString binds as NULL
    q->addBindValue(QString::fromUtf8(QJsonDocument(entry.details).toJson(QJsonDocument::Compact)));
    q->addBindValue(context.request.requestId);
    if (!q->exec())
        return auditQueryFailed(*q);
    return Done{};
}

Result<AuditTrail::Count> AuditTrail::count(QSqlDatabase& db, qint64 operatorId, const char* action, qint64 sinceMs) {
    PreparedQuery q(db,
                    u"SELECT COUNT(*), MIN(at) FROM operator_audit WHERE operator_id = ? AND action = ? AND at > ?"_s);
    q->addBindValue(operatorId);
    q->addBindValue(QString::fromLatin1(action));
    q->addBindValue(sinceMs);
    if (!q->exec() || !q->next())
        return auditQueryFailed(*q);
    return Count{q->value(0).toInt(), q->value(1).toLongLong()};
}

Result<AuditTrail::Customers> AuditTrail::customersRead(QSqlDatabase& db, qint64 operatorId, qint64 sinceMs,
                                                        qint64 customerId) {
    PreparedQuery q(db, u"SELECT COUNT(DISTINCT customer_id), MAX(CASE WHEN customer_id = ? THEN 1 ELSE 0 END), "
                        u"MIN(at) FROM operator_audit WHERE operator_id = ? AND action IN (?, ?, ?) AND at > ?"_s);
    q->addBindValue(customerId);
    q->addBindValue(operatorId);
    for (const char* read : {action::cabinetOpen, action::readingsView, action::cabinetView})
        q->addBindValue(QString::fromLatin1(read));
    q->addBindValue(sinceMs);
    if (!q->exec() || !q->next())
        return auditQueryFailed(*q);
    return Customers{q->value(0).toInt(), q->value(1).toInt() == 1, q->value(2).toLongLong()};
}

Result<QList<AuditRow>> AuditTrail::rows(QSqlDatabase& db, const Filter& filter, int* total) {
    QVariantList values;
    const QString condition = where(filter, &values);
    QSqlQuery q(db);
    q.prepare(u"SELECT COUNT(*) FROM operator_audit t"_s + condition);
    for (const QVariant& v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return auditQueryFailed(q);
    *total = q.value(0).toInt();
    q.prepare(kRowSelect + condition + u" ORDER BY t.at DESC, t.id DESC LIMIT ? OFFSET ?"_s);
    for (const QVariant& v : std::as_const(values))
        q.addBindValue(v);
    q.addBindValue(filter.limit);
    q.addBindValue(filter.offset);
    if (!q.exec())
        return auditQueryFailed(q);
    QList<AuditRow> rows;
    while (q.next())
        rows << rowFrom(q);
    return rows;
}

qint64 AuditTrail::exportCsv(QSqlDatabase& db, qint64 fromMs, qint64 toMs, QIODevice& out) {
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(kRowSelect + u" WHERE t.at >= ? AND t.at < ? ORDER BY t.id"_s);
    q.addBindValue(fromMs);
    q.addBindValue(toMs);
    if (!q.exec()) {
        auditQueryFailed(q);
        return -1;
    }
    out.write("id,at,operator_id,operator_email,customer_id,account_number,action,reason,details,request_id\r\n");
    qint64 written = 0;
    while (q.next()) {
        const AuditRow r = rowFrom(q);
        const QList<QByteArray> fields{
            QByteArray::number(r.id),
            accounts::TomskTime::isoUtc(r.at).toUtf8(),
            QByteArray::number(r.operatorId),
            csvField(r.operatorEmail),
            r.customerId > 0 ? QByteArray::number(r.customerId) : QByteArray(),
            csvField(r.accountNumber),
            csvField(r.action),
            csvField(r.reason),
            csvField(QString::fromUtf8(QJsonDocument(r.details).toJson(QJsonDocument::Compact))),
            csvField(r.requestId)};
        out.write(fields.join(',') + "\r\n");
        ++written;
    }
    if (q.lastError().isValid()) {
        auditQueryFailed(q);
        return -1;
    }
    return written;
}

} // namespace lkk::server::operators
