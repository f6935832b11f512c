#include "server/appeals/CustomerAppeals.h"

#include "server/accounts/AccountContext.h"
#include "server/accounts/AccountMessages.h"
#include "server/accounts/AccountsService.h"
#include "server/accounts/TomskTime.h"
#include "server/appeals/AppealJson.h"
#include "server/appeals/AppealLimits.h"
#include "server/appeals/AppealMessages.h"
#include "server/appeals/MessagePost.h"
#include "server/db/WriteTransaction.h"
#include "shared/ErrorCodes.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace lkk::server::appeals {

using namespace Qt::StringLiterals;
using accounts::AccountMessages;
using accounts::AccountsService;
using accounts::TomskTime;
using Msg = AppealMessages::Text;

CustomerAppeals::CustomerAppeals(Database& database, const AppealStore& store)
    : m_database(database)
    , m_store(store) {}

Failure CustomerAppeals::notFound(Language language) {
    return Failure::of(404, errc::appealNotFound, {}, AppealMessages::text(Msg::AppealNotFound, language));
}

Result<Appeal> CustomerAppeals::callersAppeal(RequestContext& context) {
    const qint64 id = accounts::parsePathId(context.arg(0));
    if (id <= 0)
        return notFound(context.language);
    const auto appeal = AppealStore::customersAppeal(context.db, id, context.caller.userId);
    if (!appeal)
        return appeal.failure();
    if (!*appeal)
        return notFound(context.language);
    return **appeal;
}

Result<ApiReply> CustomerAppeals::threadReply(RequestContext& context, qint64 appealId, int status) {
    const auto appeal = AppealStore::customersAppeal(context.db, appealId, context.caller.userId);
    if (!appeal)
        return appeal.failure();
    if (!*appeal)
        return notFound(context.language);
    const auto messages = AppealStore::thread(context.db, appealId);
    if (!messages)
        return messages.failure();
    return ApiReply::json(AppealJson::thread(**appeal, *messages, context.language), status);
}

Result<ApiReply> CustomerAppeals::form(RequestContext& context) const {
    const auto accountId = AccountsService::requireLinked(context, context.arg(0));
    if (!accountId)
        return accountId.failure();
    const auto providers = AppealStore::providers(context.db, *accountId);
    const auto topics = AppealStore::topics(context.db, true);
    const auto appealsLeft = AppealLimits::appealsLeft(context.db, context.caller.userId, context.nowMs);
    const auto messagesLeft = AppealLimits::messagesLeft(context.db, context.caller.userId, context.nowMs);
    if (!providers || !topics || !appealsLeft || !messagesLeft)
        return Failure::databaseUnavailable();
    QJsonArray providerList;
    for (const Provider& p : *providers)
        providerList.append(QJsonObject{{u"id"_s, p.id}, {u"name"_s, p.name}});
    QJsonArray topicList;
    for (const Topic& t : *topics)
        topicList.append(AppealJson::topic(t, context.language));
    namespace rule = rules::appeals;
    QJsonArray types;
    for (const auto type : {rule::FileType::Jpeg, rule::FileType::Png, rule::FileType::Pdf})
        types.append(QString::fromLatin1(rule::mimeType(type)));
    const QJsonObject limits{{u"maxTextLength"_s, rule::maxTextLength},
                             {u"maxAttachments"_s, rule::maxAttachments},
                             {u"maxAttachmentBytes"_s, rule::maxAttachmentBytes},
                             {u"attachmentTypes"_s, types},
                             {u"maxThreadMessages"_s, rule::maxThreadMessages},
                             {u"appealsPerDay"_s, rule::appealsPerDay},
                             {u"appealsLeft"_s, *appealsLeft},
                             {u"messagesPerDay"_s, rule::messagesPerDay},
                             {u"messagesLeft"_s, *messagesLeft}};
    return ApiReply::json({{u"providers"_s, providerList}, {u"topics"_s, topicList}, {u"limits"_s, limits}});
}

Result<ApiReply> CustomerAppeals::list(RequestContext& context) const {
    const auto accountId = AccountsService::requireLinked(context, context.arg(0));
    if (!accountId)
        return accountId.failure();
    // The history's period (from/to, docs/openapi.yaml): the last 12 months up to today by default.
    const QDate today = TomskTime::today(context.nowMs);
    const auto range = DateRange::fromQuery(QUrlQuery(context.request.query), {today.addMonths(-12).addDays(1), today},
                                            AccountMessages::dateRange, context.language);
    if (!range)
        return range.failure();
    const auto [from, to] = *range;

    const auto appeals =
        AppealStore::accountAppeals(context.db, context.caller.userId, *accountId, TomskTime::startOfDayMs(from),
                                    TomskTime::startOfDayMs(to.addDays(1)) - 1);
    if (!appeals)
        return appeals.failure();
    QJsonArray list;
    for (const Appeal& appeal : *appeals) {
        const auto answer = AppealStore::lastAnswer(context.db, appeal.id);
        if (!answer)
            return answer.failure();
        list.append(AppealJson::appeal(appeal, *answer, context.language));
    }
    return ApiReply::json(
        {{u"from"_s, from.toString(Qt::ISODate)}, {u"to"_s, to.toString(Qt::ISODate)}, {u"appeals"_s, list}});
}

Result<ApiReply> CustomerAppeals::create(RequestContext& context) const {
    return create(context, {});
}

Result<ApiReply> CustomerAppeals::create(RequestContext& context, const AlsoWrite& alsoWrite) const {
    const Language language = context.language;
    const auto accountId = AccountsService::requireLinked(context, context.arg(0));
    if (!accountId)
        return accountId.failure();
    using T = JsonBody::Type;
    const auto post = MessagePost::read(context, {{u"providerId"_s, T::Integer, true}, {u"topic"_s, T::String, true}});
    if (!post)
        return post.failure();
    const auto topic = AppealStore::activeTopic(context.db, post->body.value(u"topic"_s).toString());
    if (!topic)
        return topic.failure();
    if (!*topic)
        return Failure::invalid(u"topic"_s, AppealMessages::text(Msg::TopicInvalid, language));
    const qint64 providerId = post->body.value(u"providerId"_s).toInteger();
    const auto providers = AppealStore::providers(context.db, *accountId);
    if (!providers)
        return providers.failure();
    if (std::none_of(providers->cbegin(), providers->cend(), [&](const Provider& p) { return p.id == providerId; }))
        return Failure::invalid(u"providerId"_s, AppealMessages::text(Msg::ProviderInvalid, language));
    const QString hash = post->hash({{u"kind"_s, u"appeal"_s},
                                     {u"accountId"_s, *accountId},
                                     {u"providerId"_s, providerId},
                                     {u"topic"_s, (*topic)->code}});

    const qint64 userId = context.caller.userId;
    qint64 appealId = 0;
    {
        WriteTransaction transaction(m_database, context.db);
        // One customer's posts one after another: the key and the limit are checked, then used.
        if (!transaction.begun() || !transaction.lock(u"users"_s, userId))
            return Failure::databaseUnavailable();
        const auto earlier = post->earlier(context.db, userId, hash, language);
        if (!earlier)
            return earlier.failure();
        if (*earlier) {
            appealId = **earlier;
        } else {
            const auto allowed = AppealLimits::checkAppeal(context.db, userId, context.nowMs, language);
            if (!allowed)
                return allowed.failure();
            const auto id = m_store.insertAppeal(
                context.db, {userId, *accountId, providerId, (*topic)->id, language, context.nowMs});
            if (!id)
                return id.failure();
            AppealStore::NewPost opening{*id, AuthorKind::Customer, userId, true, context.nowMs, post->key, hash};
            const auto message = m_store.insertMessage(context.db, opening, post->message);
            if (!message)
                return message.failure();
            AppealStore::Change counted;
            counted.addMessages = 1;
            const auto updated = AppealStore::update(context.db, *id, counted);
            if (!updated)
                return updated.failure();
            if (alsoWrite) {
                if (auto also = alsoWrite(context.db, *id); !also)
                    return std::move(also).failure();
            }
            if (!transaction.commit())
                return Failure::databaseUnavailable();
            return threadReply(context, *id, 201);
        }
    }
    return threadReply(context, appealId, 200);
}

Result<ApiReply> CustomerAppeals::get(RequestContext& context) const {
    const auto appeal = callersAppeal(context);
    if (!appeal)
        return appeal.failure();
    return threadReply(context, appeal->id, 200);
}

Result<ApiReply> CustomerAppeals::addMessage(RequestContext& context) const {
    const Language language = context.language;
    const auto found = callersAppeal(context);
    if (!found)
        return found.failure();
    const auto post = MessagePost::read(context);
    if (!post)
        return post.failure();
    const qint64 appealId = found->id;
    const qint64 userId = context.caller.userId;
    const QString hash = post->hash({{u"kind"_s, u"message"_s}, {u"appealId"_s, appealId}});
    {
        WriteTransaction transaction(m_database, context.db);
        if (!transaction.begun() || !transaction.lock(u"users"_s, userId) || !transaction.lock(u"appeals"_s, appealId))
            return Failure::databaseUnavailable();
        const auto earlier = post->earlier(context.db, userId, hash, language);
        if (!earlier)
            return earlier.failure();
        if (!*earlier) {
            // Read again under the lock: an operator may have changed it meanwhile.
            const auto appeal = AppealStore::customersAppeal(context.db, appealId, userId);
            if (!appeal)
                return appeal.failure();
            if (!*appeal)
                return notFound(language);
            const auto room = MessagePost::roomIn(**appeal, language);
            if (!room)
                return room.failure();
            const auto allowed = AppealLimits::checkMessage(context.db, userId, context.nowMs, language);
            if (!allowed)
                return allowed.failure();
            AppealStore::NewPost reply{appealId, AuthorKind::Customer, userId, false, context.nowMs, post->key, hash};
            const auto message = m_store.insertMessage(context.db, reply, post->message);
            if (!message)
                return message.failure();
            AppealStore::Change change;
            change.addMessages = 1;
            change.updatedAt = context.nowMs;
            change.language = language;
            if ((*appeal)->status == Status::Answered) // the answer did not settle it: back to the operator
                change.status = Status::InProgress;
            const auto updated = AppealStore::update(context.db, appealId, change);
            if (!updated)
                return updated.failure();
            if (!transaction.commit())
                return Failure::databaseUnavailable();
            return threadReply(context, appealId, 201);
        }
    }
    return threadReply(context, appealId, 200);
}

Result<ApiReply> CustomerAppeals::close(RequestContext& context) const {
    const auto appeal = callersAppeal(context);
    if (!appeal)
        return appeal.failure();
    if (appeal->status != Status::Closed) {
        WriteTransaction transaction(m_database, context.db);
        if (!transaction.begun())
            return Failure::databaseUnavailable();
        AppealStore::Change change;
        change.status = Status::Closed;
        change.closedAt = context.nowMs;
        change.updatedAt = context.nowMs;
        change.language = context.language;
        change.onlyIfNot = Status::Closed; // closed twice at once: one system message
        const auto changed = AppealStore::update(context.db, appeal->id, change);
        if (!changed)
            return changed.failure();
        if (*changed) {
            const auto event = m_store.insertEvent(context.db, appeal->id, Event::ClosedByCustomer, Status::Closed,
                                                   context.caller.userId, context.nowMs);
            if (!event)
                return event.failure();
        }
        if (!transaction.commit())
            return Failure::databaseUnavailable();
    }
    return threadReply(context, appeal->id, 200);
}

Result<ApiReply> CustomerAppeals::markRead(RequestContext& context) const {
    const auto appeal = callersAppeal(context);
    if (!appeal)
        return appeal.failure();
    AppealStore::Change change;
    change.unread = false;
    change.language = context.language;
    const auto updated = AppealStore::update(context.db, appeal->id, change);
    if (!updated)
        return updated.failure();
    return ApiReply::noContent();
}

} // namespace lkk::server::appeals
