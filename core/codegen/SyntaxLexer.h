#pragma once

#include "CodeLanguages.h"

#include <QList>
#include <QString>

namespace connectlab {

enum class SyntaxKind : quint8
{
    Keyword,
    String,
    Comment,
    Number,
};

// A run of code of one kind: [start, start + length) in UTF-16 units.
struct SyntaxSpan
{
    qsizetype start = 0;
    qsizetype length = 0;
    SyntaxKind kind = SyntaxKind::Keyword;
    friend bool operator==(const SyntaxSpan &, const SyntaxSpan &) = default;
};

// A small lexer per language, enough to colour the code Connect Lab generates (and most hand-written code in
// those languages): keywords, string literals (escapes, template and raw strings), line and block comments,
// numbers. Everything else is plain text. Linear in the code; never fails (an unterminated string or comment
// runs to the end of its line or of the code).
class SyntaxLexer
{
public:
    static QList<SyntaxSpan> tokenize(const QString &code, CodeLanguage language);
};

} // namespace connectlab
