#include "server/appeals/OperatorAppeals.h"

#include "server/accounts/AccountContext.h"
#include "server/appeals/AnswerMail.h"
#include "server/appeals/AppealJson.h"
#include "server/appeals/AppealMessages.h"
#include "server/appeals/CustomerAppeals.h"
#include "server/appeals/MessagePost.h"
#include "server/db/WriteTransaction.h"
#include "server/users/UserStore.h"
#include "shared/ErrorCodes.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace lkk::server::appeals {

using namespace Qt::StringLiterals;
using Msg = AppealMessages::Text;

namespace {

constexpr qint64 kHourMs = 3600 * 1000;
constexpr qint64 kMaxAgeHours = 24 * 366 * 10;

Failure badQuery(const QString& name, Language language) {
    return Failure::invalid(name, AppealMessages::text(Msg::QueryInvalid, language));
}

// A non-negative whole number of at most `max`, or nullopt.
std::optional<qint64> wholeNumber(const QString& text, qint64 max) {
    if (text.isEmpty() || text.size() > 18)
        return std::nullopt;
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < 0 || value > max ||
        !std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
        return std::nullopt;
    return value;
}

Result<AppealStore::QueueFilter> readFilter(RequestContext& context) {
    using Filter = AppealStore::QueueFilter;
    const QUrlQuery params(context.request.query);
    auto value = [&](const QString& name) {
        return params.queryItemValue(name, QUrl::FullyDecoded);
    };
    Filter filter;
    filter.operatorId = context.caller.userId;
    const QString statuses = params.hasQueryItem(u"status"_s) ? value(u"status"_s) : u"new,in_progress"_s;
    for (const QString& name : statuses.split(u',', Qt::SkipEmptyParts)) {
        const auto status = statusFromName(name.trimmed());
        if (!status)
            return badQuery(u"status"_s, context.language);
        if (!filter.statuses.contains(*status))
            filter.statuses.append(*status);
    }
    if (params.hasQueryItem(u"providerId"_s)) {
        const auto id = wholeNumber(value(u"providerId"_s), Q_INT64_C(999999999999999999));
        if (!id || *id == 0)
            return badQuery(u"providerId"_s, context.language);
        filter.providerId = *id;
    }
    filter.topic = value(u"topic"_s);
    for (const auto& [name, bound] :
         {std::pair{u"minAgeHours"_s, &filter.createdAtMost}, std::pair{u"maxAgeHours"_s, &filter.createdAtLeast}}) {
        if (!params.hasQueryItem(name))
            continue;
        const auto hours = wholeNumber(value(name), kMaxAgeHours);
        if (!hours)
            return badQuery(name, context.language);
        *bound = context.nowMs - *hours * kHourMs;
    }
    if (params.hasQueryItem(u"assignee"_s)) {
        const QString assignee = value(u"assignee"_s);
        if (assignee == u"me")
            filter.assignee = Filter::Assignee::Me;
        else if (assignee == u"nobody")
            filter.assignee = Filter::Assignee::Nobody;
        else if (assignee != u"any")
            return badQuery(u"assignee"_s, context.language);
    }
    if (params.hasQueryItem(u"limit"_s)) {
        const auto limit = wholeNumber(value(u"limit"_s), 100);
        if (!limit || *limit == 0)
            return badQuery(u"limit"_s, context.language);
        filter.limit = int(*limit);
    }
    if (params.hasQueryItem(u"offset"_s)) {
        const auto offset = wholeNumber(value(u"offset"_s), 1'000'000);
        if (!offset)
            return badQuery(u"offset"_s, context.language);
        filter.offset = int(*offset);
    }
    return filter;
}

Failure closedFailure(Language language) {
    return Failure::of(409, errc::appealClosed, {}, AppealMessages::text(Msg::AppealClosed, language),
                       QJsonObject{{u"status"_s, statusName(Status::Closed)}});
}

// The operator's JSON of one appeal (a queue row or the thread), with its customer.
Result<QJsonObject> withCustomer(RequestContext& context, const Appeal& appeal, const QJsonObject& json) {
    const auto customer = AppealStore::customer(context.db, appeal.userId);
    if (!customer)
        return customer.failure();
    return AppealJson::forOperator(json, appeal, customer->value_or(Customer{appeal.userId, {}, {}, {}}));
}

} // namespace

OperatorAppeals::OperatorAppeals(Database& database, const AppealStore& store, mail::Mailer& mailer)
    : m_database(database)
    , m_store(store)
    , m_mailer(mailer) {}

Result<Appeal> OperatorAppeals::pathAppeal(RequestContext& context) {
    const qint64 id = accounts::parsePathId(context.arg(0));
    if (id <= 0)
        return CustomerAppeals::notFound(context.language);
    const auto appeal = AppealStore::appeal(context.db, id);
    if (!appeal)
        return appeal.failure();
    if (!*appeal)
        return CustomerAppeals::notFound(context.language);
    return **appeal;
}

Result<ApiReply> OperatorAppeals::threadReply(RequestContext& context, qint64 appealId, int status) {
    const auto appeal = AppealStore::appeal(context.db, appealId);
    if (!appeal)
        return appeal.failure();
    if (!*appeal)
        return CustomerAppeals::notFound(context.language);
    const auto messages = AppealStore::thread(context.db, appealId);
    if (!messages)
        return messages.failure();
    const auto json = withCustomer(context, **appeal, AppealJson::thread(**appeal, *messages, context.language));
    if (!json)
        return json.failure();
    return ApiReply::json(*json, status);
}

Result<ApiReply> OperatorAppeals::topics(RequestContext& context) const {
    const auto topics = AppealStore::topics(context.db, false);
    if (!topics)
        return topics.failure();
    QJsonArray list;
    for (const Topic& topic : *topics) {
        QJsonObject json = AppealJson::topic(topic, context.language);
        json.insert(u"active"_s, topic.active);
        list.append(json);
    }
    return ApiReply::json({{u"topics"_s, list}});
}

Result<ApiReply> OperatorAppeals::queue(RequestContext& context) const {
    const auto filter = readFilter(context);
    if (!filter)
        return filter.failure();
    const auto page = AppealStore::queue(context.db, *filter);
    if (!page)
        return page.failure();
    QJsonArray list;
    for (const Appeal& appeal : page->appeals) {
        const auto answer = AppealStore::lastAnswer(context.db, appeal.id);
        if (!answer)
            return answer.failure();
        const auto json = withCustomer(context, appeal, AppealJson::appeal(appeal, *answer, context.language));
        if (!json)
            return json.failure();
        list.append(*json);
    }
    return ApiReply::json(
        {{u"total"_s, page->total}, {u"limit"_s, filter->limit}, {u"offset"_s, filter->offset}, {u"appeals"_s, list}});
}

Result<ApiReply> OperatorAppeals::get(RequestContext& context) const {
    const auto appeal = pathAppeal(context);
    if (!appeal)
        return appeal.failure();
    return threadReply(context, appeal->id, 200);
}

Result<ApiReply> OperatorAppeals::take(RequestContext& context) const {
    const auto found = pathAppeal(context);
    if (!found)
        return found.failure();
    WriteTransaction transaction(m_database, context.db);
    if (!transaction.begun() || !transaction.lock(u"appeals"_s, found->id))
        return Failure::databaseUnavailable();
    const auto appeal = AppealStore::appeal(context.db, found->id);
    if (!appeal || !*appeal)
        return Failure::databaseUnavailable();
    if ((*appeal)->status == Status::Closed)
        return closedFailure(context.language);
    AppealStore::Change change;
    change.assigneeId = context.caller.userId;
    change.updatedAt = context.nowMs;
    if ((*appeal)->status == Status::New) {
        change.status = Status::InProgress;
        const auto event = m_store.insertEvent(context.db, found->id, Event::Taken, Status::InProgress,
                                               context.caller.userId, context.nowMs);
        if (!event)
            return event.failure();
    }
    const auto updated = AppealStore::update(context.db, found->id, change);
    if (!updated)
        return updated.failure();
    if (!transaction.commit())
        return Failure::databaseUnavailable();
    return threadReply(context, found->id, 200);
}

Result<ApiReply> OperatorAppeals::answer(RequestContext& context) const {
    const Language language = context.language;
    const auto found = pathAppeal(context);
    if (!found)
        return found.failure();
    const auto post = MessagePost::read(context);
    if (!post)
        return post.failure();
    const qint64 appealId = found->id;
    const qint64 operatorId = context.caller.userId;
    const QString hash = post->hash({{u"kind"_s, u"answer"_s}, {u"appealId"_s, appealId}});
    std::optional<Appeal> answered;
    {
        WriteTransaction transaction(m_database, context.db);
        if (!transaction.begun() || !transaction.lock(u"appeals"_s, appealId))
            return Failure::databaseUnavailable();
        const auto earlier = post->earlier(context.db, operatorId, hash, language);
        if (!earlier)
            return earlier.failure();
        if (*earlier)
            return threadReply(context, **earlier, 200);
        const auto appeal = AppealStore::appeal(context.db, appealId);
        if (!appeal || !*appeal)
            return Failure::databaseUnavailable();
        const auto room = MessagePost::roomIn(**appeal, language);
        if (!room)
            return room.failure();
        AppealStore::NewPost reply{appealId, AuthorKind::Operator, operatorId, false, context.nowMs, post->key, hash};
        const auto message = m_store.insertMessage(context.db, reply, post->message);
        if (!message)
            return message.failure();
        AppealStore::Change change;
        change.status = Status::Answered;
        change.answeredAt = context.nowMs;
        change.assigneeId = operatorId;
        change.unread = true;
        change.addMessages = 1;
        change.updatedAt = context.nowMs;
        const auto updated = AppealStore::update(context.db, appealId, change);
        if (!updated)
            return updated.failure();
        if (!transaction.commit())
            return Failure::databaseUnavailable();
        answered = **appeal;
    }
    // After the commit: a mail never announces an answer that was rolled back.
    const auto customer = UserStore::findById(context.db, answered->userId);
    const auto newest = AppealStore::lastAnswer(context.db, appealId);
    if (customer && *customer && newest && *newest)
        AnswerMail::send(m_mailer, *answered, **customer, **newest);
    return threadReply(context, appealId, 201);
}

Result<ApiReply> OperatorAppeals::setStatus(RequestContext& context) const {
    const Language language = context.language;
    const auto found = pathAppeal(context);
    if (!found)
        return found.failure();
    const auto body = context.json({{{u"status"_s, JsonBody::Type::String, true}}, false});
    if (!body)
        return body.failure();
    const auto wanted = statusFromName(body->value(u"status"_s).toString());
    if (!wanted || *wanted == Status::Answered)
        return Failure::invalid(u"status"_s, AppealMessages::text(Msg::StatusInvalid, language));

    WriteTransaction transaction(m_database, context.db);
    if (!transaction.begun() || !transaction.lock(u"appeals"_s, found->id))
        return Failure::databaseUnavailable();
    const auto appeal = AppealStore::appeal(context.db, found->id);
    if (!appeal || !*appeal)
        return Failure::databaseUnavailable();
    const Status from = (*appeal)->status;
    if (from == *wanted)
        return threadReply(context, found->id, 200);
    AppealStore::Change change;
    change.status = *wanted;
    change.updatedAt = context.nowMs;
    Event event = Event::Reopened;
    switch (*wanted) {
    case Status::New:
        change.assigneeId = 0;
        change.clearClosedAt = true;
        event = Event::Returned;
        break;
    case Status::InProgress:
        if ((*appeal)->assigneeId == 0)
            change.assigneeId = context.caller.userId;
        change.clearClosedAt = true;
        event = from == Status::New ? Event::Taken : Event::Reopened;
        break;
    case Status::Closed:
        change.closedAt = context.nowMs;
        event = Event::ClosedByOperator;
        break;
    case Status::Answered:
        break;
    }
    const auto updated = AppealStore::update(context.db, found->id, change);
    if (!updated)
        return updated.failure();
    const auto recorded =
        m_store.insertEvent(context.db, found->id, event, *wanted, context.caller.userId, context.nowMs);
    if (!recorded)
        return recorded.failure();
    if (!transaction.commit())
        return Failure::databaseUnavailable();
    return threadReply(context, found->id, 200);
}

} // namespace lkk::server::appeals
