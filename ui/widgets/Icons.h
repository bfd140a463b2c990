#pragma once

#include "Diagnostic.h"

#include <QIcon>

namespace connectlab {

// The window's SVG icons (resources/icons), tinted from the application palette at paint time.
class Icons
{
public:
    // A monochrome icon in the palette's text colour (greyed when disabled).
    static QIcon get(const QString &name);
    // error / warning / info icons in the theme's severity colours.
    static QIcon severity(Severity severity);
    static QIcon ok();
    // The application icon, in its own colours.
    static QIcon app();
};

} // namespace connectlab
