#include "ui/WindowFit.h"

#include <QLayout>
#include <QScreen>
#include <QWidget>

#include <algorithm>

namespace lkk {

void growWindowToFit(QWidget* widget) {
    QWidget* window = widget->window();
    QLayout* layout = window->layout();
    if (!layout || !window->isVisible())
        return;
    // Size changes reach the layouts one level at a time as posted events: lay out every level up
    // to the window now, bottom up, so that the window's size hint is the new one.
    for (QWidget* w = widget; w; w = w->isWindow() ? nullptr : w->parentWidget()) {
        if (w->layout()) {
            w->layout()->invalidate();
            w->layout()->activate();
        }
        w->updateGeometry();
    }
    const QSize hint = window->sizeHint().expandedTo(window->minimumSizeHint());
    const int width = std::max(window->width(), hint.width());
    // With wrapped text the height for the actual width is the truth: a wrapped label's plain size
    // hint guesses a narrower column and more lines, and would grow the window for nothing.
    const int height =
        layout->hasHeightForWidth()
            ? std::max({window->height(), window->minimumSizeHint().height(), layout->totalHeightForWidth(width)})
            : std::max(window->height(), hint.height());
    QSize wanted(width, height);
    if (const QScreen* screen = window->screen())
        wanted = wanted.boundedTo(screen->availableGeometry().size());
    if (wanted.width() > window->width() || wanted.height() > window->height())
        window->resize(wanted.expandedTo(window->size()));
}

} // namespace lkk
