#include "app/bills/QrCodeImage.h"

#include "app/bills/BillsLogging.h"

#include <QPainter>
#include <qrcodegen.hpp>

namespace lkk {

namespace {
// Row-major position of module (x, y), computed in the vector's index type.
std::size_t moduleIndex(int x, int y, int size) {
    return std::size_t(y) * std::size_t(size) + std::size_t(x);
}
} // namespace

std::optional<QrCodeImage> QrCodeImage::encode(const QByteArray& data) {
    try {
        const std::vector<std::uint8_t> bytes(data.begin(), data.end());
        const auto qr = qrcodegen::QrCode::encodeBinary(bytes, qrcodegen::QrCode::Ecc::MEDIUM);
        QrCodeImage image;
        image.m_size = qr.getSize();
        image.m_modules.resize(static_cast<std::size_t>(image.m_size) * static_cast<std::size_t>(image.m_size));
        for (int y = 0; y < image.m_size; ++y) {
            for (int x = 0; x < image.m_size; ++x)
                image.m_modules[moduleIndex(x, y, image.m_size)] = qr.getModule(x, y);
        }
        return image;
    } catch (const qrcodegen::data_too_long& e) {
        qCWarning(lcBills) << "QR data too long:" << e.what();
        return std::nullopt;
    }
}

bool QrCodeImage::module(int x, int y) const {
    if (x < 0 || y < 0 || x >= m_size || y >= m_size)
        return false;
    return m_modules[moduleIndex(x, y, m_size)];
}

void QrCodeImage::paint(QPainter* painter, const QRectF& target) const {
    const qreal unit = target.width() / sizeWithQuietZone();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->fillRect(target, Qt::white);
    for (int y = 0; y < m_size; ++y) {
        int x = 0;
        while (x < m_size) {
            if (!module(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < m_size && module(x, y))
                ++x;
            // A hair of overlap downwards so adjacent rows never leave a seam in a rasterizer.
            painter->fillRect(QRectF(target.left() + (start + quietZone) * unit, target.top() + (y + quietZone) * unit,
                                     (x - start) * unit, unit * 1.02),
                              Qt::black);
        }
    }
    painter->restore();
}

QImage QrCodeImage::toImage(int pixelsPerModule) const {
    const int side = sizeWithQuietZone() * pixelsPerModule;
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    QPainter painter(&image);
    paint(&painter, QRectF(0, 0, side, side));
    return image;
}

} // namespace lkk
