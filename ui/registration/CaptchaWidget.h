#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace lkk {

// The captcha row of the registration and recovery forms: picture, «обновить», the answer field.
class CaptchaWidget : public QWidget {
    Q_OBJECT
public:
    explicit CaptchaWidget(QWidget* parent = nullptr);

    QLineEdit* answerEdit() const { return m_answer; }
    QString answer() const;
    void setImage(const QImage& image); // clears the answer
    void setLoading();

signals:
    void refreshRequested();

private:
    QLabel* m_image;
    QToolButton* m_refresh;
    QLineEdit* m_answer;
};

} // namespace lkk
