#include "app/registration/RecoveryController.h"

#include "app/api/ApiOperations.h"
#include "app/core/Logging.h"
#include "app/registration/RegistrationOperations.h"
#include "app/registration/ServerSelection.h"
#include "shared/ErrorCodes.h"

using namespace Qt::StringLiterals;

namespace lkk {

RecoveryController::RecoveryController(ApiClient* api, AppSettings* settings, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_settings(settings) {}

FieldErrors RecoveryController::validateRequest(const QString& email, const QString& captchaAnswer) const {
    FieldErrors errors;
    if (const QString m = FieldMessages::checkEmail(email); !m.isEmpty())
        errors.append({u"email"_s, m});
    if (captchaAnswer.trimmed().isEmpty())
        errors.append({u"captchaAnswer"_s, tr("Enter the digits from the picture")});
    return errors;
}

FieldErrors RecoveryController::validateReset(const QString& code, const QString& newPassword,
                                              const QString& repeat) const {
    FieldErrors errors;
    if (const QString m = FieldMessages::checkCode(code, m_codeLength); !m.isEmpty())
        errors.append({u"code"_s, m});
    if (const QString m = FieldMessages::checkNewPassword(newPassword); !m.isEmpty())
        errors.append({u"newPassword"_s, m});
    if (const QString m = FieldMessages::checkRepeat(newPassword, repeat); !m.isEmpty())
        errors.append({u"repeat"_s, m});
    return errors;
}

bool RecoveryController::applyServer() {
    if (const auto error = applyConfiguredServer(m_api, m_settings)) {
        emit failed({}, error->message);
        return false;
    }
    return true;
}

QObject* RecoveryController::newAttempt() {
    delete m_attempt.data();
    m_attempt = new QObject(this);
    return m_attempt;
}

void RecoveryController::setBusy(bool busy) {
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

void RecoveryController::loadCaptcha() {
    if (!applyServer())
        return;
    m_api->call(RequestCaptchaOperation{}, {}, this, [this](Result<CaptchaChallenge> result) {
        if (!result) {
            emit failed(u"captchaAnswer"_s, result.error().message);
            return;
        }
        m_captchaId = result.value().id;
        m_captchaTestAnswer = result.value().testAnswer;
        QImage image;
        if (!image.loadFromData(result.value().png, "PNG")) {
            emit failed(u"captchaAnswer"_s, tr("The captcha picture could not be shown. Load another one."));
            return;
        }
        emit captchaShown(image);
    });
}

void RecoveryController::requestCode(const QString& email, const QString& captchaAnswer) {
    if (m_busy)
        return;
    if (const FieldErrors errors = validateRequest(email, captchaAnswer); !errors.isEmpty()) {
        emit failed(errors.first().field, errors.first().message);
        return;
    }
    if (!applyServer())
        return;
    setBusy(true);
    const QString normalized = rules::normalizedEmail(email);
    m_api->call(RecoverPasswordOperation{normalized, m_captchaId, captchaAnswer}, {}, newAttempt(),
                [this, normalized](Result<RecoveryAccepted> result) {
                    setBusy(false);
                    if (!result) {
                        FieldError e = FieldMessages::fromApiError(result.error());
                        // The limit is per address (and per network): say so next to the e-mail.
                        if (result.error().is(errc::tooManyAttempts) && e.field.isEmpty())
                            e.field = u"email"_s;
                        emit failed(e.field, e.message);
                        if (result.error().kind == ApiError::Kind::Http)
                            loadCaptcha(); // single use
                        return;
                    }
                    m_email = normalized;
                    m_codeLength = result.value().codeLength > 0 ? result.value().codeLength : 6;
                    emit codeSent(normalized, result.value());
                    emit resendAvailableIn(resendSpacingSeconds);
                });
}

void RecoveryController::reset(const QString& code, const QString& newPassword, const QString& repeat) {
    if (m_busy)
        return;
    if (const FieldErrors errors = validateReset(code, newPassword, repeat); !errors.isEmpty()) {
        emit failed(errors.first().field, errors.first().message);
        return;
    }
    if (!applyServer())
        return;
    setBusy(true);
    m_api->call(ConfirmRecoveryOperation{m_email, code, newPassword}, {}, newAttempt(),
                [this](Result<NoContent> result) {
                    setBusy(false);
                    if (!result) {
                        const FieldError e = FieldMessages::fromApiError(result.error());
                        emit failed(e.field, e.message);
                        return;
                    }
                    qCInfo(lcSession) << "password recovered";
                    emit recovered(m_email);
                });
}

} // namespace lkk
