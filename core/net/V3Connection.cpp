#include "V3Connection.h"

#include <QJsonArray>

namespace connectlab {

namespace {

QDateTime parseTime(const QJsonValue &value)
{
    if (value.isDouble())
        return QDateTime::fromMSecsSinceEpoch(qint64(value.toDouble()), Qt::UTC);
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

int parseYear(const QJsonValue &value)
{
    return value.isString() ? value.toString().toInt() : value.toInt();
}

} // namespace

V3Connection V3Connection::fromV3Json(const QJsonObject &json)
{
    V3Connection c;
    c.id = json.value(QLatin1String("id")).toString();
    const QJsonObject attributes = json.value(QLatin1String("attributes")).toObject();
    c.userId = attributes.value(QLatin1String("userId")).toString();
    c.vehicleId = attributes.value(QLatin1String("vehicleId")).toString();
    const QJsonObject relationships = json.value(QLatin1String("relationships")).toObject();
    auto related = [&](const char *name) {
        return relationships.value(QLatin1String(name))
            .toObject()
            .value(QLatin1String("data"))
            .toObject()
            .value(QLatin1String("id"))
            .toString();
    };
    if (c.userId.isEmpty())
        c.userId = related("user");
    if (c.vehicleId.isEmpty())
        c.vehicleId = related("vehicle");
    c.connectedAt = parseTime(attributes.value(QLatin1String("connectedAt")));
    c.mode = attributes.value(QLatin1String("mode")).toString();
    const QJsonArray permissions = attributes.value(QLatin1String("permissions")).toArray();
    for (const QJsonValue &p : permissions)
        c.permissions.append(p.toString());
    const QJsonObject vehicle = attributes.value(QLatin1String("vehicle")).toObject();
    c.make = vehicle.value(QLatin1String("make")).toString();
    c.model = vehicle.value(QLatin1String("model")).toString();
    c.year = parseYear(vehicle.value(QLatin1String("year")));
    c.powertrainType = vehicle.value(QLatin1String("powertrainType")).toString();
    if (c.mode.isEmpty())
        c.mode = vehicle.value(QLatin1String("mode")).toString();
    return c;
}

V3Connection V3Connection::fromManagementJson(const QJsonObject &json)
{
    V3Connection c;
    c.userId = json.value(QLatin1String("userId")).toString();
    c.vehicleId = json.value(QLatin1String("vehicleId")).toString();
    c.connectedAt = parseTime(json.value(QLatin1String("connectedAt")));
    c.mode = json.value(QLatin1String("mode")).toString();
    return c;
}

QJsonObject V3Connection::toJson() const
{
    QJsonObject o;
    auto put = [&o](const char *name, const QString &value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(name), value);
    };
    put("id", id);
    put("userId", userId);
    put("vehicleId", vehicleId);
    if (connectedAt.isValid())
        o.insert(QLatin1String("connectedAt"), connectedAt.toUTC().toString(Qt::ISODate));
    put("mode", mode);
    if (!permissions.isEmpty())
        o.insert(QLatin1String("permissions"), QJsonArray::fromStringList(permissions));
    put("make", make);
    put("model", model);
    if (year > 0)
        o.insert(QLatin1String("year"), year);
    put("powertrainType", powertrainType);
    return o;
}

} // namespace connectlab
