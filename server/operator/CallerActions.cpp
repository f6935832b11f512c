#include "server/operator/CallerActions.h"

#include "server/accounts/AccountMessages.h"
#include "server/accounts/LinkService.h"
#include "server/auth/LoginGuard.h"
#include "server/db/WriteTransaction.h"
#include "server/operator/CallerRequest.h"
#include "server/users/UsersApi.h"
#include "shared/ErrorCodes.h"
#include "shared/InputRules.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>
#include <utility>

namespace lkk::server::operators {

using namespace Qt::StringLiterals;
using FieldType = JsonBody::Type;

namespace {

// An action's start: its body (`reason` and the action's own fields, no others, the reason
// checked), the caller of the path, and the entry that will record it.
struct Action {
    QJsonObject fields;
    AuditEntry entry;
};

Result<Action> begin(RequestContext& context, const char* what, QList<JsonBody::Field> fields) {
    fields.prepend({u"reason"_s, FieldType::String, true});
    const auto body = context.json({fields, false});
    if (!body)
        return body.failure();
    Action action{*body, {}};
    const auto reason = takeReason(action.fields, context.language);
    if (!reason)
        return reason.failure();
    const auto customerId = callerOf(context);
    if (!customerId)
        return customerId.failure();
    action.entry.operatorId = context.caller.userId;
    action.entry.customerId = *customerId;
    action.entry.action = QString::fromLatin1(what);
    action.entry.reason = *reason;
    return action;
}

// The caller's e-mail address and whether it is confirmed.
Result<std::pair<QString, bool>> emailOf(QSqlDatabase& db, qint64 customerId) {
    QSqlQuery q(db);
    q.prepare(u"SELECT email, email_confirmed FROM users WHERE id = ?"_s);
    q.addBindValue(customerId);
    if (!q.exec() || !q.next())
        return Failure::databaseUnavailable();
    return std::pair{q.value(0).toString(), q.value(1).toInt() != 0};
}

} // namespace

CallerActions::CallerActions(Database& database, const users::UsersApi& users)
    : m_database(database)
    , m_users(users)
    , m_appealStore(database)
    , m_appeals(database, m_appealStore) {}

Result<ApiReply> CallerActions::audited(RequestContext& context, AuditEntry entry,
                                        const std::function<Result<ApiReply>(AuditEntry&)>& act) const {
    WriteTransaction transaction(m_database, context.db);
    if (!transaction.begun() || !transaction.lock(u"users"_s, entry.customerId))
        return Failure::databaseUnavailable();
    auto reply = act(entry);
    if (!reply)
        return reply;
    if (auto written = AuditTrail::record(context.db, context, entry); !written)
        return std::move(written).failure();
    if (!transaction.commit())
        return Failure::databaseUnavailable();
    return reply;
}

Result<ApiReply> CallerActions::resendConfirmation(RequestContext& context) const {
    const auto started = begin(context, action::confirmationResend, {});
    if (!started)
        return started.failure();
    std::optional<users::UsersApi::PendingMail> mail;
    auto reply = audited(context, started->entry, [&](AuditEntry& e) -> Result<ApiReply> {
        const auto email = emailOf(context.db, e.customerId);
        if (!email)
            return email.failure();
        if (email->second)
            return Failure::of(409, errc::emailAlreadyConfirmed);
        auto pending = m_users.resendInTransaction(context.db, e.customerId, email->first, context.language);
        if (!pending)
            return pending.failure();
        mail = *std::move(pending);
        return ApiReply::json({{u"resendAfter"_s, users::UsersApi::resendSpacingMs / 1000}}, 202);
    });
    // The mail leaves only with its committed entry.
    if (reply && mail)
        m_users.send(*mail);
    return reply;
}

Result<ApiReply> CallerActions::liftSignInLock(RequestContext& context) const {
    const auto started = begin(context, action::signInLockLift, {});
    if (!started)
        return started.failure();
    return audited(context, started->entry, [&](AuditEntry& e) -> Result<ApiReply> {
        const auto email = emailOf(context.db, e.customerId);
        if (!email)
            return email.failure();
        const auto lifted = LoginGuard::lift(context.db, email->first);
        if (!lifted)
            return lifted.failure();
        e.details = {{u"lifted"_s, *lifted}};
        return ApiReply::json({{u"lifted"_s, *lifted}});
    });
}

Result<ApiReply> CallerActions::liftLinkLock(RequestContext& context) const {
    auto started = begin(context, action::linkLockLift, {{u"accountNumber"_s, FieldType::String, true}});
    if (!started)
        return started.failure();
    const QString rawNumber = started->fields.value(u"accountNumber"_s).toString();
    if (const auto v = rules::checkAccountNumber(rawNumber))
        return context.invalid(u"accountNumber"_s, *v);
    QSqlQuery q(context.db);
    q.prepare(u"SELECT id FROM billing_accounts WHERE number = ?"_s);
    q.addBindValue(rules::normalizedAccountNumber(rawNumber));
    if (!q.exec())
        return Failure::databaseUnavailable();
    if (!q.next())
        return Failure::of(
            404, errc::accountNotFound, u"accountNumber"_s,
            accounts::AccountMessages::text(accounts::AccountMessages::Text::NumberNotFound, context.language));
    started->entry.accountId = q.value(0).toLongLong();
    return audited(context, started->entry, [&](AuditEntry& e) -> Result<ApiReply> {
        const auto lifted = accounts::LinkService::liftLock(context.db, e.accountId, context.nowMs);
        if (!lifted)
            return lifted.failure();
        e.details = {{u"lifted"_s, *lifted}};
        return ApiReply::json({{u"lifted"_s, *lifted}});
    });
}

Result<ApiReply> CallerActions::registerAppeal(RequestContext& context) const {
    auto started = begin(context, action::appealCreate,
                         {{u"accountId"_s, FieldType::Integer, true},
                          {u"providerId"_s, FieldType::Integer, true},
                          {u"topic"_s, FieldType::String, true},
                          {u"text"_s, FieldType::String, true},
                          {u"attachments"_s, FieldType::Array, false}});
    if (!started)
        return started.failure();
    // The customer's POST /accounts/{accountId}/appeals with the rest of the body.
    started->entry.accountId = started->fields.take(u"accountId"_s).toInteger();
    RequestData request = context.request;
    request.pathArgs = {QString::number(started->entry.accountId)};
    request.body = QJsonDocument(started->fields).toJson(QJsonDocument::Compact);
    RequestContext customer = asCustomer(context, started->entry.customerId, &request);
    return m_appeals.create(customer, [&](QSqlDatabase& db, qint64 appealId) {
        AuditEntry entry = started->entry;
        entry.details = {{u"appealId"_s, appealId},
                         {u"topic"_s, started->fields.value(u"topic"_s)},
                         {u"providerId"_s, started->fields.value(u"providerId"_s)}};
        return AuditTrail::record(db, context, entry);
    });
}

} // namespace lkk::server::operators
