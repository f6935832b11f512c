#include "ui/SecondFactorPage.h"

#include "ui/FieldError.h"
#include "ui/QrCodeView.h"
#include "ui/StyleRole.h"
#include "ui/UiLogging.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lkk {

namespace {
// "JBSWY3DPEHPK3PXP" as "JBSW Y3DP EHPK 3PXP": easier to read out and to type in.
QString groupedSecret(const QString& secret) {
    QString out;
    for (qsizetype i = 0; i < secret.size(); i += 4) {
        if (!out.isEmpty())
            out += u' ';
        out += secret.mid(i, 4);
    }
    return out;
}
} // namespace

SecondFactorPage::SecondFactorPage(QWidget* parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_intro(new QLabel(this))
    , m_enrolment(new QWidget(this))
    , m_qr(new QrCodeView(m_enrolment))
    , m_secretCaption(new QLabel(m_enrolment))
    , m_secret(new QLabel(m_enrolment))
    , m_copySecret(new QPushButton(m_enrolment))
    , m_copied(new QLabel(m_enrolment))
    , m_codeLabel(new QLabel(this))
    , m_code(new QLineEdit(this))
    , m_codeError(new QLabel(this))
    , m_confirm(new QPushButton(this))
    , m_recoveryToggle(new QPushButton(this))
    , m_back(new QPushButton(this))
    , m_digits(new QRegularExpressionValidator(QRegularExpression(u"[0-9 ]{0,7}"_s), this)) {
    setObjectName(u"secondFactorCard"_s);
    setAttribute(Qt::WA_StyledBackground);
    m_title->setObjectName(u"secondFactorTitle"_s);
    m_intro->setObjectName(u"secondFactorIntro"_s);
    m_enrolment->setObjectName(u"enrolmentBox"_s);
    m_qr->setObjectName(u"enrolmentQr"_s);
    m_secret->setObjectName(u"enrolmentSecret"_s);
    m_copySecret->setObjectName(u"copySecretButton"_s);
    m_copied->setObjectName(u"secretCopiedLabel"_s);
    m_code->setObjectName(u"secondFactorCodeEdit"_s);
    m_codeError->setObjectName(u"secondFactorCodeError"_s);
    m_confirm->setObjectName(u"secondFactorConfirmButton"_s);
    m_recoveryToggle->setObjectName(u"useRecoveryCodeButton"_s);
    m_back->setObjectName(u"secondFactorBackButton"_s);

    setStyleRole(m_title, StyleRole::DialogTitle);
    setStyleRole({m_secretCaption, m_codeLabel}, StyleRole::FieldLabel);
    setStyleRole(m_copied, StyleRole::Hint);
    setStyleRole(m_copySecret, StyleRole::Secondary);
    setStyleRole(m_codeError, StyleRole::FieldError);
    setStyleRole(m_confirm, StyleRole::Primary);
    setStyleRole({m_recoveryToggle, m_back}, StyleRole::Link);
    for (QPushButton* link : {m_recoveryToggle, m_back})
        link->setCursor(Qt::PointingHandCursor);
    m_confirm->setDefault(true);
    m_intro->setWordWrap(true);
    m_codeError->setWordWrap(true);
    reserveMessageLine(m_codeError);
    m_codeError->hide();

    // The secret: selectable, in a fixed-width font so that the groups line up and 8/B or 2/Z
    // do not blur; «Копировать» is its keyboard way.
    m_secret->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_secret->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_secret->setWordWrap(true);
    m_secretCaption->setWordWrap(true);
    m_copied->hide();

    QFont codeFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    codeFont.setPointSizeF(codeFont.pointSizeF() * 1.4);
    m_code->setFont(codeFont);
    m_code->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhNoPredictiveText | Qt::ImhSensitiveData);
    m_codeLabel->setBuddy(m_code);

    auto* secretRow = new QHBoxLayout;
    secretRow->addWidget(m_secret, 1);
    secretRow->addWidget(m_copySecret);
    auto* enrolmentLayout = new QVBoxLayout(m_enrolment);
    enrolmentLayout->setContentsMargins(0, 0, 0, 6);
    enrolmentLayout->setSpacing(6);
    enrolmentLayout->addWidget(m_qr, 0, Qt::AlignHCenter);
    enrolmentLayout->addWidget(m_secretCaption);
    enrolmentLayout->addLayout(secretRow);
    enrolmentLayout->addWidget(m_copied);

    auto* links = new QHBoxLayout;
    links->addWidget(m_recoveryToggle);
    links->addStretch();
    links->addWidget(m_back);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 22, 28, 22);
    layout->setSpacing(6);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addSpacing(6);
    layout->addWidget(m_enrolment);
    layout->addWidget(m_codeLabel);
    layout->addWidget(m_code);
    layout->addWidget(m_codeError);
    layout->addSpacing(6);
    layout->addWidget(m_confirm);
    layout->addLayout(links);

    setTabOrder(m_copySecret, m_code);
    setTabOrder(m_code, m_confirm);
    setTabOrder(m_confirm, m_recoveryToggle);
    setTabOrder(m_recoveryToggle, m_back);

    connect(m_confirm, &QPushButton::clicked, this, &SecondFactorPage::submit);
    connect(m_back, &QPushButton::clicked, this, &SecondFactorPage::backRequested);
    connect(m_recoveryToggle, &QPushButton::clicked, this, [this] {
        setRecoveryMode(!m_recoveryMode);
        focusCode();
    });
    connect(m_copySecret, &QPushButton::clicked, this, &SecondFactorPage::copySecret);
    connect(m_code, &QLineEdit::textEdited, this, [this] { showError({}); });
    retranslate();
}

void SecondFactorPage::start(const SecondFactorChallenge& challenge) {
    m_enrolling = challenge.enrolling();
    m_enrolment->setVisible(m_enrolling);
    m_copied->hide();
    m_secret->setText(groupedSecret(challenge.secret));
    if (m_enrolling && !m_qr->setData(challenge.otpauthUri.toUtf8()))
        qCWarning(lcUi) << "the enrolment URI does not fit a QR code; the secret is shown as text only";
    m_qr->setVisible(m_enrolling && m_qr->hasSymbol());
    // No recovery codes exist before the enrolment is complete.
    m_recoveryToggle->setVisible(!m_enrolling);
    setRecoveryMode(false);
    showError({});
    retranslate();
}

void SecondFactorPage::setBusy(bool busy) {
    m_busy = busy;
    for (QWidget* w : std::initializer_list<QWidget*>{m_code, m_confirm, m_recoveryToggle, m_back, m_copySecret})
        w->setEnabled(!busy);
}

void SecondFactorPage::showError(const QString& message) {
    showFieldError(m_code, m_codeError, message);
    if (!message.isEmpty()) {
        m_codeError->show();
        focusCode();
    }
}

void SecondFactorPage::focusCode() {
    if (!m_busy) {
        m_code->setFocus(Qt::OtherFocusReason);
        m_code->selectAll();
    }
}

void SecondFactorPage::submit() {
    if (m_busy)
        return;
    emit submitted(m_code->text(), m_recoveryMode);
}

void SecondFactorPage::setRecoveryMode(bool on) {
    m_recoveryMode = on;
    m_code->clear();
    showError({});
    // A TOTP code is 6 digits (a space in the middle is forgiven); a recovery code is letters.
    m_code->setValidator(on ? nullptr : m_digits);
    m_code->setMaxLength(on ? 32 : 7);
    retranslate();
}

void SecondFactorPage::copySecret() {
    QString secret = m_secret->text();
    QGuiApplication::clipboard()->setText(secret.remove(u' '));
    m_copied->setText(tr("The key is copied. Paste it into the authenticator app."));
    m_copied->show();
}

void SecondFactorPage::keyPressEvent(QKeyEvent* event) {
    if (!m_busy && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)) {
        // From the code field or a link: Enter signs in, as the default button does in a dialog.
        if (!m_copySecret->hasFocus() && !m_recoveryToggle->hasFocus() && !m_back->hasFocus()) {
            submit();
            event->accept();
            return;
        }
    }
    if (!m_busy && event->key() == Qt::Key_Escape) {
        emit backRequested();
        event->accept();
        return;
    }
    QFrame::keyPressEvent(event);
}

void SecondFactorPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void SecondFactorPage::retranslate() {
    m_title->setText(m_enrolling ? tr("Set up sign-in confirmation") : tr("Sign-in confirmation"));
    if (m_enrolling) {
        m_intro->setText(tr("Your account has access to customers' data, so a password alone does not sign you in. "
                            "Scan this QR code with an authenticator app on your phone (for example, Yandex Key "
                            "or Google Authenticator), then enter the 6-digit code it shows."));
    } else if (m_recoveryMode) {
        m_intro->setText(tr("Enter one of the recovery codes you saved when you set up sign-in confirmation. "
                            "Each code works once."));
    } else {
        m_intro->setText(tr("Enter the 6-digit code from the authenticator app on your phone."));
    }
    m_secretCaption->setText(tr("Can't scan the code? Enter this key in the app:"));
    m_secret->setAccessibleName(tr("Key for the authenticator app"));
    m_qr->setAccessibleName(tr("QR code for the authenticator app"));
    m_copySecret->setText(tr("Copy"));
    m_copySecret->setToolTip(tr("Copy the key to the clipboard"));
    m_codeLabel->setText(m_recoveryMode ? tr("&Recovery code") : tr("&Code from the app"));
    m_code->setPlaceholderText(m_recoveryMode ? tr("xxxxx-xxxxx") : tr("6 digits"));
    m_confirm->setText(m_enrolling ? tr("Confirm and sign in") : tr("Confirm"));
    m_recoveryToggle->setText(m_recoveryMode ? tr("Use the code from the app") : tr("Use a recovery code"));
    m_back->setText(tr("Back"));
}

} // namespace lkk
