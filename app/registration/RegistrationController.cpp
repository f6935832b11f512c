#include "app/registration/RegistrationController.h"

#include "app/api/ApiOperations.h"
#include "app/core/Logging.h"
#include "app/registration/RegistrationOperations.h"
#include "app/registration/ServerSelection.h"
#include "shared/ErrorCodes.h"

using namespace Qt::StringLiterals;

namespace lkk {

RegistrationController::RegistrationController(ApiClient* api, AppSettings* settings, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_settings(settings) {}

QDate RegistrationController::today() const {
    return m_today.isValid() ? m_today : QDate::currentDate();
}

FieldErrors RegistrationController::validateContacts(const RegistrationForm& form, const QString& repeat) const {
    FieldErrors errors;
    const auto add = [&errors](const QString& field, const QString& message) {
        if (!message.isEmpty())
            errors.append({field, message});
    };
    add(u"phone"_s, FieldMessages::checkPhone(form.phone, false));
    add(u"email"_s, FieldMessages::checkEmail(form.email));
    add(u"password"_s, FieldMessages::checkNewPassword(form.password));
    add(u"repeat"_s, FieldMessages::checkRepeat(form.password, repeat));
    return errors;
}

FieldErrors RegistrationController::validatePersonal(const RegistrationForm& form) const {
    FieldErrors errors;
    const auto add = [&errors](const QString& field, const QString& message) {
        if (!message.isEmpty())
            errors.append({field, message});
    };
    add(u"surname"_s, FieldMessages::checkName(form.surname, u"surname"_s, true));
    add(u"firstName"_s, FieldMessages::checkName(form.firstName, u"firstName"_s, true));
    add(u"patronymic"_s, FieldMessages::checkName(form.patronymic, u"patronymic"_s, false));
    add(u"birthDate"_s, FieldMessages::checkBirthDate(form.birthDate, today()));
    return errors;
}

FieldErrors RegistrationController::validateCheck(const QString& captchaAnswer, bool agreement) const {
    FieldErrors errors;
    if (captchaAnswer.trimmed().isEmpty())
        errors.append({u"captchaAnswer"_s, tr("Enter the digits from the picture")});
    if (!agreement)
        errors.append({u"agreement"_s, tr("Accept the user agreement to register")});
    return errors;
}

bool RegistrationController::applyServer() {
    if (const auto error = applyConfiguredServer(m_api, m_settings)) {
        emit failed({}, error->message);
        return false;
    }
    return true;
}

QObject* RegistrationController::newAttempt() {
    delete m_attempt.data();
    m_attempt = new QObject(this);
    return m_attempt;
}

void RegistrationController::setBusy(bool busy) {
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

void RegistrationController::fail(const ApiError& error) {
    const FieldError e = FieldMessages::fromApiError(error);
    emit failed(e.field, e.message);
}

void RegistrationController::loadCaptcha() {
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

void RegistrationController::submit(const RegistrationForm& form, const QString& captchaAnswer, bool agreement) {
    if (m_busy)
        return;
    FieldErrors errors = validateContacts(form, form.password); // the wizard checked the repeat itself
    errors += validatePersonal(form);
    errors += validateCheck(captchaAnswer, agreement);
    if (!errors.isEmpty()) {
        emit failed(errors.first().field, errors.first().message);
        return;
    }
    if (!applyServer())
        return;
    setBusy(true);
    m_api->call(RegisterOperation{form, m_captchaId, captchaAnswer, agreement}, {}, newAttempt(),
                [this](Result<RegistrationAccepted> result) {
                    setBusy(false);
                    if (!result) {
                        const ApiError& e = result.error();
                        fail(e);
                        // A captcha is single use: every failed attempt needs a new picture.
                        if (e.kind == ApiError::Kind::Http)
                            loadCaptcha();
                        return;
                    }
                    m_email = result.value().email;
                    m_codeLength = result.value().codeLength > 0 ? result.value().codeLength : 6;
                    qCInfo(lcSession) << "registration accepted; confirmation code sent";
                    emit accepted(result.value());
                    emit resendAvailableIn(result.value().resendAfter);
                });
}

void RegistrationController::enterCode(const QString& email) {
    m_email = rules::normalizedEmail(email);
    m_codeLength = 6;
    RegistrationAccepted a;
    a.email = m_email;
    emit accepted(a);
    emit resendAvailableIn(0);
}

void RegistrationController::confirm(const QString& code) {
    if (m_busy)
        return;
    if (const QString problem = FieldMessages::checkCode(code, m_codeLength); !problem.isEmpty()) {
        emit failed(u"code"_s, problem);
        return;
    }
    if (!applyServer())
        return;
    setBusy(true);
    m_api->call(ConfirmRegistrationOperation{m_email, code}, {}, newAttempt(), [this](Result<NoContent> result) {
        setBusy(false);
        if (!result) {
            fail(result.error());
            return;
        }
        qCInfo(lcSession) << "e-mail confirmed";
        emit confirmed(m_email);
    });
}

void RegistrationController::resend() {
    if (m_busy || m_email.isEmpty())
        return;
    if (!applyServer())
        return;
    setBusy(true);
    m_api->call(ResendConfirmationOperation{m_email}, {}, newAttempt(), [this](Result<int> result) {
        setBusy(false);
        if (!result) {
            const ApiError& e = result.error();
            fail(e);
            if (e.is(errc::tooManyAttempts))
                emit resendAvailableIn(e.retryAfterSeconds.value_or(60));
            return;
        }
        emit resent(m_email);
        emit resendAvailableIn(result.value());
    });
}

} // namespace lkk
