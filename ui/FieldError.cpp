#include "ui/FieldError.h"

#include <QLabel>
#include <QStyle>

namespace lkk {

void showFieldError(QWidget* field, QLabel* label, const QString& message) {
    const bool invalid = !message.isEmpty();
    if (label) {
        label->setText(message);
        label->setVisible(invalid);
    }
    if (!field)
        return;
    field->setAccessibleDescription(message);
    if (field->property("invalid").toBool() == invalid)
        return;
    field->setProperty("invalid", invalid);
    // Dynamic properties are read when a widget is polished: polish again for the new border.
    field->style()->unpolish(field);
    field->style()->polish(field);
}

void clearFieldError(QWidget* field, QLabel* label) {
    showFieldError(field, label, {});
}

bool hasFieldError(const QWidget* field) {
    return field->property("invalid").toBool();
}

void reserveMessageLine(QLabel* label, int lines) {
    QSizePolicy policy = label->sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    label->setSizePolicy(policy);
    label->ensurePolished(); // the stylesheet's font for the role
    const QMargins m = label->contentsMargins();
    label->setMinimumHeight(lines * label->fontMetrics().lineSpacing() + m.top() + m.bottom() + 2 * label->margin());
}

} // namespace lkk
