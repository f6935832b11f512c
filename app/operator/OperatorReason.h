#pragma once

#include <QString>

namespace lkk {

// The reason an operator gives for an action on a caller's behalf: 10–500 characters after
// trimming, as the server checks it (docs/openapi.yaml, OperatorReadingSubmission.reason).
struct OperatorReason {
    static constexpr int minLength = 10;
    static constexpr int maxLength = 500;

    // Empty when `text` will do; otherwise what is wrong, for the field's inline error.
    static QString problem(const QString& text);
};

} // namespace lkk
