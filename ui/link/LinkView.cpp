#include "LinkView.h"

#include "Catalog.h"
#include "QueryString.h"
#include "Theme.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTextOption>
#include <QToolTip>

#include <cmath>

namespace connectlab {

namespace {
constexpr int Margin = 4;
}

LinkView::LinkView(QWidget *parent) : QAbstractScrollArea(parent)
{
    setObjectName(QStringLiteral("linkView"));
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    viewport()->setCursor(Qt::IBeamCursor);
    viewport()->setBackgroundRole(QPalette::Base);
    viewport()->setAutoFillBackground(true);
    setAccessibleName(tr("Generated Connect link"));
    setToolTip(tr("The link, always current. Hover a parameter to see what it does."));
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAnywhere);
    m_layout.setTextOption(option);
    m_layout.setCacheEnabled(true);
}

void LinkView::setLink(const QString &url)
{
    if (url == m_link)
        return;
    m_link = url;
    m_segments = LinkSegment::split(url);
    m_anchor = m_cursor = -1;
    invalidate();
}

void LinkView::invalidate()
{
    m_dirty = true;
    viewport()->update();
}

QList<QTextLayout::FormatRange> LinkView::formats() const
{
    const QPalette p = palette();
    QList<QTextLayout::FormatRange> ranges;
    ranges.reserve(m_segments.size() * 4);
    QTextCharFormat muted;
    muted.setForeground(p.color(QPalette::Disabled, QPalette::Text));
    for (const LinkSegment &s : m_segments) {
        if (s.name.isEmpty()) {
            ranges.append({s.start, s.length, muted});
            continue;
        }
        QTextCharFormat name;
        name.setForeground(Theme::parameterColor(s.name, p));
        name.setFontWeight(QFont::Bold);
        QTextCharFormat value;
        value.setForeground(name.foreground());
        ranges.append({s.start, s.nameLength, name});
        if (s.length > s.nameLength) {
            ranges.append({s.start + s.nameLength, 1, muted});
            ranges.append({s.start + s.nameLength + 1, s.length - s.nameLength - 1, value});
        }
        if (s.start + s.length < m_link.size())
            ranges.append({s.start + s.length, 1, muted}); // '&'
    }
    return ranges;
}

void LinkView::ensureLayout()
{
    const int width = qMax(10, viewport()->width() - 2 * Margin);
    if (!m_dirty && width == m_layoutWidth) {
        updateScrollRange(); // the height may have changed alone: the last line must stay reachable
        return;
    }
    if (m_dirty) {
        m_layout.setText(m_link);
        m_layout.setFont(font());
        m_layout.setFormats(formats());
    }
    m_layoutWidth = width;
    m_dirty = false;
    m_layout.beginLayout();
    qreal y = 0;
    for (;;) {
        QTextLine line = m_layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    m_layout.endLayout();
    m_height = y;
    updateScrollRange();
}

void LinkView::updateScrollRange()
{
    QScrollBar *bar = verticalScrollBar();
    const int page = qMax(1, viewport()->height() - 2 * Margin);
    bar->setRange(0, qMax(0, int(std::ceil(m_height)) - page));
    bar->setPageStep(page);
    bar->setSingleStep(QFontMetrics(font()).height());
}

void LinkView::paintEvent(QPaintEvent *)
{
    ensureLayout();
    QPainter painter(viewport());
    QList<QTextLayout::FormatRange> selection;
    if (m_anchor >= 0 && m_cursor >= 0 && m_anchor != m_cursor) {
        QTextCharFormat f;
        f.setBackground(palette().brush(QPalette::Highlight));
        f.setForeground(palette().brush(QPalette::HighlightedText));
        selection.append({qMin(m_anchor, m_cursor), qAbs(m_anchor - m_cursor), f});
    }
    m_layout.draw(&painter, QPointF(Margin, Margin - verticalScrollBar()->value()), selection);
}

void LinkView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    ensureLayout();
    viewport()->update();
}

void LinkView::scrollContentsBy(int, int)
{
    viewport()->update();
}

int LinkView::positionAt(const QPoint &point)
{
    ensureLayout();
    const QPointF p(point.x() - Margin, point.y() - Margin + verticalScrollBar()->value());
    for (int i = 0; i < m_layout.lineCount(); ++i) {
        const QTextLine line = m_layout.lineAt(i);
        if (p.y() >= line.y() && p.y() < line.y() + line.height())
            return line.xToCursor(p.x());
    }
    return -1;
}

QSize LinkView::sizeHint() const
{
    const QFontMetrics fm(font());
    return QSize(fm.horizontalAdvance(QLatin1Char('m')) * 60,
                 fm.height() * 5 + 2 * Margin + 2 * frameWidth());
}

QSize LinkView::minimumSizeHint() const
{
    const QFontMetrics fm(font());
    return QSize(fm.horizontalAdvance(QLatin1Char('m')) * 16,
                 fm.height() * 2 + 2 * Margin + 2 * frameWidth());
}

const LinkSegment *LinkView::segmentAt(int position) const
{
    for (const LinkSegment &s : m_segments)
        if (position >= s.start && position < s.start + s.length)
            return &s;
    return nullptr;
}

QString LinkView::parameterAt(int position) const
{
    const LinkSegment *s = segmentAt(position);
    return s ? s->name : QString();
}

QString LinkView::toolTipAt(int position) const
{
    const LinkSegment *s = segmentAt(position);
    if (!s)
        return {};
    if (s->name.isEmpty())
        return tr("<b>Endpoint</b><br>%1").arg(m_link.left(s->length).toHtmlEscaped());
    const QString raw = m_link.mid(s->start + s->nameLength + 1, qMax(0, s->length - s->nameLength - 1));
    const QString value = QueryString::decode(raw);
    QString tip = QStringLiteral("<b>") + s->name.toHtmlEscaped() + QStringLiteral("</b>");
    if (const ParameterInfo *info = Catalog::instance().parameter(s->name))
        tip += QStringLiteral("<br>") + info->description.toHtmlEscaped();
    else
        tip += QStringLiteral("<br>") + tr("Not a Connect parameter; kept as it is.");
    tip += QStringLiteral("<br><br>") +
           tr("Value: %1").arg(QStringLiteral("<code>") + value.toHtmlEscaped() + QStringLiteral("</code>"));
    return tip;
}

QString LinkView::selectedText() const
{
    if (m_anchor < 0 || m_cursor < 0 || m_anchor == m_cursor)
        return {};
    return m_link.mid(qMin(m_anchor, m_cursor), qAbs(m_anchor - m_cursor));
}

void LinkView::selectAll()
{
    m_anchor = 0;
    m_cursor = int(m_link.size());
    viewport()->update();
}

void LinkView::copy() const
{
    const QString text = selectedText();
    QGuiApplication::clipboard()->setText(text.isEmpty() ? m_link : text);
}

bool LinkView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString tip = toolTipAt(positionAt(help->pos()));
        QToolTip::showText(help->globalPos(), tip.isEmpty() ? toolTip() : tip, viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void LinkView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QAbstractScrollArea::mousePressEvent(event);
    m_anchor = m_cursor = positionAt(event->position().toPoint());
    viewport()->update();
}

void LinkView::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton) || m_anchor < 0)
        return QAbstractScrollArea::mouseMoveEvent(event);
    const int pos = positionAt(event->position().toPoint());
    if (pos >= 0 && pos != m_cursor) {
        m_cursor = pos;
        viewport()->update();
    }
}

void LinkView::mouseDoubleClickEvent(QMouseEvent *event)
{
    // A double click selects one whole parameter (name=value).
    if (const LinkSegment *s = segmentAt(positionAt(event->position().toPoint()))) {
        m_anchor = s->start;
        m_cursor = s->start + s->length;
        viewport()->update();
    }
}

void LinkView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::SelectAll)) {
        selectAll();
        return;
    }
    if (event->matches(QKeySequence::Copy)) {
        copy();
        return;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void LinkView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    QAction *copySelection = menu.addAction(tr("&Copy selection"), this, [this] { copy(); });
    copySelection->setEnabled(!selectedText().isEmpty());
    menu.addAction(tr("Copy the whole &link"), this,
                   [this] { QGuiApplication::clipboard()->setText(m_link); });
    menu.addAction(tr("Select &all"), this, &LinkView::selectAll);
    menu.exec(event->globalPos());
}

void LinkView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange ||
        event->type() == QEvent::FontChange)
        invalidate();
}

} // namespace connectlab
