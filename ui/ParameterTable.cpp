#include "ParameterTable.h"

#include "Catalog.h"
#include "Theme.h"
#include "UrlBuilder.h"

#include <QEvent>
#include <QHeaderView>
#include <QSet>

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

void ParameterTable::setRequest(const ConnectRequest &request)
{
    static const QSet<QString> alwaysWritten = {QStringLiteral("response_type"),
                                                QStringLiteral("approval_prompt"), QStringLiteral("mode")};
    QList<Row> rows;
    QSet<QString> present;
    const QList<Parameter> params = UrlBuilder::parameters(request);
    rows.reserve(params.size() + 8);
    for (const Parameter &p : params) {
        present.insert(p.name);
        const ParameterInfo *info = Catalog::instance().parameter(p.name);
        QString source = tr("set by you");
        if (alwaysWritten.contains(p.name) && info && p.value == info->defaultValue)
            source = tr("default");
        else if (!info)
            source = tr("kept as is");
        rows.append({p.name, p.value, source, true});
    }
    for (const ParameterInfo &info : Catalog::instance().parameters()) {
        if (info.defaultValue.isEmpty() || present.contains(info.name) || alwaysWritten.contains(info.name))
            continue;
        if (request.isReauthentication() && info.name == QLatin1String("scope"))
            continue;
        const bool dashboard = info.defaultValue.contains(QLatin1String("Dashboard"));
        rows.append({info.name, info.defaultValue,
                     dashboard ? tr("not sent: Dashboard setting") : tr("not sent: Connect's default"),
                     false});
    }

    const bool sameShape =
        rows.size() == m_rows.size() &&
        std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(),
                   [](const Row &a, const Row &b) { return a.name == b.name && a.sent == b.sent; });
    if (sameShape) {
        // The common case while typing: one value changed. Touch only what differs.
        for (int i = 0; i < rows.size(); ++i) {
            if (rows.at(i).value == m_rows.at(i).value && rows.at(i).source == m_rows.at(i).source)
                continue;
            QTreeWidgetItem *item = topLevelItem(i);
            item->setText(ValueColumn, rows.at(i).value);
            item->setToolTip(ValueColumn, rows.at(i).value);
            item->setText(SourceColumn, rows.at(i).source);
        }
        m_rows = rows;
        return;
    }
    m_rows = rows;
    clear();
    QList<QTreeWidgetItem *> items;
    for (const Row &r : std::as_const(m_rows)) {
        auto *item = new QTreeWidgetItem({r.name, r.value, r.source});
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
        const Row &r = m_rows.at(i);
        QFont f = font();
        if (r.sent) {
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

QString ParameterTable::sourceOf(const QString &name) const
{
    for (const Row &r : m_rows)
        if (r.name == name)
            return r.source;
    return {};
}

QString ParameterTable::valueOf(const QString &name) const
{
    for (const Row &r : m_rows)
        if (r.name == name)
            return r.value;
    return {};
}

} // namespace connectlab
