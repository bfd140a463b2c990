#pragma once

#include "LinkSegment.h"

#include <QAbstractScrollArea>
#include <QTextLayout>

namespace connectlab {

// The generated link: read-only, monospace, wrapped anywhere, each parameter in its own colour; hovering
// a parameter names it, says what it does and shows its decoded value. Text can be selected with the mouse
// or the keyboard (Ctrl+A) and copied (Ctrl+C; the whole link when nothing is selected).
//
// It lays the text out lazily, when it is painted, like QLineEdit does: setLink() only stores the link and
// its segments, so typing in the form never waits for text shaping.
class LinkView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit LinkView(QWidget *parent = nullptr);

    void setLink(const QString &url);
    QString link() const { return m_link; }
    QString selectedText() const;
    void selectAll();
    void copy() const;

    // The parameter at a character position of the link ("" for the origin/path or past the end).
    QString parameterAt(int position) const;
    // What the tooltip says for a character position.
    QString toolTipAt(int position) const;
    const QList<LinkSegment> &segments() const { return m_segments; }
    // The colours and weights applied to the link's characters.
    QList<QTextLayout::FormatRange> formats() const;
    // The character position under a point of the viewport (-1 when none).
    int positionAt(const QPoint &viewportPoint);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool viewportEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    const LinkSegment *segmentAt(int position) const;
    void ensureLayout();
    void updateScrollRange();
    void invalidate();

    QString m_link;
    QList<LinkSegment> m_segments;
    QTextLayout m_layout;
    bool m_dirty = true;
    int m_layoutWidth = -1;
    qreal m_height = 0;
    int m_anchor = -1;
    int m_cursor = -1;
};

} // namespace connectlab
