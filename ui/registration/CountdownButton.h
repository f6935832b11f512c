#pragma once

#include <QPushButton>

class QTimer;

namespace lkk {

// «Отправить … ещё раз»: a link-style button that stays disabled while a countdown runs (the
// server's spacing between letters) and shows the time left, and while the form is busy.
class CountdownButton : public QPushButton {
    Q_OBJECT
public:
    explicit CountdownButton(QWidget* parent = nullptr);

    // `countingText` takes %1 = minutes and %2 = two-digit seconds: "Send again (in %1:%2)".
    void setTexts(const QString& idleText, const QString& countingText);

    void start(int seconds); // 0 = available now
    void setBusy(bool busy);
    int secondsLeft() const { return m_secondsLeft; }

private:
    void update();

    QString m_idleText;
    QString m_countingText;
    QTimer* m_timer;
    int m_secondsLeft = 0;
    bool m_busy = false;
};

} // namespace lkk
