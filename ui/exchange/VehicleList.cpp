#include "VehicleList.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace connectlab {

VehicleList::VehicleList(QWidget *parent) : QGroupBox(tr("Vehicles"), parent)
{
    auto *layout = new QVBoxLayout(this);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("vehiclesTree"));
    m_tree->setAccessibleName(tr("Vehicles"));
    m_tree->setAccessibleDescription(tr("The vehicles the owner granted: id, make, model and year"));
    m_tree->setHeaderLabels({tr("ID"), tr("Make"), tr("Model"), tr("Year")});
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(m_tree);

    auto *buttons = new QHBoxLayout;
    m_listButton = new QPushButton(tr("List vehicles"), this);
    m_listButton->setObjectName(QStringLiteral("listVehiclesButton"));
    m_listButton->setEnabled(false);
    m_reauthButton = new QPushButton(tr("Re-authenticate this vehicle"), this);
    m_reauthButton->setObjectName(QStringLiteral("reauthButton"));
    m_reauthButton->setToolTip(
        tr("Build the /oauth/reauthenticate link for the selected vehicle in the composer"));
    buttons->addWidget(m_listButton);
    buttons->addStretch();
    buttons->addWidget(m_reauthButton);
    layout->addLayout(buttons);

    connect(m_listButton, &QPushButton::clicked, this, &VehicleList::listRequested);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &VehicleList::updateButtons);
    connect(m_reauthButton, &QPushButton::clicked, this, [this] {
        const QString id = currentVehicleId();
        if (!id.isEmpty())
            Q_EMIT reauthenticateRequested(id);
    });
    updateButtons();
}

void VehicleList::setVehicles(const QList<VehicleInfo> &vehicles)
{
    if (vehicles == m_vehicles && m_tree->topLevelItemCount() == vehicles.size())
        return;
    m_vehicles = vehicles;
    m_tree->clear();
    for (const VehicleInfo &vehicle : vehicles) {
        auto *item =
            new QTreeWidgetItem(m_tree, {vehicle.id, vehicle.make, vehicle.model,
                                         vehicle.year > 0 ? QString::number(vehicle.year) : QString()});
        item->setToolTip(0, vehicle.id);
    }
    if (m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
    updateButtons();
}

QString VehicleList::currentVehicleId() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item ? item->text(0) : QString();
}

void VehicleList::setListEnabled(bool enabled)
{
    m_listButton->setEnabled(enabled);
}

void VehicleList::updateButtons()
{
    m_reauthButton->setEnabled(m_tree->currentItem() != nullptr);
}

} // namespace connectlab
