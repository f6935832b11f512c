#pragma once

#include "server/http/DateRange.h"
#include "server/http/Messages.h"

#include <QString>

namespace lkk::server::accounts {

// The accounts part of the server's message catalogue (Russian default, English): texts that
// carry a value or that are more specific than the general catalogue's entry for the code.
class AccountMessages {
public:
    enum class Text {
        NumberNotFound,    // account_not_found on /accounts/link
        AccountNotFound,   // account_not_found on the account endpoints
        AlreadyLinked,     // account_already_linked
        ChallengeNotFound, // link_challenge_not_found
        RelationInvalid,   // validation_failed, field relation
        QuestionInvalid,   // validation_failed, field question
        CodeNotDigits,     // validation_failed, field answer (link_code)
        AmountInvalid,     // validation_failed, field answer (total_to_pay)
        DateInvalid,       // validation_failed, field from/to
        PeriodReversed,    // validation_failed, field from (from > to)
        ContractNotFound,  // not_found: the contract is not one of the account's
    };

    static QString text(Text text, Language language);
    // A history's from/to (DateInvalid, PeriodReversed).
    static QString dateRange(DateRange::Problem problem, Language language);
    static QString wrongAnswer(int attemptsLeft, Language language);
    static QString locked(const QString& tomskTime, Language language); // "27.11.2026 21:05"
    // The two control questions (docs/domain.md §3).
    static QString linkCodeQuestion(Language language);
    static QString totalQuestion(Language language);
};

} // namespace lkk::server::accounts
