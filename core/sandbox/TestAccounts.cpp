#include "TestAccounts.h"

#include "BrandCatalog.h"
#include "Vin.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QUuid>

namespace connectlab::sandbox {

namespace {

// A plausible powertrain: electric-only makes and models named as electric are BEVs, "Hybrid" models
// PHEVs, any other model one of the four (stable per vehicle, from `roll`).
QString powertrainFor(const Brand &brand, const QString &model, quint8 roll)
{
    static const QStringList electricMakes{QStringLiteral("TESLA"), QStringLiteral("RIVIAN"),
                                           QStringLiteral("LUCID"), QStringLiteral("POLESTAR")};
    static const QRegularExpression electricModel(
        QStringLiteral("(\\bEV\\b|e-|^i\\d|^iX|Lyriq|Leaf|Ioniq|ID\\.|Mach-E|Lightning|Taycan|EQ)"));
    if (electricMakes.contains(brand.token) || electricModel.match(model).hasMatch())
        return QStringLiteral("BEV");
    if (model.contains(QLatin1String("Hybrid")) || model.contains(QLatin1String("Prime")))
        return QStringLiteral("PHEV");
    static const char *const others[] = {"ICE", "ICE", "ICE", "HEV", "PHEV", "BEV"};
    return QString::fromLatin1(others[roll % 6]);
}

} // namespace

bool TestAccounts::isPlausibleEmail(const QString &email)
{
    static const QRegularExpression re(QStringLiteral("^[^@\\s]{1,128}@[^@\\s]{1,128}$"));
    return re.match(email).hasMatch();
}

SandboxVehicle TestAccounts::vehicleFor(const QString &seed, const Brand &brand, const QString &vin)
{
    const QByteArray hash =
        QCryptographicHash::hash((seed + u'|' + brand.token).toUtf8(), QCryptographicHash::Sha256);
    SandboxVehicle v;
    v.id = QUuid::fromRfc4122(hash.left(16)).toString(QUuid::WithoutBraces);
    v.make = brand.token;
    v.model = brand.models.at(quint8(hash.at(16)) % brand.models.size());
    v.year = 2018 + quint8(hash.at(17)) % 8;
    v.powertrain = powertrainFor(brand, v.model, quint8(hash.at(31)));
    if (!vin.isEmpty()) {
        v.vin = vin.toUpper();
    } else {
        static const char alphabet[] = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"; // no I, O, Q
        QString wmi = brand.wmis.isEmpty() ? QStringLiteral("0SC") : brand.wmis.first();
        v.vin = wmi;
        for (int i = 0; v.vin.size() < Vin::Length; ++i)
            v.vin += QLatin1Char(alphabet[quint8(hash.at(18 + i)) % (sizeof(alphabet) - 1)]);
        // A North-American VIN carries its check digit, so core's VIN verdict takes the sandbox's own cars.
        if (Vin::isNorthAmerican(v.vin))
            v.vin[8] = Vin::expectedCheckDigit(v.vin);
    }
    return v;
}

LoginOutcome TestAccounts::login(const QString &rawEmail, const Brand &brand)
{
    const QString email = rawEmail.trimmed().toLower();
    LoginOutcome out;
    if (email == QLatin1String("smartcar@vehicle-incompatible.com")) {
        out.error = QStringLiteral("vehicle_incompatible");
        out.errorDescription = QStringLiteral("The user's vehicle is not compatible.");
        out.vehicles.append(vehicleFor(email, brand));
        return out;
    }
    if (email == QLatin1String("smartcar@invalid-subscription.com")) {
        out.error = QStringLiteral("invalid_subscription");
        out.errorDescription =
            QStringLiteral("The user's vehicle does not have an active connected services subscription.");
        return out;
    }
    if (email == QLatin1String("smartcar@no-vehicles.com")) {
        out.error = QStringLiteral("no_vehicles");
        out.errorDescription = QStringLiteral("The user's account has no vehicles.");
        return out;
    }
    static const QRegularExpression countRe(QStringLiteral("^(\\d{1,6})-vehicles@smartcar\\.com$"));
    static const QRegularExpression vinRe(
        QStringLiteral("^([a-z0-9]{17})@(compatible|phev|bev|fuel|incompatible)\\.smartcar\\.com$"));
    if (const auto m = countRe.match(email); m.hasMatch()) {
        const int n = qMin(m.captured(1).toInt(), MaxVehicles);
        if (n == 0) {
            out.error = QStringLiteral("no_vehicles");
            out.errorDescription = QStringLiteral("The user's account has no vehicles.");
            return out;
        }
        for (int i = 0; i < n; ++i)
            out.vehicles.append(vehicleFor(email + u'#' + QString::number(i), brand));
        return out;
    }
    if (const auto m = vinRe.match(email); m.hasMatch()) {
        out.vehicles.append(vehicleFor(email, brand, m.captured(1)));
        if (m.captured(2) == QLatin1String("bev") || m.captured(2) == QLatin1String("phev"))
            out.vehicles.last().powertrain = m.captured(2).toUpper();
        else if (m.captured(2) == QLatin1String("fuel"))
            out.vehicles.last().powertrain = QStringLiteral("ICE");
        if (m.captured(2) == QLatin1String("incompatible")) {
            out.error = QStringLiteral("vehicle_incompatible");
            out.errorDescription = QStringLiteral("The user's vehicle is not compatible.");
        }
        return out;
    }
    out.vehicles.append(vehicleFor(email, brand));
    return out;
}

} // namespace connectlab::sandbox
