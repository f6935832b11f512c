#include "server/operator/OperatorApi.h"

#include "server/accounts/AccountContext.h"
#include "server/accounts/AccountsService.h"
#include "server/accounts/TomskTime.h"
#include "server/db/WriteTransaction.h"
#include "server/operator/CallerCabinet.h"
#include "server/operator/CallerQuery.h"
#include "server/operator/CallerRequest.h"
#include "server/operator/CallerSearch.h"
#include "server/operator/OperatorMessages.h"
#include "server/operator/OperatorRules.h"
#include "server/readings/ReadingsStore.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace lkk::server::operators {

using namespace Qt::StringLiterals;
using accounts::AccountsService;

namespace {

Failure badParameter(const QString& name, Language language) {
    return Failure::invalid(name, OperatorMessages::text(OperatorMessages::Text::ParameterInvalid, language));
}

// A query parameter that is a whole number within [min, max]; `fallback` when absent.
Result<qint64> integerParameter(const QUrlQuery& query, const QString& name, qint64 min, qint64 max, qint64 fallback,
                                Language language) {
    if (!query.hasQueryItem(name))
        return fallback;
    const QString text = query.queryItemValue(name, QUrl::FullyDecoded);
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < min || value > max || text.size() > 18)
        return badParameter(name, language);
    return value;
}

// A bound of the period (auditTime); `fallback` when absent.
Result<qint64> timeParameter(const QUrlQuery& query, const QString& name, qint64 fallback, bool endOfDay,
                             Language language) {
    if (!query.hasQueryItem(name))
        return fallback;
    const auto ms = auditTime(query.queryItemValue(name, QUrl::FullyDecoded), endOfDay);
    if (!ms)
        return badParameter(name, language);
    return *ms;
}

QJsonValue jsonIdOrNull(qint64 id) {
    return id > 0 ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
}

} // namespace

OperatorApi::OperatorApi(Database& database, OperatorLimits limits, int readingsFromDay, int readingsToDay)
    : m_database(database)
    , m_limits(limits)
    , m_readings(database, readingsFromDay, readingsToDay) {}

Result<ApiReply> OperatorApi::audited(RequestContext& context, AuditEntry entry, Limit limit,
                                      const std::function<Result<ApiReply>(AuditEntry&)>& read) const {
    entry.operatorId = context.caller.userId;
    std::optional<Failure> refused;
    {
        WriteTransaction transaction(m_database, context.db);
        if (!transaction.begun() || !transaction.lock(u"users"_s, context.caller.userId))
            return Failure::databaseUnavailable();
        const auto check =
            limit == Limit::Searches ? m_limits.searches(context) : m_limits.cabinets(context, entry.customerId);
        if (!check)
            return check.failure();
        refused = *check;
        if (!refused) {
            auto reply = read(entry);
            if (!reply)
                return reply;
            if (auto written = AuditTrail::record(context.db, context, entry); !written)
                return std::move(written).failure();
            if (!transaction.commit())
                return Failure::databaseUnavailable();
            return reply;
        }
    }
    OperatorLimits::report(m_database, context, *refused);
    return *std::move(refused);
}

Result<OperatorApi::Target> OperatorApi::target(RequestContext& context) {
    const auto customerId = callerOf(context);
    if (!customerId)
        return customerId.failure();
    Target t;
    t.customerId = *customerId;
    RequestContext customer = asCustomer(context, t.customerId);
    const auto account = AccountsService::requireLinked(customer, context.arg(1));
    if (!account)
        return account.failure();
    t.accountId = *account;
    const auto summary = AccountsService::summary(customer, t.accountId);
    if (!summary)
        return summary.failure();
    t.accountNumber = (*summary)->value(u"number"_s).toString();
    return t;
}

Result<ApiReply> OperatorApi::search(RequestContext& context) const {
    // '+' is a space, as HTML forms and URLSearchParams encode it; a plus sign comes as %2B.
    const QString encoded = QUrlQuery(context.request.query).queryItemValue(u"q"_s, QUrl::FullyEncoded);
    const QString text = QUrl::fromPercentEncoding(QString(encoded).replace(u'+', u' ').toUtf8());
    const auto query = CallerQuery::parse(text);
    if (!query)
        return Failure::invalid(u"q"_s, OperatorMessages::text(OperatorMessages::Text::QueryInvalid, context.language));
    AuditEntry entry;
    entry.action = QString::fromLatin1(action::search);
    return audited(context, entry, Limit::Searches, [&](AuditEntry& e) -> Result<ApiReply> {
        const auto found = CallerSearch::search(context.db, *query);
        if (!found)
            return found.failure();
        e.details = {{u"kind"_s, query->kind()},
                     {u"query"_s, text.trimmed()},
                     {u"found"_s, found->customers.size()},
                     {u"truncated"_s, found->truncated}};
        return ApiReply::json({{u"customers"_s, found->customers}, {u"truncated"_s, found->truncated}});
    });
}

Result<ApiReply> OperatorApi::cabinet(RequestContext& context) const {
    // Nobody to open is 404 before the limit: it opens nothing. No data leaves without its entry.
    const auto card = callerCard(context);
    if (!card)
        return card.failure();
    const qint64 customerId = accounts::parsePathId(context.arg(0));
    AuditEntry entry;
    entry.action = QString::fromLatin1(action::cabinetOpen);
    entry.customerId = customerId;
    return audited(context, entry, Limit::Cabinets, [&](AuditEntry&) -> Result<ApiReply> {
        RequestContext customer = asCustomer(context, customerId);
        const auto accounts = AccountsService::linkedAccounts(customer);
        if (!accounts)
            return accounts.failure();
        return ApiReply::json({{u"customer"_s, *card}, {u"accounts"_s, *accounts}});
    });
}

Result<ApiReply> OperatorApi::readingsForm(RequestContext& context) const {
    const auto t = target(context);
    if (!t)
        return t.failure();
    AuditEntry entry;
    entry.action = QString::fromLatin1(action::readingsView);
    entry.customerId = t->customerId;
    entry.accountId = t->accountId;
    return audited(context, entry, Limit::Cabinets, [&](AuditEntry&) {
        RequestContext customer = asCustomer(context, t->customerId);
        return m_readings.form(customer, t->accountId);
    });
}

Result<ApiReply> OperatorApi::cabinetView(RequestContext& context, const CabinetView& view,
                                          const std::function<Result<ApiReply>(RequestContext&)>& customerRoute) const {
    const auto customerId = callerOf(context);
    if (!customerId)
        return customerId.failure();
    AuditEntry entry;
    entry.action = QString::fromLatin1(action::cabinetView);
    entry.customerId = *customerId;
    entry.details = {{u"view"_s, QString::fromLatin1(view.view)}};
    // The customer's route answers only for an account linked to them or an appeal of theirs:
    // the id is theirs whenever the entry is written.
    const qint64 id = accounts::parsePathId(context.arg(1));
    if (view.ofAccount)
        entry.accountId = id;
    else
        entry.details.insert(u"appealId"_s, id);
    return audited(context, entry, Limit::Cabinets, [&](AuditEntry&) {
        RequestData request = context.request;
        request.pathArgs.removeFirst(); // the customer's path: /accounts/{accountId}/…, /appeals/{appealId}
        RequestContext customer = asCustomer(context, *customerId, &request);
        return customerRoute(customer);
    });
}

Result<ApiReply> OperatorApi::submitReading(RequestContext& context) const {
    using T = JsonBody::Type;
    static const JsonBody::Spec spec{{{u"reason"_s, T::String, true},
                                      {u"submissionId"_s, T::String, true},
                                      {u"meterId"_s, T::Integer, true},
                                      {u"values"_s, T::Object, true},
                                      {u"confirmRollover"_s, T::Bool, false},
                                      {u"confirmHighConsumption"_s, T::Bool, false}},
                                     false};
    auto body = context.json(spec);
    if (!body)
        return body.failure();
    const auto reasonGiven = takeReason(*body, context.language);
    if (!reasonGiven)
        return reasonGiven.failure();
    const QString reason = *reasonGiven;
    const auto t = target(context);
    if (!t)
        return t.failure();

    readings::ReadingsService::OnBehalf onBehalf;
    onBehalf.operatorId = context.caller.userId;
    onBehalf.audit = [&](QSqlDatabase& db, const QJsonObject& response) -> Result<Done> {
        const qint64 meterId = response.value(u"meterId"_s).toInteger();
        const auto meter = readings::ReadingsStore::meter(db, t->accountId, meterId);
        if (!meter)
            return meter.failure();
        AuditEntry entry;
        entry.operatorId = context.caller.userId;
        entry.customerId = t->customerId;
        entry.accountId = t->accountId;
        entry.action = QString::fromLatin1(action::readingSubmit);
        entry.reason = reason;
        entry.details = {{u"meterId"_s, meterId},
                         {u"meterNumber"_s, *meter ? (*meter)->number : QString()},
                         {u"period"_s, response.value(u"period"_s)},
                         {u"values"_s, response.value(u"values"_s)},
                         {u"submissionId"_s, response.value(u"submissionId"_s)}};
        return AuditTrail::record(db, context, entry);
    };
    RequestContext customer = asCustomer(context, t->customerId);
    return m_readings.submit(customer, t->accountId, *body, &onBehalf);
}

Result<ApiReply> OperatorApi::auditLog(RequestContext& context) const {
    const QUrlQuery query(context.request.query);
    const Language l = context.language;
    AuditTrail::Filter filter;
    const auto operatorId = integerParameter(query, u"operatorId"_s, 1, std::numeric_limits<qint64>::max(), 0, l);
    const auto customerId = integerParameter(query, u"customerId"_s, 1, std::numeric_limits<qint64>::max(), 0, l);
    const auto from = timeParameter(query, u"from"_s, 0, false, l);
    const auto to = timeParameter(query, u"to"_s, std::numeric_limits<qint64>::max(), true, l);
    const auto limit = integerParameter(query, u"limit"_s, 1, 500, 100, l);
    const auto offset = integerParameter(query, u"offset"_s, 0, 1000000, 0, l);
    for (const Result<qint64>* r : {&operatorId, &customerId, &from, &to, &limit, &offset}) {
        if (!*r)
            return r->failure();
    }
    filter = {*operatorId, *customerId, *from, *to, int(*limit), int(*offset)};
    int total = 0;
    const auto rows = AuditTrail::rows(context.db, filter, &total);
    if (!rows)
        return rows.failure();
    QJsonArray entries;
    for (const AuditRow& r : *rows) {
        entries.append(QJsonObject{
            {u"id"_s, r.id},
            {u"at"_s, accounts::TomskTime::isoUtc(r.at)},
            {u"operator"_s,
             QJsonObject{{u"id"_s, r.operatorId}, {u"name"_s, r.operatorName}, {u"email"_s, r.operatorEmail}}},
            {u"customer"_s, r.customerId > 0
                                ? QJsonValue(QJsonObject{{u"id"_s, r.customerId}, {u"name"_s, r.customerName}})
                                : QJsonValue(QJsonValue::Null)},
            {u"account"_s, r.accountId > 0
                               ? QJsonValue(QJsonObject{{u"id"_s, r.accountId}, {u"number"_s, r.accountNumber}})
                               : QJsonValue(QJsonValue::Null)},
            {u"action"_s, r.action},
            {u"reason"_s, r.reason},
            {u"details"_s, r.details},
            {u"requestId"_s, r.requestId}});
    }
    return ApiReply::json(
        {{u"total"_s, total}, {u"limit"_s, filter.limit}, {u"offset"_s, filter.offset}, {u"entries"_s, entries}});
}

Result<ApiReply> OperatorApi::accessJournal(RequestContext& context) const {
    const QUrlQuery query(context.request.query);
    const auto limit = integerParameter(query, u"limit"_s, 1, 200, 50, context.language);
    if (!limit)
        return limit.failure();
    const auto offset = integerParameter(query, u"offset"_s, 0, 1000000, 0, context.language);
    if (!offset)
        return offset.failure();
    AuditTrail::Filter filter;
    filter.customerId = context.caller.userId;
    filter.limit = int(*limit);
    filter.offset = int(*offset);
    int total = 0;
    const auto rows = AuditTrail::rows(context.db, filter, &total);
    if (!rows)
        return rows.failure();
    QJsonArray entries;
    for (const AuditRow& r : *rows) {
        // Who the operator was stays with the utility: the customer sees the contact centre.
        entries.append(QJsonObject{
            {u"at"_s, accounts::TomskTime::isoUtc(r.at)},
            {u"action"_s, r.action},
            {u"accountId"_s, jsonIdOrNull(r.accountId)},
            {u"accountNumber"_s, r.accountId > 0 ? QJsonValue(r.accountNumber) : QJsonValue(QJsonValue::Null)},
            {u"reason"_s, r.reason},
            {u"text"_s, OperatorMessages::journal(r.action, r.details, r.accountNumber, context.language)}});
    }
    return ApiReply::json(
        {{u"total"_s, total}, {u"limit"_s, filter.limit}, {u"offset"_s, filter.offset}, {u"entries"_s, entries}});
}

} // namespace lkk::server::operators
