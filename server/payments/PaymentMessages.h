#pragma once

#include "server/Result.h"
#include "server/http/DateRange.h"
#include "server/http/Messages.h"

#include <QString>

namespace lkk::server::payments {

// The payments part of the server's message catalogue (Russian default, English).
class PaymentMessages {
public:
    enum class Text {
        PeriodInvalid,      // bills: from/to not YYYY-MM
        DateInvalid,        // payments: from/to not YYYY-MM-DD
        RangeReversed,      // from later than to
        ConsentRequired,    // consent not true
        ReceiptRequired,    // neither receiptEmail nor receiptPhone
        EmailInvalid,       // receiptEmail
        PhoneInvalid,       // receiptPhone
        ItemsEmpty,         // items empty or every amount 0
        AmountNegative,     // items[i].amount < 0
        AmountTooLarge,     // items[i].amount > maxOrderTotal
        TotalTooLarge,      // Σ > maxOrderTotal
        SubAccountUnknown,  // items[i].subAccount not the account's
        SubAccountRepeated, // items[i].subAccount given twice
        IdempotencyKey,     // idempotency_key_required
        IdempotencyConflict,
        NotCancellable,
        OrderNotFound,
    };
    static QString text(Text text, Language language);
    // The payments' from/to (DateInvalid, RangeReversed).
    static QString dateRange(DateRange::Problem problem, Language language);
    // 400 validation_failed about `field`, with the text in the request's language.
    static Failure invalid(const QString& field, Text text, Language language) {
        return Failure::invalid(field, PaymentMessages::text(text, language));
    }
};

} // namespace lkk::server::payments
