#include "WebhookPayload.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QUuid>

namespace connectlab::sandbox {

namespace {

// The namespace of the sandbox's name-based ids (webhook ids, fallback owner ids).
const QUuid &idNamespace()
{
    static const QUuid ns(QStringLiteral("6f1c0b4e-3c2a-5d8e-9a47-0c1b7e5d2f90"));
    return ns;
}

// A number in [0, range) derived from the vehicle and a salt: the same vehicle always reads the same.
quint32 stable(const SandboxVehicle &vehicle, const char *salt, quint32 range)
{
    const QByteArray digest =
        QCryptographicHash::hash(QByteArray(vehicle.id.toUtf8() + '|' + salt), QCryptographicHash::Sha256);
    const quint32 n = (quint32(quint8(digest[0])) << 24) | (quint32(quint8(digest[1])) << 16) |
                      (quint32(quint8(digest[2])) << 8) | quint32(quint8(digest[3]));
    return range == 0 ? 0 : n % range;
}

QJsonObject signal(const QString &code, const QString &name, const QString &group, const QJsonObject &body,
                   qint64 nowMs)
{
    return {{QStringLiteral("code"), code},
            {QStringLiteral("name"), name},
            {QStringLiteral("group"), group},
            {QStringLiteral("body"), body},
            {QStringLiteral("status"), QJsonObject{{QStringLiteral("value"), QStringLiteral("SUCCESS")}}},
            {QStringLiteral("meta"), QJsonObject{{QStringLiteral("retrievedAt"), nowMs},
                                                 {QStringLiteral("oemUpdatedAt"), nowMs - 60000}}}};
}

QJsonObject metaObject(const WebhookPayload::Meta &meta)
{
    QJsonObject o{{QStringLiteral("version"), QStringLiteral("4.0")},
                  {QStringLiteral("webhookId"), meta.webhookId},
                  {QStringLiteral("webhookName"), meta.webhookName},
                  {QStringLiteral("deliveryId"), meta.deliveryId},
                  {QStringLiteral("deliveredAt"), meta.deliveredAtMs}};
    if (!meta.mode.isEmpty())
        o.insert(QLatin1String("mode"), meta.mode);
    return o;
}

} // namespace

QByteArray WebhookPayload::compact(const QJsonObject &payload)
{
    return QJsonDocument(payload).toJson(QJsonDocument::Compact);
}

QJsonObject WebhookPayload::verify(const QString &eventId, const QString &challenge, const Meta &meta)
{
    return {{QStringLiteral("eventId"), eventId},
            {QStringLiteral("eventType"), QStringLiteral("VERIFY")},
            {QStringLiteral("data"), QJsonObject{{QStringLiteral("challenge"), challenge}}},
            {QStringLiteral("meta"), metaObject(meta)}};
}

QJsonObject WebhookPayload::vehicleObject(const SandboxVehicle &vehicle)
{
    return {{QStringLiteral("id"), vehicle.id},
            {QStringLiteral("make"), vehicle.make},
            {QStringLiteral("model"), vehicle.model},
            {QStringLiteral("year"), vehicle.year}};
}

QJsonArray WebhookPayload::signalList(const SandboxVehicle &vehicle, const QStringList &permissions,
                                      qint64 nowMs)
{
    QJsonArray out;
    if (permissions.contains(QLatin1String("read_odometer")))
        out.append(signal(QStringLiteral("odometer-traveleddistance"), QStringLiteral("TraveledDistance"),
                          QStringLiteral("Odometer"),
                          {{QStringLiteral("value"), (5000 + stable(vehicle, "odometer", 1200000)) / 10.0},
                           {QStringLiteral("unit"), QStringLiteral("km")}},
                          nowMs));
    if (permissions.contains(QLatin1String("read_vin")))
        out.append(signal(QStringLiteral("vehicleidentification-vin"), QStringLiteral("VIN"),
                          QStringLiteral("VehicleIdentification"), {{QStringLiteral("value"), vehicle.vin}},
                          nowMs));
    if (permissions.contains(QLatin1String("read_battery")))
        out.append(signal(QStringLiteral("tractionbattery-stateofcharge"), QStringLiteral("StateOfCharge"),
                          QStringLiteral("TractionBattery"),
                          {{QStringLiteral("value"), int(20 + stable(vehicle, "battery", 76))},
                           {QStringLiteral("unit"), QStringLiteral("percent")}},
                          nowMs));
    if (permissions.contains(QLatin1String("read_fuel")))
        out.append(signal(QStringLiteral("internalcombustionengine-fuellevel"), QStringLiteral("FuelLevel"),
                          QStringLiteral("InternalCombustionEngine"),
                          {{QStringLiteral("value"), int(10 + stable(vehicle, "fuel", 86))},
                           {QStringLiteral("unit"), QStringLiteral("percent")}},
                          nowMs));
    if (permissions.contains(QLatin1String("read_location")))
        out.append(signal(QStringLiteral("location-preciselocation"), QStringLiteral("PreciseLocation"),
                          QStringLiteral("Location"),
                          {{QStringLiteral("latitude"), 37.7 + stable(vehicle, "lat", 1000) / 10000.0},
                           {QStringLiteral("longitude"), -122.5 + stable(vehicle, "lon", 1000) / 10000.0}},
                          nowMs));
    return out;
}

QJsonObject WebhookPayload::vehicleState(const QString &eventId, const QString &userId,
                                         const SandboxVehicle &vehicle, const QStringList &permissions,
                                         const Meta &meta)
{
    const QJsonArray list = signalList(vehicle, permissions, meta.deliveredAtMs);
    QJsonObject m = metaObject(meta);
    m.insert(QLatin1String("signalCount"), list.size());
    return {{QStringLiteral("eventId"), eventId},
            {QStringLiteral("eventType"), QStringLiteral("VEHICLE_STATE")},
            {QStringLiteral("vehicleId"), vehicle.id},
            {QStringLiteral("data"),
             QJsonObject{{QStringLiteral("user"), QJsonObject{{QStringLiteral("id"), userId}}},
                         {QStringLiteral("vehicle"), vehicleObject(vehicle)},
                         {QStringLiteral("signals"), list}}},
            {QStringLiteral("triggers"),
             QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("FIRST_DELIVERY")}}}},
            {QStringLiteral("meta"), m}};
}

QJsonObject WebhookPayload::vehicleError(const QString &eventId, const QString &userId,
                                         const SandboxVehicle &vehicle, const QString &reauthenticateUrl,
                                         const Meta &meta)
{
    const QJsonObject error{
        {QStringLiteral("type"), QStringLiteral("CONNECTED_SERVICES_ACCOUNT")},
        {QStringLiteral("code"), QStringLiteral("AUTHENTICATION_FAILED")},
        {QStringLiteral("state"), QStringLiteral("ERROR")},
        {QStringLiteral("description"),
         QStringLiteral("The owner's connected-services credentials are no longer valid (sent on demand by "
                        "the sandbox). Ask the owner to re-authenticate.")},
        {QStringLiteral("resolution"), QJsonObject{{QStringLiteral("type"), QStringLiteral("REAUTHENTICATE")},
                                                   {QStringLiteral("url"), reauthenticateUrl}}}};
    return {{QStringLiteral("eventId"), eventId},
            {QStringLiteral("eventType"), QStringLiteral("VEHICLE_ERROR")},
            {QStringLiteral("vehicleId"), vehicle.id},
            {QStringLiteral("data"),
             QJsonObject{{QStringLiteral("user"), QJsonObject{{QStringLiteral("id"), userId}}},
                         {QStringLiteral("vehicle"), vehicleObject(vehicle)},
                         {QStringLiteral("errors"), QJsonArray{error}}}},
            {QStringLiteral("meta"), metaObject(meta)}};
}

QString WebhookPayload::webhookId(const QString &appId)
{
    return QUuid::createUuidV5(idNamespace(), QStringLiteral("webhook|") + appId)
        .toString(QUuid::WithoutBraces);
}

QString WebhookPayload::fallbackUserId(const QString &appId, const QString &login)
{
    return QUuid::createUuidV5(idNamespace(), QStringLiteral("user|") + appId + u'|' + login.toLower())
        .toString(QUuid::WithoutBraces);
}

QString WebhookPayload::modeName(const QString &mode)
{
    if (mode == QLatin1String("simulated"))
        return QStringLiteral("SIMULATED");
    if (mode == QLatin1String("test"))
        return QStringLiteral("TEST");
    return QStringLiteral("LIVE");
}

} // namespace connectlab::sandbox
