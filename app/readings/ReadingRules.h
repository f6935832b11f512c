#pragma once

#include "app/readings/ReadingsDtos.h"
#include "shared/Decimal.h"

#include <QList>
#include <QString>
#include <optional>

namespace lkk {

// What the client knows about one zone's input before sending it.
struct ZoneVerdict {
    QString zone;
    std::optional<Decimal> value;       // at the meter's fraction digits; nullopt when the text is bad
    QString error;                      // the inline text under the field; empty when the value is usable
    std::optional<Decimal> consumption; // value − last (rollover-aware when confirmed); nullopt if unknown
    bool belowPrevious = false;         // value < last: acceptable only as a confirmed rollover
    bool highConsumption = false;       // consumption > 3 × the average: acceptable only when confirmed
    QString warning;                    // the confirmation text of belowPrevious / highConsumption
};

struct ReadingCheck {
    QString refusal; // the window is closed or the meter is refused: nothing can be sent
    QList<ZoneVerdict> zones;

    bool hasFormatErrors() const;
    bool needsRolloverConfirmation() const;        // some zone is below the last, not confirmed
    bool needsHighConsumptionConfirmation() const; // some zone far above the average, not confirmed
    bool canSend() const;                          // no refusal, no format error, nothing left to confirm
    QString rolloverText() const;                  // the warnings of the zones concerned, one per line
    QString highConsumptionText() const;
    ZoneValues normalizedValues() const; // zone -> "80.500" of the usable zones
};

// The submission rules of the server (docs/domain.md §6.3, rules 1–5), checked early on the client
// with the same wording, so the user sees a mistake next to the field before anything is sent.
// Exact: values are compared as integer units at the meter's fraction digits, never as floating
// point.
class ReadingRules {
public:
    // A typed value: spaces removed, ',' -> '.' (the server takes both; we send '.').
    static QString normalizeInput(const QString& text);
    // The value of one zone's text for `meter`, or the inline error text.
    static std::optional<Decimal> parseValue(const QString& text, const ReadingsFormMeter& meter, QString* error);

    static ReadingCheck check(const ReadingsWindow& window, const ReadingsFormMeter& meter, const ZoneValues& input,
                              bool confirmRollover, bool confirmHighConsumption);

    // The texts, as the server words them.
    static QString emptyText();
    static QString syntaxText();
    static QString capacityText(int integerDigits, int fractionDigits);
    static QString belowPreviousText(const Decimal& value, const Decimal& last);
    static QString highConsumptionText(const Decimal& consumption, const QString& unit, const Decimal& average);
    static QString notAcceptedText();
};

} // namespace lkk
