#pragma once

#include "app/api/Result.h"
#include "app/registration/RegistrationDtos.h"

#include <QByteArray>

// JSON of the registration, recovery and profile endpoints as pure functions, in the style of
// app/api/JsonCodec.h.
namespace lkk::json {

QByteArray encodeRegistration(const RegistrationForm& form, const QString& captchaId, const QString& captchaAnswer,
                              bool agreement);
QByteArray encodeEmailCode(const QString& email, const QString& code);
QByteArray encodeEmail(const QString& email);
QByteArray encodeRecovery(const QString& email, const QString& captchaId, const QString& captchaAnswer);
QByteArray encodeRecoveryConfirm(const QString& email, const QString& code, const QString& newPassword);
QByteArray encodeProfileUpdate(const ProfileUpdate& update);
QByteArray encodeEmailChange(const QString& newEmail, const QString& currentPassword);
QByteArray encodeCode(const QString& code);
QByteArray encodePasswordChange(const QString& currentPassword, const QString& newPassword);

Result<RegistrationAccepted> parseRegistrationAccepted(const QByteArray& body);
Result<int> parseResendAccepted(const QByteArray& body); // {"resendAfter":60}
Result<RecoveryAccepted> parseRecoveryAccepted(const QByteArray& body);
Result<EmailChangeAccepted> parseEmailChangeAccepted(const QByteArray& body);

} // namespace lkk::json
