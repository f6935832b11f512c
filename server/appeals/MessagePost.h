#pragma once

#include "server/Result.h"
#include "server/appeals/Appeal.h"
#include "server/http/JsonBody.h"
#include "server/http/RequestContext.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace lkk::server::appeals {

// What every request that posts a message brings (a new appeal, a customer's message, an
// operator's answer): an Idempotency-Key, a JSON body with `text` and optional `attachments`
// (AppealUpload) and maybe more fields, and the hash that tells a resent request from another one
// with the same key.
struct MessagePost {
    QString key;
    QJsonObject body; // as parsed, for the extra fields
    NewMessage message;

    // The key (400 idempotency_key_required), then the body with `extraFields` besides text and
    // attachments (JsonBody's 4xx), then the text and files (AppealUpload's 4xx).
    static Result<MessagePost> read(RequestContext& context, const QList<JsonBody::Field>& extraFields = {});
    // SHA-256 (hex) of `what` (the kind and target of the request) with the text and the files'
    // names and hashes: equal requests give equal hashes.
    QString hash(const QJsonObject& what) const;
    // Whether this author already posted with this key: nullopt when not; the appeal of that
    // message when it was the same request (`hash`); 409 idempotency_conflict when another.
    Result<std::optional<qint64>> earlier(QSqlDatabase& db, qint64 authorId, const QString& hash,
                                          Language language) const;
    // Whether `appeal` takes one more message: 409 appeal_closed (details.status) when closed,
    // 409 appeal_thread_full (details.max) when its thread is full.
    static Result<Done> roomIn(const Appeal& appeal, Language language);
};

} // namespace lkk::server::appeals
