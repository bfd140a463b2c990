#include "LinkView.h"

#include "Catalog.h"
#include "UrlParser.h"

#include <QFontDatabase>
#include <QHelpEvent>
#include <QTextBlock>
#include <QToolTip>

namespace connectlab {

LinkView::LinkView(QWidget *parent)
    : QPlainTextEdit(parent), m_highlighter(new LinkHighlighter(document()))
{
    setObjectName(QStringLiteral("linkView"));
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAnywhere);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    setFont(mono);
    setUndoRedoEnabled(false);
    setAccessibleName(tr("Generated Connect link"));
    setToolTip(tr("The link, always current. Hover a parameter to see what it does."));
    m_highlighter->setPalette(palette());
}

void LinkView::setLink(const QString &url)
{
    if (url == m_link)
        return;
    m_link = url;
    m_segments = LinkHighlighter::split(url);
    m_highlighter->setSegments(m_segments);
    setPlainText(url); // re-highlights through the highlighter
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
    const QString value = UrlParser::decode(raw);
    QString tip = QStringLiteral("<b>") + s->name.toHtmlEscaped() + QStringLiteral("</b>");
    if (const ParameterInfo *info = Catalog::instance().parameter(s->name))
        tip += QStringLiteral("<br>") + info->description.toHtmlEscaped();
    else
        tip += QStringLiteral("<br>") + tr("Not a Connect parameter; kept as it is.");
    tip += QStringLiteral("<br><br>") + tr("Value: %1").arg(QStringLiteral("<code>") + value.toHtmlEscaped() +
                                                          QStringLiteral("</code>"));
    return tip;
}

bool LinkView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QTextCursor cursor = cursorForPosition(help->pos());
        const QRect r = cursorRect(cursor);
        // Only when the mouse is really over text, not in the empty space after it.
        const QString tip = (help->pos().y() <= r.bottom() + 2) ? toolTipAt(cursor.position()) : QString();
        if (tip.isEmpty())
            QToolTip::showText(help->globalPos(), toolTip(), this);
        else
            QToolTip::showText(help->globalPos(), tip, this);
        return true;
    }
    return QPlainTextEdit::viewportEvent(event);
}

void LinkView::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange) {
        m_highlighter->setPalette(palette());
        m_highlighter->rehighlight();
    }
}

} // namespace connectlab
