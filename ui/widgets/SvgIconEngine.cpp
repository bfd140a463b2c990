#include "SvgIconEngine.h"

#include <QPainter>
#include <QPixmap>
#include <QPixmapCache>
#include <QSvgRenderer>

namespace connectlab {

SvgIconEngine::SvgIconEngine(const QByteArray &svg, ColorFunction color)
    : m_svg(svg), m_color(std::move(color))
{
}

void SvgIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state)
{
    const qreal scale = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    painter->drawPixmap(rect, scaledPixmap(rect.size(), mode, state, scale));
}

QPixmap SvgIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    return scaledPixmap(size, mode, state, 1.0);
}

QPixmap SvgIconEngine::scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State, qreal scale)
{
    const QColor color = m_color ? m_color(mode) : QColor(Qt::black);
    const QSize pixels = size * scale;
    if (pixels.isEmpty())
        return {};
    const QString cacheKey = QStringLiteral("cl-svg-%1-%2x%3-%4")
                                 .arg(QString::number(qHash(m_svg), 16))
                                 .arg(pixels.width())
                                 .arg(pixels.height())
                                 .arg(color.name(QColor::HexArgb));
    QPixmap pm;
    if (QPixmapCache::find(cacheKey, &pm))
        return pm;

    QByteArray svg = m_svg;
    svg.replace("currentColor", color.name(QColor::HexRgb).toLatin1());
    QSvgRenderer renderer(svg);
    pm = QPixmap(pixels);
    pm.fill(Qt::transparent);
    {
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        QSizeF content = renderer.defaultSize();
        content.scale(pixels, Qt::KeepAspectRatio);
        const QRectF target((pixels.width() - content.width()) / 2.0,
                            (pixels.height() - content.height()) / 2.0, content.width(), content.height());
        if (color.alphaF() < 1.0)
            p.setOpacity(color.alphaF());
        renderer.render(&p, target);
    }
    pm.setDevicePixelRatio(scale);
    QPixmapCache::insert(cacheKey, pm);
    return pm;
}

QSize SvgIconEngine::actualSize(const QSize &size, QIcon::Mode, QIcon::State)
{
    return size;
}

QIconEngine *SvgIconEngine::clone() const
{
    return new SvgIconEngine(m_svg, m_color);
}

QString SvgIconEngine::key() const
{
    return QStringLiteral("connectlab-svg");
}

} // namespace connectlab
