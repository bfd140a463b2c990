#include "SignalTable.h"

#include "ConnectionStore.h"

#include <QCryptographicHash>
#include <QJsonArray>

namespace connectlab::sandbox {

namespace {

const QStringList Electric{QStringLiteral("BEV"), QStringLiteral("PHEV")};
const QStringList Combustion{QStringLiteral("ICE"), QStringLiteral("HEV"), QStringLiteral("PHEV")};

// A number from 0 to 1 fixed by the vehicle and the signal (and `salt` for a signal's second value).
double roll(const SandboxVehicle &vehicle, const QString &code, int salt = 0)
{
    const QByteArray hash = QCryptographicHash::hash(
        (vehicle.id + u'|' + code + u'|' + QString::number(salt)).toUtf8(), QCryptographicHash::Sha256);
    quint32 n = 0;
    for (int i = 0; i < 4; ++i)
        n = (n << 8) | quint8(hash.at(i));
    return n / 4294967295.0;
}

double rounded(double value, int decimals)
{
    const double f = decimals == 0 ? 1 : decimals == 1 ? 10 : decimals == 2 ? 100 : 1000000;
    return qRound64(value * f) / f;
}

QJsonObject body(const SignalInfo &s, const SandboxVehicle &v)
{
    const QString &c = s.code;
    if (c == QLatin1String("odometer-traveleddistance"))
        return {{QStringLiteral("value"), rounded(3000 + roll(v, c) * 140000, 1)},
                {QStringLiteral("unit"), QStringLiteral("km")}};
    if (c == QLatin1String("vehicleidentification-vin"))
        return {{QStringLiteral("value"), v.vin}};
    if (c == QLatin1String("tractionbattery-stateofcharge"))
        return {{QStringLiteral("value"), rounded(20 + roll(v, c) * 75, 0)},
                {QStringLiteral("unit"), QStringLiteral("percent")}};
    if (c == QLatin1String("tractionbattery-range")) {
        const double soc = rounded(20 + roll(v, QStringLiteral("tractionbattery-stateofcharge")) * 75, 0);
        const double full = v.powertrain == QLatin1String("PHEV") ? 60 : 380 + roll(v, c) * 150;
        return {{QStringLiteral("value"), rounded(full * soc / 100, 1)},
                {QStringLiteral("unit"), QStringLiteral("km")}};
    }
    if (c == QLatin1String("internalcombustionengine-fuellevel"))
        return {{QStringLiteral("value"), rounded(10 + roll(v, c) * 85, 0)},
                {QStringLiteral("unit"), QStringLiteral("percent")}};
    if (c == QLatin1String("internalcombustionengine-oillife"))
        return {{QStringLiteral("value"), rounded(15 + roll(v, c) * 80, 0)},
                {QStringLiteral("unit"), QStringLiteral("percent")}};
    if (c == QLatin1String("location-preciselocation")) {
        // Near one of a few city centres Smartcar serves.
        static const double cities[][2] = {{37.7749, -122.4194}, {40.7128, -74.0060}, {43.6532, -79.3832},
                                           {52.5200, 13.4050},   {48.8566, 2.3522},   {51.5072, -0.1276},
                                           {41.9028, 12.4964},   {47.6062, -122.3321}};
        const auto &city = cities[int(roll(v, c) * 7.999)];
        return {{QStringLiteral("latitude"), rounded(city[0] + (roll(v, c, 1) - 0.5) * 0.04, 6)},
                {QStringLiteral("longitude"), rounded(city[1] + (roll(v, c, 2) - 0.5) * 0.04, 6)},
                {QStringLiteral("heading"), rounded(roll(v, c, 3) * 359, 0)}};
    }
    if (c == QLatin1String("wheel-tires")) {
        QJsonArray values;
        for (int i = 0; i < 4; ++i)
            values.append(QJsonObject{{QStringLiteral("row"), i / 2},
                                      {QStringLiteral("column"), i % 2},
                                      {QStringLiteral("tirePressure"), rounded(230 + roll(v, c, i) * 30, 0)}});
        return {{QStringLiteral("values"), values}, {QStringLiteral("unit"), QStringLiteral("kPa")}};
    }
    if (c == QLatin1String("charge-ischarging"))
        return {{QStringLiteral("value"), roll(v, c) < 0.3}};
    if (c == QLatin1String("closure-islocked"))
        return {{QStringLiteral("value"), roll(v, c) < 0.8}};
    return {};
}

} // namespace

const QList<SignalInfo> &SignalTable::signalList()
{
    static const QList<SignalInfo> table{
        {QStringLiteral("odometer-traveleddistance"), QStringLiteral("TraveledDistance"),
         QStringLiteral("Odometer"), QStringLiteral("read_odometer"), {}},
        {QStringLiteral("vehicleidentification-vin"), QStringLiteral("VIN"),
         QStringLiteral("VehicleIdentification"), QStringLiteral("read_vin"), {}},
        {QStringLiteral("tractionbattery-stateofcharge"), QStringLiteral("StateOfCharge"),
         QStringLiteral("TractionBattery"), QStringLiteral("read_battery"), Electric},
        {QStringLiteral("tractionbattery-range"), QStringLiteral("Range"), QStringLiteral("TractionBattery"),
         QStringLiteral("read_battery"), Electric},
        {QStringLiteral("internalcombustionengine-fuellevel"), QStringLiteral("FuelLevel"),
         QStringLiteral("InternalCombustionEngine"), QStringLiteral("read_fuel"), Combustion},
        {QStringLiteral("internalcombustionengine-oillife"), QStringLiteral("OilLife"),
         QStringLiteral("InternalCombustionEngine"), QStringLiteral("read_engine_oil"), Combustion},
        {QStringLiteral("location-preciselocation"), QStringLiteral("PreciseLocation"),
         QStringLiteral("Location"), QStringLiteral("read_location"), {}},
        {QStringLiteral("wheel-tires"), QStringLiteral("Tires"), QStringLiteral("Wheel"),
         QStringLiteral("read_tires"), {}},
        {QStringLiteral("charge-ischarging"), QStringLiteral("IsCharging"), QStringLiteral("Charge"),
         QStringLiteral("read_charge"), Electric},
        {QStringLiteral("closure-islocked"), QStringLiteral("IsLocked"), QStringLiteral("Closure"),
         QStringLiteral("read_security"), {}},
    };
    return table;
}

const SignalInfo *SignalTable::find(const QString &code)
{
    for (const SignalInfo &s : signalList()) {
        if (s.code == code)
            return &s;
    }
    return nullptr;
}

SignalTable::Availability SignalTable::availability(const QString &code, const Connection &connection)
{
    const SignalInfo *s = find(code);
    if (!s)
        return Availability::UnknownSignal;
    if (!connection.permissions.contains(s->permission))
        return Availability::NotGranted;
    if (!s->powertrains.isEmpty() && !s->powertrains.contains(connection.vehicle.powertrain))
        return Availability::NotOnVehicle;
    return Availability::Available;
}

QList<const SignalInfo *> SignalTable::available(const Connection &connection)
{
    QList<const SignalInfo *> out;
    for (const SignalInfo &s : signalList()) {
        if (availability(s.code, connection) == Availability::Available)
            out.append(&s);
    }
    return out;
}

QJsonObject SignalTable::json(const SignalInfo &signal, const SandboxVehicle &vehicle, const QDateTime &now)
{
    const qint64 retrieved = now.toMSecsSinceEpoch();
    const qint64 oemUpdated = retrieved - qint64(30 + roll(vehicle, signal.code, 99) * 570) * 1000;
    return {{QStringLiteral("id"), signal.code},
            {QStringLiteral("type"), QStringLiteral("signal")},
            {QStringLiteral("attributes"), QJsonObject{{QStringLiteral("code"), signal.code},
                                                       {QStringLiteral("name"), signal.name},
                                                       {QStringLiteral("group"), signal.group},
                                                       {QStringLiteral("body"), body(signal, vehicle)}}},
            {QStringLiteral("meta"), QJsonObject{{QStringLiteral("retrievedAt"), double(retrieved)},
                                                 {QStringLiteral("oemUpdatedAt"), double(oemUpdated)}}}};
}

} // namespace connectlab::sandbox
