#pragma once

#include <QList>
#include <QPalette>
#include <QSyntaxHighlighter>

namespace connectlab {

// One stretch of the link: the origin and path (name empty), or one `name=value` pair.
struct LinkSegment
{
    int start = 0;
    int length = 0;
    int nameLength = 0; // the "name" part of "name=value"
    QString name;       // "" for the origin/path part
};

// Colours each parameter of a link (name bold, value plain) in its own colour from Theme, in a
// QTextDocument; split() cuts a link into its parameters (LinkView uses it).
class LinkHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit LinkHighlighter(QTextDocument *document);

    // Splits a link into segments (linear, no decoding).
    static QList<LinkSegment> split(const QString &url);
    void setSegments(const QList<LinkSegment> &segments) { m_segments = segments; }
    void setPalette(const QPalette &palette) { m_palette = palette; }

protected:
    void highlightBlock(const QString &text) override;

private:
    QList<LinkSegment> m_segments;
    QPalette m_palette;
};

} // namespace connectlab
