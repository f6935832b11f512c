#include "server/operator/OperatorLimits.h"

#include "server/accounts/TomskTime.h"
#include "server/db/WriteTransaction.h"
#include "server/operator/AuditTrail.h"
#include "shared/ErrorCodes.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcOperatorLimits, "lkk.server.operator.limits")

namespace lkk::server::operators {

using namespace Qt::StringLiterals;

namespace {

Failure refusal(const RequestContext& context, const QString& limit, int max, qint64 oldestAt, qint64 windowMs) {
    const qint64 retryAt = std::max(oldestAt + windowMs, context.nowMs + 1000);
    const qint64 seconds = (retryAt - context.nowMs + 999) / 1000;
    return Failure::of(429, errc::operatorLimitReached, {}, {},
                       {{u"limit"_s, limit}, {u"max"_s, max}, {u"retryAt"_s, accounts::TomskTime::isoUtc(retryAt)}})
        .withHeader("Retry-After", QByteArray::number(seconds));
}

} // namespace

Result<std::optional<Failure>> OperatorLimits::searches(RequestContext& context) const {
    const auto made =
        AuditTrail::count(context.db, context.caller.userId, action::search, context.nowMs - searchWindowMs);
    if (!made)
        return made.failure();
    if (made->entries < m_options.searchesPerMinute)
        return std::optional<Failure>();
    return std::optional<Failure>(
        refusal(context, u"searches"_s, m_options.searchesPerMinute, made->oldestAt, searchWindowMs));
}

Result<std::optional<Failure>> OperatorLimits::cabinets(RequestContext& context, qint64 customerId) const {
    const auto opened =
        AuditTrail::customersRead(context.db, context.caller.userId, context.nowMs - cabinetWindowMs, customerId);
    if (!opened)
        return opened.failure();
    if (opened->includes || opened->distinct < m_options.cabinetsPerHour)
        return std::optional<Failure>();
    return std::optional<Failure>(
        refusal(context, u"cabinets"_s, m_options.cabinetsPerHour, opened->oldestAt, cabinetWindowMs));
}

void OperatorLimits::report(Database& database, RequestContext& context, const Failure& refusal) {
    const QString limit = refusal.details.value(u"limit"_s).toString();
    qCWarning(lcOperatorLimits).noquote() << "operator" << context.caller.userId << "refused: over the limit of"
                                          << limit << "request" << context.request.requestId;
    WriteTransaction transaction(database, context.db);
    if (!transaction.begun() || !transaction.lock(u"users"_s, context.caller.userId))
        return;
    const auto recent =
        AuditTrail::count(context.db, context.caller.userId, action::limitExceeded, context.nowMs - searchWindowMs);
    if (!recent || recent->entries > 0)
        return;
    AuditEntry entry;
    entry.operatorId = context.caller.userId;
    entry.action = QString::fromLatin1(action::limitExceeded);
    entry.details = {{u"limit"_s, limit}, {u"max"_s, refusal.details.value(u"max"_s)}};
    if (AuditTrail::record(context.db, context, entry))
        transaction.commit();
}

} // namespace lkk::server::operators
