#pragma once

#include "TestAccounts.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace connectlab::sandbox {

// The bodies of Smartcar's webhook deliveries, payload version 4.0 (connect-facts.md, "Webhooks"):
//   {"eventId", "eventType", ["vehicleId",] "data": {…}, ["triggers": […],] "meta": {"version": "4.0",
//    "webhookId", "webhookName", "deliveryId", "deliveredAt" (ms since the epoch)[, "mode"]}}
// VERIFY: data {"challenge"}. VEHICLE_STATE: data {"user": {"id"}, "vehicle": {"id", "make", "model",
// "year"}, "signals": [{"code", "name", "group", "body", "status": {"value": "SUCCESS"}, "meta":
// {"retrievedAt", "oemUpdatedAt"}}]}, triggers [{"type": "FIRST_DELIVERY"}] after a connection.
// VEHICLE_ERROR: data {"user", "vehicle", "errors": [{"type", "code", "state": "ERROR", "description",
// "resolution": {"type": "REAUTHENTICATE", "url"}}]}. What is sent is compact(): the exact bytes signed.
class WebhookPayload
{
public:
    struct Meta
    {
        QString webhookId;
        QString webhookName;
        QString deliveryId;
        qint64 deliveredAtMs = 0;
        QString mode; // "LIVE", "SIMULATED", "TEST"; empty: not sent (VERIFY)
    };

    static QByteArray compact(const QJsonObject &payload);

    static QJsonObject verify(const QString &eventId, const QString &challenge, const Meta &meta);
    static QJsonObject vehicleState(const QString &eventId, const QString &userId,
                                    const SandboxVehicle &vehicle, const QStringList &permissions,
                                    const Meta &meta);
    static QJsonObject vehicleError(const QString &eventId, const QString &userId,
                                    const SandboxVehicle &vehicle, const QString &reauthenticateUrl,
                                    const Meta &meta);

    // The signals a connection with these permissions reads (read_odometer, read_vin, read_battery,
    // read_fuel, read_location), values stable per vehicle.
    static QJsonArray signalList(const SandboxVehicle &vehicle, const QStringList &permissions, qint64 nowMs);
    static QJsonObject vehicleObject(const SandboxVehicle &vehicle);
    // The webhook's id, stable per app (a name-based UUID).
    static QString webhookId(const QString &appId);
    // A stable owner id for an app's login when the redirect carried none (a per-vehicle-token app).
    static QString fallbackUserId(const QString &appId, const QString &login);
    // "LIVE", "SIMULATED", "TEST" for the link's mode.
    static QString modeName(const QString &mode);
};

} // namespace connectlab::sandbox
