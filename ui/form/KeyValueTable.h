#pragma once

#include "Diagnostic.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QWidget>

class QTableWidget;
class QToolButton;

namespace connectlab {

// A small editable two-column table (name, value) with add and remove buttons: the "other flags" and the
// extra parameters. rowsEdited() fires only for the user's edits, never for setRows().
class KeyValueTable : public QWidget
{
    Q_OBJECT
public:
    using Row = QPair<QString, QString>;

    KeyValueTable(const QString &nameHeader, const QString &valueHeader, QWidget *parent = nullptr);

    // Keeps a row the user is still filling in (empty name and value) when the rows did not change.
    void setRows(const QList<Row> &rows);
    QList<Row> rows() const; // rows with a name or a value, in order
    QTableWidget *table() const { return m_table; }

    // Marks rows by name with the worst severity of their diagnostics (icon and tooltip).
    void markRows(const QHash<QString, Diagnostics> &byName);
    bool focusRow(const QString &name);
    void addRow();
    void removeSelectedRows();

Q_SIGNALS:
    void rowsEdited();

private:
    QTableWidget *m_table;
    QToolButton *m_add;
    QToolButton *m_remove;
    bool m_updating = false;
};

} // namespace connectlab
