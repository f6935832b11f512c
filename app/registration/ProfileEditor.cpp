#include "app/registration/ProfileEditor.h"

#include "app/core/Logging.h"
#include "app/registration/RegistrationOperations.h"
#include "app/session/Session.h"

using namespace Qt::StringLiterals;

namespace lkk {

ProfileEditor::ProfileEditor(Session* session, QObject* parent)
    : QObject(parent)
    , m_session(session) {
    m_pendingEmail = session->user().pendingEmail;
}

FieldErrors ProfileEditor::validatePersonal(const QString& surname, const QString& firstName, const QString& patronymic,
                                            const QString& phone, bool phoneRequired, const QDate& birthDate) const {
    FieldErrors errors;
    const auto add = [&errors](const QString& field, const QString& message) {
        if (!message.isEmpty())
            errors.append({field, message});
    };
    add(u"surname"_s, FieldMessages::checkName(surname, u"surname"_s, true));
    add(u"firstName"_s, FieldMessages::checkName(firstName, u"firstName"_s, true));
    add(u"patronymic"_s, FieldMessages::checkName(patronymic, u"patronymic"_s, false));
    add(u"phone"_s, FieldMessages::checkPhone(phone, phoneRequired));
    add(u"birthDate"_s, FieldMessages::checkBirthDate(birthDate, m_today.isValid() ? m_today : QDate::currentDate()));
    return errors;
}

FieldErrors ProfileEditor::validateMarketing(const MarketingSubscription& tomskRts,
                                             const MarketingSubscription& tomskEnergosbyt) const {
    FieldErrors errors;
    const auto check = [&errors](const QString& field, const MarketingSubscription& s) {
        if (s.enabled || !s.email.trimmed().isEmpty())
            if (const QString m = FieldMessages::checkEmail(s.email); !m.isEmpty())
                errors.append({field, m});
    };
    check(u"marketing.tomskRts.email"_s, tomskRts);
    check(u"marketing.tomskEnergosbyt.email"_s, tomskEnergosbyt);
    return errors;
}

QObject* ProfileEditor::newAttempt() {
    delete m_attempt.data();
    m_attempt = new QObject(this);
    return m_attempt;
}

void ProfileEditor::setBusy(bool busy) {
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

void ProfileEditor::fail(Section section, const ApiError& error) {
    const FieldError e = FieldMessages::fromApiError(error);
    emit failed(section, e.field, e.message);
}

void ProfileEditor::applyProfile(Section section, const Profile& profile) {
    m_session->updateUser(profile);
    m_pendingEmail = profile.pendingEmail;
    emit saved(section, profile);
}

void ProfileEditor::save(Section section, const ProfileUpdate& update) {
    if (m_busy)
        return;
    if (update.isEmpty()) {
        emit saved(section, m_session->user());
        return;
    }
    setBusy(true);
    m_session->authorized(UpdateProfileOperation{update}, newAttempt(), [this, section](Result<Profile> result) {
        setBusy(false);
        if (!result) {
            fail(section, result.error());
            return;
        }
        applyProfile(section, result.value());
    });
}

void ProfileEditor::changeEmail(const QString& newEmail, const QString& currentPassword) {
    if (m_busy)
        return;
    if (const QString m = FieldMessages::checkEmail(newEmail); !m.isEmpty()) {
        emit failed(Section::Email, u"newEmail"_s, m);
        return;
    }
    if (rules::normalizedEmail(newEmail) == rules::normalizedEmail(m_session->user().email)) {
        emit failed(Section::Email, u"newEmail"_s, tr("This is your current e-mail"));
        return;
    }
    if (currentPassword.isEmpty()) {
        emit failed(Section::Email, u"currentPassword"_s, tr("Enter your current password"));
        return;
    }
    setBusy(true);
    m_session->authorized(ChangeEmailOperation{newEmail, currentPassword}, newAttempt(),
                          [this](Result<EmailChangeAccepted> result) {
                              setBusy(false);
                              if (!result) {
                                  fail(Section::Email, result.error());
                                  return;
                              }
                              m_pendingEmail = result.value().pendingEmail;
                              m_codeLength = result.value().codeLength > 0 ? result.value().codeLength : 6;
                              emit emailCodeSent(m_pendingEmail, m_codeLength);
                          });
}

void ProfileEditor::confirmEmail(const QString& code) {
    if (m_busy)
        return;
    if (const QString m = FieldMessages::checkCode(code, m_codeLength); !m.isEmpty()) {
        emit failed(Section::Email, u"code"_s, m);
        return;
    }
    setBusy(true);
    m_session->authorized(ConfirmEmailChangeOperation{code}, newAttempt(), [this](Result<Profile> result) {
        setBusy(false);
        if (!result) {
            fail(Section::Email, result.error());
            return;
        }
        qCInfo(lcSession) << "e-mail changed";
        applyProfile(Section::Email, result.value());
    });
}

void ProfileEditor::changePassword(const QString& currentPassword, const QString& newPassword, const QString& repeat) {
    if (m_busy)
        return;
    if (currentPassword.isEmpty()) {
        emit failed(Section::Password, u"currentPassword"_s, tr("Enter your current password"));
        return;
    }
    if (const QString m = FieldMessages::checkNewPassword(newPassword); !m.isEmpty()) {
        emit failed(Section::Password, u"newPassword"_s, m);
        return;
    }
    if (const QString m = FieldMessages::checkRepeat(newPassword, repeat); !m.isEmpty()) {
        emit failed(Section::Password, u"repeat"_s, m);
        return;
    }
    setBusy(true);
    m_session->authorized(ChangePasswordOperation{currentPassword, newPassword}, newAttempt(),
                          [this](Result<NoContent> result) {
                              setBusy(false);
                              if (!result) {
                                  fail(Section::Password, result.error());
                                  return;
                              }
                              qCInfo(lcSession) << "password changed; other sessions revoked";
                              emit passwordChanged();
                          });
}

void ProfileEditor::cancel() {
    delete m_attempt.data();
    setBusy(false);
}

} // namespace lkk
