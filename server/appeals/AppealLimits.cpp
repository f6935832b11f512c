#include "server/appeals/AppealLimits.h"

#include "server/accounts/TomskTime.h"
#include "server/appeals/AppealMessages.h"
#include "server/appeals/AppealStore.h"
#include "shared/ErrorCodes.h"

namespace lkk::server::appeals {

using namespace Qt::StringLiterals;
using accounts::TomskTime;

namespace {

// Done, or the 429 naming when the oldest counted event leaves the window.
Result<Done> check(const Result<QList<qint64>>& times, int max, qint64 nowMs, const char* code,
                   QString (*message)(const QString&, Language), Language language) {
    if (!times)
        return times.failure();
    if (times->size() < max)
        return Done{};
    const qint64 retryAt = times->at(times->size() - max) + AppealLimits::windowMs;
    const qint64 seconds = qMax<qint64>(1, (retryAt - nowMs + 999) / 1000);
    const qint64 nextMinute = (retryAt + 59'999) / 60'000 * 60'000; // "after 21:05" must not be too early
    return Failure::of(429, code, {}, message(TomskTime::display(nextMinute), language),
                       QJsonObject{{u"max"_s, max}, {u"retryAt"_s, TomskTime::isoUtc(retryAt)}})
        .withHeader("Retry-After", QByteArray::number(seconds));
}

Result<int> left(const Result<QList<qint64>>& times, int max) {
    if (!times)
        return times.failure();
    return qMax(0, max - int(times->size()));
}

} // namespace

Result<Done> AppealLimits::checkAppeal(QSqlDatabase& db, qint64 userId, qint64 nowMs, Language language) {
    return check(AppealStore::appealTimes(db, userId, nowMs - windowMs), rules::appeals::appealsPerDay, nowMs,
                 errc::appealLimitReached, &AppealMessages::appealLimit, language);
}

Result<Done> AppealLimits::checkMessage(QSqlDatabase& db, qint64 userId, qint64 nowMs, Language language) {
    return check(AppealStore::replyTimes(db, userId, nowMs - windowMs), rules::appeals::messagesPerDay, nowMs,
                 errc::messageLimitReached, &AppealMessages::messageLimit, language);
}

Result<int> AppealLimits::appealsLeft(QSqlDatabase& db, qint64 userId, qint64 nowMs) {
    return left(AppealStore::appealTimes(db, userId, nowMs - windowMs), rules::appeals::appealsPerDay);
}

Result<int> AppealLimits::messagesLeft(QSqlDatabase& db, qint64 userId, qint64 nowMs) {
    return left(AppealStore::replyTimes(db, userId, nowMs - windowMs), rules::appeals::messagesPerDay);
}

} // namespace lkk::server::appeals
