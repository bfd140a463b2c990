#include "ContrastStyle.h"

#include "Theme.h"

#include <QPainter>
#include <QStyleOption>

namespace connectlab {

QColor ContrastStyle::indicatorOutline(const QPalette &palette)
{
    return Theme::mix(palette.color(QPalette::Base), palette.color(QPalette::Text),
                      Theme::isDark(palette) ? 0.55 : 0.45);
}

void ContrastStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                                  const QWidget *widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    if ((element != PE_IndicatorCheckBox && element != PE_IndicatorItemViewItemCheck) || !option)
        return;
    // A visible frame on top of the base style's indicator.
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    QColor outline = indicatorOutline(option->palette);
    if (!(option->state & State_Enabled))
        outline.setAlphaF(0.5);
    painter->setPen(QPen(outline, 1));
    painter->setBrush(Qt::NoBrush);
    const QRectF box = QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5);
    painter->drawRoundedRect(box, 1.5, 1.5);
    painter->restore();
}

} // namespace connectlab
