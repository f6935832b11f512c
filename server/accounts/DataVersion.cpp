#include "server/accounts/DataVersion.h"

#include "server/accounts/AccountContext.h"
#include "server/accounts/TomskTime.h"
#include "server/db/PreparedQuery.h"

#include <QSqlError>
#include <QVariant>

namespace lkk::server::accounts {

using namespace Qt::StringLiterals;

namespace {

// Per linked account of the caller: its id, its data version, the last import and its payments
// in processing whose credit time has passed (billing_payments_credit_idx).
const QString kVersions =
    u"SELECT l.account_id, COALESCE(v.version, 0), (SELECT MAX(i.id) FROM billing_imports i), "
    u"(SELECT COUNT(*) FROM billing_payments p WHERE p.account_id = l.account_id AND p.status = 'processing' "
    u"AND p.credit_at <= ?) FROM account_links l LEFT JOIN account_versions v ON v.account_id = l.account_id "
    u"WHERE l.user_id = ?"_s;

// The rows of `q` (kVersions, executed) after the day: "day;account:version:import:credited;…".
Result<QByteArray> stampOf(QSqlQuery& q, qint64 nowMs) {
    QByteArray stamp = TomskTime::today(nowMs).toString(Qt::ISODate).toLatin1();
    while (q.next()) {
        for (int column = 0; column < 4; ++column) {
            stamp += column == 0 ? ';' : ':';
            stamp += QByteArray::number(q.value(column).toLongLong());
        }
    }
    if (q.lastError().isValid())
        return Failure::databaseUnavailable();
    return stamp;
}

// A customer reading their own cabinet. The operators' views of a caller's cabinet reuse the
// customers' routes (server/operator/CallerCabinet.h) and must run every time: each read writes
// its audit entry, which a 304 without the handler would skip.
bool customerOwn(const RequestContext& context) {
    return context.caller.role == Role::Customer && context.caller.operatorId == 0;
}

} // namespace

Result<std::optional<QByteArray>> DataVersion::ofAccount(RequestContext& context) {
    const qint64 accountId = parsePathId(context.arg(0));
    if (accountId <= 0 || !customerOwn(context))
        return std::optional<QByteArray>();
    PreparedQuery q(context.db, kVersions + u" AND l.account_id = ?"_s);
    q->addBindValue(context.nowMs);
    q->addBindValue(context.caller.userId);
    q->addBindValue(accountId);
    if (!q->exec())
        return Failure::databaseUnavailable();
    const auto stamp = stampOf(*q, context.nowMs);
    if (!stamp)
        return stamp.failure();
    if (!stamp->contains(';')) // no link: no row
        return std::optional<QByteArray>();
    context.linkedAccountId = accountId;
    return std::optional<QByteArray>(*stamp);
}

Result<std::optional<QByteArray>> DataVersion::ofLinkedAccounts(RequestContext& context) {
    if (!customerOwn(context))
        return std::optional<QByteArray>();
    PreparedQuery q(context.db, kVersions + u" ORDER BY l.account_id"_s);
    q->addBindValue(context.nowMs);
    q->addBindValue(context.caller.userId);
    if (!q->exec())
        return Failure::databaseUnavailable();
    const auto stamp = stampOf(*q, context.nowMs);
    if (!stamp)
        return stamp.failure();
    return std::optional<QByteArray>(*stamp);
}

} // namespace lkk::server::accounts
