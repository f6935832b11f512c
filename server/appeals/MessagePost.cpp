#include "server/appeals/MessagePost.h"

#include "server/Sha256Hex.h"
#include "server/appeals/AppealMessages.h"
#include "server/appeals/AppealStore.h"
#include "server/appeals/AppealUpload.h"
#include "shared/ErrorCodes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace lkk::server::appeals {

using namespace Qt::StringLiterals;

Result<MessagePost> MessagePost::read(RequestContext& context, const QList<JsonBody::Field>& extraFields) {
    static const QRegularExpression keyPattern(u"^[A-Za-z0-9-]{8,64}$"_s);
    MessagePost post;
    post.key = QString::fromLatin1(context.request.idempotencyKey);
    if (!keyPattern.match(post.key).hasMatch())
        return Failure::of(400, errc::idempotencyKeyRequired, u"Idempotency-Key"_s,
                           AppealMessages::text(AppealMessages::Text::IdempotencyKey, context.language));
    using T = JsonBody::Type;
    JsonBody::Spec spec{{{u"text"_s, T::String, true}, {u"attachments"_s, T::Array, false}}, false};
    spec.fields.append(extraFields);
    const auto body = context.json(spec);
    if (!body)
        return body.failure();
    post.body = *body;
    const auto message = AppealUpload::read(post.body, context.language);
    if (!message)
        return message.failure();
    post.message = *message;
    return post;
}

QString MessagePost::hash(const QJsonObject& what) const {
    QJsonArray files;
    for (const NewAttachment& file : message.attachments)
        files.append(QJsonObject{{u"fileName"_s, file.fileName}, {u"sha256"_s, file.sha256}});
    QJsonObject canonical = what;
    canonical.insert(u"text"_s, message.text);
    canonical.insert(u"attachments"_s, files);
    // QJsonObject keeps its keys sorted, so equal requests give equal bytes.
    const QByteArray bytes = QJsonDocument(canonical).toJson(QJsonDocument::Compact);
    return sha256Hex(bytes);
}

Result<std::optional<qint64>> MessagePost::earlier(QSqlDatabase& db, qint64 authorId, const QString& hash,
                                                   Language language) const {
    const auto posted = AppealStore::posted(db, authorId, key);
    if (!posted)
        return posted.failure();
    if (!*posted)
        return std::optional<qint64>();
    if ((*posted)->requestHash != hash)
        return Failure::of(409, errc::idempotencyConflict, u"Idempotency-Key"_s,
                           AppealMessages::text(AppealMessages::Text::IdempotencyConflict, language));
    return std::optional<qint64>((*posted)->appealId);
}

Result<Done> MessagePost::roomIn(const Appeal& appeal, Language language) {
    if (appeal.status == Status::Closed)
        return Failure::of(409, errc::appealClosed, {},
                           AppealMessages::text(AppealMessages::Text::AppealClosed, language),
                           QJsonObject{{u"status"_s, statusName(appeal.status)}});
    if (appeal.messageCount >= rules::appeals::maxThreadMessages)
        return Failure::of(409, errc::appealThreadFull, {},
                           AppealMessages::text(AppealMessages::Text::ThreadFull, language),
                           QJsonObject{{u"max"_s, rules::appeals::maxThreadMessages}});
    return Done{};
}

} // namespace lkk::server::appeals
