#include "ui/registration/RegistrationWizard.h"

#include "app/registration/RegistrationController.h"
#include "ui/MessageBanner.h"
#include "ui/StyleRole.h"
#include "ui/registration/AgreementDialog.h"
#include "ui/registration/CaptchaWidget.h"
#include "ui/registration/CountdownButton.h"
#include "ui/registration/FieldErrorView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lkk {

namespace {

// «не указана»: the date edit's minimum stands for "not given" (QDateEdit has no null date).
const QDate notGivenDate(1900, 1, 1);

QLineEdit* lineEdit(const QString& name, QWidget* parent) {
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(name);
    return edit;
}

QFormLayout* formLayout(QWidget* page) {
    auto* form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setVerticalSpacing(10);
    return form;
}

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
    , m_controller(controller)
    , m_errors(new FieldErrorView(this))
    , m_banner(new MessageBanner(this))
    , m_stepLabel(new QLabel(this))
    , m_pages(new QStackedWidget(this))
    , m_busyLabel(new QLabel(this))
    , m_backButton(new QPushButton(tr("Back"), this))
    , m_nextButton(new QPushButton(this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this)) {
    setObjectName(u"RegistrationWizard"_s);
    setWindowTitle(tr("Registration"));
    setAttribute(Qt::WA_DeleteOnClose);

    auto* title = new QLabel(tr("Registration in the personal cabinet"), this);
    setStyleRole(title, StyleRole::DialogTitle);
    m_stepLabel->setObjectName(u"stepLabel"_s);
    setStyleRole(m_stepLabel, StyleRole::Hint);
    m_banner->setObjectName(u"registrationBanner"_s);
    m_banner->hide();
    m_busyLabel->setObjectName(u"busyLabel"_s);
    setStyleRole(m_busyLabel, StyleRole::Hint);
    m_busyLabel->hide();

    m_pages->addWidget(buildContactsPage());
    m_pages->addWidget(buildPersonalPage());
    m_pages->addWidget(buildCheckPage());
    m_pages->addWidget(buildConfirmPage());

    m_backButton->setObjectName(u"backButton"_s);
    m_nextButton->setObjectName(u"nextButton"_s);
    setStyleRole(m_nextButton, StyleRole::Primary);
    m_nextButton->setDefault(true);
    m_cancelButton->setObjectName(u"cancelButton"_s);
    connect(m_backButton, &QPushButton::clicked, this, &RegistrationWizard::back);
    connect(m_nextButton, &QPushButton::clicked, this, &RegistrationWizard::next);
    connect(m_cancelButton, &QPushButton::clicked, this, &QDialog::reject);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_cancelButton);
    buttons->addStretch();
    buttons->addWidget(m_backButton);
    buttons->addWidget(m_nextButton);

    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(24, 20, 24, 16);
    column->setSpacing(12);
    column->addWidget(title);
    column->addWidget(m_stepLabel);
    column->addWidget(m_banner);
    column->addWidget(m_pages, 1);
    column->addWidget(m_busyLabel);
    column->addLayout(buttons);
    setMinimumWidth(560);

    connect(m_controller, &RegistrationController::busyChanged, this, &RegistrationWizard::setBusy);
    connect(m_controller, &RegistrationController::failed, this, &RegistrationWizard::onFailed);
    connect(m_controller, &RegistrationController::captchaShown, m_captcha, &CaptchaWidget::setImage);
    connect(m_controller, &RegistrationController::accepted, this, &RegistrationWizard::onAccepted);
    connect(m_controller, &RegistrationController::resendAvailableIn, m_resendButton, &CountdownButton::start);
    connect(m_controller, &RegistrationController::resent, this, [this](const QString& email) {
        m_banner->showMessage(MessageBanner::Type::Info, tr("We sent the letter to %1 once more.").arg(email));
        m_banner->show();
    });
    connect(m_controller, &RegistrationController::confirmed, this, [this](const QString& email) {
        emit confirmed(email, m_confirmOnly ? QString() : m_password->text());
        accept();
    });
    connect(m_captcha, &CaptchaWidget::refreshRequested, m_controller, &RegistrationController::loadCaptcha);

    goTo(ContactsPage);
}

QWidget* RegistrationWizard::buildContactsPage() {
    auto* page = new QWidget;
    auto* form = formLayout(page);
    m_phone = lineEdit(u"phoneEdit"_s, page);
    m_phone->setPlaceholderText(u"+7 913 123-45-67"_s);
    m_phone->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_email = lineEdit(u"emailEdit"_s, page);
    m_email->setPlaceholderText(u"name@example.ru"_s);
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly);
    m_password = lineEdit(u"passwordEdit"_s, page);
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat = lineEdit(u"repeatEdit"_s, page);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_strength = new QLabel(page);
    m_strength->setObjectName(u"strengthLabel"_s);
    setStyleRole(m_strength, StyleRole::Hint);
    m_strength->setWordWrap(true);
    connect(m_password, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_strength->setText(PasswordStrength::of(text).text()); });
    auto* passwordBox = new QWidget(page);
    auto* passwordColumn = new QVBoxLayout(passwordBox);
    passwordColumn->setContentsMargins(0, 0, 0, 0);
    passwordColumn->setSpacing(2);
    passwordColumn->addWidget(m_errors->wrap(u"password"_s, m_password));
    passwordColumn->addWidget(m_strength);
    auto* rulesHint = new QLabel(tr("At least 8 characters: Latin letters (upper- and lower-case) and digits."), page);
    setStyleRole(rulesHint, StyleRole::Hint);
    rulesHint->setWordWrap(true);
    passwordColumn->addWidget(rulesHint);

    form->addRow(tr("Mobile phone:"), m_errors->wrap(u"phone"_s, m_phone));
    form->addRow(tr("E-mail*:"), m_errors->wrap(u"email"_s, m_email));
    form->addRow(tr("Password*:"), passwordBox);
    form->addRow(tr("Repeat password*:"), m_errors->wrap(u"repeat"_s, m_repeat));
    return page;
}

QWidget* RegistrationWizard::buildPersonalPage() {
    auto* page = new QWidget;
    auto* form = formLayout(page);
    m_surname = lineEdit(u"surnameEdit"_s, page);
    m_firstName = lineEdit(u"firstNameEdit"_s, page);
    m_patronymic = lineEdit(u"patronymicEdit"_s, page);
    for (QLineEdit* e : {m_surname, m_firstName, m_patronymic})
        e->setMaxLength(60); // the rule says 50; longer input gets the rule's message, not a silent cut
    m_birthDate = new QDateEdit(page);
    m_birthDate->setObjectName(u"birthDateEdit"_s);
    m_birthDate->setCalendarPopup(true);
    m_birthDate->setDisplayFormat(u"dd.MM.yyyy"_s);
    m_birthDate->setMinimumDate(notGivenDate);
    m_birthDate->setMaximumDate(QDate::currentDate());
    m_birthDate->setSpecialValueText(tr("no date given"));
    m_birthDate->setDate(notGivenDate);
    m_sex = new QComboBox(page);
    m_sex->setObjectName(u"sexCombo"_s);
    m_sex->addItem(tr("not given"), QString());
    m_sex->addItem(tr("male"), u"male"_s);
    m_sex->addItem(tr("female"), u"female"_s);

    form->addRow(tr("Surname*:"), m_errors->wrap(u"surname"_s, m_surname));
    form->addRow(tr("First name*:"), m_errors->wrap(u"firstName"_s, m_firstName));
    form->addRow(tr("Patronymic:"), m_errors->wrap(u"patronymic"_s, m_patronymic));
    form->addRow(tr("Date of birth:"), m_errors->wrap(u"birthDate"_s, m_birthDate));
    form->addRow(tr("Sex:"), m_errors->wrap(u"sex"_s, m_sex));
    return page;
}

QWidget* RegistrationWizard::buildCheckPage() {
    auto* page = new QWidget;
    auto* column = new QVBoxLayout(page);
    column->setContentsMargins(0, 0, 0, 0);
    auto* captchaLabel = new QLabel(tr("Enter the characters from the picture:"), page);
    m_captcha = new CaptchaWidget(page);
    m_captcha->setObjectName(u"captchaWidget"_s);
    column->addWidget(captchaLabel);
    auto* captchaBox = m_errors->wrap(u"captchaAnswer"_s, m_captcha);
    m_errors->add(u"captchaAnswer"_s, m_captcha->answerEdit(), m_errors->label(u"captchaAnswer"_s));
    connect(m_captcha->answerEdit(), &QLineEdit::textEdited, this, [this] { m_errors->clear(u"captchaAnswer"_s); });
    column->addWidget(captchaBox);

    m_agreement = new QCheckBox(tr("I accept the terms of the user agreement"), page);
    m_agreement->setObjectName(u"agreementCheck"_s);
    auto* agreementLink = new QPushButton(tr("Read the user agreement"), page);
    agreementLink->setObjectName(u"agreementLink"_s);
    setStyleRole(agreementLink, StyleRole::Link);
    agreementLink->setCursor(Qt::PointingHandCursor);
    connect(agreementLink, &QPushButton::clicked, this, &RegistrationWizard::showAgreement);
    column->addSpacing(8);
    column->addWidget(m_errors->wrap(u"agreement"_s, m_agreement));
    auto* linkRow = new QHBoxLayout;
    linkRow->addWidget(agreementLink);
    linkRow->addStretch();
    column->addLayout(linkRow);
    column->addStretch();
    return page;
}

QWidget* RegistrationWizard::buildConfirmPage() {
    auto* page = new QWidget;
    auto* column = new QVBoxLayout(page);
    column->setContentsMargins(0, 0, 0, 0);
    m_sentTo = new QLabel(page);
    m_sentTo->setObjectName(u"sentToLabel"_s);
    m_sentTo->setWordWrap(true);
    m_sentTo->setTextFormat(Qt::PlainText);
    m_code = lineEdit(u"codeEdit"_s, page);
    m_code->setMaxLength(6);
    m_code->setPlaceholderText(tr("6-digit code"));
    m_code->setInputMethodHints(Qt::ImhDigitsOnly);
    m_resendButton = new CountdownButton(tr("Send the letter again"), tr("Send the letter again (in %1:%2)"), page);
    m_resendButton->setObjectName(u"resendButton"_s);
    connect(m_resendButton, &QPushButton::clicked, m_controller, &RegistrationController::resend);
    auto* form = new QFormLayout;
    form->addRow(tr("Code from the letter:"), m_errors->wrap(u"code"_s, m_code));
    column->addWidget(m_sentTo);
    column->addLayout(form);
    auto* row = new QHBoxLayout;
    row->addWidget(m_resendButton);
    row->addStretch();
    column->addLayout(row);
    auto* hint = new QLabel(tr("No letter? Check the spam folder. The code is valid for 24 hours."), page);
    setStyleRole(hint, StyleRole::Hint);
    hint->setWordWrap(true);
    column->addWidget(hint);
    column->addStretch();
    return page;
}

int RegistrationWizard::currentPage() const {
    return m_pages->currentIndex();
}

RegistrationForm RegistrationWizard::form() const {
    RegistrationForm f;
    f.phone = m_phone->text();
    f.email = m_email->text();
    f.password = m_password->text();
    f.surname = m_surname->text();
    f.firstName = m_firstName->text();
    f.patronymic = m_patronymic->text();
    if (m_birthDate->date() != notGivenDate)
        f.birthDate = m_birthDate->date();
    f.sex = m_sex->currentData().toString();
    return f;
}

void RegistrationWizard::openAtConfirmation(const QString& email) {
    m_confirmOnly = true;
    m_controller->enterCode(email);
}

void RegistrationWizard::goTo(int page) {
    m_pages->setCurrentIndex(page);
    static const char* const titles[] = {QT_TR_NOOP("Contacts and password"), QT_TR_NOOP("About you"),
                                         QT_TR_NOOP("Check"), QT_TR_NOOP("Confirmation")};
    m_stepLabel->setText(tr("Step %1 of 4: %2").arg(page + 1).arg(tr(titles[page])));
    if (page == CheckPage && !m_busy)
        m_controller->loadCaptcha();
    updateButtons();
    QWidget* first = page == ContactsPage   ? static_cast<QWidget*>(m_phone)
                     : page == PersonalPage ? static_cast<QWidget*>(m_surname)
                     : page == CheckPage    ? static_cast<QWidget*>(m_captcha->answerEdit())
                                            : static_cast<QWidget*>(m_code);
    first->setFocus(Qt::OtherFocusReason);
}

void RegistrationWizard::updateButtons() {
    const int page = m_pages->currentIndex();
    m_backButton->setVisible(page == PersonalPage || page == CheckPage);
    m_nextButton->setText(page == CheckPage ? tr("Continue") : page == ConfirmPage ? tr("Confirm") : tr("Next"));
    m_cancelButton->setText(page == ConfirmPage ? tr("Close") : tr("Cancel"));
    for (QPushButton* b : {m_backButton, m_nextButton})
        b->setEnabled(!m_busy);
    m_resendButton->setBusy(m_busy);
}

void RegistrationWizard::showErrors(const QList<std::pair<QString, QString>>& errors) {
    // Focus goes to the first wrong field; every wrong field shows its message.
    bool first = true;
    for (const auto& [field, message] : errors) {
        m_errors->show(field, message, first);
        first = false;
    }
    growToFit();
}

void RegistrationWizard::next() {
    if (m_busy)
        return;
    m_banner->hide();
    const RegistrationForm f = form();
    FieldErrors errors;
    switch (m_pages->currentIndex()) {
    case ContactsPage:
        errors = m_controller->validateContacts(f, m_repeat->text());
        break;
    case PersonalPage:
        errors = m_controller->validatePersonal(f);
        break;
    case CheckPage:
        errors = m_controller->validateCheck(m_captcha->answer(), m_agreement->isChecked());
        break;
    case ConfirmPage:
        m_controller->confirm(m_code->text());
        return;
    }
    if (!errors.isEmpty()) {
        QList<std::pair<QString, QString>> list;
        for (const FieldError& e : std::as_const(errors))
            list.append({e.field, e.message});
        showErrors(list);
        return;
    }
    if (m_pages->currentIndex() == CheckPage)
        m_controller->submit(f, m_captcha->answer(), m_agreement->isChecked());
    else
        goTo(m_pages->currentIndex() + 1);
}

void RegistrationWizard::back() {
    if (m_busy || m_pages->currentIndex() == ContactsPage || m_pages->currentIndex() == ConfirmPage)
        return;
    m_banner->hide();
    goTo(m_pages->currentIndex() - 1);
}

void RegistrationWizard::onFailed(const QString& field, const QString& message) {
    const int page = pageOfField(field);
    if (page < 0 || (m_confirmOnly && page != ConfirmPage)) {
        m_banner->showMessage(MessageBanner::Type::Error, message);
        m_banner->show();
        growToFit();
        return;
    }
    if (page != m_pages->currentIndex() && m_pages->currentIndex() != ConfirmPage)
        goTo(page);
    m_errors->show(field, message);
    growToFit();
}

void RegistrationWizard::onAccepted(const RegistrationAccepted& accepted) {
    m_sentTo->setText(tr("We sent a letter with a confirmation code to %1. Enter the code from the letter "
                         "or follow the link in it.")
                          .arg(accepted.email));
    m_code->setMaxLength(std::max(4, m_controller->codeLength()));
    m_code->clear();
    goTo(ConfirmPage);
}

void RegistrationWizard::setBusy(bool busy) {
    m_busy = busy;
    m_busyLabel->setText(busy ? tr("Sending…") : QString());
    m_busyLabel->setVisible(busy);
    updateButtons();
}

void RegistrationWizard::growToFit() {
    layout()->activate();
    const QSize hint = sizeHint();
    if (height() < hint.height() || width() < hint.width())
        resize(std::max(width(), hint.width()), std::max(height(), hint.height()));
}

void RegistrationWizard::showAgreement() {
    auto* dialog = new AgreementDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] { m_agreement->setChecked(true); });
    dialog->open();
}

} // namespace lkk
