#pragma once

#include "CodeLanguages.h"

#include <QString>

namespace connectlab {

// A value as a string literal of a language, quotes included, so that the program holds exactly that value:
// quotes, backslashes and each language's interpolation sigils ($ in Kotlin, #{ in Ruby) escaped, control and
// invisible characters (U+FEFF, U+200B, U+00A0 …) written as escapes, everything else as it is (UTF-8
// source). A lone surrogate, which no UTF-8 source can hold, becomes U+FFFD, as Connect Lab's link encodes
// it.
class StringLiteral
{
public:
    static QString quote(const QString &value, CodeLanguage language);

    static QString javaScript(const QString &value); // 'single quotes'
    static QString python(const QString &value);     // "double quotes"
    static QString java(const QString &value); // "…", controls as octal escapes (javac reads \u first)
    static QString ruby(const QString &value); // 'single quotes', or "…" with escapes when needed
    static QString go(const QString &value);
    static QString swift(const QString &value);
    static QString kotlin(const QString &value);
    static QString shell(const QString &value); // 'single quotes' (POSIX sh), ' as '\''

    // True for characters a reader cannot see or that break a line: escaped in every language.
    static bool isInvisible(char32_t c);
};

} // namespace connectlab
