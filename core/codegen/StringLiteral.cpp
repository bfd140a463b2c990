#include "StringLiteral.h"

#include <QChar>

namespace connectlab {

namespace {

constexpr char Hex[] = "0123456789abcdef";

QString hex(char32_t c, int digits)
{
    QString out(digits, u'0');
    for (int i = digits - 1; i >= 0; --i, c >>= 4)
        out[i] = QLatin1Char(Hex[c & 0xf]);
    return out;
}

// Calls f(codePoint) for every code point of `value`, a lone surrogate as U+FFFD.
template <typename F> void forEachCodePoint(const QString &value, F &&f)
{
    const qsizetype n = value.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t u = value.at(i).unicode();
        if (QChar::isHighSurrogate(u) && i + 1 < n && value.at(i + 1).isLowSurrogate()) {
            f(QChar::surrogateToUcs4(u, value.at(i + 1).unicode()));
            ++i;
        } else if (QChar::isSurrogate(u)) {
            f(char32_t(0xfffd));
        } else {
            f(char32_t(u));
        }
    }
}

void appendCodePoint(QString &out, char32_t c)
{
    if (QChar::requiresSurrogates(c)) {
        out += QChar(QChar::highSurrogate(c));
        out += QChar(QChar::lowSurrogate(c));
    } else {
        out += QChar(char16_t(c));
    }
}

// The common escapes: \n \r \t, a backslash, the quote; `other` writes any other invisible character.
template <typename Other>
QString quoted(const QString &value, char16_t quote, const QString &extraEscapes, Other &&other)
{
    QString out;
    out.reserve(value.size() + 2);
    out += QChar(quote);
    forEachCodePoint(value, [&](char32_t c) {
        switch (c) {
        case U'\\':
            out += QLatin1StringView("\\\\");
            return;
        case U'\n':
            out += QLatin1StringView("\\n");
            return;
        case U'\r':
            out += QLatin1StringView("\\r");
            return;
        case U'\t':
            out += QLatin1StringView("\\t");
            return;
        default:
            break;
        }
        if (c == quote || (c < 0x80 && extraEscapes.contains(QChar(char16_t(c))))) {
            out += u'\\';
            out += QChar(char16_t(c));
        } else if (StringLiteral::isInvisible(c)) {
            out += other(c);
        } else {
            appendCodePoint(out, c);
        }
    });
    out += QChar(quote);
    return out;
}

QString utf16Escapes(char32_t c, const char *prefix, bool upper = false)
{
    QString out;
    const auto unit = [&](char16_t u) {
        const QString digits = hex(u, 4);
        out += QLatin1StringView(prefix) + (upper ? digits.toUpper() : digits);
    };
    if (QChar::requiresSurrogates(c)) {
        unit(QChar::highSurrogate(c));
        unit(QChar::lowSurrogate(c));
    } else {
        unit(char16_t(c));
    }
    return out;
}

} // namespace

bool StringLiteral::isInvisible(char32_t c)
{
    if (c == U' ')
        return false;
    if (c < 0x20 || c == 0x7f)
        return true;
    return !QChar::isPrint(c) || QChar::isSpace(c) || QChar::category(c) == QChar::Other_Format;
}

QString StringLiteral::quote(const QString &value, CodeLanguage language)
{
    switch (language) {
    case CodeLanguage::Node:
    case CodeLanguage::BrowserJs:
    case CodeLanguage::RawUrl:
        return javaScript(value);
    case CodeLanguage::Python:
        return python(value);
    case CodeLanguage::Java:
        return java(value);
    case CodeLanguage::Ruby:
        return ruby(value);
    case CodeLanguage::Go:
        return go(value);
    case CodeLanguage::Swift:
        return swift(value);
    case CodeLanguage::Kotlin:
        return kotlin(value);
    case CodeLanguage::Curl:
        return shell(value);
    }
    Q_UNREACHABLE();
}

QString StringLiteral::javaScript(const QString &value)
{
    return quoted(value, u'\'', QString(), [](char32_t c) -> QString { return utf16Escapes(c, "\\u"); });
}

QString StringLiteral::python(const QString &value)
{
    return quoted(value, u'"', QString(), [](char32_t c) -> QString {
        if (c < 0x100)
            return QLatin1StringView("\\x") + hex(c, 2);
        if (c < 0x10000)
            return QLatin1StringView("\\u") + hex(c, 4);
        return QLatin1StringView("\\U") + hex(c, 8);
    });
}

QString StringLiteral::java(const QString &value)
{
    // javac turns \uXXXX into the character before it reads the literal, so \u000a would end the line:
    // control characters are written as octal escapes, other invisible ones as \u escapes (which are safe).
    return quoted(value, u'"', QString(), [](char32_t c) -> QString {
        if (c < 0x80)
            return QStringLiteral("\\%1").arg(uint(c), 3, 8, QLatin1Char('0'));
        return utf16Escapes(c, "\\u");
    });
}

QString StringLiteral::ruby(const QString &value)
{
    bool needsEscapes = false;
    forEachCodePoint(value, [&needsEscapes](char32_t c) { needsEscapes = needsEscapes || isInvisible(c); });
    if (!needsEscapes) {
        // In single quotes only \\ and \' are escapes.
        QString out = QStringLiteral("'");
        forEachCodePoint(value, [&out](char32_t c) {
            if (c == U'\\' || c == U'\'')
                out += u'\\';
            appendCodePoint(out, c);
        });
        return out + u'\'';
    }
    return quoted(value, u'"', QStringLiteral("#"), [](char32_t c) -> QString {
        return QLatin1StringView("\\u{") + QString::number(uint(c), 16) + u'}';
    });
}

QString StringLiteral::go(const QString &value)
{
    return quoted(value, u'"', QString(), [](char32_t c) -> QString {
        if (c < 0x80)
            return QLatin1StringView("\\x") + hex(c, 2);
        if (c < 0x10000)
            return QLatin1StringView("\\u") + hex(c, 4);
        return QLatin1StringView("\\U") + hex(c, 8);
    });
}

QString StringLiteral::swift(const QString &value)
{
    return quoted(value, u'"', QString(), [](char32_t c) -> QString {
        return QLatin1StringView("\\u{") + QString::number(uint(c), 16) + u'}';
    });
}

QString StringLiteral::kotlin(const QString &value)
{
    return quoted(value, u'"', QStringLiteral("$"),
                  [](char32_t c) -> QString { return utf16Escapes(c, "\\u"); });
}

QString StringLiteral::shell(const QString &value)
{
    QString out = QStringLiteral("'");
    forEachCodePoint(value, [&out](char32_t c) {
        if (c == U'\'')
            out += QLatin1StringView("'\\''");
        else
            appendCodePoint(out, c);
    });
    return out + u'\'';
}

} // namespace connectlab
