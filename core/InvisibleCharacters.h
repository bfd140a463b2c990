#pragma once

#include <QString>

namespace connectlab {

// Characters a person cannot see or tell apart in an id or a URL: a byte-order mark or zero-width space
// copied along with a link, a right-to-left mark, a control character, a Cyrillic "а" standing in for a
// Latin "a". The validator names the first one of each kind in ids and redirect URIs.
class InvisibleCharacters
{
public:
    struct Finding
    {
        qsizetype position = -1; // 0-based, in UTF-16 units; -1 when there is none
        char32_t codePoint = 0;
        QString name; // "U+FEFF ZERO WIDTH NO-BREAK SPACE (byte-order mark)"
        bool found() const { return position >= 0; }
    };

    // The first invisible or formatting character (controls, zero-width and bidi marks, BOM, soft hyphen …).
    static Finding firstInvisible(QStringView text);
    // The first letter from another script that looks like a Latin letter (Cyrillic and Greek homoglyphs).
    static Finding firstConfusable(QStringView text);
};

} // namespace connectlab
