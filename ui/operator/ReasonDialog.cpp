#include "ui/operator/ReasonDialog.h"

#include "app/operator/CopyText.h"
#include "app/operator/OperatorReason.h"
#include "ui/FieldError.h"
#include "ui/StyleRole.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lkk {

ReasonDialog::ReasonDialog(const QString& title, const QString& explanation, QWidget* parent)
    : QDialog(parent)
    , m_explanation(new QLabel(explanation, this))
    , m_numberCaption(new QLabel(tr("Personal account number"), this))
    , m_number(new QLineEdit(this))
    , m_numberError(new QLabel(this))
    , m_reason(new QPlainTextEdit(this))
    , m_counter(new QLabel(this))
    , m_reasonError(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setObjectName(u"reasonDialog"_s);
    setWindowTitle(title);
    setModal(true);
    m_explanation->setObjectName(u"reasonExplanation"_s);
    m_explanation->setWordWrap(true);

    m_numberCaption->setBuddy(m_number);
    setStyleRole(m_numberCaption, StyleRole::FieldLabel);
    m_number->setObjectName(u"reasonAccountNumberEdit"_s);
    m_number->setAccessibleName(m_numberCaption->text());
    m_number->setValidator(new QRegularExpressionValidator(QRegularExpression(u"[0-9 ]{0,20}"_s), m_number));
    m_numberError->setObjectName(u"reasonAccountNumberError"_s);
    setStyleRole(m_numberError, StyleRole::FieldError);
    m_numberCaption->hide();
    m_number->hide();
    m_numberError->hide();

    auto* reasonCaption = new QLabel(tr("&Reason (what the caller asked for)"), this);
    setStyleRole(reasonCaption, StyleRole::FieldLabel);
    reasonCaption->setBuddy(m_reason);
    m_reason->setObjectName(u"reasonEdit"_s);
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setTabChangesFocus(true); // Tab walks on: the dialog stays keyboard-walkable
    m_reason->setPlaceholderText(tr("For example: the caller dictated the reading by phone"));
    m_reason->setMinimumHeight(90);
    m_counter->setObjectName(u"reasonCounter"_s);
    setStyleRole(m_counter, StyleRole::Hint);
    m_counter->setAlignment(Qt::AlignRight);
    m_reasonError->setObjectName(u"reasonError"_s);
    setStyleRole(m_reasonError, StyleRole::FieldError);
    m_reasonError->setWordWrap(true);
    reserveMessageLine(m_reasonError);
    m_reasonError->hide();

    m_buttons->setObjectName(u"reasonButtons"_s);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"reasonOkButton"_s);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    setStyleRole(m_buttons->button(QDialogButtonBox::Ok), StyleRole::Primary);
    setOkText(tr("Confirm"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ReasonDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ReasonDialog::reject);

    auto* column = new QVBoxLayout(this);
    column->addWidget(m_explanation);
    column->addSpacing(6);
    column->addWidget(m_numberCaption);
    column->addWidget(m_number);
    column->addWidget(m_numberError);
    m_fieldsAt = column->count();
    column->addWidget(reasonCaption);
    column->addWidget(m_reason, 1);
    auto* under = new QHBoxLayout;
    under->addWidget(m_reasonError, 1);
    under->addWidget(m_counter, 0, Qt::AlignTop);
    column->addLayout(under);
    column->addWidget(m_buttons);

    connect(m_reason, &QPlainTextEdit::textChanged, this, [this] {
        updateCounter();
        const int length = int(reason().size());
        if (length >= OperatorReason::minLength)
            m_touched = true;
        check(m_touched); // once judged, the error follows every keystroke
    });
    connect(m_number, &QLineEdit::textChanged, this, [this] { clearFieldError(m_number, m_numberError); });
    updateCounter();
    resize(480, sizeHint().height());
    m_reason->setFocus();
}

void ReasonDialog::askAccountNumber(const QString& number) {
    m_numberCaption->show();
    m_number->show();
    m_number->setText(number);
    (number.isEmpty() ? static_cast<QWidget*>(m_number) : m_reason)->setFocus();
}

void ReasonDialog::addField(QWidget* caption, QWidget* field) {
    auto* column = static_cast<QVBoxLayout*>(layout());
    column->insertWidget(m_fieldsAt++, caption);
    if (!field)
        return;
    column->insertWidget(m_fieldsAt++, field);
    if (!m_firstField) { // the focus starts at the action's first field
        m_firstField = field;
        field->setFocus();
    }
}

void ReasonDialog::setOkText(const QString& text) {
    m_buttons->button(QDialogButtonBox::Ok)->setText(text);
}

QString ReasonDialog::reason() const {
    return m_reason->toPlainText().trimmed();
}

QString ReasonDialog::accountNumber() const {
    return copytext::number(m_number->text());
}

void ReasonDialog::updateCounter() {
    m_counter->setText(tr("%1 of %2").arg(reason().size()).arg(OperatorReason::maxLength));
}

bool ReasonDialog::check(bool showErrors) {
    const QString problem = OperatorReason::problem(reason());
    if (showErrors)
        showFieldError(m_reason, m_reasonError, problem);
    bool numberOk = true;
    if (!m_number->isHidden() && accountNumber().isEmpty()) {
        numberOk = false;
        if (showErrors)
            showFieldError(m_number, m_numberError, tr("Enter the account number whose link lock to lift."));
    }
    return problem.isEmpty() && numberOk;
}

void ReasonDialog::accept() {
    m_touched = true;
    const bool fieldsOk = !m_check || m_check();
    if (!check(true) || !fieldsOk) {
        if (hasFieldError(m_number))
            m_number->setFocus();
        else if (hasFieldError(m_reason) || fieldsOk)
            m_reason->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace lkk
