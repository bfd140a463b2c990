#pragma once

#include <QColor>
#include <QIconEngine>

#include <functional>

namespace connectlab {

// Renders a monochrome SVG (drawn with `currentColor`) at whatever size and device pixel ratio is asked,
// in a colour chosen at paint time, so icons stay sharp at any scale and follow the light or dark palette.
class SvgIconEngine : public QIconEngine
{
public:
    using ColorFunction = std::function<QColor(QIcon::Mode)>;

    SvgIconEngine(const QByteArray &svg, ColorFunction color);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override;
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QIconEngine *clone() const override;
    QString key() const override;
    bool isNull() override { return m_svg.isEmpty(); }

private:
    QByteArray m_svg;
    ColorFunction m_color;
};

} // namespace connectlab
