#pragma once

#include "app/api/Result.h"
#include "app/appeals/AppealDtos.h"
#include "app/operator/OperatorDtos.h"

#include <QByteArray>
#include <QJsonObject>

namespace lkk::json {

Result<CallerSearchResult> parseCallerSearchResult(const QByteArray& body);
Result<CallerCabinet> parseCallerCabinet(const QByteArray& body);
// {"topics":[{code,name,active}]} -> the active topics, in their order.
Result<QList<AppealTopic>> parseActiveAppealTopics(const QByteArray& body);
// {"reason": …} and, when given, the action's other fields (a JSON object's members).
QByteArray encodeReasonBody(const QString& reason, const QJsonObject& fields = {});

} // namespace lkk::json
