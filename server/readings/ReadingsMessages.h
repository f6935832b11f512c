#pragma once

#include "server/http/Messages.h"

#include <QDate>
#include <QString>

namespace lkk::server::readings {

// The readings part of the server's message catalogue (Russian default, English). The client
// shows the same Russian texts for its early checks (app/readings/ReadingRules).
class ReadingsMessages {
public:
    static QString windowRule(int fromDay, int toDay, Language language);
    static QString windowClosed(int fromDay, int toDay, const QDate& opens, Language language);
    static QString meterAutomatic(Language language);
    static QString verificationExpired(const QDate& verifiedUntil, Language language);
    static QString belowPrevious(const QString& lastDisplay, Language language);
    static QString tooHigh(const QString& consumptionDisplay, const QString& unit, const QString& averageDisplay,
                           Language language);
    static QString accepted(Language language);
    static QString replaced(const QString& period, Language language); // period "2026-11"
    static QString valueRequired(Language language);
    static QString valueFormat(int integerDigits, int fractionDigits, Language language);
    static QString unknownZone(const QString& zone, Language language);
    static QString meterNotFound(Language language);
    static QString submissionIdInvalid(Language language);
    static QString submissionIdConflict(Language language);
};

} // namespace lkk::server::readings
