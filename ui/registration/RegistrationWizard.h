#pragma once

#include "app/registration/RegistrationDtos.h"

#include <QDialog>
#include <QScopedPointer>

namespace Ui {
class RegistrationWizard;
}

namespace lkk {

class FieldErrorView;
class RegistrationController;

// «Регистрация» (manual, section 1, figures 2–5) as a four-page dialog: 1 contacts and password,
// 2 about you, 3 captcha and the user agreement, 4 the code from the confirmation letter with
// «Отправить письмо ещё раз» after a countdown. Every page is checked before going on; server
// field errors bring the user back to the page of the field. Opened with open().
class RegistrationWizard : public QDialog {
    Q_OBJECT
public:
    enum Page { ContactsPage, PersonalPage, CheckPage, ConfirmPage };

    RegistrationWizard(RegistrationController* controller, QWidget* parent = nullptr);
    ~RegistrationWizard() override;

    // The account exists but is not confirmed (from the login window): straight to the code page.
    void openAtConfirmation(const QString& email);

    int currentPage() const;
    RegistrationForm form() const;

    // Esc and «Отменить»: asks before throwing away what was typed.
    void reject() override;

protected:
    void showEvent(QShowEvent* event) override;

signals:
    // The e-mail is confirmed; `password` is what was typed here (empty when the wizard was opened
    // at the code page), so the shell can sign in right away.
    void confirmed(const QString& email, const QString& password);

private:
    void goTo(int page);
    void next();
    void back();
    void showErrors(const QList<std::pair<QString, QString>>& errors);
    void onFailed(const QString& field, const QString& message);
    void onAccepted(const RegistrationAccepted& accepted);
    void setBusy(bool busy);
    void updateButtons();
    void showAgreement();
    bool hasTypedAnything() const;

    const QScopedPointer<Ui::RegistrationWizard> m_ui;
    RegistrationController* m_controller;
    FieldErrorView* m_errors;
    bool m_busy = false;
    bool m_confirmOnly = false;
};

} // namespace lkk
