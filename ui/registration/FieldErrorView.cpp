#include "ui/registration/FieldErrorView.h"

#include "ui/DateField.h"
#include "ui/FieldError.h"
#include "ui/StyleRole.h"
#include "ui/WindowFit.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lkk {

FieldErrorView::FieldErrorView(QObject* parent)
    : QObject(parent) {}

QWidget* FieldErrorView::wrap(const QString& field, QWidget* input) {
    auto* box = new QWidget;
    auto* column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(input);
    auto* label = new QLabel(box);
    label->setObjectName(field + u"Error"_s);
    label->setWordWrap(true);
    column->addWidget(label);
    add(field, input, label);
    return box;
}

void FieldErrorView::add(const QString& field, QWidget* input, QLabel* errorLabel) {
    if (auto* date = qobject_cast<DateField*>(input)) {
        // Typing or picking a date fixes it; the text's border shows the error.
        connect(date, &DateField::edited, this, [this, field] { clear(field); });
        input = date->lineEdit();
    }
    m_fields.insert(field, {input, errorLabel});
    if (errorLabel) {
        errorLabel->setTextFormat(Qt::PlainText); // server texts are never markup
        setStyleRole(errorLabel, StyleRole::FieldError);
        errorLabel->hide();
        reserveMessageLine(errorLabel);
    }
    // Typing fixes the problem as far as the form can tell: the message goes.
    if (auto* edit = qobject_cast<QLineEdit*>(input))
        connect(edit, &QLineEdit::textEdited, this, [this, field] { clear(field); });
    else if (auto* combo = qobject_cast<QComboBox*>(input))
        connect(combo, &QComboBox::currentIndexChanged, this, [this, field] { clear(field); });
    else if (auto* button = qobject_cast<QAbstractButton*>(input))
        connect(button, &QAbstractButton::toggled, this, [this, field] { clear(field); });
}

bool FieldErrorView::show(const QString& field, const QString& message, bool focus) {
    const auto it = m_fields.constFind(field);
    if (it == m_fields.constEnd())
        return false;
    showFieldError(it->input, it->label, message);
    // An error text makes the form taller: the window grows instead of squeezing the fields.
    if (!message.isEmpty() && it->label)
        growWindowToFit(it->label);
    if (focus && !message.isEmpty() && it->input && it->input->isEnabled())
        it->input->setFocus(Qt::OtherFocusReason);
    return true;
}

void FieldErrorView::clearAll() {
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        show(it.key(), {}, false);
}

QString FieldErrorView::message(const QString& field) const {
    const auto it = m_fields.constFind(field);
    return it != m_fields.constEnd() && it->label && !it->label->isHidden() ? it->label->text() : QString();
}

QLabel* FieldErrorView::label(const QString& field) const {
    const auto it = m_fields.constFind(field);
    return it != m_fields.constEnd() ? it->label.data() : nullptr;
}

} // namespace lkk
