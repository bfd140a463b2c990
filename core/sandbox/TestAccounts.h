#pragma once

#include <QList>
#include <QString>

namespace connectlab::sandbox {

struct Brand;

struct SandboxVehicle
{
    QString id; // UUID, as the vehicle API names it
    QString vin;
    QString make; // brand token
    QString model;
    int year = 0;
    QString powertrain; // "BEV", "PHEV", "HEV" or "ICE" (Smartcar's powertrainType)
};

// What a login on the sandbox's brand screen leads to, as in Connect's test mode.
struct LoginOutcome
{
    QString error; // empty on success; else vehicle_incompatible, invalid_subscription, no_vehicles
    QString errorDescription;
    QList<SandboxVehicle> vehicles; // on success; for vehicle_incompatible the incompatible one
};

// Connect's test logins: any address logs in with one vehicle; <n>-vehicles@smartcar.com gives n;
// smartcar@vehicle-incompatible.com, smartcar@invalid-subscription.com and smartcar@no-vehicles.com
// give those errors; <VIN>@<compatible|phev|bev|fuel|incompatible>.smartcar.com gives that VIN.
// Vehicles are derived from the address and brand, so the same login always sees the same cars.
class TestAccounts
{
public:
    static constexpr int MaxVehicles = 20;

    static bool isPlausibleEmail(const QString &email);
    static LoginOutcome login(const QString &email, const Brand &brand);
    static SandboxVehicle vehicleFor(const QString &seed, const Brand &brand, const QString &vin = {});
};

} // namespace connectlab::sandbox
