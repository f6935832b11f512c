#pragma once

#include "app/bills/QrCodeImage.h"

#include <QWidget>
#include <optional>

namespace lkk {

// A QR code on screen, for a phone's camera: every module drawn as a whole number of device
// pixels (sharp at 100 %, 150 %, 200 %), with the quiet zone, black on white whatever the theme.
class QrCodeView : public QWidget {
    Q_OBJECT
public:
    explicit QrCodeView(QWidget* parent = nullptr);

    // Shows `bytes` as a QR code; false (and nothing shown) when it does not fit a symbol.
    bool setData(const QByteArray& bytes);
    bool hasSymbol() const { return m_symbol.has_value(); }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::optional<QrCodeImage> m_symbol;
};

} // namespace lkk
