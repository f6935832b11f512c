#pragma once

#include "app/api/Result.h"
#include "app/appeals/AppealDtos.h"

#include <QByteArray>
#include <QJsonObject>

// JSON <-> appeals and FAQ DTOs as pure functions (docs/openapi.yaml, tags appeals and faq).
// Strict about the required fields and their types, tolerant of fields they do not know. The
// JSON field names of these routes are written here and nowhere else.
namespace lkk::json {

Result<AppealForm> parseAppealForm(const QByteArray& body);
Result<AppealList> parseAppealList(const QByteArray& body);
Result<AppealThread> parseAppealThread(const QByteArray& body);
Result<Faq> parseFaq(const QByteArray& body);
Result<AppealQueuePage> parseAppealQueue(const QByteArray& body);
Result<OperatorAppealThread> parseOperatorAppealThread(const QByteArray& body);
Result<QList<QueueTopic>> parseQueueTopics(const QByteArray& body);
// The query of GET /operator/appeals (already encoded).
QString appealQueueQuery(const AppealQueueFilter& filter);
QByteArray encodeStatusChange(AppealStatus status);

// The POST bodies: files inline in standard base64 (docs/appeals.md, "Attachments").
QByteArray encodeNewAppeal(const NewAppeal& appeal);
QByteArray encodeNewAppealMessage(const NewAppealMessage& message);

// The outbox file keeps what it sends with the ids the POST has in its path.
QJsonObject newAppealToJson(const NewAppeal& appeal);
std::optional<NewAppeal> newAppealFromJson(const QJsonObject& object);
QJsonObject newAppealMessageToJson(const NewAppealMessage& message);
std::optional<NewAppealMessage> newAppealMessageFromJson(const QJsonObject& object);

QString appealStatusToWire(AppealStatus status);
std::optional<AppealStatus> appealStatusFromWire(const QString& wire);

} // namespace lkk::json
