#pragma once

#include "server/appeals/Appeal.h"
#include "server/http/Messages.h"

#include <QJsonObject>
#include <QList>
#include <optional>

namespace lkk::server::appeals {

// Appeals as the API shows them (docs/openapi.yaml: Appeal, AppealThread, OperatorAppeal,
// OperatorAppealThread, AppealMessage): times in UTC ISO 8601, names in the request's language.
class AppealJson {
public:
    static QJsonObject topic(const Topic& topic, Language language);
    static QJsonObject message(const Message& message, Language language);
    // Appeal: what a row of the list shows, with the newest answer.
    static QJsonObject appeal(const Appeal& appeal, const std::optional<Message>& lastAnswer, Language language);
    // AppealThread: the appeal with every message and what the customer may still do.
    static QJsonObject thread(const Appeal& appeal, const QList<Message>& messages, Language language);
    // The operator's view of either: plus the customer, who has taken it and the customer's language.
    static QJsonObject forOperator(QJsonObject json, const Appeal& appeal, const Customer& customer);
};

} // namespace lkk::server::appeals
