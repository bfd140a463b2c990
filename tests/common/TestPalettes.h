#pragma once

#include <QColor>
#include <QPalette>

namespace connectlab::test {

// A light and a dark palette for tests that check colours follow the theme. Qt derives each from one
// colour (light: `connectlab --screenshot --theme light` does the same; dark: a dark grey window with
// light text on a black base, and light links).
inline QPalette lightPalette()
{
    return QPalette(QColor(255, 255, 255));
}

inline QPalette darkPalette()
{
    QPalette palette(QColor(45, 45, 48));
    // Qt's derived palette keeps a dark blue for links; a dark desktop gives a light one.
    palette.setColor(QPalette::Link, QColor(90, 160, 255));
    palette.setColor(QPalette::LinkVisited, QColor(180, 140, 255));
    return palette;
}

} // namespace connectlab::test
