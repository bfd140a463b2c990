#include "VehicleInfo.h"

namespace connectlab {

VehicleInfo VehicleInfo::fromJson(const QJsonObject &json)
{
    VehicleInfo info;
    info.id = json.value(QLatin1String("id")).toString();
    info.make = json.value(QLatin1String("make")).toString();
    info.model = json.value(QLatin1String("model")).toString();
    const QJsonValue year = json.value(QLatin1String("year"));
    info.year = year.isString() ? year.toString().toInt() : year.toInt();
    return info;
}

QJsonObject VehicleInfo::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("make"), make},
            {QStringLiteral("model"), model},
            {QStringLiteral("year"), year}};
}

} // namespace connectlab
