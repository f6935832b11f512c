#pragma once

#include <QByteArray>
#include <QImage>
#include <QRectF>
#include <optional>
#include <vector>

class QPainter;

namespace lkk {

// A QR code symbol (libqrcodegencpp, byte mode, error correction M) ready to draw. The quiet zone
// of 4 modules the standard asks for is part of what paint() and toImage() cover.
class QrCodeImage {
public:
    static constexpr int quietZone = 4;

    // nullopt when the data does not fit a version 40 symbol.
    static std::optional<QrCodeImage> encode(const QByteArray& data);

    int size() const { return m_size; } // modules per side, without the quiet zone
    int sizeWithQuietZone() const { return m_size + 2 * quietZone; }
    bool module(int x, int y) const; // true = dark; outside the symbol = light

    // Fills `target` (a square) with the symbol and its quiet zone as vector rectangles: crisp at any
    // printer resolution. One rectangle per horizontal run of dark modules keeps the PDF small.
    void paint(QPainter* painter, const QRectF& target) const;
    QImage toImage(int pixelsPerModule) const;

private:
    int m_size = 0;
    std::vector<bool> m_modules;
};

} // namespace lkk
