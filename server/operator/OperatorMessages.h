#pragma once

#include "server/http/Messages.h"

#include <QJsonObject>
#include <QString>

namespace lkk::server::operators {

// The operators' part of the server's message catalogue (Russian default, English).
class OperatorMessages {
public:
    enum class Text {
        ReasonLength, // the reason of an action: 10–500 characters
        QueryInvalid, // a search that is none of the kinds
        ParameterInvalid,
    };
    static QString text(Text text, Language language);
    // What the contact centre did, as the customer's access journal says it (no operator named).
    static QString journal(const QString& action, const QJsonObject& details, const QString& accountNumber,
                           Language language);
};

} // namespace lkk::server::operators
