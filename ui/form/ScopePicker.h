#pragma once

#include "ConnectRequest.h"
#include "Diagnostic.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace connectlab {

// The scope: the catalog's permissions grouped read / control, searchable, each with its description
// and a "required" toggle; names not in the catalog can be added and land in "Other". The order of the
// scope is the order the permissions were ticked. permissionsEdited() fires only for the user's edits.
class ScopePicker : public QWidget
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        RequiredColumn,
        DescriptionColumn
    };

    explicit ScopePicker(QWidget *parent = nullptr);

    void setPermissions(const QList<Permission> &permissions);
    QList<Permission> permissions() const { return m_permissions; }
    // Marks permissions named in diagnostics (unknown names, duplicates …).
    void markPermissions(const Diagnostics &diagnostics);

    QTreeWidget *tree() const { return m_tree; }
    QLineEdit *searchField() const { return m_search; }
    QTreeWidgetItem *itemFor(const QString &name) const;
    // Adds a permission that is not in the catalog (ticked). Returns false for an empty name.
    bool addCustom(const QString &name);

Q_SIGNALS:
    void permissionsEdited(const QList<Permission> &permissions);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QTreeWidgetItem *addItem(QTreeWidgetItem *group, const QString &name, const QString &description);
    void filter(const QString &text);
    void onItemChanged(QTreeWidgetItem *item, int column);
    void refreshItems();
    void revealTicked();
    void updateSummary();

    QList<Permission> m_permissions;
    QLineEdit *m_search;
    QCheckBox *m_tickedOnly;
    QTreeWidget *m_tree;
    QTreeWidgetItem *m_read;
    QTreeWidgetItem *m_control;
    QTreeWidgetItem *m_other;
    QLineEdit *m_custom;
    QToolButton *m_addCustom;
    QLabel *m_summary;
    bool m_updating = false;
};

} // namespace connectlab
