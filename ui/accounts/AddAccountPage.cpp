#include "ui/accounts/AddAccountPage.h"
#include "ui_AddAccountPage.h"

#include "app/accounts/LinkAccountController.h"
#include "shared/InputRules.h"
#include "ui/FieldError.h"
#include "ui/StyleRole.h"
#include "ui/accounts/AccountNumberHelpDialog.h"

#include <QKeyEvent>

using namespace Qt::StringLiterals;

namespace lkk {

namespace {

QString violationText(rules::Violation violation) {
    switch (violation) {
    case rules::Violation::Required:
        return AddAccountPage::tr("Enter the personal account number.");
    case rules::Violation::AccountNumberNotDigits:
        return AddAccountPage::tr("The account number consists of digits only.");
    case rules::Violation::AccountNumberLength:
        return AddAccountPage::tr("The account number has 6 to 15 digits. Check it against your bill.");
    default:
        return AddAccountPage::tr("Check the account number.");
    }
}
} // namespace

AddAccountPage::AddAccountPage(QWidget* parent)
    : QWidget(parent)
    , m_ui(new Ui::AddAccountPage) {
    m_ui->setupUi(this);
    setStyleRole(m_ui->backButton, StyleRole::BackLink);
    setStyleRole({m_ui->numberLabel, m_ui->relationLabel}, StyleRole::FieldLabel);
    setStyleRole(m_ui->helpButton, StyleRole::Help);
    setStyleRole({m_ui->numberError, m_ui->relationError}, StyleRole::FieldError);
    reserveMessageLine(m_ui->numberError);
    setStyleRole({m_ui->numberHint, m_ui->busyLabel}, StyleRole::Hint);
    setStyleRole(m_ui->linkButton, StyleRole::Primary);
    setObjectName(u"addAccountPage"_s);
    m_ui->addAccountCard->setAttribute(Qt::WA_StyledBackground);
    m_ui->addAccountBanner->hide();
    m_ui->numberError->hide();
    m_ui->relationError->hide();
    m_ui->busyIndicator->hide();
    m_ui->busyLabel->hide();
    m_ui->backButton->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    fillRelations();
    // The combo as tall as the styled line edit above it.
    m_ui->relationCombo->setMinimumHeight(m_ui->numberEdit->sizeHint().height());

    connect(m_ui->linkButton, &QPushButton::clicked, this, &AddAccountPage::submit);
    connect(m_ui->numberEdit, &QLineEdit::returnPressed, this, &AddAccountPage::submit);
    connect(m_ui->numberEdit, &QLineEdit::textEdited, this, &AddAccountPage::checkAsTyped);
    connect(m_ui->helpButton, &QToolButton::clicked, this, &AddAccountPage::showHelp);
    connect(m_ui->backButton, &QPushButton::clicked, this, &AddAccountPage::backRequested);
}

AddAccountPage::~AddAccountPage() = default;

void AddAccountPage::fillRelations() {
    const QString current = relation();
    m_ui->relationCombo->clear();
    for (const Relation value : allRelations())
        m_ui->relationCombo->addItem(LinkAccountController::relationText(value), toWire(value));
    const int index = m_ui->relationCombo->findData(current);
    m_ui->relationCombo->setCurrentIndex(index >= 0 ? index : 0);
}

QString AddAccountPage::number() const {
    return rules::normalizedAccountNumber(m_ui->numberEdit->text());
}

QString AddAccountPage::relation() const {
    return m_ui->relationCombo->currentData().toString();
}

void AddAccountPage::reset() {
    setBusy(false);
    clearMessages();
    m_ui->numberEdit->clear();
    m_ui->relationCombo->setCurrentIndex(0);
}

void AddAccountPage::focusNumber() {
    m_ui->numberEdit->setFocus(Qt::OtherFocusReason);
}

void AddAccountPage::setBusy(bool busy) {
    m_busy = busy;
    m_ui->numberEdit->setReadOnly(busy);
    m_ui->relationCombo->setEnabled(!busy);
    m_ui->linkButton->setEnabled(!busy);
    m_ui->helpButton->setEnabled(!busy);
    m_ui->busyIndicator->setVisible(busy);
    m_ui->busyLabel->setVisible(busy);
}

void AddAccountPage::setNumberError(const QString& message) {
    showFieldError(m_ui->numberEdit, m_ui->numberError, message);
    if (!message.isEmpty())
        m_ui->numberEdit->setFocus(Qt::OtherFocusReason);
}

void AddAccountPage::showError(const QString& message) {
    m_ui->addAccountBanner->showMessage(MessageBanner::Type::Error, message);
}

void AddAccountPage::clearMessages() {
    m_ui->addAccountBanner->hide();
    clearFieldError(m_ui->numberEdit, m_ui->numberError);
}

void AddAccountPage::checkAsTyped() {
    // Letters are pointed out at once; a too short number only when the user submits.
    const auto violation = rules::checkAccountNumber(m_ui->numberEdit->text());
    if (violation == rules::Violation::AccountNumberNotDigits)
        showFieldError(m_ui->numberEdit, m_ui->numberError, violationText(*violation));
    else
        clearFieldError(m_ui->numberEdit, m_ui->numberError);
}

void AddAccountPage::submit() {
    if (m_busy)
        return;
    clearMessages();
    if (const auto violation = rules::checkAccountNumber(m_ui->numberEdit->text())) {
        setNumberError(violationText(*violation));
        return;
    }
    emit linkRequested(number(), relation());
}

void AddAccountPage::showHelp() {
    auto* dialog = new AccountNumberHelpDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void AddAccountPage::keyPressEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Escape && !m_busy) {
        emit backRequested();
        return;
    }
    QWidget::keyPressEvent(event);
}

void AddAccountPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillRelations();
    }
    QWidget::changeEvent(event);
}

} // namespace lkk
