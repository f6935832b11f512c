#include "ui/registration/CountdownButton.h"

#include "ui/StyleRole.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace lkk {

CountdownButton::CountdownButton(QWidget* parent)
    : QPushButton(parent)
    , m_timer(new QTimer(this)) {
    setStyleRole(this, StyleRole::Link);
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, [this] {
        m_secondsLeft = std::max(0, m_secondsLeft - 1);
        if (m_secondsLeft == 0)
            m_timer->stop();
        update();
    });
    update();
}

void CountdownButton::setTexts(const QString& idleText, const QString& countingText) {
    m_idleText = idleText;
    m_countingText = countingText;
    update();
}

void CountdownButton::start(int seconds) {
    m_secondsLeft = std::max(0, seconds);
    if (m_secondsLeft > 0)
        m_timer->start();
    else
        m_timer->stop();
    update();
}

void CountdownButton::setBusy(bool busy) {
    m_busy = busy;
    update();
}

void CountdownButton::update() {
    if (m_secondsLeft > 0)
        setText(m_countingText.arg(m_secondsLeft / 60).arg(m_secondsLeft % 60, 2, 10, QLatin1Char('0')));
    else
        setText(m_idleText);
    setEnabled(!m_busy && m_secondsLeft == 0);
}

} // namespace lkk
