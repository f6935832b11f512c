#pragma once

class QWidget;

namespace lkk {

// The window of `widget` grows to show all of its content when that got bigger (an error text, a
// banner, a larger picture) instead of squeezing its fields; it never shrinks here, so a size the
// user chose stays, and it never grows past the screen. Word-wrapped texts count at the window's
// current width.
void growWindowToFit(QWidget* widget);

} // namespace lkk
