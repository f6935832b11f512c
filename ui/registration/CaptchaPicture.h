#pragma once

#include <QFrame>
#include <QImage>

namespace lkk {

// The captcha picture, always whole and at its own aspect ratio, never cropped or stretched,
// whatever size the server draws it: the widget takes the picture's size in logical pixels (a
// larger picture is scaled down to fit 320 × 160), and the picture is drawn smoothly scaled to
// the screen's pixel density. Without a picture it shows a short text.
class CaptchaPicture : public QFrame {
    Q_OBJECT
public:
    explicit CaptchaPicture(QWidget* parent = nullptr);

    void setImage(const QImage& image);
    QImage image() const { return m_image; }
    void setText(const QString& text); // shown while there is no picture («Загрузка…»)
    void clear();

    // Where the picture is drawn: inside contentsRect(), at the picture's aspect ratio.
    QRect pictureRect() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QSize naturalSize() const;

    QImage m_image;
    QString m_text;
};

} // namespace lkk
