#include "Theme.h"

#include "ParameterSpec.h"

#include <QHash>

namespace connectlab {

bool Theme::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QPalette Theme::lightPalette()
{
    return QPalette(QColor(255, 255, 255));
}

QPalette Theme::darkPalette()
{
    // What a dark desktop gives Qt: a dark grey window, light text on a near-black base, light links, and
    // the 3D roles (frames, checkbox outlines) light enough to be seen.
    QPalette p(QColor(45, 45, 48));
    const QColor base(30, 30, 32), text(230, 230, 230), disabled(128, 128, 128);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(40, 40, 43));
    p.setColor(QPalette::ToolTipBase, QColor(45, 45, 48));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(role, text);
    p.setColor(QPalette::BrightText, QColor(255, 110, 110));
    p.setColor(QPalette::Link, QColor(90, 160, 255));
    p.setColor(QPalette::LinkVisited, QColor(180, 140, 255));
    p.setColor(QPalette::Highlight, QColor(42, 110, 200));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Light, QColor(95, 95, 100));
    p.setColor(QPalette::Midlight, QColor(75, 75, 80));
    p.setColor(QPalette::Mid, QColor(60, 60, 64));
    p.setColor(QPalette::Dark, QColor(20, 20, 22));
    p.setColor(QPalette::Shadow, QColor(10, 10, 10));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

QColor Theme::severityColor(Severity severity, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (severity) {
    case Severity::Error:
        return dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc6, 0x28, 0x28);
    case Severity::Warning:
        return dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xb2, 0x6a, 0x00);
    case Severity::Info:
        break;
    }
    return dark ? QColor(0x64, 0xb5, 0xf6) : QColor(0x15, 0x65, 0xc0);
}

QColor Theme::okColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x81, 0xc7, 0x84) : QColor(0x2e, 0x7d, 0x32);
}

QColor Theme::mix(const QColor &a, const QColor &b, qreal amountOfB)
{
    const qreal k = 1.0 - amountOfB;
    return QColor::fromRgbF(float(a.redF() * k + b.redF() * amountOfB),
                            float(a.greenF() * k + b.greenF() * amountOfB),
                            float(a.blueF() * k + b.blueF() * amountOfB));
}

QColor Theme::codeColor(CodeRole role, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (role) {
    case CodeRole::Keyword:
        return dark ? QColor(0xce, 0x93, 0xd8) : QColor(0x7b, 0x1f, 0xa2);
    case CodeRole::String:
        return dark ? QColor(0xa5, 0xd6, 0xa7) : QColor(0x1b, 0x6e, 0x20);
    case CodeRole::Number:
        return dark ? QColor(0xff, 0xcc, 0x80) : QColor(0xa3, 0x4a, 0x00);
    case CodeRole::Comment:
        break;
    }
    return mix(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.45);
}

QColor Theme::tint(Severity severity, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const qreal amount = severity == Severity::Info ? 0.0 : (isDark(palette) ? 0.22 : 0.13);
    return mix(base, severityColor(severity, palette), amount);
}

QColor Theme::parameterColor(const QString &name, const QPalette &palette)
{
    // A fixed hue per field of the link (ParameterSpec order), so the colours stay the same from link to
    // link; other names get one from their hash.
    static constexpr int hues[ParameterCount] = {200, 280, 160, 140, 25, 330, 180, 50, 100, 240, 0, 300};
    const ParameterSpec *spec = ParameterSpec::find(name);
    const int hue = spec ? hues[int(spec->id)] : int(qHash(name) % 360u);
    const bool dark = isDark(palette);
    // Yellow-green hues look pale at the same lightness: darken them a little more on light themes.
    const int lightness = dark ? 175 : ((hue > 35 && hue < 190) ? 85 : 105);
    return QColor::fromHsl(hue, dark ? 170 : 200, lightness);
}

} // namespace connectlab
