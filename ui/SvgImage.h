#pragma once

#include <QWidget>

class QSvgRenderer;

namespace lkk {

// A drawing from an SVG resource, painted as vectors at the widget's size (aspect ratio kept), so
// it stays sharp at any scale factor; heightForWidth keeps the proportions in layouts.
class SvgImage : public QWidget {
    Q_OBJECT
public:
    explicit SvgImage(const QString& resource, QWidget* parent = nullptr);

    bool isValid() const;
    QSize sizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QSvgRenderer* m_renderer;
};

} // namespace lkk
