#include "server/accounts/DataVersion.h"

#include "server/accounts/AccountContext.h"
#include "server/accounts/TomskTime.h"
#include "server/auth/TokenService.h"
#include "server/db/RowReader.h"

namespace lkk::server::accounts {

using namespace Qt::StringLiterals;

namespace {

// Per linked account of the caller, on the token's session row: its id, its data version, the last
// import and its payments in processing whose credit time has passed (billing_payments_credit_idx).
// A caller without a link gets the session's row with NULLs here.
const QString kColumns =
    u", l.account_id, COALESCE(v.version, 0), (SELECT MAX(i.id) FROM billing_imports i), "
    u"(SELECT COUNT(*) FROM billing_payments p WHERE p.account_id = l.account_id AND p.status = 'processing' "
    u"AND p.credit_at <= ?)"_s;

QString linkJoins(const QString& linkCondition) {
    return u" LEFT JOIN account_links l ON l.user_id = s.user_id"_s + linkCondition +
           u" LEFT JOIN account_versions v ON v.account_id = l.account_id"_s;
}

// The rows from `first` on (kColumns) after the day: "day;account:version:import:credited;…".
Result<QByteArray> stampOf(RowReader& q, int first, qint64 nowMs) {
    QByteArray stamp = TomskTime::today(nowMs).toString(Qt::ISODate).toLatin1();
    do {
        if (q.isNull(first)) // the session's row of a caller without a link
            continue;
        for (int column = 0; column < 4; ++column) {
            stamp += column == 0 ? ';' : ':';
            stamp += QByteArray::number(q.integer(first + column));
        }
    } while (q.next());
    if (q.failed())
        return Failure::databaseUnavailable();
    return stamp;
}

// A customer reading their own cabinet. The operators' views of a caller's cabinet reuse the
// customers' routes (server/operator/CallerCabinet.h) and must run every time: each read writes
// its audit entry, which a 304 without the handler would skip.
bool customerOwn(const RequestContext& context) {
    return context.caller.role == Role::Customer && context.caller.operatorId == 0;
}

const QString& accountStatement() {
    static const QString sql = TokenService::riderStatement(kColumns, linkJoins(u" AND l.account_id = ?"_s), {});
    return sql;
}

void bindAccount(RowReader& q, const RequestContext& context) {
    q.bind(context.nowMs);
    q.bind(parsePathId(context.arg(0))); // 0 when it is no id: no link has it
}

Result<std::optional<QByteArray>> readAccount(RowReader& q, int first, RequestContext& context) {
    if (!customerOwn(context))
        return std::optional<QByteArray>();
    const auto stamp = stampOf(q, first, context.nowMs);
    if (!stamp)
        return stamp.failure();
    if (!stamp->contains(';')) // no link
        return std::optional<QByteArray>();
    context.linkedAccountId = parsePathId(context.arg(0));
    return std::optional<QByteArray>(*stamp);
}

const QString& linkedAccountsStatement() {
    static const QString sql = TokenService::riderStatement(kColumns, linkJoins({}), u" ORDER BY l.account_id"_s);
    return sql;
}

void bindLinkedAccounts(RowReader& q, const RequestContext& context) {
    q.bind(context.nowMs);
}

Result<std::optional<QByteArray>> readLinkedAccounts(RowReader& q, int first, RequestContext& context) {
    if (!customerOwn(context))
        return std::optional<QByteArray>();
    const auto stamp = stampOf(q, first, context.nowMs);
    if (!stamp)
        return stamp.failure();
    return std::optional<QByteArray>(*stamp);
}

} // namespace

const DataStamp DataVersion::ofAccount{&accountStatement, &bindAccount, &readAccount};
const DataStamp DataVersion::ofLinkedAccounts{&linkedAccountsStatement, &bindLinkedAccounts, &readLinkedAccounts};

} // namespace lkk::server::accounts
