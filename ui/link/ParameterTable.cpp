#include "ParameterTable.h"

#include "Catalog.h"
#include "Theme.h"

#include <QEvent>
#include <QHeaderView>

namespace connectlab {

ParameterTable::ParameterTable(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("parameterTable"));
    setColumnCount(3);
    setHeaderLabels({tr("Parameter"), tr("Value (decoded)"), tr("Source")});
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    header()->setStretchLastSection(false);
    // Fixed widths, sized when the rows change: ResizeToContents would measure every row per keystroke.
    header()->setSectionResizeMode(NameColumn, QHeaderView::Interactive);
    header()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    header()->setSectionResizeMode(SourceColumn, QHeaderView::Interactive);
    setAccessibleName(tr("Parameters of the link, decoded"));
}

QString ParameterTable::sourceText(EffectiveParameter::Source source)
{
    switch (source) {
    case EffectiveParameter::Source::SetByYou:
        return tr("set by you");
    case EffectiveParameter::Source::ConnectDefault:
        return tr("default");
    case EffectiveParameter::Source::KeptAsIs:
        return tr("kept as is");
    case EffectiveParameter::Source::NotSentDefault:
        return tr("not sent: Connect's default");
    case EffectiveParameter::Source::NotSentDashboard:
        return tr("not sent: Dashboard setting");
    }
    return QString();
}

void ParameterTable::setRequest(const ConnectRequest &request)
{
    const QList<EffectiveParameter> rows = EffectiveParameters::of(request);
    const bool sameShape =
        rows.size() == m_rows.size() &&
        std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(),
                   [](const auto &a, const auto &b) { return a.name == b.name && a.isSent() == b.isSent(); });
    if (sameShape) {
        // The common case while typing: one value changed. Touch only what differs.
        for (int i = 0; i < rows.size(); ++i) {
            if (rows.at(i).value == m_rows.at(i).value && rows.at(i).source == m_rows.at(i).source)
                continue;
            QTreeWidgetItem *item = topLevelItem(i);
            item->setText(ValueColumn, rows.at(i).value);
            item->setToolTip(ValueColumn, rows.at(i).value);
            item->setText(SourceColumn, sourceText(rows.at(i).source));
        }
        m_rows = rows;
        return;
    }
    m_rows = rows;
    clear();
    QList<QTreeWidgetItem *> items;
    for (const EffectiveParameter &r : std::as_const(m_rows)) {
        auto *item = new QTreeWidgetItem({r.name, r.value, sourceText(r.source)});
        const ParameterInfo *info = Catalog::instance().parameter(r.name);
        item->setToolTip(NameColumn,
                         info ? info->description : tr("Not a Connect parameter; kept as it is."));
        item->setToolTip(ValueColumn, r.value);
        items << item;
    }
    addTopLevelItems(items);
    applyColors();
    resizeColumnToContents(NameColumn);
    resizeColumnToContents(SourceColumn);
}

void ParameterTable::applyColors()
{
    const QPalette p = palette();
    for (int i = 0; i < topLevelItemCount() && i < m_rows.size(); ++i) {
        QTreeWidgetItem *item = topLevelItem(i);
        const EffectiveParameter &r = m_rows.at(i);
        QFont f = font();
        if (r.isSent()) {
            f.setBold(true);
            item->setFont(NameColumn, f);
            item->setForeground(NameColumn, Theme::parameterColor(r.name, p));
        } else {
            f.setItalic(true);
            for (int c = 0; c < 3; ++c) {
                item->setFont(c, f);
                item->setForeground(c, p.color(QPalette::Disabled, QPalette::Text));
            }
        }
    }
}

void ParameterTable::changeEvent(QEvent *event)
{
    QTreeWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyColors();
}

QString ParameterTable::valueOf(const QString &name) const
{
    for (const EffectiveParameter &r : m_rows)
        if (r.name == name)
            return r.value;
    return {};
}

} // namespace connectlab
