#include "ui/registration/RecoveryDialog.h"

#include "app/registration/RecoveryController.h"
#include "ui/MessageBanner.h"
#include "ui/StyleRole.h"
#include "ui/registration/CaptchaWidget.h"
#include "ui/registration/CountdownButton.h"
#include "ui/registration/FieldErrorView.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lkk {

RecoveryDialog::RecoveryDialog(RecoveryController* controller, const QString& email, QWidget* parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_errors(new FieldErrorView(this))
    , m_banner(new MessageBanner(this))
    , m_pages(new QStackedWidget(this))
    , m_busyLabel(new QLabel(this))
    , m_submit(new QPushButton(this))
    , m_cancel(new QPushButton(tr("Cancel"), this)) {
    setObjectName(u"RecoveryDialog"_s);
    setWindowTitle(tr("Password recovery"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_banner->setObjectName(u"recoveryBanner"_s);
    m_banner->hide();

    // 1: e-mail and captcha.
    auto* request = new QWidget;
    auto* requestForm = new QFormLayout(request);
    requestForm->setContentsMargins(0, 0, 0, 0);
    requestForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* intro = new QLabel(tr("Enter the e-mail you registered with. We will send a code to restore access."));
    intro->setWordWrap(true);
    requestForm->addRow(intro);
    m_email = new QLineEdit(email, request);
    m_email->setObjectName(u"emailEdit"_s);
    m_captcha = new CaptchaWidget(request);
    requestForm->addRow(tr("E-mail*:"), m_errors->wrap(u"email"_s, m_email));
    auto* captchaBox = m_errors->wrap(u"captchaAnswer"_s, m_captcha);
    m_errors->add(u"captchaAnswer"_s, m_captcha->answerEdit(), m_errors->label(u"captchaAnswer"_s));
    connect(m_captcha->answerEdit(), &QLineEdit::textEdited, this, [this] { m_errors->clear(u"captchaAnswer"_s); });
    requestForm->addRow(tr("Picture*:"), captchaBox);

    // 2: code and the new password.
    auto* reset = new QWidget;
    auto* resetForm = new QFormLayout(reset);
    resetForm->setContentsMargins(0, 0, 0, 0);
    resetForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_sentTo = new QLabel(reset);
    m_sentTo->setObjectName(u"sentToLabel"_s);
    m_sentTo->setWordWrap(true);
    m_code = new QLineEdit(reset);
    m_code->setObjectName(u"codeEdit"_s);
    m_code->setMaxLength(6);
    m_code->setPlaceholderText(tr("6-digit code"));
    m_password = new QLineEdit(reset);
    m_password->setObjectName(u"newPasswordEdit"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_strength = new QLabel(reset);
    m_strength->setObjectName(u"strengthLabel"_s);
    setStyleRole(m_strength, StyleRole::Hint);
    m_strength->setWordWrap(true);
    connect(m_password, &QLineEdit::textChanged, this,
            [this](const QString& t) { m_strength->setText(PasswordStrength::of(t).text()); });
    m_repeat = new QLineEdit(reset);
    m_repeat->setObjectName(u"repeatEdit"_s);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_resend = new CountdownButton(tr("Send the code again"), tr("Send the code again (in %1:%2)"), reset);
    m_resend->setObjectName(u"resendButton"_s);
    connect(m_resend, &QPushButton::clicked, this, &RecoveryDialog::requestNewCode);
    auto* codeBox = new QWidget(reset);
    auto* codeColumn = new QVBoxLayout(codeBox);
    codeColumn->setContentsMargins(0, 0, 0, 0);
    codeColumn->setSpacing(2);
    codeColumn->addWidget(m_errors->wrap(u"code"_s, m_code));
    codeColumn->addWidget(m_resend, 0, Qt::AlignLeft);
    resetForm->addRow(m_sentTo);
    resetForm->addRow(tr("Code from the letter*:"), codeBox);
    auto* passwordBox = new QWidget(reset);
    auto* passwordColumn = new QVBoxLayout(passwordBox);
    passwordColumn->setContentsMargins(0, 0, 0, 0);
    passwordColumn->setSpacing(2);
    passwordColumn->addWidget(m_errors->wrap(u"newPassword"_s, m_password));
    passwordColumn->addWidget(m_strength);
    resetForm->addRow(tr("New password*:"), passwordBox);
    resetForm->addRow(tr("Repeat password*:"), m_errors->wrap(u"repeat"_s, m_repeat));

    // 3: done.
    auto* done = new QLabel(tr("The password has been changed. Sign in with the new password; every other "
                               "sign-in of this account has been ended."));
    done->setObjectName(u"doneLabel"_s);
    done->setWordWrap(true);
    done->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    m_pages->addWidget(request);
    m_pages->addWidget(reset);
    m_pages->addWidget(done);

    setStyleRole(m_busyLabel, StyleRole::Hint);
    m_busyLabel->hide();
    m_submit->setObjectName(u"submitButton"_s);
    setStyleRole(m_submit, StyleRole::Primary);
    m_submit->setDefault(true);
    m_cancel->setObjectName(u"cancelButton"_s);
    connect(m_submit, &QPushButton::clicked, this, &RecoveryDialog::submit);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    buttons->addWidget(m_submit);

    auto* title = new QLabel(tr("Password recovery"), this);
    setStyleRole(title, StyleRole::DialogTitle);
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(24, 20, 24, 16);
    column->setSpacing(12);
    column->addWidget(title);
    column->addWidget(m_banner);
    column->addWidget(m_pages, 1);
    column->addWidget(m_busyLabel);
    column->addLayout(buttons);
    setMinimumWidth(520);

    connect(m_controller, &RecoveryController::captchaShown, m_captcha, &CaptchaWidget::setImage);
    connect(m_captcha, &CaptchaWidget::refreshRequested, m_controller, &RecoveryController::loadCaptcha);
    connect(m_controller, &RecoveryController::busyChanged, this, &RecoveryDialog::setBusy);
    connect(m_controller, &RecoveryController::failed, this, [this](const QString& field, const QString& message) {
        if (!m_errors->show(field, message)) {
            m_banner->showMessage(MessageBanner::Type::Error, message);
            m_banner->show();
        }
    });
    connect(m_controller, &RecoveryController::codeSent, this, [this](const QString& to, const RecoveryAccepted&) {
        m_sentTo->setText(tr("If %1 is registered, a letter with a code has been sent to it. The code is valid "
                             "for an hour.")
                              .arg(to));
        m_code->clear();
        m_errors->clear(u"code"_s);
        goTo(ResetPage);
        if (m_newCodeRequested) {
            m_banner->showMessage(MessageBanner::Type::Info,
                                  tr("A new code has been sent. Codes from earlier letters no longer work."));
            m_banner->show();
        }
        m_newCodeRequested = false;
    });
    connect(m_controller, &RecoveryController::resendAvailableIn, m_resend, &CountdownButton::start);

    // Keyboard order follows the pages top to bottom; the buttons (made first) come last.
    setTabOrder(m_email, m_captcha->answerEdit());
    setTabOrder(m_captcha->answerEdit(), m_code);
    setTabOrder(m_code, m_resend);
    setTabOrder(m_resend, m_password);
    setTabOrder(m_password, m_repeat);
    setTabOrder(m_repeat, m_cancel);
    setTabOrder(m_cancel, m_submit);
    connect(m_controller, &RecoveryController::recovered, this, [this](const QString& to) {
        m_recoveredEmail = to;
        goTo(DonePage);
    });
    goTo(RequestPage);
    m_controller->loadCaptcha();
}

int RecoveryDialog::currentPage() const {
    return m_pages->currentIndex();
}

void RecoveryDialog::goTo(int page) {
    m_pages->setCurrentIndex(page);
    m_banner->hide();
    m_submit->setText(page == RequestPage ? tr("Get the code")
                      : page == ResetPage ? tr("Save the password")
                                          : tr("Sign in"));
    m_cancel->setVisible(page != DonePage);
    if (page == RequestPage)
        (m_email->text().isEmpty() ? m_email : m_captcha->answerEdit())->setFocus();
    else if (page == ResetPage)
        m_code->setFocus();
}

void RecoveryDialog::submit() {
    if (m_busy)
        return;
    m_banner->hide();
    switch (m_pages->currentIndex()) {
    case RequestPage: {
        const FieldErrors errors = m_controller->validateRequest(m_email->text(), m_captcha->answer());
        for (qsizetype i = 0; i < errors.size(); ++i)
            m_errors->show(errors[i].field, errors[i].message, i == 0);
        if (errors.isEmpty())
            m_controller->requestCode(m_email->text(), m_captcha->answer());
        break;
    }
    case ResetPage: {
        const FieldErrors errors = m_controller->validateReset(m_code->text(), m_password->text(), m_repeat->text());
        for (qsizetype i = 0; i < errors.size(); ++i)
            m_errors->show(errors[i].field, errors[i].message, i == 0);
        if (errors.isEmpty())
            m_controller->reset(m_code->text(), m_password->text(), m_repeat->text());
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
    m_submit->setEnabled(!busy);
    m_busyLabel->setText(busy ? tr("Sending…") : QString());
    m_busyLabel->setVisible(busy);
    m_resend->setBusy(busy);
}

void RecoveryDialog::requestNewCode() {
    if (m_busy || m_resend->secondsLeft() > 0)
        return;
    // The server wants a solved captcha for every letter: back to page 1 with the e-mail kept.
    m_newCodeRequested = true;
    m_captcha->setLoading();
    m_captcha->answerEdit()->clear(); // that picture is used up
    m_errors->clear(u"captchaAnswer"_s);
    goTo(RequestPage);
    m_banner->showMessage(MessageBanner::Type::Info,
                          tr("To get a new code, enter the characters from the picture and press «Get the code»."));
    m_banner->show();
    m_captcha->answerEdit()->setFocus();
    m_controller->loadCaptcha();
}

} // namespace lkk
