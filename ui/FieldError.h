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

// Keeps a line's room for `label` (an error or a hint under a field) while it is hidden or empty,
// so that the fields below do not move when a message appears and a click lands where aimed.
// A message longer than `lines` still makes room for itself.
void reserveMessageLine(QLabel* label, int lines = 1);

} // namespace lkk
