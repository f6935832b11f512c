#pragma once

#include <QWidget>

namespace lkk {

// The small «Signing in…» window shown while a remembered sign-in is restored at start.
class RestoreSplash : public QWidget {
    Q_OBJECT
public:
    explicit RestoreSplash(QWidget* parent = nullptr);

signals:
    void cancelRequested();

protected:
    void keyPressEvent(QKeyEvent* event) override; // Esc cancels, as on the login window
};

} // namespace lkk
