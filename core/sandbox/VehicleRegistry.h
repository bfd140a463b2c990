#pragma once

#include "TestAccounts.h"

#include <QHash>
#include <QList>
#include <QString>

namespace connectlab::sandbox {

// Every vehicle the sandbox has shown on a vehicles screen, by id: the vehicle API answers for them and
// re-authentication finds a vehicle's brand. Bounded: past MaxVehicles, new vehicles are not kept.
class VehicleRegistry
{
public:
    static constexpr qsizetype MaxVehicles = 100000;

    void add(const QList<SandboxVehicle> &vehicles);
    const SandboxVehicle *find(const QString &id) const;

private:
    QHash<QString, SandboxVehicle> m_vehicles;
};

} // namespace connectlab::sandbox
