#include "ui/QrCodeView.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace lkk {

namespace {
// Logical pixels per module: a phone's camera reads 3 px modules off a 100 % screen, and the
// otpauth:// URI with its Cyrillic issuer (percent-encoded) makes a large symbol.
constexpr int pixelsPerModule = 3;
} // namespace

QrCodeView::QrCodeView(QWidget* parent)
    : QWidget(parent) {}

bool QrCodeView::setData(const QByteArray& bytes) {
    m_symbol = QrCodeImage::encode(bytes);
    // Never squeezed by the layout: a module cut short is a module misread.
    setFixedSize(sizeHint());
    update();
    return m_symbol.has_value();
}

QSize QrCodeView::sizeHint() const {
    const int side = m_symbol ? m_symbol->sizeWithQuietZone() * pixelsPerModule : 0;
    return {side, side};
}

void QrCodeView::paintEvent(QPaintEvent*) {
    if (!m_symbol)
        return;
    // Whole device pixels per module: a module split between pixels blurs into grey.
    const qreal ratio = devicePixelRatioF();
    const int modules = m_symbol->sizeWithQuietZone();
    const int deviceSide = int(std::floor(std::min(width(), height()) * ratio));
    const int moduleSide = std::max(1, deviceSide / modules);
    QImage image = m_symbol->toImage(moduleSide);
    // Centred on a whole device pixel too.
    const qreal x = std::floor((width() * ratio - image.width()) / 2) / ratio;
    const qreal y = std::floor((height() * ratio - image.height()) / 2) / ratio;
    image.setDevicePixelRatio(ratio);
    QPainter painter(this);
    painter.drawImage(QPointF(x, y), image);
}

} // namespace lkk
