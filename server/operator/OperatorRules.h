#pragma once

#include <QString>
#include <optional>

namespace lkk::server::operators {

// The limits of the operators' workspace (docs/security.md, «Operator audit trail»).
inline constexpr int minReasonLength = 10; // the reason given for an action on a caller's behalf
inline constexpr int maxReasonLength = 500;
inline constexpr int minSurnamePrefix = 2; // letters of a surname search
inline constexpr int maxSearchResults = 50;

// The reason of an action: minReasonLength–maxReasonLength characters after trimming, no control
// characters but line breaks.
bool reasonValid(const QString& reason);

// What a search result shows of the contact details: «d***@lkk.example», «+7 913 ***-**-67».
QString maskedEmail(const QString& email);
QString maskedPhone(const QString& e164);

// A bound of an audit period, in UTC milliseconds: an ISO 8601 instant with its offset
// («2026-12-06T10:15:00Z»), or a day («2026-12-06», Tomsk time) — its start, or with endOfDay
// the start of the next day. nullopt when the text is neither.
std::optional<qint64> auditTime(const QString& text, bool endOfDay);

} // namespace lkk::server::operators
