#include "SyntaxLexer.h"

#include <QSet>

namespace connectlab {

namespace {

struct Syntax
{
    bool slashComments = false; // // and /* */
    bool hashComments = false;  // # to the end of the line
    bool singleQuoteStrings = true;
    bool backtickStrings = false; // JavaScript templates, Go raw strings
    QSet<QString> keywords;
};

QSet<QString> words(std::initializer_list<const char *> list)
{
    QSet<QString> out;
    for (const char *w : list)
        out.insert(QString::fromLatin1(w));
    return out;
}

const Syntax &syntaxOf(CodeLanguage language)
{
    static const Syntax javaScript{
        true, false, true, true,
        words({"async",  "await", "break",  "case",      "catch", "class",  "const",    "continue", "default",
               "delete", "else",  "export", "false",     "for",   "from",   "function", "if",       "import",
               "in",     "let",   "new",    "null",      "of",    "return", "switch",   "this",     "throw",
               "true",   "try",   "typeof", "undefined", "var",   "while"})};
    static const Syntax python{
        false, true, true, false,
        words({"and",    "as",   "assert", "async",  "await", "break",   "class", "continue", "def",
               "del",    "elif", "else",   "except", "False", "finally", "for",   "from",     "if",
               "import", "in",   "is",     "lambda", "None",  "not",     "or",    "pass",     "raise",
               "return", "True", "try",    "while",  "with",  "yield"})};
    static const Syntax java{
        true, false, true, false,
        words({"boolean", "catch", "class", "else",   "extends", "false",   "final",  "for",    "if",
               "import",  "int",   "new",   "null",   "package", "private", "public", "return", "static",
               "String",  "this",  "throw", "throws", "true",    "try",     "var",    "void"})};
    static const Syntax ruby{
        false, true, true, false,
        words({"begin", "class", "def",    "do",    "else",    "elsif",  "end",    "ensure",
               "false", "if",    "module", "nil",   "require", "rescue", "return", "self",
               "then",  "true",  "unless", "until", "while",   "yield"})};
    static const Syntax go{
        true, false, true, true,
        words({"break",  "case",   "const",  "continue", "default",   "defer", "else", "false",   "for",
               "func",   "go",     "if",     "import",   "interface", "map",   "nil",  "package", "range",
               "return", "string", "struct", "switch",   "true",      "type",  "var"})};
    static const Syntax swift{
        true, false, false, false,
        words({"as", "case", "class", "else", "false", "func", "guard", "if", "import", "in", "let", "nil",
               "return", "self", "String", "struct", "switch", "true", "var"})};
    static const Syntax kotlin{
        true, false, true, false,
        words({"as",   "class",  "continue", "else",   "false", "for",  "fun", "if",  "import", "in",   "is",
               "null", "object", "package",  "return", "this",  "true", "val", "var", "when",   "while"})};
    static const Syntax shell{false, true, true, false,
                              words({"curl", "do", "done", "else", "export", "fi", "for", "if", "then"})};
    switch (language) {
    case CodeLanguage::Node:
    case CodeLanguage::BrowserJs:
    case CodeLanguage::RawUrl:
        return javaScript;
    case CodeLanguage::Python:
        return python;
    case CodeLanguage::Java:
        return java;
    case CodeLanguage::Ruby:
        return ruby;
    case CodeLanguage::Go:
        return go;
    case CodeLanguage::Swift:
        return swift;
    case CodeLanguage::Kotlin:
        return kotlin;
    case CodeLanguage::Curl:
        return shell;
    }
    Q_UNREACHABLE();
}

bool isWordStart(QChar c)
{
    return c.isLetter() || c == u'_' || c == u'$';
}

bool isWordPart(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'$';
}

} // namespace

QList<SyntaxSpan> SyntaxLexer::tokenize(const QString &code, CodeLanguage language)
{
    const Syntax &syntax = syntaxOf(language);
    const bool shell = language == CodeLanguage::Curl;
    QList<SyntaxSpan> spans;
    const qsizetype n = code.size();
    qsizetype i = 0;
    const auto add = [&spans](qsizetype start, qsizetype end, SyntaxKind kind) {
        if (end > start)
            spans.append({start, end - start, kind});
    };
    while (i < n) {
        const QChar c = code.at(i);
        const QChar next = i + 1 < n ? code.at(i + 1) : QChar();
        // Comments.
        if (syntax.slashComments && c == u'/' && next == u'/') {
            qsizetype end = code.indexOf(u'\n', i);
            end = end < 0 ? n : end;
            add(i, end, SyntaxKind::Comment);
            i = end;
            continue;
        }
        if (syntax.slashComments && c == u'/' && next == u'*') {
            qsizetype end = code.indexOf(QLatin1StringView("*/"), i + 2);
            end = end < 0 ? n : end + 2;
            add(i, end, SyntaxKind::Comment);
            i = end;
            continue;
        }
        // '#' starts a comment; in a shell only at the start of a word (curl's URLs hold '#' too).
        if (syntax.hashComments && c == u'#' && (!shell || i == 0 || code.at(i - 1).isSpace())) {
            qsizetype end = code.indexOf(u'\n', i);
            end = end < 0 ? n : end;
            add(i, end, SyntaxKind::Comment);
            i = end;
            continue;
        }
        // Strings: "…" everywhere, '…' and `…` where the language has them.
        if (c == u'"' || (c == u'\'' && syntax.singleQuoteStrings) || (c == u'`' && syntax.backtickStrings)) {
            const QChar quote = c;
            // A shell's '…' has no escapes, a Go `…` neither; a backtick string may span lines.
            const bool escapes =
                !(shell && quote == u'\'') && !(language == CodeLanguage::Go && quote == u'`');
            const bool multiline = quote == u'`' || shell;
            qsizetype j = i + 1;
            while (j < n) {
                const QChar d = code.at(j);
                if (escapes && d == u'\\' && j + 1 < n) {
                    j += 2;
                    continue;
                }
                if (d == quote) {
                    ++j;
                    break;
                }
                if (d == u'\n' && !multiline)
                    break;
                ++j;
            }
            add(i, j, SyntaxKind::String);
            i = j;
            continue;
        }
        // Numbers (not inside a word: "v2" is a name).
        if (c.isDigit() && (i == 0 || !isWordPart(code.at(i - 1)))) {
            qsizetype j = i + 1;
            while (j < n && (code.at(j).isLetterOrNumber() || code.at(j) == u'.' || code.at(j) == u'_'))
                ++j;
            add(i, j, SyntaxKind::Number);
            i = j;
            continue;
        }
        // Words: a keyword unless it is a member (.name) or a key (name:).
        if (isWordStart(c)) {
            qsizetype j = i + 1;
            while (j < n && isWordPart(code.at(j)))
                ++j;
            const QString word = code.mid(i, j - i);
            const bool member = i > 0 && code.at(i - 1) == u'.';
            if (!member && syntax.keywords.contains(word))
                add(i, j, SyntaxKind::Keyword);
            i = j;
            continue;
        }
        ++i;
    }
    return spans;
}

} // namespace connectlab
