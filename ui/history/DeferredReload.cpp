#include "ui/history/DeferredReload.h"

#include <QEvent>
#include <QWidget>

namespace lkk {

DeferredReload::DeferredReload(QWidget* page, std::function<void()> reload)
    : QObject(page)
    , m_page(page)
    , m_reload(std::move(reload)) {
    page->installEventFilter(this);
}

void DeferredReload::request() {
    if (m_page->isVisible()) {
        m_pending = false;
        m_reload();
    } else {
        m_pending = true;
    }
}

bool DeferredReload::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_page && event->type() == QEvent::Show && m_pending) {
        m_pending = false;
        m_reload();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace lkk
