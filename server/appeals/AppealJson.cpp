#include "server/appeals/AppealJson.h"

#include "server/accounts/TomskTime.h"
#include "server/appeals/AppealMessages.h"

#include <QJsonArray>

namespace lkk::server::appeals {

using namespace Qt::StringLiterals;
using accounts::TomskTime;

namespace {

QJsonValue isoOrNull(const std::optional<qint64>& ms) {
    return ms ? QJsonValue(TomskTime::isoUtc(*ms)) : QJsonValue(QJsonValue::Null);
}

QJsonValue textOrNull(const QString& text) {
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

std::optional<Message> newestAnswer(const QList<Message>& messages) {
    for (auto it = messages.crbegin(); it != messages.crend(); ++it) {
        if (it->author == AuthorKind::Operator)
            return *it;
    }
    return std::nullopt;
}

} // namespace

QJsonObject AppealJson::topic(const Topic& topic, Language language) {
    return {{u"code"_s, topic.code}, {u"name"_s, topic.name(language)}};
}

QJsonObject AppealJson::message(const Message& m, Language language) {
    QJsonArray files;
    for (const AttachmentInfo& file : m.attachments)
        files.append(QJsonObject{{u"id"_s, file.id},
                                 {u"fileName"_s, rules::appeals::downloadFileName(file.fileName, file.type)},
                                 {u"contentType"_s, QString::fromLatin1(rules::appeals::mimeType(file.type))},
                                 {u"size"_s, file.size}});
    const bool system = m.author == AuthorKind::System;
    return {{u"id"_s, m.id},
            {u"author"_s, authorKindName(m.author)},
            {u"authorName"_s, system ? QJsonValue(QJsonValue::Null) : textOrNull(m.authorName)},
            {u"text"_s, system && m.event ? AppealMessages::event(*m.event, language) : m.body},
            {u"status"_s, system && m.status ? QJsonValue(statusName(*m.status)) : QJsonValue(QJsonValue::Null)},
            {u"createdAt"_s, TomskTime::isoUtc(m.createdAt)},
            {u"attachments"_s, files}};
}

QJsonObject AppealJson::appeal(const Appeal& a, const std::optional<Message>& lastAnswer, Language language) {
    return {{u"id"_s, a.id},
            {u"accountId"_s, a.accountId},
            {u"accountNumber"_s, a.accountNumber},
            {u"provider"_s, QJsonObject{{u"id"_s, a.provider.id}, {u"name"_s, a.provider.name}}},
            {u"topic"_s, topic(a.topic, language)},
            {u"status"_s, statusName(a.status)},
            {u"unread"_s, a.unread},
            {u"text"_s, a.openingText},
            {u"messageCount"_s, a.messageCount},
            {u"lastAnswer"_s, lastAnswer ? QJsonValue(message(*lastAnswer, language)) : QJsonValue(QJsonValue::Null)},
            {u"createdAt"_s, TomskTime::isoUtc(a.createdAt)},
            {u"updatedAt"_s, TomskTime::isoUtc(a.updatedAt)},
            {u"answeredAt"_s, isoOrNull(a.answeredAt)},
            {u"closedAt"_s, isoOrNull(a.closedAt)}};
}

QJsonObject AppealJson::thread(const Appeal& a, const QList<Message>& messages, Language language) {
    QJsonObject json = appeal(a, newestAnswer(messages), language);
    QJsonArray list;
    for (const Message& m : messages)
        list.append(message(m, language));
    const bool open = a.status != Status::Closed;
    json.insert(u"messages"_s, list);
    json.insert(u"canReply"_s, open && a.messageCount < rules::appeals::maxThreadMessages);
    json.insert(u"canClose"_s, open);
    return json;
}

QJsonObject AppealJson::forOperator(QJsonObject json, const Appeal& a, const Customer& customer) {
    json.insert(u"customer"_s, QJsonObject{{u"id"_s, customer.id},
                                           {u"name"_s, customer.name},
                                           {u"email"_s, customer.email},
                                           {u"phone"_s, textOrNull(customer.phone)}});
    json.insert(u"assignee"_s, a.assigneeId == 0
                                   ? QJsonValue(QJsonValue::Null)
                                   : QJsonValue(QJsonObject{{u"id"_s, a.assigneeId}, {u"name"_s, a.assigneeName}}));
    json.insert(u"language"_s, QString::fromLatin1(Messages::languageTag(a.language)));
    return json;
}

} // namespace lkk::server::appeals
