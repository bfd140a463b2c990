#pragma once

#include <QJsonObject>
#include <QString>

namespace connectlab {

// One vehicle the owner granted: GET /v2.0/vehicles/{id}.
struct VehicleInfo
{
    QString id;
    QString make;
    QString model;
    int year = 0;

    static VehicleInfo fromJson(const QJsonObject &json); // {"id", "make", "model", "year"}
    QJsonObject toJson() const;

    friend bool operator==(const VehicleInfo &, const VehicleInfo &) = default;
};

} // namespace connectlab
