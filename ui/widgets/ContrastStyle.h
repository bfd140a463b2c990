#pragma once

#include <QProxyStyle>

namespace connectlab {

// The application's style with one correction: Fusion draws an unticked checkbox's outline a little darker
// than the window, which on a dark palette is nearly invisible (the permission list, Reveal code, Keep
// session …). Here the outline follows the text colour at reduced strength, so every checkbox can be seen in
// light and dark alike. Everything else is the base style's.
class ContrastStyle : public QProxyStyle
{
    Q_OBJECT
public:
    using QProxyStyle::QProxyStyle;

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
    // The outline an indicator gets for `palette`.
    static QColor indicatorOutline(const QPalette &palette);
};

} // namespace connectlab
