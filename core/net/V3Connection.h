#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace connectlab {

// One owner's connection of one vehicle to the app (API Authentication): an entry of GET /v3/connections
// ({"id", "attributes": {"userId", "vehicleId", "connectedAt", "mode", "permissions", "vehicle": {"make",
// "model", "year", "mode", "powertrainType"}}}) or of the Management API's GET /connections ({"userId",
// "vehicleId", "connectedAt", "mode"}: no id, permissions or vehicle).
struct V3Connection
{
    QString id;
    QString userId;
    QString vehicleId;
    QDateTime connectedAt;
    QString mode; // "live", "simulated"
    QStringList permissions;
    QString make;
    QString model;
    int year = 0;
    QString powertrainType;

    // From a v3 connection resource; empty (no vehicleId) when `json` is not one.
    static V3Connection fromV3Json(const QJsonObject &json);
    // From a Management API entry.
    static V3Connection fromManagementJson(const QJsonObject &json);
    // Flat: {"id", "userId", "vehicleId", "connectedAt", "mode", "permissions", "make", "model", "year",
    // "powertrainType"}; fields the source did not have are left out.
    QJsonObject toJson() const;

    friend bool operator==(const V3Connection &, const V3Connection &) = default;
};

} // namespace connectlab
