#pragma once

#include "LinkHighlighter.h"

#include <QPlainTextEdit>

namespace connectlab {

// The generated link: read-only, monospace, each parameter in its own colour; hovering a parameter
// names it, says what it does and shows its decoded value.
class LinkView : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit LinkView(QWidget *parent = nullptr);

    void setLink(const QString &url);
    QString link() const { return m_link; }
    // The parameter at a character position of the link ("" for the origin/path or past the end).
    QString parameterAt(int position) const;
    // What the tooltip says for a character position.
    QString toolTipAt(int position) const;
    const QList<LinkSegment> &segments() const { return m_segments; }

protected:
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    const LinkSegment *segmentAt(int position) const;

    QString m_link;
    QList<LinkSegment> m_segments;
    LinkHighlighter *m_highlighter;
};

} // namespace connectlab
