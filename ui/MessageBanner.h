#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

namespace lkk {

// An inline message strip in the style of KMessageWidget: icon, word-wrapped text and a close
// button. Problems are shown where the user is looking instead of in modal pop-ups.
class MessageBanner : public QFrame {
    Q_OBJECT
public:
    enum class Type { Error, Warning, Info };
    Q_ENUM(Type)

    explicit MessageBanner(QWidget* parent = nullptr);

    // `actionText` non-empty: a button beside the text (e.g. «Повторить») that emits actionTriggered().
    void showMessage(Type type, const QString& text, const QString& actionText = {});
    void setClosable(bool closable);

    Type type() const { return m_type; }
    QString text() const;
    QPushButton* actionButton() const { return m_action; }

signals:
    void closed(); // by the user's close button
    void actionTriggered();

private:
    QLabel* m_icon;
    QLabel* m_text;
    QPushButton* m_action;
    QToolButton* m_close;
    Type m_type = Type::Info;
};

} // namespace lkk
