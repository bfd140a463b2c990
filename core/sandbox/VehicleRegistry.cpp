#include "VehicleRegistry.h"

namespace connectlab::sandbox {

void VehicleRegistry::add(const QList<SandboxVehicle> &vehicles)
{
    for (const SandboxVehicle &v : vehicles) {
        if (m_vehicles.size() < MaxVehicles)
            m_vehicles.insert(v.id, v);
    }
}

const SandboxVehicle *VehicleRegistry::find(const QString &id) const
{
    const auto it = m_vehicles.constFind(id);
    return it == m_vehicles.cend() ? nullptr : &*it;
}

} // namespace connectlab::sandbox
