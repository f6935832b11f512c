#include "ui/registration/CaptchaPicture.h"

#include <QPainter>

namespace lkk {

namespace {
// The server's picture is 200 × 70; this is the room kept before one arrives.
const QSize placeholderSize(200, 70);
// A picture drawn larger than this is shown smaller, so that it never takes over the form.
const QSize largestShown(320, 160);
} // namespace

CaptchaPicture::CaptchaPicture(QWidget* parent)
    : QFrame(parent) {
    setFrameShape(QFrame::StyledPanel);
    // Never squeezed by a layout: a smaller picture has smaller, less readable digits.
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void CaptchaPicture::setImage(const QImage& image) {
    m_image = image;
    updateGeometry();
    update();
}

void CaptchaPicture::setText(const QString& text) {
    m_image = {};
    m_text = text;
    updateGeometry();
    update();
}

void CaptchaPicture::clear() {
    setText({});
}

QSize CaptchaPicture::naturalSize() const {
    if (m_image.isNull())
        return placeholderSize;
    const QSize size = m_image.size();
    return size.width() > largestShown.width() || size.height() > largestShown.height()
               ? size.scaled(largestShown, Qt::KeepAspectRatio)
               : size;
}

QSize CaptchaPicture::sizeHint() const {
    const int frame = 2 * frameWidth();
    return naturalSize() + QSize(frame, frame);
}

QSize CaptchaPicture::minimumSizeHint() const {
    return sizeHint();
}

QRect CaptchaPicture::pictureRect() const {
    const QRect room = contentsRect();
    // Never larger than drawn (a blown-up picture only gets blurred), else as large as fits.
    QSize shown = naturalSize();
    if (shown.width() > room.width() || shown.height() > room.height())
        shown = shown.scaled(room.size(), Qt::KeepAspectRatio);
    return QRect(
        QPoint(room.left() + (room.width() - shown.width()) / 2, room.top() + (room.height() - shown.height()) / 2),
        shown);
}

void CaptchaPicture::paintEvent(QPaintEvent* event) {
    QFrame::paintEvent(event);
    QPainter painter(this);
    if (m_image.isNull()) {
        painter.drawText(contentsRect(), Qt::AlignCenter, m_text);
        return;
    }
    // Smooth scaling from the picture's pixels straight to the device's (HiDPI included).
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(pictureRect(), m_image);
}

} // namespace lkk
