#pragma once

#include "CodeLanguages.h"
#include "SyntaxLexer.h"

#include <QPalette>
#include <QSyntaxHighlighter>

namespace connectlab {

// Colours a QTextDocument with SyntaxLexer's spans (computed once for the whole text, so a block comment or a
// template string that spans lines is coloured right) and Theme's code colours.
class CodeHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit CodeHighlighter(QTextDocument *document);

    // Call before the document's text changes to `code` (the spans are computed from it).
    void prepare(const QString &code, CodeLanguage language);
    // The palette changed (light or dark): the colours follow.
    void setPalette(const QPalette &palette);
    const QList<SyntaxSpan> &spans() const { return m_spans; }

protected:
    void highlightBlock(const QString &text) override;

private:
    QList<SyntaxSpan> m_spans;
    QPalette m_palette;
};

} // namespace connectlab
