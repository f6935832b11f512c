#pragma once

#include <QWidget>

class QLineEdit;
class QToolButton;

namespace lkk {

class CaptchaPicture;

// The captcha of the registration and recovery forms: the whole picture, «Другая картинка» beside
// it and the answer field under it (in the keyboard order: the answer, then «Другая картинка»;
// forms chain answerEdit() and refreshButton() into their Tab order and make answerEdit() the
// buddy of their label).
class CaptchaWidget : public QWidget {
    Q_OBJECT
public:
    explicit CaptchaWidget(QWidget* parent = nullptr);

    QLineEdit* answerEdit() const { return m_answer; }
    QToolButton* refreshButton() const { return m_refresh; }
    CaptchaPicture* picture() const { return m_image; }
    QString answer() const;
    void setImage(const QImage& image); // clears the answer
    void setLoading();

signals:
    void refreshRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    CaptchaPicture* m_image;
    QToolButton* m_refresh;
    QLineEdit* m_answer;
};

} // namespace lkk
