#include "ui/registration/RegistrationWizard.h"
#include "ui_RegistrationWizard.h"

#include "app/registration/RegistrationController.h"
#include "ui/Dialogs.h"
#include "ui/FieldError.h"
#include "ui/StyleRole.h"
#include "ui/WindowFit.h"
#include "ui/registration/AgreementDialog.h"
#include "ui/registration/FieldErrorView.h"
#include "ui/registration/PersonalForm.h"

#include <QToolButton>

using namespace Qt::StringLiterals;

namespace lkk {

namespace {

int pageOfField(const QString& field) {
    static const QStringList contacts{u"phone"_s, u"email"_s, u"password"_s, u"repeat"_s};
    static const QStringList personal{u"surname"_s, u"firstName"_s, u"patronymic"_s, u"birthDate"_s, u"sex"_s};
    static const QStringList check{u"captchaAnswer"_s, u"captchaId"_s, u"agreement"_s};
    if (contacts.contains(field))
        return RegistrationWizard::ContactsPage;
    if (personal.contains(field))
        return RegistrationWizard::PersonalPage;
    if (check.contains(field))
        return RegistrationWizard::CheckPage;
    if (field == "code"_L1)
        return RegistrationWizard::ConfirmPage;
    return -1;
}

} // namespace

RegistrationWizard::RegistrationWizard(RegistrationController* controller, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::RegistrationWizard)
    , m_controller(controller)
    , m_errors(new FieldErrorView(this)) {
    m_ui->setupUi(this);
    setAttribute(Qt::WA_DeleteOnClose);
    setStyleRole(m_ui->registrationTitle, StyleRole::DialogTitle);
    setStyleRole({m_ui->stepLabel, m_ui->busyLabel, m_ui->strengthLabel, m_ui->passwordRulesLabel, m_ui->spamHintLabel},
                 StyleRole::Hint);
    setStyleRole(m_ui->agreementLink, StyleRole::Link);
    setStyleRole(m_ui->nextButton, StyleRole::Primary);

    setUpBirthDateField(m_ui->birthDateEdit);
    m_ui->sexCombo->addItem(tr("not given"), QString());
    m_ui->sexCombo->addItem(tr("male"), u"male"_s);
    m_ui->sexCombo->addItem(tr("female"), u"female"_s);
    m_ui->resendButton->setTexts(tr("Send the letter again"), tr("Send the letter again (in %1:%2)"));
    // The captcha's answer field lives inside its widget: in the keyboard order after the pages
    // before it, like the form's other fields.
    m_ui->captchaLabel->setBuddy(m_ui->captchaWidget->answerEdit());
    setTabOrder(m_ui->sexCombo, m_ui->captchaWidget->answerEdit());
    setTabOrder(m_ui->captchaWidget->answerEdit(), m_ui->captchaWidget->refreshButton());
    setTabOrder(m_ui->captchaWidget->refreshButton(), m_ui->agreementCheck);

    reserveMessageLine(m_ui->strengthLabel, 2); // «Strength: weak. Missing: …» often takes two
    m_errors->add(u"phone"_s, m_ui->phoneEdit, m_ui->phoneError);
    m_errors->add(u"email"_s, m_ui->emailEdit, m_ui->emailError);
    m_errors->add(u"password"_s, m_ui->passwordEdit, m_ui->passwordError);
    m_errors->add(u"repeat"_s, m_ui->repeatEdit, m_ui->repeatError);
    m_errors->add(u"surname"_s, m_ui->surnameEdit, m_ui->surnameError);
    m_errors->add(u"firstName"_s, m_ui->firstNameEdit, m_ui->firstNameError);
    m_errors->add(u"patronymic"_s, m_ui->patronymicEdit, m_ui->patronymicError);
    m_errors->add(u"birthDate"_s, m_ui->birthDateEdit, m_ui->birthDateError);
    m_errors->add(u"sex"_s, m_ui->sexCombo, m_ui->sexError);
    m_errors->add(u"captchaAnswer"_s, m_ui->captchaWidget->answerEdit(), m_ui->captchaAnswerError);
    m_errors->add(u"agreement"_s, m_ui->agreementCheck, m_ui->agreementError);
    m_errors->add(u"code"_s, m_ui->codeEdit, m_ui->codeError);

    connect(m_ui->passwordEdit, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_ui->strengthLabel->setText(PasswordStrength::of(text).text()); });
    connect(m_ui->agreementLink, &QPushButton::clicked, this, &RegistrationWizard::showAgreement);
    connect(m_ui->resendButton, &QPushButton::clicked, m_controller, &RegistrationController::resend);
    connect(m_ui->backButton, &QPushButton::clicked, this, &RegistrationWizard::back);
    connect(m_ui->nextButton, &QPushButton::clicked, this, &RegistrationWizard::next);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &QDialog::reject);

    connect(m_controller, &RegistrationController::busyChanged, this, &RegistrationWizard::setBusy);
    connect(m_controller, &RegistrationController::failed, this, &RegistrationWizard::onFailed);
    connect(m_controller, &RegistrationController::captchaShown, m_ui->captchaWidget, &CaptchaWidget::setImage);
    connect(m_controller, &RegistrationController::accepted, this, &RegistrationWizard::onAccepted);
    connect(m_controller, &RegistrationController::resendAvailableIn, m_ui->resendButton, &CountdownButton::start);
    connect(m_controller, &RegistrationController::resent, this, [this](const QString& email) {
        m_ui->registrationBanner->showMessage(MessageBanner::Type::Info,
                                              tr("We sent the letter to %1 once more.").arg(email));
        m_ui->registrationBanner->show();
    });
    connect(m_controller, &RegistrationController::confirmed, this, [this](const QString& email) {
        emit confirmed(email, m_confirmOnly ? QString() : m_ui->passwordEdit->text());
        accept();
    });
    connect(m_ui->captchaWidget, &CaptchaWidget::refreshRequested, m_controller, &RegistrationController::loadCaptcha);

    goTo(ContactsPage);
}

RegistrationWizard::~RegistrationWizard() = default;

int RegistrationWizard::currentPage() const {
    return m_ui->pages->currentIndex();
}

RegistrationForm RegistrationWizard::form() const {
    RegistrationForm f;
    f.phone = m_ui->phoneEdit->text();
    f.email = m_ui->emailEdit->text();
    f.password = m_ui->passwordEdit->text();
    f.surname = m_ui->surnameEdit->text();
    f.firstName = m_ui->firstNameEdit->text();
    f.patronymic = m_ui->patronymicEdit->text();
    f.birthDate = m_ui->birthDateEdit->date();
    f.sex = m_ui->sexCombo->currentData().toString();
    return f;
}

void RegistrationWizard::openAtConfirmation(const QString& email) {
    m_confirmOnly = true;
    m_controller->enterCode(email);
}

void RegistrationWizard::goTo(int page) {
    m_ui->pages->setCurrentIndex(page);
    static const char* const titles[] = {QT_TR_NOOP("Contacts and password"), QT_TR_NOOP("About you"),
                                         QT_TR_NOOP("Check"), QT_TR_NOOP("Confirmation")};
    m_ui->stepLabel->setText(tr("Step %1 of 4: %2").arg(page + 1).arg(tr(titles[page])));
    if (page == CheckPage && !m_busy)
        m_controller->loadCaptcha();
    updateButtons();
    QWidget* first = page == ContactsPage   ? static_cast<QWidget*>(m_ui->phoneEdit)
                     : page == PersonalPage ? static_cast<QWidget*>(m_ui->surnameEdit)
                     : page == CheckPage    ? static_cast<QWidget*>(m_ui->captchaWidget->answerEdit())
                                            : static_cast<QWidget*>(m_ui->codeEdit);
    first->setFocus(Qt::OtherFocusReason);
}

void RegistrationWizard::updateButtons() {
    const int page = m_ui->pages->currentIndex();
    m_ui->backButton->setVisible(page == PersonalPage || page == CheckPage);
    m_ui->nextButton->setText(page == CheckPage ? tr("Continue") : page == ConfirmPage ? tr("Confirm") : tr("Next"));
    m_ui->cancelButton->setText(page == ConfirmPage ? tr("Close") : tr("Cancel"));
    for (QPushButton* b : {m_ui->backButton, m_ui->nextButton})
        b->setEnabled(!m_busy);
    m_ui->resendButton->setBusy(m_busy);
}

void RegistrationWizard::showEvent(QShowEvent* event) {
    QDialog::showEvent(event);
    // The room kept for the messages under the fields is there from the start: the first size
    // fits the page with it, so nothing moves when a message appears.
    growWindowToFit(this);
}

void RegistrationWizard::showErrors(const QList<std::pair<QString, QString>>& errors) {
    // Focus goes to the first wrong field; every wrong field shows its message.
    bool first = true;
    for (const auto& [field, message] : errors) {
        m_errors->show(field, message, first);
        first = false;
    }
    growWindowToFit(this);
}

void RegistrationWizard::next() {
    if (m_busy)
        return;
    m_ui->registrationBanner->hide();
    const RegistrationForm f = form();
    FieldErrors errors;
    switch (m_ui->pages->currentIndex()) {
    case ContactsPage:
        errors = m_controller->validateContacts(f, m_ui->repeatEdit->text());
        break;
    case PersonalPage:
        errors = m_controller->validatePersonal(f);
        if (!m_ui->birthDateEdit->hasAcceptableInput())
            errors.append({u"birthDate"_s, DateField::formatHint()});
        break;
    case CheckPage:
        errors = m_controller->validateCheck(m_ui->captchaWidget->answer(), m_ui->agreementCheck->isChecked());
        break;
    case ConfirmPage:
        m_controller->confirm(m_ui->codeEdit->text());
        return;
    }
    if (!errors.isEmpty()) {
        QList<std::pair<QString, QString>> list;
        for (const FieldError& e : std::as_const(errors))
            list.append({e.field, e.message});
        showErrors(list);
        return;
    }
    if (m_ui->pages->currentIndex() == CheckPage)
        m_controller->submit(f, m_ui->captchaWidget->answer(), m_ui->agreementCheck->isChecked());
    else
        goTo(m_ui->pages->currentIndex() + 1);
}

void RegistrationWizard::back() {
    if (m_busy || m_ui->pages->currentIndex() == ContactsPage || m_ui->pages->currentIndex() == ConfirmPage)
        return;
    m_ui->registrationBanner->hide();
    goTo(m_ui->pages->currentIndex() - 1);
}

void RegistrationWizard::onFailed(const QString& field, const QString& message) {
    const int page = pageOfField(field);
    if (page < 0 || (m_confirmOnly && page != ConfirmPage)) {
        m_ui->registrationBanner->showMessage(MessageBanner::Type::Error, message);
        m_ui->registrationBanner->show();
        growWindowToFit(this);
        return;
    }
    if (page != m_ui->pages->currentIndex() && m_ui->pages->currentIndex() != ConfirmPage)
        goTo(page);
    m_errors->show(field, message);
    growWindowToFit(this);
}

void RegistrationWizard::onAccepted(const RegistrationAccepted& accepted) {
    m_ui->sentToLabel->setText(tr("We sent a letter with a confirmation code to %1. Enter the code from the letter "
                                  "or follow the link in it.")
                                   .arg(accepted.email));
    m_ui->codeEdit->setMaxLength(std::max(4, m_controller->codeLength()));
    m_ui->codeEdit->clear();
    goTo(ConfirmPage);
}

bool RegistrationWizard::hasTypedAnything() const {
    for (const QLineEdit* edit : {m_ui->phoneEdit, m_ui->emailEdit, m_ui->passwordEdit, m_ui->repeatEdit,
                                  m_ui->surnameEdit, m_ui->firstNameEdit, m_ui->patronymicEdit, m_ui->codeEdit}) {
        if (!edit->text().trimmed().isEmpty())
            return true;
    }
    return false;
}

void RegistrationWizard::reject() {
    if (!hasTypedAnything()) {
        QDialog::reject();
        return;
    }
    Dialogs::Question question;
    question.title = tr("Stop the registration?");
    question.text = tr("What you have typed in the registration form will be lost.");
    question.acceptText = tr("Stop the registration");
    question.rejectText = tr("Continue");
    question.acceptIsDefault = false; // Enter keeps the form
    Dialogs::confirm(this, question, this, [this](bool accepted) {
        if (accepted)
            QDialog::reject();
    });
}

void RegistrationWizard::setBusy(bool busy) {
    m_busy = busy;
    m_ui->busyLabel->setText(busy ? tr("Sending…") : QString());
    m_ui->busyLabel->setVisible(busy);
    updateButtons();
}

void RegistrationWizard::showAgreement() {
    auto* dialog = new AgreementDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] { m_ui->agreementCheck->setChecked(true); });
    dialog->open();
}

} // namespace lkk
