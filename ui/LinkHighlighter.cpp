#include "LinkHighlighter.h"

#include "Theme.h"

#include <QTextCharFormat>

namespace connectlab {

LinkHighlighter::LinkHighlighter(QTextDocument *document) : QSyntaxHighlighter(document) {}

QList<LinkSegment> LinkHighlighter::split(const QString &url)
{
    QList<LinkSegment> segments;
    const qsizetype query = url.indexOf(QLatin1Char('?'));
    const int end = int(url.size());
    const int head = query < 0 ? end : int(query) + 1;
    segments.append({0, head, 0, QString()});
    int pos = head;
    while (pos < end) {
        qsizetype amp = url.indexOf(QLatin1Char('&'), pos);
        const int stop = amp < 0 ? end : int(amp);
        if (stop > pos) {
            const qsizetype eq = url.indexOf(QLatin1Char('='), pos);
            const int nameEnd = (eq < 0 || eq > stop) ? stop : int(eq);
            segments.append({pos, stop - pos, nameEnd - pos, url.mid(pos, nameEnd - pos)});
        }
        pos = stop + 1;
    }
    return segments;
}

void LinkHighlighter::highlightBlock(const QString &text)
{
    Q_UNUSED(text)
    const int offset = currentBlock().position();
    const int blockLength = currentBlock().length();
    QTextCharFormat muted;
    muted.setForeground(m_palette.color(QPalette::Disabled, QPalette::Text));
    for (const LinkSegment &s : m_segments) {
        const int start = s.start - offset;
        if (start + s.length < 0 || start > blockLength)
            continue;
        if (s.name.isEmpty()) {
            setFormat(start, s.length, muted);
            continue;
        }
        QTextCharFormat name;
        name.setForeground(Theme::parameterColor(s.name, m_palette));
        name.setFontWeight(QFont::Bold);
        QTextCharFormat value;
        value.setForeground(name.foreground());
        setFormat(start, s.nameLength, name);
        if (s.length > s.nameLength) {
            setFormat(start + s.nameLength, 1, muted); // '='
            setFormat(start + s.nameLength + 1, s.length - s.nameLength - 1, value);
        }
        if (s.start + s.length < offset + blockLength - 1)
            setFormat(start + s.length, 1, muted); // '&'
    }
}

} // namespace connectlab
