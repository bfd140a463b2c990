#include "ExtrasSection.h"

#include "ConnectModel.h"
#include "FieldRegistry.h"
#include "KeyValueTable.h"
#include "LinkDocument.h"

#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace connectlab {

ExtrasSection::ExtrasSection(LinkDocument *doc, FieldRegistry *fields, QWidget *parent)
    : FormSection(tr("Extra parameters"), doc, fields, parent)
{
    setObjectName(QStringLiteral("extrasGroup"));
    auto *column = new QVBoxLayout(this);
    auto *hint = new QLabel(tr("Anything else the link carries (SDK parameters, unknown names, a second "
                               "external_id) is kept here, in order, and written back as it is."),
                            this);
    hint->setWordWrap(true);
    hint->setObjectName(QStringLiteral("extrasHint"));
    m_extras = new KeyValueTable(tr("Parameter"), tr("Value"), this);
    m_extras->setObjectName(QStringLiteral("extrasTable"));
    m_extras->table()->setObjectName(QStringLiteral("extrasTableView"));
    m_extras->table()->setAccessibleName(tr("Other parameters"));
    m_extras->table()->setAccessibleDescription(
        tr("Parameters appended to the link as written: external_id, unknown or duplicate ones"));
    QLabel *indicator = nullptr;
    QWidget *box = withIndicator(m_extras, &indicator);
    column->addWidget(hint);
    column->addWidget(box);
    fields->setExtrasTable(m_extras, indicator);

    connect(m_extras, &KeyValueTable::rowsEdited, this, &ExtrasSection::commitExtras);
    connect(model(), &ConnectModel::extrasChanged, this, &ExtrasSection::showExtras);
    showExtras();
}

void ExtrasSection::showExtras()
{
    QList<KeyValueTable::Row> rows;
    for (const Parameter &p : model()->request().otherExtras())
        rows.append({p.name, p.value});
    m_extras->setRows(rows);
}

void ExtrasSection::commitExtras()
{
    QList<Parameter> others;
    const auto rows = m_extras->rows();
    for (const KeyValueTable::Row &r : rows)
        others.append({r.first.trimmed(), r.second});
    ConnectRequest next = model()->request();
    next.setOtherExtras(others);
    document()->edit(tr("Edit the extra parameters"), QString(), [&] { model()->setExtras(next.extras); });
}

} // namespace connectlab
