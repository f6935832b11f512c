#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace lkk {

// Runs a page's reload only while the page is on screen. A reload asked for while the page is
// hidden (another tab, another page of the window) waits until the page is next shown, so switching
// accounts does not fetch three histories nobody is looking at.
class DeferredReload : public QObject {
    Q_OBJECT
public:
    DeferredReload(QWidget* page, std::function<void()> reload);

    // Reloads now if the page is visible, otherwise on its next show. Several requests while hidden
    // make one reload.
    void request();
    bool isPending() const { return m_pending; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* m_page;
    std::function<void()> m_reload;
    bool m_pending = false;
};

} // namespace lkk
