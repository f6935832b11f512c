#pragma once

// Error codes of the cabinet API (docs/openapi.yaml, components/schemas/Error). The server sends
// them, the client maps them to its own texts; both sides use these constants, never literals.
namespace lkk::errc {
inline constexpr char validationFailed[] = "validation_failed";          // 400, field set
inline constexpr char malformedJson[] = "malformed_json";                // 400
inline constexpr char unknownField[] = "unknown_field";                  // 400, field set
inline constexpr char wrongType[] = "wrong_type";                        // 400, field set
inline constexpr char bodyTooLarge[] = "body_too_large";                 // 413
inline constexpr char unsupportedMediaType[] = "unsupported_media_type"; // 415
inline constexpr char notFound[] = "not_found";                          // 404
inline constexpr char invalidCredentials[] = "invalid_credentials";      // 401
inline constexpr char captchaRequired[] = "captcha_required";            // 403
inline constexpr char captchaInvalid[] = "captcha_invalid";              // 403, field captchaAnswer
inline constexpr char tooManyAttempts[] = "too_many_attempts";           // 429, Retry-After header
inline constexpr char unauthorized[] = "unauthorized";                   // 401: no or unknown token
inline constexpr char tokenExpired[] = "token_expired";                  // 401: access token expired
inline constexpr char invalidRefreshToken[] = "invalid_refresh_token";   // 401
inline constexpr char forbidden[] = "forbidden";                         // 403: the caller's role may not
inline constexpr char internalError[] = "internal_error";                // 500: a bug, never bad input
inline constexpr char serviceUnavailable[] = "service_unavailable";      // 503: database down, server full
// Refused by the HTTP layer before any route (docs/http-server.md, "Limits and refusals").
inline constexpr char badRequest[] = "bad_request";                             // 400: malformed HTTP
inline constexpr char requestTimeout[] = "request_timeout";                     // 408: head or body too slow
inline constexpr char expectationFailed[] = "expectation_failed";               // 417: Expect other than 100-continue
inline constexpr char uriTooLong[] = "uri_too_long";                            // 414: request line over 8 KiB
inline constexpr char headersTooLarge[] = "headers_too_large";                  // 431: header fields over 16 KiB
inline constexpr char notImplemented[] = "not_implemented";                     // 501: method or transfer coding
inline constexpr char httpVersionNotSupported[] = "http_version_not_supported"; // 505
// Accounts. The Error object may carry "details" ({"attemptsLeft":n} / {"lockedUntil":iso}).
inline constexpr char accountNotFound[] = "account_not_found";              // 404; field "number" on link
inline constexpr char accountAlreadyLinked[] = "account_already_linked";    // 409, field "number"
inline constexpr char linkChallengeNotFound[] = "link_challenge_not_found"; // 404: expired/unknown/used
inline constexpr char wrongAnswer[] = "wrong_answer";                       // 422, field "answer", details.attemptsLeft
inline constexpr char linkLocked[] = "link_locked";                         // 429, details.lockedUntil
// Registration and profile.
inline constexpr char emailNotConfirmed[] = "email_not_confirmed"; // 403 on login (right password)
inline constexpr char confirmationCodeInvalid[] =
    "confirmation_code_invalid";                                       // 422, field "code", details.attemptsLeft
inline constexpr char confirmationExpired[] = "confirmation_expired";  // 410: expired/used/dead/unknown
inline constexpr char recoveryCodeInvalid[] = "recovery_code_invalid"; // 422, field "code", details.attemptsLeft
inline constexpr char recoveryExpired[] = "recovery_expired";          // 410
inline constexpr char wrongPassword[] = "wrong_password";              // 403, field "currentPassword"
// Operators' sign-in: the second factor (TOTP or a recovery code) and disabled accounts.
inline constexpr char accountDisabled[] = "account_disabled";          // 403 on login (right password)
inline constexpr char signInExpired[] = "sign_in_expired";             // 401: challenge unknown/expired/used/dead
inline constexpr char secondFactorInvalid[] = "second_factor_invalid"; // 422, field, details.attemptsLeft
// Readings. 422 answers carry details (docs/openapi.yaml, submitReadings).
inline constexpr char meterNotFound[] = "meter_not_found";                       // 404, field "meterId"
inline constexpr char submissionIdConflict[] = "submission_id_conflict";         // 409, field "submissionId"
inline constexpr char readingWindowClosed[] = "reading_window_closed";           // 422, details opensAt…
inline constexpr char meterAutomatic[] = "meter_automatic";                      // 422
inline constexpr char meterVerificationExpired[] = "meter_verification_expired"; // 422
inline constexpr char readingBelowPrevious[] = "reading_below_previous";         // 422, field "values.<zone>"
inline constexpr char consumptionTooHigh[] = "consumption_too_high";             // 422, field "values.<zone>"
// Payments.
inline constexpr char idempotencyKeyRequired[] = "idempotency_key_required"; // 400, field "Idempotency-Key"
inline constexpr char idempotencyConflict[] = "idempotency_conflict";        // 409: same key, other body
inline constexpr char orderNotCancellable[] = "order_not_cancellable";       // 409, details.status
// Appeals (docs/appeals.md). Attachment errors name the file in the message and in details.fileName.
inline constexpr char appealNotFound[] = "appeal_not_found";                      // 404: unknown or not the caller's
inline constexpr char attachmentNotFound[] = "attachment_not_found";              // 404
inline constexpr char attachmentTypeNotAllowed[] = "attachment_type_not_allowed"; // 422, field attachments[i]
inline constexpr char attachmentTooLarge[] = "attachment_too_large";              // 422, field attachments[i]
inline constexpr char tooManyAttachments[] = "too_many_attachments";              // 422, field attachments
inline constexpr char appealClosed[] = "appeal_closed";                           // 409, details.status
inline constexpr char appealThreadFull[] = "appeal_thread_full";                  // 409, details.max
inline constexpr char appealLimitReached[] = "appeal_limit_reached";              // 429, Retry-After, details
inline constexpr char messageLimitReached[] = "message_limit_reached";            // 429, Retry-After, details
// The operators' workspace (docs/security.md, «Operator audit trail»).
inline constexpr char customerNotFound[] = "customer_not_found";           // 404: no customer with this id
inline constexpr char emailAlreadyConfirmed[] = "email_already_confirmed"; // 409: nothing to confirm
inline constexpr char operatorLimitReached[] = "operator_limit_reached";   // 429, Retry-After, details.limit
} // namespace lkk::errc
