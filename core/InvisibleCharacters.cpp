#include "InvisibleCharacters.h"

#include <QCoreApplication>

namespace connectlab {

namespace {

struct Named
{
    char32_t codePoint;
    const char *name;
};

constexpr Named Names[] = {
    {0x00AD, "SOFT HYPHEN"},
    {0x034F, "COMBINING GRAPHEME JOINER"},
    {0x061C, "ARABIC LETTER MARK"},
    {0x115F, "HANGUL CHOSEONG FILLER"},
    {0x180E, "MONGOLIAN VOWEL SEPARATOR"},
    {0x200B, "ZERO WIDTH SPACE"},
    {0x200C, "ZERO WIDTH NON-JOINER"},
    {0x200D, "ZERO WIDTH JOINER"},
    {0x200E, "LEFT-TO-RIGHT MARK"},
    {0x200F, "RIGHT-TO-LEFT MARK"},
    {0x202A, "LEFT-TO-RIGHT EMBEDDING"},
    {0x202B, "RIGHT-TO-LEFT EMBEDDING"},
    {0x202C, "POP DIRECTIONAL FORMATTING"},
    {0x202D, "LEFT-TO-RIGHT OVERRIDE"},
    {0x202E, "RIGHT-TO-LEFT OVERRIDE"},
    {0x2060, "WORD JOINER"},
    {0x2066, "LEFT-TO-RIGHT ISOLATE"},
    {0x2067, "RIGHT-TO-LEFT ISOLATE"},
    {0x2068, "FIRST STRONG ISOLATE"},
    {0x2069, "POP DIRECTIONAL ISOLATE"},
    {0x3164, "HANGUL FILLER"},
    {0xFEFF, "ZERO WIDTH NO-BREAK SPACE (byte-order mark)"},
    {0xFFFD, "REPLACEMENT CHARACTER (bytes that were not UTF-8)"},
};

QString codePointText(char32_t cp)
{
    return QStringLiteral("U+") + QString::number(uint(cp), 16).toUpper().rightJustified(4, u'0');
}

QString describe(char32_t cp)
{
    QString name;
    for (const Named &n : Names)
        if (n.codePoint == cp)
            name = QString::fromLatin1(n.name);
    if (name.isEmpty()) {
        if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0))
            name = cp == 0 ? QStringLiteral("NUL")
                           : QCoreApplication::translate("connectlab::InvisibleCharacters",
                                                         "a control character");
        else
            name = QCoreApplication::translate("connectlab::InvisibleCharacters",
                                               "an invisible formatting character");
    }
    return codePointText(cp) + u' ' + name;
}

bool isInvisible(char32_t cp)
{
    if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0))
        return true;
    for (const Named &n : Names)
        if (n.codePoint == cp)
            return true;
    const QChar::Category category = QChar::category(cp);
    return category == QChar::Other_Format || (cp >= 0xE0000 && cp <= 0xE007F); // tags
}

// Letters of other scripts drawn like Latin ones (the common homoglyphs of Unicode's confusables list), with
// the Latin letter each passes for.
struct LookAlike
{
    char32_t codePoint;
    char latin;
};

// clang-format off
constexpr LookAlike LookAlikes[] = {
    // Cyrillic
    {0x0430, 'a'}, {0x0435, 'e'}, {0x043E, 'o'}, {0x0440, 'p'}, {0x0441, 'c'}, {0x0443, 'y'}, {0x0445, 'x'},
    {0x0455, 's'}, {0x0456, 'i'}, {0x0458, 'j'}, {0x04BB, 'h'}, {0x0501, 'd'}, {0x051B, 'q'}, {0x051D, 'w'},
    {0x0410, 'A'}, {0x0412, 'B'}, {0x0415, 'E'}, {0x041A, 'K'}, {0x041C, 'M'}, {0x041D, 'H'}, {0x041E, 'O'},
    {0x0420, 'P'}, {0x0421, 'C'}, {0x0422, 'T'}, {0x0425, 'X'}, {0x0405, 'S'}, {0x0406, 'I'}, {0x0408, 'J'},
    // Greek
    {0x03BF, 'o'}, {0x03B1, 'a'}, {0x03BD, 'v'}, {0x03C1, 'p'}, {0x0391, 'A'}, {0x0392, 'B'}, {0x0395, 'E'},
    {0x0396, 'Z'}, {0x0397, 'H'}, {0x0399, 'I'}, {0x039A, 'K'}, {0x039C, 'M'}, {0x039D, 'N'}, {0x039F, 'O'},
    {0x03A1, 'P'}, {0x03A4, 'T'}, {0x03A5, 'Y'}, {0x03A7, 'X'},
    // Latin look-alikes from other blocks (fullwidth forms are computed below)
    {0x0131, 'i'}};
// clang-format on

// The Latin letter or digit `cp` passes for, or 0.
char latinLookAlike(char32_t cp)
{
    for (const LookAlike &l : LookAlikes)
        if (l.codePoint == cp)
            return l.latin;
    if (cp >= 0xFF21 && cp <= 0xFF3A)
        return char('A' + (cp - 0xFF21));
    if (cp >= 0xFF41 && cp <= 0xFF5A)
        return char('a' + (cp - 0xFF41));
    if (cp >= 0xFF10 && cp <= 0xFF19)
        return char('0' + (cp - 0xFF10));
    return 0;
}

bool looksLatin(char32_t cp)
{
    return latinLookAlike(cp) != 0;
}

template <typename Pred> InvisibleCharacters::Finding first(QStringView text, Pred pred)
{
    InvisibleCharacters::Finding f;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t cp = text[i].unicode();
        if (QChar::isHighSurrogate(cp) && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            cp = QChar::surrogateToUcs4(text[i].unicode(), text[i + 1].unicode());
        if (pred(cp)) {
            f.position = i;
            f.codePoint = cp;
            f.name = describe(cp);
            return f;
        }
        if (cp > 0xFFFF)
            ++i;
    }
    return f;
}

} // namespace

InvisibleCharacters::Finding InvisibleCharacters::firstInvisible(QStringView text)
{
    return first(text, isInvisible);
}

InvisibleCharacters::Finding InvisibleCharacters::firstConfusable(QStringView text)
{
    InvisibleCharacters::Finding f = first(text, looksLatin);
    if (f.found()) {
        const QChar latin = QLatin1Char(latinLookAlike(f.codePoint));
        const char32_t cp = f.codePoint;
        const QString kind = cp >= 0xFF00 ? QCoreApplication::translate("connectlab::InvisibleCharacters", "a fullwidth form")
                             : cp >= 0x0400 && cp < 0x0530 ? QCoreApplication::translate("connectlab::InvisibleCharacters", "a Cyrillic letter")
                             : cp >= 0x0370 && cp < 0x0400 ? QCoreApplication::translate("connectlab::InvisibleCharacters", "a Greek letter")
                                                           : QCoreApplication::translate("connectlab::InvisibleCharacters", "a letter");
        f.name = codePointText(cp) + QCoreApplication::translate("connectlab::InvisibleCharacters", " (%1 that looks like Latin \"%2\")").arg(kind, latin);
    }
    return f;
}

} // namespace connectlab
