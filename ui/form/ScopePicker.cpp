#include "ScopePicker.h"

#include "Catalog.h"
#include "Icons.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace connectlab {

ScopePicker::ScopePicker(QWidget *parent)
    : QWidget(parent), m_search(new QLineEdit(this)), m_tree(new QTreeWidget(this)),
      m_custom(new QLineEdit(this)), m_addCustom(new QToolButton(this)), m_summary(new QLabel(this))
{
    m_tickedOnly = new QCheckBox(tr("Ticked only"), this);
    m_tickedOnly->setObjectName(QStringLiteral("scopeTickedOnlyCheck"));
    m_tickedOnly->setToolTip(tr("Show only the permissions the link asks for"));
    setObjectName(QStringLiteral("scopePicker"));
    m_search->setObjectName(QStringLiteral("scopeSearch"));
    m_tree->setObjectName(QStringLiteral("scopeTree"));
    m_custom->setObjectName(QStringLiteral("scopeCustomEdit"));
    m_addCustom->setObjectName(QStringLiteral("scopeAddButton"));
    m_summary->setObjectName(QStringLiteral("scopeSummary"));
    m_summary->setWordWrap(true);

    m_search->setPlaceholderText(tr("Search permissions (name or description)…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search permissions"));

    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Permission"), tr("Required"), tr("What it allows")});
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(NameColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(RequiredColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setMinimumSectionSize(40);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tree->setAccessibleName(tr("Permissions"));
    m_tree->setMinimumHeight(m_tree->fontMetrics().height() * 12);

    m_read = new QTreeWidgetItem(m_tree, {tr("Read")});
    m_control = new QTreeWidgetItem(m_tree, {tr("Control")});
    m_other = new QTreeWidgetItem(m_tree, {tr("Other (not in the catalog)")});
    for (QTreeWidgetItem *group : {m_read, m_control, m_other}) {
        group->setFlags(Qt::ItemIsEnabled);
        QFont f = group->font(0);
        f.setBold(true);
        group->setFont(0, f);
        group->setFirstColumnSpanned(true);
    }
    for (const PermissionInfo &p : Catalog::instance().permissions())
        addItem(p.kind == QLatin1String("control") ? m_control : m_read, p.name, p.description);
    m_tree->expandAll();
    m_other->setHidden(true);

    m_custom->setPlaceholderText(tr("Another permission name, e.g. read_new_thing"));
    m_custom->setAccessibleName(tr("Permission not in the catalog"));
    m_addCustom->setIcon(Icons::get(QStringLiteral("add")));
    m_addCustom->setText(tr("Add"));
    m_addCustom->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_addCustom->setToolTip(tr("Add this permission to the scope"));

    auto *customRow = new QHBoxLayout;
    customRow->addWidget(m_custom, 1);
    customRow->addWidget(m_addCustom);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_tickedOnly);
    layout->addLayout(searchRow);
    layout->addWidget(m_tree, 1);
    layout->addLayout(customRow);
    layout->addWidget(m_summary);
    // Tab in reading order: search, "Ticked only", the list, then the field and button under it.
    setTabOrder(m_search, m_tickedOnly);
    setTabOrder(m_tickedOnly, m_tree);
    setTabOrder(m_tree, m_custom);
    setTabOrder(m_custom, m_addCustom);

    connect(m_search, &QLineEdit::textChanged, this, &ScopePicker::filter);
    connect(m_tickedOnly, &QCheckBox::toggled, this, [this] { filter(m_search->text()); });
    connect(m_tree, &QTreeWidget::itemChanged, this, &ScopePicker::onItemChanged);
    connect(m_addCustom, &QToolButton::clicked, this, [this] {
        if (addCustom(m_custom->text()))
            m_custom->clear();
    });
    connect(m_custom, &QLineEdit::returnPressed, m_addCustom, &QToolButton::click);
    updateSummary();
}

QTreeWidgetItem *ScopePicker::addItem(QTreeWidgetItem *group, const QString &name, const QString &description)
{
    auto *item = new QTreeWidgetItem(group);
    m_updating = true;
    item->setText(NameColumn, name);
    item->setText(DescriptionColumn, description);
    item->setToolTip(NameColumn, description);
    item->setToolTip(DescriptionColumn, description);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(NameColumn, Qt::Unchecked);
    item->setCheckState(RequiredColumn, Qt::Unchecked);
    item->setToolTip(RequiredColumn, tr("Required: the user cannot untick it on the permissions screen"));
    item->setData(NameColumn, Qt::UserRole, name);
    m_updating = false;
    return item;
}

QTreeWidgetItem *ScopePicker::itemFor(const QString &name) const
{
    for (QTreeWidgetItem *group : {m_read, m_control, m_other})
        for (int i = 0; i < group->childCount(); ++i)
            if (group->child(i)->data(NameColumn, Qt::UserRole).toString() == name)
                return group->child(i);
    return nullptr;
}

bool ScopePicker::addCustom(const QString &text)
{
    const QString name = text.trimmed();
    if (name.isEmpty())
        return false;
    QList<Permission> next = m_permissions;
    const Permission p = Permission::fromToken(name);
    bool present = false;
    for (const Permission &q : std::as_const(next))
        present = present || q.name == p.name;
    if (!present)
        next.append(p);
    if (!itemFor(p.name)) {
        addItem(m_other, p.name, tr("Not in Connect Lab's catalog"));
        m_other->setHidden(false);
    }
    setPermissions(next);
    Q_EMIT permissionsEdited(next);
    return true;
}

void ScopePicker::setPermissions(const QList<Permission> &permissions)
{
    if (permissions == m_permissions)
        return;
    m_permissions = permissions;
    for (const Permission &p : permissions) {
        if (!itemFor(p.name)) {
            addItem(m_other, p.name, tr("Not in Connect Lab's catalog"));
            m_other->setHidden(false);
        }
    }
    refreshItems();
    if (isVisible())
        revealTicked();
}

void ScopePicker::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The first layout happens after show: reveal then.
    QTimer::singleShot(0, this, &ScopePicker::revealTicked);
}

// After a load, an import or an undo, make sure at least one ticked permission is in view: otherwise a
// newcomer sees a column of empty boxes and thinks the link asks for nothing.
void ScopePicker::revealTicked()
{
    QTreeWidgetItem *first = nullptr;
    const QRect viewport = m_tree->viewport()->rect();
    for (QTreeWidgetItem *group : {m_read, m_control, m_other}) {
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            if (item->isHidden() || item->checkState(NameColumn) != Qt::Checked)
                continue;
            if (m_tree->visualItemRect(item).intersects(viewport))
                return;
            if (!first)
                first = item;
        }
    }
    if (first)
        m_tree->scrollToItem(first, QAbstractItemView::PositionAtTop);
}

void ScopePicker::refreshItems()
{
    m_updating = true;
    for (QTreeWidgetItem *group : {m_read, m_control, m_other}) {
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            const QString name = item->data(NameColumn, Qt::UserRole).toString();
            bool on = false, required = false;
            for (const Permission &p : std::as_const(m_permissions)) {
                if (p.name == name) {
                    on = true;
                    required = required || p.required;
                }
            }
            const Qt::CheckState state = on ? Qt::Checked : Qt::Unchecked;
            if (item->checkState(NameColumn) != state)
                item->setCheckState(NameColumn, state);
            const Qt::CheckState req = required ? Qt::Checked : Qt::Unchecked;
            if (item->checkState(RequiredColumn) != req)
                item->setCheckState(RequiredColumn, req);
            QFont f = item->font(NameColumn);
            if (f.bold() != on) {
                f.setBold(on);
                item->setFont(NameColumn, f);
            }
        }
    }
    m_updating = false;
    updateSummary();
}

void ScopePicker::onItemChanged(QTreeWidgetItem *item, int column)
{
    if (m_updating || !item->parent())
        return;
    const QString name = item->data(NameColumn, Qt::UserRole).toString();
    QList<Permission> next = m_permissions;
    if (column == NameColumn) {
        const bool on = item->checkState(NameColumn) == Qt::Checked;
        bool present = false;
        for (const Permission &p : std::as_const(next))
            present = present || p.name == name;
        if (on && !present)
            next.append({name, item->checkState(RequiredColumn) == Qt::Checked});
        else if (!on)
            next.removeIf([&](const Permission &p) { return p.name == name; });
    } else if (column == RequiredColumn) {
        const bool required = item->checkState(RequiredColumn) == Qt::Checked;
        bool present = false;
        for (Permission &p : next) {
            if (p.name == name) {
                p.required = required;
                present = true;
            }
        }
        if (!present && required)
            next.append({name, true}); // "required" implies asking for it
    } else {
        return;
    }
    if (next == m_permissions) {
        refreshItems();
        return;
    }
    m_permissions = next;
    refreshItems();
    Q_EMIT permissionsEdited(next);
}

void ScopePicker::filter(const QString &text)
{
    const QString needle = text.trimmed();
    for (QTreeWidgetItem *group : {m_read, m_control, m_other}) {
        int visible = 0;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            const bool ticked = item->checkState(NameColumn) == Qt::Checked;
            const bool match =
                (!m_tickedOnly->isChecked() || ticked) &&
                (needle.isEmpty() || item->text(NameColumn).contains(needle, Qt::CaseInsensitive) ||
                 item->text(DescriptionColumn).contains(needle, Qt::CaseInsensitive));
            item->setHidden(!match);
            visible += match ? 1 : 0;
        }
        group->setHidden(visible == 0);
    }
}

void ScopePicker::markPermissions(const Diagnostics &diagnostics)
{
    m_updating = true;
    for (QTreeWidgetItem *group : {m_read, m_control, m_other}) {
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            const QString name = item->data(NameColumn, Qt::UserRole).toString();
            Severity worst = Severity::Info;
            QString tip;
            // Only the findings about this entry (an empty scope's warning is about none of them).
            for (const Diagnostic &d : diagnostics) {
                if (d.subject != name)
                    continue;
                if (tip.isEmpty() || int(d.severity) > int(worst))
                    worst = d.severity;
                tip += (tip.isEmpty() ? QString() : QStringLiteral("\n")) + d.message;
            }
            const QString baseTip = item->text(DescriptionColumn);
            if (tip.isEmpty()) {
                if (!item->icon(DescriptionColumn).isNull())
                    item->setIcon(DescriptionColumn, QIcon());
                item->setToolTip(NameColumn, baseTip);
            } else {
                item->setIcon(DescriptionColumn, Icons::severity(worst));
                item->setToolTip(NameColumn, tip + QStringLiteral("\n\n") + baseTip);
            }
        }
    }
    m_updating = false;
}

void ScopePicker::updateSummary()
{
    int required = 0;
    for (const Permission &p : std::as_const(m_permissions))
        required += p.required ? 1 : 0;
    if (m_permissions.isEmpty()) {
        m_summary->setText(tr("No permissions: Connect uses your Dashboard's Vehicle Access settings."));
        return;
    }
    QStringList tokens;
    for (const Permission &p : std::as_const(m_permissions))
        tokens << p.token();
    m_summary->setText(tr("Asking for %n permission(s)", nullptr, int(m_permissions.size())) +
                       (required ? tr(", %n required", nullptr, required) : QString()) +
                       QStringLiteral(": ") + tokens.join(QStringLiteral(", ")));
}

} // namespace connectlab
