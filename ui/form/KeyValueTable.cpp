#include "KeyValueTable.h"

#include "Icons.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace connectlab {

KeyValueTable::KeyValueTable(const QString &nameHeader, const QString &valueHeader, QWidget *parent)
    : QWidget(parent), m_table(new QTableWidget(0, 2, this)), m_add(new QToolButton(this)),
      m_remove(new QToolButton(this))
{
    m_table->setHorizontalHeaderLabels({nameHeader, valueHeader});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_table->setColumnWidth(0, 150);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab leaves the table, as in the rest of the form
    m_table->setMinimumHeight(m_table->fontMetrics().height() * 5);
    m_table->setMaximumHeight(m_table->fontMetrics().height() * 8);

    m_add->setObjectName(QStringLiteral("addRowButton"));
    m_remove->setObjectName(QStringLiteral("removeRowButton"));
    m_add->setIcon(Icons::get(QStringLiteral("add")));
    m_add->setToolTip(tr("Add a row"));
    m_add->setAccessibleName(tr("Add a row"));
    m_remove->setIcon(Icons::get(QStringLiteral("remove")));
    m_remove->setToolTip(tr("Remove the selected rows"));
    m_remove->setAccessibleName(tr("Remove the selected rows"));

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_add, &QToolButton::clicked, this, &KeyValueTable::addRow);
    connect(m_remove, &QToolButton::clicked, this, &KeyValueTable::removeSelectedRows);
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_updating)
            Q_EMIT rowsEdited();
    });
}

void KeyValueTable::setRows(const QList<Row> &rows)
{
    if (rows == this->rows())
        return;
    m_updating = true;
    m_table->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        for (int c = 0; c < 2; ++c) {
            const QString text = c == 0 ? rows.at(i).first : rows.at(i).second;
            QTableWidgetItem *item = m_table->item(i, c);
            if (!item) {
                item = new QTableWidgetItem;
                m_table->setItem(i, c, item);
            }
            if (item->text() != text)
                item->setText(text);
        }
    }
    m_updating = false;
}

QList<KeyValueTable::Row> KeyValueTable::rows() const
{
    QList<Row> result;
    for (int i = 0; i < m_table->rowCount(); ++i) {
        const QTableWidgetItem *n = m_table->item(i, 0);
        const QTableWidgetItem *v = m_table->item(i, 1);
        const QString name = n ? n->text() : QString();
        const QString value = v ? v->text() : QString();
        if (!name.isEmpty() || !value.isEmpty())
            result.append({name, value});
    }
    return result;
}

void KeyValueTable::markRows(const QHash<QString, Diagnostics> &byName)
{
    m_updating = true;
    for (int i = 0; i < m_table->rowCount(); ++i) {
        QTableWidgetItem *n = m_table->item(i, 0);
        if (!n)
            continue;
        const Diagnostics ds = byName.value(n->text());
        if (ds.isEmpty()) {
            if (!n->icon().isNull())
                n->setIcon(QIcon());
            n->setToolTip(QString());
            continue;
        }
        Severity worst = Severity::Info;
        QString tip;
        for (const Diagnostic &d : ds) {
            if (int(d.severity) > int(worst))
                worst = d.severity;
            tip += (tip.isEmpty() ? QString() : QStringLiteral("\n")) + d.message;
        }
        n->setIcon(Icons::severity(worst));
        n->setToolTip(tip);
    }
    m_updating = false;
}

bool KeyValueTable::focusRow(const QString &name)
{
    for (int i = 0; i < m_table->rowCount(); ++i) {
        const QTableWidgetItem *n = m_table->item(i, 0);
        if (n && n->text() == name) {
            m_table->setFocus(Qt::OtherFocusReason);
            m_table->setCurrentCell(i, 1);
            return true;
        }
    }
    m_table->setFocus(Qt::OtherFocusReason);
    return false;
}

void KeyValueTable::addRow()
{
    m_updating = true;
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem);
    m_table->setItem(row, 1, new QTableWidgetItem);
    m_updating = false;
    m_table->setFocus(Qt::OtherFocusReason);
    m_table->setCurrentCell(row, 0);
    m_table->editItem(m_table->item(row, 0));
}

void KeyValueTable::removeSelectedRows()
{
    QList<int> rows;
    const auto ranges = m_table->selectedRanges();
    for (const QTableWidgetSelectionRange &r : ranges)
        for (int i = r.topRow(); i <= r.bottomRow(); ++i)
            rows << i;
    if (rows.isEmpty() && m_table->currentRow() >= 0)
        rows << m_table->currentRow();
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    m_updating = true;
    for (int r : rows)
        m_table->removeRow(r);
    m_updating = false;
    Q_EMIT rowsEdited();
}

} // namespace connectlab
