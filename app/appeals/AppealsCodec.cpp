#include "app/appeals/AppealsCodec.h"

#include "app/api/JsonCodec.h"
#include "app/api/JsonReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace lkk::json {

namespace {

AppealAttachment readAttachment(JsonReader& r) {
    AppealAttachment a;
    a.id = r.integer("id"_L1);
    a.fileName = r.string("fileName"_L1);
    a.contentType = r.string("contentType"_L1);
    a.size = r.integer("size"_L1);
    return a;
}

AppealMessage readMessage(JsonReader& r) {
    AppealMessage m;
    m.id = r.integer("id"_L1);
    const QString author = r.string("author"_L1);
    m.authorName = r.optionalString("authorName"_L1);
    m.text = r.string("text"_L1);
    const QString status = r.optionalString("status"_L1);
    m.createdAt = r.dateTime("createdAt"_L1);
    m.attachments = r.objects<AppealAttachment>("attachments"_L1, readAttachment);
    if (!r.ok())
        return m;
    if (author == "customer"_L1)
        m.author = AppealMessage::Author::Customer;
    else if (author == "operator"_L1)
        m.author = AppealMessage::Author::Operator;
    else if (author == "system"_L1)
        m.author = AppealMessage::Author::System;
    else
        r.fail("author"_L1, u"is not customer, operator or system"_s);
    if (!status.isEmpty()) {
        m.status = appealStatusFromWire(status);
        if (!m.status)
            r.fail("status"_L1, u"is not a known status"_s);
    }
    return m;
}

void readAppeal(JsonReader& r, Appeal& a) {
    a.id = r.integer("id"_L1);
    a.accountId = r.integer("accountId"_L1);
    a.accountNumber = r.string("accountNumber"_L1);
    JsonReader provider = r.nested(r.object("provider"_L1), r.path("provider"_L1));
    a.providerId = provider.integer("id"_L1);
    a.providerName = provider.string("name"_L1);
    JsonReader topic = r.nested(r.object("topic"_L1), r.path("topic"_L1));
    a.topicCode = topic.string("code"_L1);
    a.topicName = topic.string("name"_L1);
    const QString status = r.string("status"_L1);
    a.unread = r.boolean("unread"_L1);
    a.text = r.string("text"_L1);
    a.messageCount = r.count("messageCount"_L1);
    if (const auto answer = r.optionalObject("lastAnswer"_L1)) {
        JsonReader answerReader = r.nested(*answer, r.path("lastAnswer"_L1));
        a.lastAnswer = readMessage(answerReader);
    }
    a.createdAt = r.dateTime("createdAt"_L1);
    a.updatedAt = r.dateTime("updatedAt"_L1);
    a.answeredAt = r.optionalDateTime("answeredAt"_L1);
    a.closedAt = r.optionalDateTime("closedAt"_L1);
    if (r.ok()) {
        if (const auto s = appealStatusFromWire(status))
            a.status = *s;
        else
            r.fail("status"_L1, u"is not a known status"_s);
    }
}

// The parts an operator sees beside the customer's Appeal (OperatorAppeal in openapi.yaml).
void readOperatorParts(JsonReader& r, AppealCustomer& customer, AppealAssignee& assignee, QString& language) {
    JsonReader c = r.nested(r.object("customer"_L1), r.path("customer"_L1));
    customer.id = c.integer("id"_L1);
    customer.name = c.string("name"_L1);
    customer.email = c.string("email"_L1);
    customer.phone = c.optionalString("phone"_L1);
    if (const auto a = r.optionalObject("assignee"_L1)) {
        JsonReader ar = r.nested(*a, r.path("assignee"_L1));
        assignee.id = ar.integer("id"_L1);
        assignee.name = ar.string("name"_L1);
    }
    language = r.string("language"_L1);
}

QJsonArray attachmentsToJson(const QList<NewAttachment>& attachments) {
    QJsonArray out;
    for (const NewAttachment& a : attachments)
        out.append(QJsonObject{{"fileName"_L1, a.fileName}, {"content"_L1, QString::fromLatin1(a.content.toBase64())}});
    return out;
}

std::optional<QList<NewAttachment>> attachmentsFromJson(const QJsonValue& value) {
    QList<NewAttachment> out;
    for (const QJsonValue& item : value.toArray()) {
        const QJsonObject o = item.toObject();
        const auto content = QByteArray::fromBase64Encoding(o.value("content"_L1).toString().toLatin1(),
                                                            QByteArray::AbortOnBase64DecodingErrors);
        if (!content || o.value("fileName"_L1).toString().isEmpty())
            return std::nullopt;
        out.append(NewAttachment{o.value("fileName"_L1).toString(), *content});
    }
    return out;
}

QJsonObject messageBody(const QString& text, const QList<NewAttachment>& attachments) {
    QJsonObject o{{"text"_L1, text}};
    if (!attachments.isEmpty())
        o.insert("attachments"_L1, attachmentsToJson(attachments));
    return o;
}

} // namespace

QString appealStatusToWire(AppealStatus status) {
    switch (status) {
    case AppealStatus::New:
        return u"new"_s;
    case AppealStatus::InProgress:
        return u"in_progress"_s;
    case AppealStatus::Answered:
        return u"answered"_s;
    case AppealStatus::Closed:
        return u"closed"_s;
    }
    return u"new"_s;
}

std::optional<AppealStatus> appealStatusFromWire(const QString& wire) {
    for (AppealStatus s : {AppealStatus::New, AppealStatus::InProgress, AppealStatus::Answered, AppealStatus::Closed}) {
        if (appealStatusToWire(s) == wire)
            return s;
    }
    return std::nullopt;
}

Result<AppealForm> parseAppealForm(const QByteArray& body) {
    return readObject<AppealForm>(body, [](JsonReader& r) {
        AppealForm form;
        form.providers = r.objects<AppealProvider>("providers"_L1, [](JsonReader& p) {
            return AppealProvider{p.integer("id"_L1), p.string("name"_L1)};
        });
        form.topics = r.objects<AppealTopic>("topics"_L1, [](JsonReader& t) {
            return AppealTopic{t.string("code"_L1), t.string("name"_L1)};
        });
        JsonReader l = r.nested(r.object("limits"_L1), r.path("limits"_L1));
        AppealLimits& limits = form.limits;
        limits.maxTextLength = l.count("maxTextLength"_L1);
        limits.maxAttachments = l.count("maxAttachments"_L1);
        limits.maxAttachmentBytes = l.integer("maxAttachmentBytes"_L1);
        limits.attachmentTypes = l.strings("attachmentTypes"_L1);
        limits.maxThreadMessages = l.count("maxThreadMessages"_L1);
        limits.appealsPerDay = l.count("appealsPerDay"_L1);
        limits.appealsLeft = l.count("appealsLeft"_L1);
        limits.messagesPerDay = l.count("messagesPerDay"_L1);
        limits.messagesLeft = l.count("messagesLeft"_L1);
        return form;
    });
}

Result<AppealList> parseAppealList(const QByteArray& body) {
    return readObject<AppealList>(body, [](JsonReader& r) {
        AppealList list;
        list.from = r.date("from"_L1);
        list.to = r.date("to"_L1);
        list.appeals = r.objects<Appeal>("appeals"_L1, [](JsonReader& item) {
            Appeal a;
            readAppeal(item, a);
            return a;
        });
        return list;
    });
}

Result<AppealThread> parseAppealThread(const QByteArray& body) {
    return readObject<AppealThread>(body, [](JsonReader& r) {
        AppealThread thread;
        readAppeal(r, thread.appeal);
        thread.messages = r.objects<AppealMessage>("messages"_L1, readMessage);
        thread.canReply = r.boolean("canReply"_L1);
        thread.canClose = r.boolean("canClose"_L1);
        return thread;
    });
}

Result<Faq> parseFaq(const QByteArray& body) {
    return readObject<Faq>(body, [](JsonReader& r) {
        Faq faq;
        faq.language = r.string("language"_L1);
        faq.updatedAt = r.optionalDateTime("updatedAt"_L1);
        faq.companies = r.objects<FaqCompany>("companies"_L1, [](JsonReader& c) {
            FaqCompany company;
            company.code = c.string("code"_L1);
            company.name = c.string("name"_L1);
            company.contactPhone = c.optionalString("contactPhone"_L1);
            company.questions = c.objects<FaqQuestion>("questions"_L1, [](JsonReader& q) {
                return FaqQuestion{q.string("id"_L1), q.string("question"_L1), q.string("answer"_L1)};
            });
            return company;
        });
        return faq;
    });
}

Result<AppealQueuePage> parseAppealQueue(const QByteArray& body) {
    return readObject<AppealQueuePage>(body, [](JsonReader& r) {
        AppealQueuePage page;
        page.total = r.count("total"_L1);
        page.limit = r.count("limit"_L1);
        page.offset = r.count("offset"_L1);
        page.appeals = r.objects<QueuedAppeal>("appeals"_L1, [](JsonReader& item) {
            QueuedAppeal q;
            readAppeal(item, q.appeal);
            readOperatorParts(item, q.customer, q.assignee, q.language);
            return q;
        });
        return page;
    });
}

Result<OperatorAppealThread> parseOperatorAppealThread(const QByteArray& body) {
    auto thread = parseAppealThread(body);
    if (!thread)
        return thread.error();
    return readObject<OperatorAppealThread>(body, [&thread](JsonReader& r) {
        OperatorAppealThread out{std::move(thread).value(), {}, {}, {}};
        readOperatorParts(r, out.customer, out.assignee, out.language);
        return out;
    });
}

Result<QList<QueueTopic>> parseQueueTopics(const QByteArray& body) {
    return readObject<QList<QueueTopic>>(body, [](JsonReader& r) {
        return r.objects<QueueTopic>("topics"_L1, [](JsonReader& t) {
            return QueueTopic{t.string("code"_L1), t.string("name"_L1), t.boolean("active"_L1)};
        });
    });
}

QString appealQueueQuery(const AppealQueueFilter& filter) {
    QStringList query;
    if (!filter.statuses.isEmpty()) {
        QStringList statuses;
        for (AppealStatus s : filter.statuses)
            statuses.append(appealStatusToWire(s));
        query.append(u"status="_s + statuses.join(u"%2C"_s));
    }
    if (filter.providerId > 0)
        query.append(u"providerId="_s + QString::number(filter.providerId));
    if (!filter.topic.isEmpty())
        query.append(u"topic="_s + QString::fromLatin1(QUrl::toPercentEncoding(filter.topic)));
    if (filter.minAgeHours)
        query.append(u"minAgeHours="_s + QString::number(*filter.minAgeHours));
    if (filter.maxAgeHours)
        query.append(u"maxAgeHours="_s + QString::number(*filter.maxAgeHours));
    if (filter.assignee != AppealQueueFilter::Assignee::Any)
        query.append(filter.assignee == AppealQueueFilter::Assignee::Me ? u"assignee=me"_s : u"assignee=nobody"_s);
    query.append(u"limit="_s + QString::number(filter.limit));
    query.append(u"offset="_s + QString::number(filter.offset));
    return query.join(u'&');
}

QByteArray encodeStatusChange(AppealStatus status) {
    return QJsonDocument(QJsonObject{{"status"_L1, appealStatusToWire(status)}}).toJson(QJsonDocument::Compact);
}

QByteArray encodeNewAppeal(const NewAppeal& appeal) {
    QJsonObject o = messageBody(appeal.text, appeal.attachments);
    o.insert("providerId"_L1, appeal.providerId);
    o.insert("topic"_L1, appeal.topic);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray encodeNewAppealMessage(const NewAppealMessage& message) {
    return QJsonDocument(messageBody(message.text, message.attachments)).toJson(QJsonDocument::Compact);
}

QJsonObject newAppealToJson(const NewAppeal& appeal) {
    QJsonObject o{{"accountId"_L1, appeal.accountId},
                  {"providerId"_L1, appeal.providerId},
                  {"topic"_L1, appeal.topic},
                  {"text"_L1, appeal.text}};
    o.insert("attachments"_L1, attachmentsToJson(appeal.attachments));
    return o;
}

std::optional<NewAppeal> newAppealFromJson(const QJsonObject& object) {
    NewAppeal appeal;
    appeal.accountId = object.value("accountId"_L1).toInteger();
    appeal.providerId = object.value("providerId"_L1).toInteger();
    appeal.topic = object.value("topic"_L1).toString();
    appeal.text = object.value("text"_L1).toString();
    auto attachments = attachmentsFromJson(object.value("attachments"_L1));
    if (!attachments || appeal.accountId <= 0 || appeal.providerId <= 0 || appeal.topic.isEmpty())
        return std::nullopt;
    appeal.attachments = *attachments;
    return appeal;
}

QJsonObject newAppealMessageToJson(const NewAppealMessage& message) {
    return QJsonObject{{"appealId"_L1, message.appealId},
                       {"text"_L1, message.text},
                       {"attachments"_L1, attachmentsToJson(message.attachments)}};
}

std::optional<NewAppealMessage> newAppealMessageFromJson(const QJsonObject& object) {
    NewAppealMessage message;
    message.appealId = object.value("appealId"_L1).toInteger();
    message.text = object.value("text"_L1).toString();
    auto attachments = attachmentsFromJson(object.value("attachments"_L1));
    if (!attachments || message.appealId <= 0)
        return std::nullopt;
    message.attachments = *attachments;
    return message;
}

} // namespace lkk::json
