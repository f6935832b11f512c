#pragma once

#include <QWidget>

class QSvgRenderer;

namespace lkk {

// A drawing from an SVG resource, painted as vectors at the widget's size (aspect ratio kept), so
// it stays sharp at any scale factor; heightForWidth keeps the proportions in layouts.
class SvgImage : public QWidget {
    Q_OBJECT
    Q_PROPERTY(QString source READ source WRITE setSource) // the resource path, set in forms
public:
    explicit SvgImage(QWidget* parent = nullptr);

    QString source() const { return m_source; }
    void setSource(const QString& resource);

    bool isValid() const;
    QSize sizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QSvgRenderer* m_renderer;
    QString m_source;
};

} // namespace lkk
