#include "ui/registration/RecoveryDialog.h"
#include "ui_RecoveryDialog.h"

#include "app/registration/RecoveryController.h"
#include "ui/FieldError.h"
#include "ui/StyleRole.h"
#include "ui/registration/FieldErrorView.h"

#include <QToolButton>

using namespace Qt::StringLiterals;

namespace lkk {

RecoveryDialog::RecoveryDialog(RecoveryController* controller, const QString& email, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::RecoveryDialog)
    , m_controller(controller)
    , m_errors(new FieldErrorView(this)) {
    m_ui->setupUi(this);
    setAttribute(Qt::WA_DeleteOnClose);
    setStyleRole(m_ui->recoveryTitle, StyleRole::DialogTitle);
    setStyleRole({m_ui->strengthLabel, m_ui->busyLabel}, StyleRole::Hint);
    reserveMessageLine(m_ui->strengthLabel, 2); // «Strength: weak. Missing: …» often takes two
    setStyleRole(m_ui->submitButton, StyleRole::Primary);
    m_ui->emailEdit->setText(email);
    m_ui->resendButton->setTexts(tr("Send the code again"), tr("Send the code again (in %1:%2)"));

    m_errors->add(u"email"_s, m_ui->emailEdit, m_ui->emailError);
    m_errors->add(u"captchaAnswer"_s, m_ui->captchaWidget->answerEdit(), m_ui->captchaAnswerError);
    m_errors->add(u"code"_s, m_ui->codeEdit, m_ui->codeError);
    m_errors->add(u"newPassword"_s, m_ui->newPasswordEdit, m_ui->newPasswordError);
    m_errors->add(u"repeat"_s, m_ui->repeatEdit, m_ui->repeatError);

    connect(m_ui->newPasswordEdit, &QLineEdit::textChanged, this,
            [this](const QString& t) { m_ui->strengthLabel->setText(PasswordStrength::of(t).text()); });
    connect(m_ui->resendButton, &QPushButton::clicked, this, &RecoveryDialog::requestNewCode);
    connect(m_ui->submitButton, &QPushButton::clicked, this, &RecoveryDialog::submit);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &QDialog::reject);

    connect(m_controller, &RecoveryController::captchaShown, m_ui->captchaWidget, &CaptchaWidget::setImage);
    connect(m_ui->captchaWidget, &CaptchaWidget::refreshRequested, m_controller, &RecoveryController::loadCaptcha);
    connect(m_controller, &RecoveryController::busyChanged, this, &RecoveryDialog::setBusy);
    connect(m_controller, &RecoveryController::failed, this, [this](const QString& field, const QString& message) {
        if (!m_errors->show(field, message)) {
            m_ui->recoveryBanner->showMessage(MessageBanner::Type::Error, message);
            m_ui->recoveryBanner->show();
        }
    });
    connect(m_controller, &RecoveryController::codeSent, this, [this](const QString& to, const RecoveryAccepted&) {
        m_ui->sentToLabel->setText(tr("If %1 is registered, a letter with a code has been sent to it. The code is "
                                      "valid for an hour.")
                                       .arg(to));
        m_ui->codeEdit->clear();
        m_errors->clear(u"code"_s);
        goTo(ResetPage);
        if (m_newCodeRequested) {
            m_ui->recoveryBanner->showMessage(
                MessageBanner::Type::Info, tr("A new code has been sent. Codes from earlier letters no longer work."));
            m_ui->recoveryBanner->show();
        }
        m_newCodeRequested = false;
    });
    connect(m_controller, &RecoveryController::resendAvailableIn, m_ui->resendButton, &CountdownButton::start);

    // The form orders the pages top to bottom; the captcha's answer field and «Другая картинка»
    // (inside its widget) come right after the e-mail.
    m_ui->captchaLabel->setBuddy(m_ui->captchaWidget->answerEdit());
    setTabOrder(m_ui->emailEdit, m_ui->captchaWidget->answerEdit());
    setTabOrder(m_ui->captchaWidget->answerEdit(), m_ui->captchaWidget->refreshButton());
    setTabOrder(m_ui->captchaWidget->refreshButton(), m_ui->codeEdit);
    connect(m_controller, &RecoveryController::recovered, this, [this](const QString& to) {
        m_recoveredEmail = to;
        goTo(DonePage);
    });
    goTo(RequestPage);
    m_controller->loadCaptcha();
}

RecoveryDialog::~RecoveryDialog() = default;

int RecoveryDialog::currentPage() const {
    return m_ui->pages->currentIndex();
}

void RecoveryDialog::goTo(int page) {
    m_ui->pages->setCurrentIndex(page);
    m_ui->recoveryBanner->hide();
    m_ui->submitButton->setText(page == RequestPage ? tr("Get the code")
                                : page == ResetPage ? tr("Save the password")
                                                    : tr("Sign in"));
    m_ui->cancelButton->setVisible(page != DonePage);
    if (page == RequestPage)
        (m_ui->emailEdit->text().isEmpty() ? m_ui->emailEdit : m_ui->captchaWidget->answerEdit())->setFocus();
    else if (page == ResetPage)
        m_ui->codeEdit->setFocus();
}

void RecoveryDialog::submit() {
    if (m_busy)
        return;
    m_ui->recoveryBanner->hide();
    switch (m_ui->pages->currentIndex()) {
    case RequestPage: {
        const FieldErrors errors =
            m_controller->validateRequest(m_ui->emailEdit->text(), m_ui->captchaWidget->answer());
        for (qsizetype i = 0; i < errors.size(); ++i)
            m_errors->show(errors[i].field, errors[i].message, i == 0);
        if (errors.isEmpty())
            m_controller->requestCode(m_ui->emailEdit->text(), m_ui->captchaWidget->answer());
        break;
    }
    case ResetPage: {
        const FieldErrors errors = m_controller->validateReset(m_ui->codeEdit->text(), m_ui->newPasswordEdit->text(),
                                                               m_ui->repeatEdit->text());
        for (qsizetype i = 0; i < errors.size(); ++i)
            m_errors->show(errors[i].field, errors[i].message, i == 0);
        if (errors.isEmpty())
            m_controller->reset(m_ui->codeEdit->text(), m_ui->newPasswordEdit->text(), m_ui->repeatEdit->text());
        break;
    }
    case DonePage:
        emit recovered(m_recoveredEmail);
        accept();
        break;
    }
}

void RecoveryDialog::setBusy(bool busy) {
    m_busy = busy;
    m_ui->submitButton->setEnabled(!busy);
    m_ui->busyLabel->setText(busy ? tr("Sending…") : QString());
    m_ui->busyLabel->setVisible(busy);
    m_ui->resendButton->setBusy(busy);
}

void RecoveryDialog::requestNewCode() {
    if (m_busy || m_ui->resendButton->secondsLeft() > 0)
        return;
    // The server wants a solved captcha for every letter: back to page 1 with the e-mail kept.
    m_newCodeRequested = true;
    m_ui->captchaWidget->setLoading();
    m_ui->captchaWidget->answerEdit()->clear(); // that picture is used up
    m_errors->clear(u"captchaAnswer"_s);
    goTo(RequestPage);
    m_ui->recoveryBanner->showMessage(
        MessageBanner::Type::Info,
        tr("To get a new code, enter the digits from the picture and press «Get the code»."));
    m_ui->recoveryBanner->show();
    m_ui->captchaWidget->answerEdit()->setFocus();
    m_controller->loadCaptcha();
}

} // namespace lkk
