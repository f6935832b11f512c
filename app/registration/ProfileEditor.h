#pragma once

#include "app/registration/FieldMessages.h"
#include "app/registration/RegistrationDtos.h"

#include <QObject>
#include <QPointer>

namespace lkk {

class Session;

// The presenter behind profile editing and «Заполните реквизиты» (docs/manual.md §4, §2): saves a
// section through PATCH /profile, changes the e-mail (password, then the code from the new
// address) and the password. Successful saves update Session::user().
class ProfileEditor : public QObject {
    Q_OBJECT
public:
    enum class Section { Personal, Email, Password, Marketing, Details };
    Q_ENUM(Section)

    explicit ProfileEditor(Session* session, QObject* parent = nullptr);

    // Name/sex/birth date/phone as typed: field errors in the order of the form.
    FieldErrors validatePersonal(const QString& surname, const QString& firstName, const QString& patronymic,
                                 const QString& phone, bool phoneRequired, const QDate& birthDate) const;
    FieldErrors validateMarketing(const MarketingSubscription& tomskRts,
                                  const MarketingSubscription& tomskEnergosbyt) const;
    void setToday(const QDate& today) { m_today = today; }

    bool isBusy() const { return m_busy; }
    QString pendingEmail() const { return m_pendingEmail; }

public slots:
    void save(lkk::ProfileEditor::Section section, const lkk::ProfileUpdate& update);
    void changeEmail(const QString& newEmail, const QString& currentPassword);
    void confirmEmail(const QString& code);
    void changePassword(const QString& currentPassword, const QString& newPassword, const QString& repeat);
    void cancel(); // drops a running request's answer

signals:
    void busyChanged(bool busy);
    void failed(lkk::ProfileEditor::Section section, const QString& field, const QString& message);
    void saved(lkk::ProfileEditor::Section section, const lkk::Profile& profile);
    void emailCodeSent(const QString& pendingEmail, int codeLength);
    void passwordChanged();

private:
    QObject* newAttempt();
    void setBusy(bool busy);
    void fail(Section section, const ApiError& error);
    void applyProfile(Section section, const Profile& profile);

    Session* m_session;
    QPointer<QObject> m_attempt;
    QString m_pendingEmail;
    int m_codeLength = 6;
    bool m_busy = false;
    QDate m_today;
};

} // namespace lkk
