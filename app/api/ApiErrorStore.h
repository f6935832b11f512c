#pragma once

#include "app/api/ApiError.h"

#include <QJsonObject>

// What the outboxes (readings, appeals) keep of an error on disk, and which errors leave a
// queued request waiting for another attempt instead of ending it.
namespace lkk {

QJsonObject apiErrorToJson(const ApiError& error);
ApiError apiErrorFromJson(const QJsonObject& object);

// Network failures, timeouts, TLS problems, unreadable answers, 5xx, 408, 429 and 401 (the
// session is being renewed or has ended: the request waits for the next sign-in). A resend is
// safe because every queued request carries its own idempotency key.
bool isTransientForResend(const ApiError& error);

} // namespace lkk
