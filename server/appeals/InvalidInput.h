#pragma once

#include "server/Result.h"

#include <QString>

namespace lkk::server::appeals {

// 400 validation_failed about one field of an appeals request, with its text from a catalogue in
// the request's language (AppealMessages, AccountMessages, Messages).
inline Failure invalidInput(const QString& field, const QString& message) {
    return Failure::of(400, errc::validationFailed, field, message);
}

} // namespace lkk::server::appeals
