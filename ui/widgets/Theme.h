#pragma once

#include "Diagnostic.h"

#include <QColor>
#include <QPalette>
#include <QString>

namespace connectlab {

// Colours derived from the current palette, so everything follows the light or dark theme.
class Theme
{
public:
    static bool isDark(const QPalette &palette);
    // The palettes `--theme light|dark` forces (Fusion's usual ones), for screenshots and tests.
    static QPalette lightPalette();
    static QPalette darkPalette();
    // The colour that stands for a severity (icons, banner border).
    static QColor severityColor(Severity severity, const QPalette &palette);
    static QColor okColor(const QPalette &palette);
    // A field background tinted towards the severity colour; the palette's Base when nothing is wrong.
    static QColor tint(Severity severity, const QPalette &palette);
    // A distinct, readable colour per parameter name (the link view and the decoded list share it).
    static QColor parameterColor(const QString &name, const QPalette &palette);
    static QColor mix(const QColor &a, const QColor &b, qreal amountOfB);

    // Syntax colours for code (the Code tab): readable on the palette's Base, light or dark.
    enum class CodeRole
    {
        Keyword,
        String,
        Comment,
        Number,
    };
    static QColor codeColor(CodeRole role, const QPalette &palette);
};

} // namespace connectlab
