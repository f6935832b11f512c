#include "ui/SvgImage.h"

#include <QPainter>
#include <QSvgRenderer>

namespace lkk {

SvgImage::SvgImage(QWidget* parent)
    : QWidget(parent)
    , m_renderer(new QSvgRenderer(this)) {
    m_renderer->setAspectRatioMode(Qt::KeepAspectRatio);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    setMinimumWidth(320);
}

void SvgImage::setSource(const QString& resource) {
    m_source = resource;
    m_renderer->load(resource);
    m_renderer->setAspectRatioMode(Qt::KeepAspectRatio);
    updateGeometry();
    update();
}

bool SvgImage::isValid() const {
    return m_renderer->isValid();
}

QSize SvgImage::sizeHint() const {
    return m_renderer->isValid() ? m_renderer->defaultSize() : QSize(320, 160);
}

int SvgImage::heightForWidth(int width) const {
    const QSize natural = sizeHint();
    return natural.width() > 0 ? width * natural.height() / natural.width() : 0;
}

void SvgImage::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const QSize natural = sizeHint().scaled(size(), Qt::KeepAspectRatio);
    const QRect target(QPoint((width() - natural.width()) / 2, 0), natural);
    m_renderer->render(&painter, target);
}

} // namespace lkk
