#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace lkk {

// An inline field error: a non-empty `message` marks `field` invalid — the stylesheet's
// [invalid="true"] border, and the text as its accessible description so a screen reader reads
// it with the field — and shows the text in `label` under it; an empty message undoes both.
// Either may be null (a form-wide error has no field; a field may show its error elsewhere).
void showFieldError(QWidget* field, QLabel* label, const QString& message);
void clearFieldError(QWidget* field, QLabel* label);
bool hasFieldError(const QWidget* field);

} // namespace lkk
