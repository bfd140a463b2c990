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
    return QStringLiteral("U+") + QString::number(uint(cp), 16).toUpper().rightJustified(4, u'0') + u' ' +
           name;
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

// Letters of other scripts drawn like Latin ones (the common homoglyphs of Unicode's confusables list).
bool looksLatin(char32_t cp)
{
    static constexpr char32_t Confusables[] = {
        // Cyrillic
        0x0430, 0x0435, 0x043E, 0x0440, 0x0441, 0x0443, 0x0445, 0x0455, 0x0456, 0x0458, 0x04BB, 0x0501,
        0x051B, 0x051D, 0x0410, 0x0412, 0x0415, 0x041A, 0x041C, 0x041D, 0x041E, 0x0420, 0x0421, 0x0422,
        0x0425, 0x0405, 0x0406, 0x0408,
        // Greek
        0x03BF, 0x03B1, 0x03BD, 0x03C1, 0x0391, 0x0392, 0x0395, 0x0396, 0x0397, 0x0399, 0x039A, 0x039C,
        0x039D, 0x039F, 0x03A1, 0x03A4, 0x03A5, 0x03A7,
        // Latin look-alikes from other blocks (dotless i, fullwidth letters are caught below)
        0x0131};
    for (char32_t c : Confusables)
        if (c == cp)
            return true;
    return (cp >= 0xFF21 && cp <= 0xFF3A) || (cp >= 0xFF41 && cp <= 0xFF5A) || (cp >= 0xFF10 && cp <= 0xFF19);
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
    if (f.found())
        f.name = QStringLiteral("U+") +
                 QString::number(uint(f.codePoint), 16).toUpper().rightJustified(4, u'0') +
                 (f.codePoint >= 0xFF00
                      ? QCoreApplication::translate("connectlab::InvisibleCharacters", " (a fullwidth form)")
                      : QCoreApplication::translate("connectlab::InvisibleCharacters",
                                                    " (a letter from another script)"));
    return f;
}

} // namespace connectlab
