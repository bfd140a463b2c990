#include "CodeHighlighter.h"

#include "Theme.h"

#include <QTextCharFormat>
#include <QTextDocument>

#include <algorithm>

namespace connectlab {

namespace {

Theme::CodeRole roleOf(SyntaxKind kind)
{
    switch (kind) {
    case SyntaxKind::Keyword:
        return Theme::CodeRole::Keyword;
    case SyntaxKind::String:
        return Theme::CodeRole::String;
    case SyntaxKind::Comment:
        return Theme::CodeRole::Comment;
    case SyntaxKind::Number:
        break;
    }
    return Theme::CodeRole::Number;
}

} // namespace

CodeHighlighter::CodeHighlighter(QTextDocument *document) : QSyntaxHighlighter(document) {}

void CodeHighlighter::prepare(const QString &code, CodeLanguage language)
{
    m_spans = SyntaxLexer::tokenize(code, language);
}

void CodeHighlighter::setPalette(const QPalette &palette)
{
    m_palette = palette;
    rehighlight();
}

void CodeHighlighter::highlightBlock(const QString &text)
{
    const qsizetype blockStart = currentBlock().position();
    const qsizetype blockEnd = blockStart + text.size();
    // The first span that ends after the block starts.
    auto it =
        std::lower_bound(m_spans.cbegin(), m_spans.cend(), blockStart,
                         [](const SyntaxSpan &span, qsizetype at) { return span.start + span.length <= at; });
    for (; it != m_spans.cend() && it->start < blockEnd; ++it) {
        const qsizetype start = std::max(it->start, blockStart);
        const qsizetype end = std::min(it->start + it->length, blockEnd);
        QTextCharFormat format;
        format.setForeground(Theme::codeColor(roleOf(it->kind), m_palette));
        if (it->kind == SyntaxKind::Keyword)
            format.setFontWeight(QFont::DemiBold);
        if (it->kind == SyntaxKind::Comment)
            format.setFontItalic(true);
        setFormat(int(start - blockStart), int(end - start), format);
    }
}

} // namespace connectlab
