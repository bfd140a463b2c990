#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace connectlab::sandbox {

struct Connection;
struct SandboxVehicle;

// A signal of the v3 API: its code ("odometer-traveleddistance"), the permission that grants it (a
// permission of core's catalog) and the powertrains that have it.
struct SignalInfo
{
    QString code;
    QString name;  // "TraveledDistance"
    QString group; // "Odometer"
    QString permission;
    QStringList powertrains; // empty: every vehicle
};

// The signals the sandbox serves at /v3/vehicles/{id}/signals, with plausible values that stay the same
// for a vehicle (derived from its id): the odometer, the VIN, battery and fuel by powertrain, location,
// tires, charging, locks, oil life.
class SignalTable
{
public:
    enum class Availability
    {
        Available,
        UnknownSignal, // no signal with this code
        NotGranted,    // the connection lacks its permission
        NotOnVehicle,  // the vehicle's powertrain has no such signal (a BEV's fuel level)
    };

    static const QList<SignalInfo> &signalList();
    static const SignalInfo *find(const QString &code);
    static Availability availability(const QString &code, const Connection &connection);
    // The signals the connection may read on its vehicle, in table order.
    static QList<const SignalInfo *> available(const Connection &connection);
    // {"id", "type": "signal", "attributes": {"code", "name", "group", "body"}, "meta": {"retrievedAt",
    // "oemUpdatedAt"}} (times in ms since the epoch).
    static QJsonObject json(const SignalInfo &signal, const SandboxVehicle &vehicle, const QDateTime &now);
};

} // namespace connectlab::sandbox
