#pragma once

#include <QImage>
#include <QList>
#include <QString>

namespace connectlab {

// A QR code of a text (libqrencode, 8-bit mode, error correction level M), as a module matrix, an image
// or an SVG document.
class QrCode
{
public:
    static QrCode encode(const QString &text);

    bool isNull() const { return m_size == 0; }
    int size() const { return m_size; } // modules per side
    bool module(int x, int y) const { return m_modules.at(y * m_size + x); }

    // moduleSize pixels per module, `border` light modules around (the quiet zone: 4 by the standard).
    QImage toImage(int moduleSize = 8, int border = 4) const;
    QString toSvg(int border = 4) const;

private:
    int m_size = 0;
    QList<bool> m_modules;
};

} // namespace connectlab
