#include "DiagnosticsView.h"

#include "Icons.h"

#include <QApplication>
#include <QEvent>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTextLayout>

#include <cmath>

#include <algorithm>

namespace connectlab {

namespace {

// Each problem wraps to the list's width, even a long value without spaces (a redirect URI, a VIN), so no
// entry is ever wider than the list: there is no horizontal scrolling to read a message.
class WrappingDelegate : public QStyledItemDelegate
{
public:
    explicit WrappingDelegate(QListView *view) : QStyledItemDelegate(view), m_view(view) {}

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const int iconWidth = opt.decorationSize.width() + 8;
        const int width = qMax(80, m_view->viewport()->width() - iconWidth - 2 * m_view->spacing() - 8);
        QTextLayout layout(opt.text, opt.font);
        QTextOption wrap;
        wrap.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(wrap);
        layout.beginLayout();
        qreal height = 0;
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            height += line.height();
        }
        layout.endLayout();
        return QSize(width + iconWidth, qMax(int(std::ceil(height)) + 6, opt.decorationSize.height() + 6));
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString text = opt.text;
        opt.text.clear();
        QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget); // background, icon, focus
        const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget);
        QTextOption wrap;
        wrap.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        painter->save();
        painter->setPen(opt.palette.color(opt.state & QStyle::State_Selected ? QPalette::HighlightedText
                                                                             : QPalette::Text));
        painter->setFont(opt.font);
        painter->drawText(QRectF(textRect).adjusted(0, 3, 0, 0), text, wrap);
        painter->restore();
    }

private:
    QListView *m_view;
};

} // namespace

DiagnosticsView::DiagnosticsView(QWidget *parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("diagnosticsList"));
    setItemDelegate(new WrappingDelegate(this));
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setWordWrap(true);
    setUniformItemSizes(false);
    setResizeMode(QListView::Adjust);
    setTextElideMode(Qt::ElideNone);
    setSpacing(1);
    setAccessibleName(tr("Problems with the link"));
    connect(this, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QString field = item->data(FieldRole).toString();
        if (!field.isEmpty())
            Q_EMIT fieldActivated(field);
    });
    rebuild();
}

void DiagnosticsView::setDiagnostics(const Diagnostics &diagnostics)
{
    if (diagnostics == m_diagnostics && count() > 0)
        return;
    m_diagnostics = diagnostics;
    rebuild();
}

void DiagnosticsView::rebuild()
{
    clear();
    Diagnostics sorted = m_diagnostics;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Diagnostic &a, const Diagnostic &b) {
        return int(a.severity) > int(b.severity);
    });
    if (sorted.isEmpty()) {
        auto *item = new QListWidgetItem(Icons::ok(), tr("No problems: this link is ready to use."), this);
        item->setFlags(Qt::ItemIsEnabled);
        return;
    }
    for (const Diagnostic &d : std::as_const(sorted)) {
        auto *item = new QListWidgetItem(Icons::severity(d.severity),
                                         d.field + QStringLiteral(": ") + d.message, this);
        item->setData(FieldRole, d.field);
        item->setData(SeverityRole, severityName(d.severity));
        item->setData(CodeRole, d.code);
        const QString severity = d.severity == Severity::Error     ? tr("Error")
                                 : d.severity == Severity::Warning ? tr("Warning")
                                                                   : tr("Note");
        item->setToolTip(tr("%1 (%2). Double-click or press Enter to go to the field.").arg(severity, d.code));
    }
}

void DiagnosticsView::resizeEvent(QResizeEvent *event)
{
    QListWidget::resizeEvent(event);
    doItemsLayout(); // the entries' heights follow the width
}

void DiagnosticsView::changeEvent(QEvent *event)
{
    QListWidget::changeEvent(event);
    if (event->type() == QEvent::ApplicationPaletteChange)
        viewport()->update();
}

} // namespace connectlab
