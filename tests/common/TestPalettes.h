#pragma once

#include "Theme.h"

#include <QPalette>

namespace connectlab::test {

// The light and the dark palette of `connectlab --theme light|dark` (ui/widgets/Theme), for tests that check
// colours follow the theme.
inline QPalette lightPalette()
{
    return Theme::lightPalette();
}

inline QPalette darkPalette()
{
    return Theme::darkPalette();
}

} // namespace connectlab::test
