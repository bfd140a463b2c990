#pragma once

#include "VehicleInfo.h"

#include <QGroupBox>
#include <QList>

QT_BEGIN_NAMESPACE
class QPushButton;
class QTreeWidget;
QT_END_NAMESPACE

namespace connectlab {

// The vehicles the owner granted (id, make, model, year), with List vehicles and "Re-authenticate this
// vehicle" for the selected one. Shows what it is given; the buttons only emit.
//
// Child object names: vehiclesTree, listVehiclesButton, reauthButton.
class VehicleList : public QGroupBox
{
    Q_OBJECT
public:
    explicit VehicleList(QWidget *parent = nullptr);

    // Replaces the list and selects the first vehicle; the same list again keeps the selection.
    void setVehicles(const QList<VehicleInfo> &vehicles);
    QList<VehicleInfo> vehicles() const { return m_vehicles; }
    void clear() { setVehicles({}); }
    QString currentVehicleId() const; // empty when none is selected
    // Whether List vehicles can run (there is an access token and nothing is in flight).
    void setListEnabled(bool enabled);

Q_SIGNALS:
    void listRequested();
    void reauthenticateRequested(const QString &vehicleId);

private:
    void updateButtons();

    QList<VehicleInfo> m_vehicles;
    QTreeWidget *m_tree = nullptr;
    QPushButton *m_listButton = nullptr;
    QPushButton *m_reauthButton = nullptr;
};

} // namespace connectlab
