#pragma once

#include "app/api/Result.h"
#include "app/operator/OperatorDtos.h"

#include <QByteArray>

namespace lkk::json {

Result<CallerSearchResult> parseCallerSearchResult(const QByteArray& body);
Result<CallerCabinet> parseCallerCabinet(const QByteArray& body);
// {"reason": …} and, when given, the action's other fields (a JSON object's members).
QByteArray encodeReasonBody(const QString& reason, const QJsonObject& fields = {});

} // namespace lkk::json
