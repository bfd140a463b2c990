#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace connectlab {

// One signal read from a vehicle (API v3): GET /v3/vehicles/{id}/signals[/{code}] answers
// {"id", "type": "signal", "attributes": {"code", "name", "group", "body": {"value", "unit", …}},
// "meta": {"retrievedAt", "oemUpdatedAt"}} (times in ms since the epoch).
struct V3Signal
{
    QString code; // "odometer-traveleddistance"
    QString name;
    QString group;
    QJsonObject body; // the whole body: {"value", "unit"} for most, more fields for some (location)
    QDateTime retrievedAt;
    QDateTime oemUpdatedAt;

    QJsonValue value() const { return body.value(QLatin1String("value")); }
    QString unit() const { return body.value(QLatin1String("unit")).toString(); }
    // "12345.6 km", or the body's fields when there is no single value ("latitude 37.77, longitude -122.42").
    QString displayValue() const;

    // From a signal resource; empty (no code) when `json` is not one.
    static V3Signal fromJson(const QJsonObject &json);
    // Flat: {"code", "name", "group", "body", "retrievedAt", "oemUpdatedAt"} (times in ISO 8601).
    QJsonObject toJson() const;

    friend bool operator==(const V3Signal &, const V3Signal &) = default;
};

} // namespace connectlab
