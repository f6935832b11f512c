#include "ui/LoginWindow.h"
#include "ui_LoginWindow.h"

#include "app/settings/AppSettings.h"
#include "generated/branding.h"
#include "ui/Dialogs.h"
#include "ui/FieldError.h"
#include "ui/RecoveryCodesPage.h"
#include "ui/SecondFactorPage.h"
#include "ui/StyleRole.h"
#include "ui/UiLogging.h"
#include "ui/registration/CaptchaWidget.h"

#include <QAction>
#include <QHBoxLayout>
#include <QIcon>
#include <QKeyEvent>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lkk {

LoginWindow::LoginWindow(LoginController* controller, AppSettings* settings, QWidget* parent)
    : QWidget(parent)
    , m_ui(new Ui::LoginWindow)
    , m_controller(controller)
    , m_settings(settings)
    , m_togglePassword(new QAction(this))
    , m_secondFactor(new SecondFactorPage(this))
    , m_recoveryCodes(new RecoveryCodesPage(this)) {
    m_ui->setupUi(this);
    setStyleRole({m_ui->cabinetLabel, m_ui->busyLabel}, StyleRole::Hint);
    setStyleRole({m_ui->emailLabel, m_ui->passwordLabel, m_ui->captchaPrompt, m_ui->serverUrlLabel, m_ui->caFileLabel},
                 StyleRole::FieldLabel);
    setStyleRole({m_ui->emailError, m_ui->passwordError, m_ui->captchaError, m_ui->serverUrlError},
                 StyleRole::FieldError);
    for (QLabel* error : {m_ui->emailError, m_ui->passwordError, m_ui->captchaError, m_ui->serverUrlError})
        reserveMessageLine(error);
    setStyleRole(m_ui->signInButton, StyleRole::Primary);
    setStyleRole({m_ui->registerButton, m_ui->recoverButton, m_ui->faqButton}, StyleRole::Link);
    m_caFileToolTip = m_ui->caFileEdit->toolTip();
    setObjectName(u"LoginWindow"_s);
    setAttribute(Qt::WA_StyledBackground);
    // Lets Esc reach the window while every field is disabled during a sign-in.
    setFocusPolicy(Qt::ClickFocus);

    m_ui->logoLabel->setPixmap(QIcon(u":/icons/logo.svg"_s).pixmap(QSize(48, 48), devicePixelRatioF()));
    m_ui->loginCard->setAttribute(Qt::WA_StyledBackground);
    m_ui->loginCard->setMinimumWidth(420);
    m_ui->loginCard->setMaximumWidth(520);
    m_ui->outerLayout->setAlignment(m_ui->loginCard, Qt::AlignHCenter);
    // An operator's later steps take the card's place (and its size and position).
    for (QFrame* card : std::initializer_list<QFrame*>{m_secondFactor, m_recoveryCodes}) {
        card->setMinimumWidth(420);
        card->setMaximumWidth(520);
        m_ui->outerLayout->insertWidget(m_ui->outerLayout->indexOf(m_ui->loginCard) + 1, card, 0, Qt::AlignHCenter);
        card->hide();
        // A line appearing inside («Ключ скопирован», an error) must grow the window too.
        card->installEventFilter(this);
    }
    m_ui->busyIndicator->hide();
    m_ui->busyLabel->hide();
    m_ui->demoHint->hide();
    m_ui->captchaBox->hide();
    // The captcha between the password and «Запомнить» in the Tab order.
    m_ui->captchaPrompt->setBuddy(m_ui->captchaWidget->answerEdit());
    setTabOrder(m_ui->passwordEdit, m_ui->captchaWidget->answerEdit());
    setTabOrder(m_ui->captchaWidget->answerEdit(), m_ui->captchaWidget->refreshButton());
    setTabOrder(m_ui->captchaWidget->refreshButton(), m_ui->rememberCheck);
    m_ui->caBrowseButton->setIcon(QIcon(u":/icons/folder.svg"_s));
    m_ui->keychainBanner->setClosable(false);
    for (QLabel* error : {m_ui->emailError, m_ui->passwordError, m_ui->captchaError, m_ui->serverUrlError})
        error->hide();

    m_togglePassword->setObjectName(u"togglePasswordAction"_s);
    m_togglePassword->setCheckable(true);
    m_ui->passwordEdit->addAction(m_togglePassword, QLineEdit::TrailingPosition);
    connect(m_togglePassword, &QAction::toggled, this, &LoginWindow::setPasswordVisible);

    connect(m_ui->signInButton, &QPushButton::clicked, this, &LoginWindow::submit);
    connect(m_ui->emailEdit, &QLineEdit::textEdited, this,
            [this] { setFieldError(LoginController::Field::Email, {}); });
    connect(m_ui->passwordEdit, &QLineEdit::textEdited, this,
            [this] { setFieldError(LoginController::Field::Password, {}); });
    connect(m_ui->captchaWidget->answerEdit(), &QLineEdit::textEdited, this,
            [this] { setFieldError(LoginController::Field::Captcha, {}); });
    connect(m_ui->serverUrlEdit, &QLineEdit::textEdited, this,
            [this] { setFieldError(LoginController::Field::Server, {}); });

    connect(m_ui->registerButton, &QPushButton::clicked, this, &LoginWindow::registrationRequested);
    connect(m_ui->recoverButton, &QPushButton::clicked, this, &LoginWindow::passwordRecoveryRequested);
    connect(m_ui->faqButton, &QPushButton::clicked, this, &LoginWindow::faqRequested); // no sign-in needed

    // email_not_confirmed: two actions right under the banner that explains it.
    m_unconfirmedRow = new QWidget(m_ui->loginCard);
    m_unconfirmedRow->setObjectName(u"unconfirmedRow"_s);
    auto* enterCode = new QPushButton(tr("Enter the code"), m_unconfirmedRow);
    enterCode->setObjectName(u"enterCodeButton"_s);
    auto* resend = new QPushButton(tr("Send the letter again"), m_unconfirmedRow);
    resend->setObjectName(u"resendLetterButton"_s);
    for (QPushButton* b : {enterCode, resend}) {
        setStyleRole(b, StyleRole::Link);
        b->setCursor(Qt::PointingHandCursor);
    }
    auto* unconfirmedLayout = new QHBoxLayout(m_unconfirmedRow);
    unconfirmedLayout->setContentsMargins(0, 0, 0, 0);
    unconfirmedLayout->addWidget(enterCode);
    unconfirmedLayout->addWidget(resend);
    unconfirmedLayout->addStretch();
    m_ui->cardLayout->insertWidget(m_ui->cardLayout->indexOf(m_ui->messageBanner) + 1, m_unconfirmedRow);
    m_unconfirmedRow->hide();
    connect(enterCode, &QPushButton::clicked, this, [this] { emit confirmationCodeRequested(m_unconfirmedEmail); });
    connect(resend, &QPushButton::clicked, this, [this] { emit confirmationResendRequested(m_unconfirmedEmail); });
    connect(m_controller, &LoginController::emailNotConfirmed, this, [this](const QString& email) {
        m_unconfirmedEmail = email;
        m_unconfirmedRow->show();
        growToFit();
    });

    connect(m_ui->connectionToggle, &QToolButton::toggled, this, &LoginWindow::setConnectionExpanded);
    connect(m_ui->serverUrlEdit, &QLineEdit::editingFinished, this, &LoginWindow::saveConnectionSettings);
    connect(m_ui->caFileEdit, &QLineEdit::editingFinished, this, &LoginWindow::saveConnectionSettings);
    connect(m_ui->caBrowseButton, &QToolButton::clicked, this, &LoginWindow::browseCaFile);
    connect(m_ui->rememberCheck, &QCheckBox::toggled, this, [this](bool checked) {
        if (m_ui->rememberCheck->isEnabled())
            m_settings->setValue(AppSettings::Key::RememberMe, checked);
    });

    connect(m_ui->captchaWidget, &CaptchaWidget::refreshRequested, m_controller, &LoginController::reloadCaptcha);
    connect(m_controller, &LoginController::busyChanged, this,
            [this](bool busy) { applyBusy(busy, busy ? tr("Signing in…") : QString()); });
    connect(m_controller, &LoginController::failed, this, &LoginWindow::onFailed);
    connect(m_controller, &LoginController::captchaShown, this, &LoginWindow::onCaptchaShown);
    connect(m_controller, &LoginController::keychainStatusChanged, this, &LoginWindow::onKeychainStatus);
    connect(m_controller, &LoginController::signedIn, this, [this] {
        clearMessage();
        resetForm();
    });

    // An operator's second factor, then (at the enrolment) the recovery codes.
    connect(m_controller, &LoginController::busyChanged, m_secondFactor, &SecondFactorPage::setBusy);
    connect(m_controller, &LoginController::secondFactorRequired, this, [this](const SecondFactorChallenge& c) {
        m_secondFactor->start(c);
        showStep(Step::SecondFactor);
    });
    connect(m_controller, &LoginController::secondFactorExpired, this, [this] { showStep(Step::Password); });
    connect(m_secondFactor, &SecondFactorPage::submitted, m_controller, &LoginController::submitSecondFactor);
    connect(m_secondFactor, &SecondFactorPage::backRequested, this, [this] {
        m_controller->abandonSecondFactor();
        showStep(Step::Password);
    });
    connect(m_controller, &LoginController::recoveryCodesIssued, this, [this](const QStringList& codes) {
        m_recoveryCodes->setCodes(codes, email());
        showStep(Step::RecoveryCodes);
    });
    connect(m_recoveryCodes, &RecoveryCodesPage::continued, this, [this] {
        m_recoveryCodes->clear();
        m_controller->acknowledgeRecoveryCodes();
    });

    m_ui->emailEdit->setText(m_settings->string(AppSettings::Key::LastEmail));
    m_ui->rememberCheck->setChecked(m_settings->value(AppSettings::Key::RememberMe).toBool());
    loadConnectionSettings();
    setConnectionExpanded(false);
    retranslate();

    const QByteArray geometry = m_settings->value(AppSettings::Key::LoginWindowGeometry).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(520, 600);
}

LoginWindow::~LoginWindow() = default;

void LoginWindow::retranslate() {
    setWindowTitle(tr("Sign in — %1").arg(QLatin1StringView(branding::appName)));
    // Non-breaking spaces keep the phone number on one line when the text wraps.
    const QString phone = QString::fromLatin1(branding::supportPhone).replace(u' ', QChar::Nbsp);
    m_ui->supportLabel->setText(tr("Couldn't sign in? Call customer support: %1").arg(phone));
    setPasswordVisible(m_togglePassword->isChecked());
    if (!m_demoEmail.isEmpty())
        setDemoCredentials(m_demoEmail, m_demoPassword);
}

void LoginWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_caFileToolTip = m_ui->caFileEdit->toolTip();
        if (m_connectionLocked)
            m_ui->caFileEdit->setToolTip(m_ui->serverUrlEdit->toolTip());
        retranslate();
    }
    QWidget::changeEvent(event);
}

void LoginWindow::showMessage(MessageBanner::Type type, const QString& text) {
    m_unconfirmedRow->hide();
    m_ui->messageBanner->showMessage(type, text);
    growToFit();
}

void LoginWindow::growToFit() {
    // A banner, the captcha or the connection settings appearing must not squeeze the form:
    // without a window manager (and with some) the window does not follow its minimum size.
    QTimer::singleShot(0, this, [this] {
        layout()->activate();
        // The card is centred (an aligned layout item gets no height-for-width), so a banner's or
        // the demo hint's wrapped text would be cut to its one-line size hint: give each the
        // height its text needs at the card's width.
        const QList<QWidget*> blocks{m_ui->messageBanner, m_ui->keychainBanner, m_ui->demoHint};
        for (QWidget* block : blocks) {
            block->setMinimumHeight(0);
            if (block->isVisible() && block->hasHeightForWidth())
                block->setMinimumHeight(block->heightForWidth(block->width()));
        }
        m_ui->loginCard->layout()->activate(); // now, not at the next posted layout request
        layout()->activate();
        // Word-wrapped labels need the height for the current width, not the plain size hint.
        const int forWidth = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width()) : 0;
        const int wanted = std::max({forWidth, sizeHint().height(), minimumSizeHint().height()});
        if (height() < wanted)
            resize(width(), wanted);
    });
}

void LoginWindow::clearMessage() {
    m_ui->messageBanner->hide();
    m_unconfirmedRow->hide();
}

QString LoginWindow::email() const {
    return m_ui->emailEdit->text().trimmed();
}

void LoginWindow::setEmail(const QString& email) {
    m_ui->emailEdit->setText(email);
    m_ui->passwordEdit->clear();
    m_ui->passwordEdit->setFocus();
}

void LoginWindow::setDemoCredentials(const QString& email, const QString& password) {
    m_demoEmail = email;
    m_demoPassword = password;
    m_ui->demoHintLabel->setText(tr("Demo mode: the cabinet runs on a local demo server. Sign in as %1 with the "
                                    "password %2.")
                                     .arg(email, password));
    m_ui->demoHint->setVisible(!email.isEmpty());
    growToFit();
    if (m_ui->emailEdit->text().trimmed().isEmpty())
        m_ui->emailEdit->setText(email);
    if (isVisible() && !m_busy)
        focusFirstEmptyField();
}

void LoginWindow::setPreparing(const QString& text) {
    m_preparingText = text;
    applyBusy(!text.isEmpty() || m_controller->isBusy(), text.isEmpty() ? tr("Signing in…") : text);
}

void LoginWindow::setConnectionLocked(bool locked, const QString& reason) {
    m_connectionLocked = locked;
    loadConnectionSettings();
    m_ui->serverUrlEdit->setReadOnly(locked);
    m_ui->serverUrlEdit->setToolTip(locked ? reason : QString());
    m_ui->caFileEdit->setReadOnly(locked);
    if (locked)
        m_ui->caFileEdit->setToolTip(reason);
    else
        m_ui->caFileEdit->setToolTip(m_caFileToolTip);
    m_ui->caBrowseButton->setEnabled(!locked && !m_busy);
    m_ui->caBrowseButton->setToolTip(locked ? reason : tr("Choose a certificate file…"));
}

void LoginWindow::showStep(Step step) {
    m_step = step;
    // Hide first, then show: two cards shown at once, even for a moment, would grow the window
    // to the height of both (a window follows its layout's minimum size).
    const std::pair<QWidget*, Step> cards[] = {{m_ui->loginCard, Step::Password},
                                               {m_secondFactor, Step::SecondFactor},
                                               {m_recoveryCodes, Step::RecoveryCodes}};
    for (const auto& [card, shownAt] : cards) {
        if (shownAt != step)
            card->hide();
    }
    for (const auto& [card, shownAt] : cards) {
        if (shownAt == step)
            card->show();
    }
    if (step != Step::RecoveryCodes)
        m_recoveryCodes->clear();
    growToFit();
    if (step == Step::SecondFactor)
        m_secondFactor->focusCode();
    else if (step == Step::RecoveryCodes)
        m_recoveryCodes->focusCodes();
    else if (step == Step::Password && !m_busy)
        focusFirstEmptyField();
}

void LoginWindow::resetForm() {
    if (m_step != Step::Password)
        showStep(Step::Password);
    m_ui->passwordEdit->clear();
    m_ui->captchaWidget->answerEdit()->clear();
    m_ui->captchaBox->hide();
    m_togglePassword->setChecked(false);
    clearFieldErrors();
}

bool LoginWindow::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::LayoutRequest && (watched == m_secondFactor || watched == m_recoveryCodes))
        growToFit();
    return QWidget::eventFilter(watched, event);
}

void LoginWindow::keyPressEvent(QKeyEvent* event) {
    switch (event->key()) {
    case Qt::Key_Escape:
        if (m_controller->isBusy()) {
            m_controller->cancel();
            event->accept();
            return;
        }
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        // Enter in a field (QLineEdit passes it on) or on «Remember me» signs in, as in a dialog.
        // (The later steps' cards take their own Enter.)
        if (m_step == Step::Password)
            submit();
        event->accept();
        return;
    case Qt::Key_F1: // help, as in the main window: «Вопросы и ответы»
        emit faqRequested();
        event->accept();
        return;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

void LoginWindow::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (!m_busy)
        focusFirstEmptyField();
}

void LoginWindow::hideEvent(QHideEvent* event) {
    m_settings->setValue(AppSettings::Key::LoginWindowGeometry, saveGeometry());
    QWidget::hideEvent(event);
}

void LoginWindow::submit() {
    if (m_busy)
        return;
    clearFieldErrors();

    const QString email = m_ui->emailEdit->text().trimmed();
    const QString password = m_ui->passwordEdit->text();
    QString message;
    const auto field = m_controller->validate(email, password, &message);
    if (field != LoginController::Field::None) {
        setFieldError(field, message);
        return;
    }
    if (m_ui->captchaBox->isVisible() && m_ui->captchaWidget->answer().isEmpty()) {
        setFieldError(LoginController::Field::Captcha, tr("Enter the digits from the picture."));
        return;
    }
    saveConnectionSettings();
    clearMessage();
    const bool remember = m_ui->rememberCheck->isEnabled() && m_ui->rememberCheck->isChecked();
    m_controller->signIn(email, password, remember,
                         m_ui->captchaBox->isVisible() ? m_ui->captchaWidget->answer() : QString());
}

void LoginWindow::applyBusy(bool busy, const QString& label) {
    if (!busy && !m_preparingText.isEmpty()) {
        busy = true; // the sign-in ended but the demo server is still starting
    }
    const QString shown = !m_preparingText.isEmpty() ? m_preparingText : label;
    m_busy = busy;
    const QList<QWidget*> inputs{m_ui->emailEdit,
                                 m_ui->passwordEdit,
                                 m_ui->captchaWidget->answerEdit(),
                                 m_ui->captchaWidget->refreshButton(),
                                 m_ui->registerButton,
                                 m_ui->recoverButton,
                                 m_ui->serverUrlEdit,
                                 m_ui->caFileEdit};
    for (QWidget* w : inputs)
        w->setEnabled(!busy);
    m_ui->caBrowseButton->setEnabled(!busy && !m_connectionLocked);
    m_ui->rememberCheck->setEnabled(!busy && m_keychainAvailable);
    m_ui->signInButton->setEnabled(!busy);
    m_ui->signInButton->setText(busy && m_controller->isBusy() ? tr("Signing in…") : tr("Sign in"));
    m_ui->busyIndicator->setVisible(busy);
    m_ui->busyLabel->setVisible(busy && !shown.isEmpty() && m_preparingText == shown);
    m_ui->busyLabel->setText(shown);
    if (busy) {
        setFocus(Qt::OtherFocusReason);
    } else if (isVisible()) {
        focusFirstEmptyField();
    }
}

void LoginWindow::onFailed(LoginController::Field field, const QString& message) {
    switch (field) {
    case LoginController::Field::Email:
    case LoginController::Field::Password:
    case LoginController::Field::Captcha:
    case LoginController::Field::SecondFactor:
        setFieldError(field, message);
        break;
    case LoginController::Field::Server:
        // Network and TLS problems: the message in the banner, the place to fix it highlighted.
        setConnectionExpanded(true);
        setFieldError(field, tr("Check the server address and the CA file."));
        showMessage(MessageBanner::Type::Error, message);
        break;
    case LoginController::Field::None:
        showMessage(MessageBanner::Type::Error, message);
        break;
    }
    if (m_busy)
        return;
    if (field == LoginController::Field::None || field == LoginController::Field::Server) {
        m_ui->passwordEdit->setFocus(Qt::OtherFocusReason);
        m_ui->passwordEdit->selectAll();
    } else {
        focusFirstEmptyField();
    }
}

void LoginWindow::onCaptchaShown(const QImage& image) {
    m_ui->captchaWidget->setImage(image);
    m_ui->captchaBox->show();
    growToFit();
    if (!m_busy)
        m_ui->captchaWidget->answerEdit()->setFocus(Qt::OtherFocusReason);
}

void LoginWindow::onKeychainStatus(bool available, const QString& problem) {
    m_keychainAvailable = available;
    if (available) {
        m_ui->keychainBanner->hide();
        m_ui->rememberCheck->setToolTip(tr("Stay signed in on this computer: the session key is kept in the "
                                           "system keychain, never the password."));
    } else {
        // The keychain's own text is system jargon, often untranslated: the log keeps it, the
        // user reads what it means for them.
        qCWarning(lcUi) << "keychain unavailable:" << problem;
        m_ui->keychainBanner->showMessage(
            MessageBanner::Type::Warning,
            tr("This computer has no password store that the program can use (the system keychain), so "
               "«Remember me» is off. You can still sign in; the password will be asked each time."));
        growToFit();
        m_ui->rememberCheck->setEnabled(false); // first, so unchecking is not saved as the user's choice
        m_ui->rememberCheck->setChecked(false);
        m_ui->rememberCheck->setToolTip(tr("Unavailable: this computer has no system keychain the program can use."));
    }
    m_ui->rememberCheck->setEnabled(available && !m_busy);
}

void LoginWindow::setFieldError(LoginController::Field field, const QString& message) {
    QLabel* label = nullptr;
    QWidget* input = nullptr;
    switch (field) {
    case LoginController::Field::Email:
        label = m_ui->emailError;
        input = m_ui->emailEdit;
        break;
    case LoginController::Field::Password:
        label = m_ui->passwordError;
        input = m_ui->passwordEdit;
        break;
    case LoginController::Field::Captcha:
        if (!message.isEmpty() && m_controller->captchaRequired())
            m_ui->captchaBox->show();
        label = m_ui->captchaError;
        input = m_ui->captchaWidget->answerEdit();
        break;
    case LoginController::Field::Server:
        label = m_ui->serverUrlError;
        input = m_ui->serverUrlEdit;
        break;
    case LoginController::Field::SecondFactor:
        m_secondFactor->showError(message);
        return;
    case LoginController::Field::None:
        return;
    }
    showFieldError(input, label, message);
    if (!message.isEmpty())
        growToFit();
    if (!message.isEmpty() && input->isEnabled() && !m_busy)
        input->setFocus(Qt::OtherFocusReason);
}

void LoginWindow::clearFieldErrors() {
    for (auto field : {LoginController::Field::Email, LoginController::Field::Password, LoginController::Field::Captcha,
                       LoginController::Field::Server})
        setFieldError(field, {});
}

void LoginWindow::focusFirstEmptyField() {
    if (m_step == Step::SecondFactor) {
        m_secondFactor->focusCode();
        return;
    }
    if (m_step == Step::RecoveryCodes)
        return;
    // A field with an error first, then the first empty one.
    for (QLineEdit* edit : {m_ui->emailEdit, m_ui->passwordEdit, m_ui->captchaWidget->answerEdit()}) {
        if (edit->isVisibleTo(this) && hasFieldError(edit)) {
            edit->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
    for (QLineEdit* edit : {m_ui->emailEdit, m_ui->passwordEdit, m_ui->captchaWidget->answerEdit()}) {
        if (edit->isVisibleTo(this) && edit->text().isEmpty()) {
            edit->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
    m_ui->signInButton->setFocus(Qt::OtherFocusReason);
}

void LoginWindow::loadConnectionSettings() {
    m_ui->serverUrlEdit->setText(m_settings->string(AppSettings::Key::ServerUrl));
    m_ui->caFileEdit->setText(m_settings->string(AppSettings::Key::ExtraCaFile));
}

void LoginWindow::saveConnectionSettings() {
    if (m_connectionLocked)
        return;
    const QString url = m_ui->serverUrlEdit->text().trimmed();
    const QString ca = m_ui->caFileEdit->text().trimmed();
    if (url != m_settings->string(AppSettings::Key::ServerUrl))
        m_settings->setValue(AppSettings::Key::ServerUrl, url);
    if (ca != m_settings->string(AppSettings::Key::ExtraCaFile))
        m_settings->setValue(AppSettings::Key::ExtraCaFile, ca);
}

void LoginWindow::setConnectionExpanded(bool expanded) {
    if (m_ui->connectionToggle->isChecked() != expanded)
        m_ui->connectionToggle->setChecked(expanded); // re-enters through toggled()
    m_ui->connectionToggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_ui->connectionPanel->setVisible(expanded);
    if (expanded)
        growToFit();
}

void LoginWindow::browseCaFile() {
    const Dialogs::FileRequest request{tr("Choose a CA certificate"), m_ui->caFileEdit->text(),
                                       tr("Certificates (*.crt *.pem *.cer);;All files (*)")};
    Dialogs::openFileName(this, request, this, [this](const QString& path) {
        if (path.isEmpty())
            return;
        m_ui->caFileEdit->setText(path);
        saveConnectionSettings();
    });
}

void LoginWindow::setPasswordVisible(bool visible) {
    m_ui->passwordEdit->setEchoMode(visible ? QLineEdit::Normal : QLineEdit::Password);
    m_togglePassword->setIcon(QIcon(visible ? u":/icons/eye-off.svg"_s : u":/icons/eye.svg"_s));
    m_togglePassword->setText(visible ? tr("Hide password") : tr("Show password"));
    m_togglePassword->setToolTip(m_togglePassword->text());
}

} // namespace lkk
