#include "VehicleApi.h"

#include "TokenStore.h"
#include "VehicleRegistry.h"
#include "http/HttpRequest.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace connectlab::sandbox {

VehicleApi::VehicleApi(const std::function<QDateTime()> &clock, const TokenStore &tokens,
                       const VehicleRegistry &vehicles)
    : m_clock(clock), m_tokens(tokens), m_vehicles(vehicles)
{
}

SandboxReply VehicleApi::error(int status, const QString &type, const QString &code,
                               const QString &description)
{
    SandboxReply r = SandboxReply::json({{QStringLiteral("type"), type},
                                         {QStringLiteral("code"), code},
                                         {QStringLiteral("description"), description},
                                         {QStringLiteral("statusCode"), status}},
                                        status, QStringLiteral("API error: ") + type + u' ' + code);
    if (status == 401)
        r.response.setHeader(
            QByteArrayLiteral("WWW-Authenticate"),
            QByteArrayLiteral("Bearer realm=\"Connect Lab sandbox\", error=\"invalid_token\""));
    return r;
}

SandboxReply VehicleApi::answer(const HttpRequest &request) const
{
    const QString path = QString::fromLatin1(request.path);
    const QByteArray authorization = request.header(QByteArrayLiteral("Authorization")).trimmed();
    if (!authorization.toLower().startsWith("bearer "))
        return error(401, QStringLiteral("AUTHENTICATION"), QStringLiteral("MISSING_TOKEN"),
                     QStringLiteral("Send Authorization: Bearer <access_token>."));
    const Grant *grant =
        m_tokens.grantForAccessToken(QString::fromUtf8(authorization.mid(7).trimmed()), m_clock());
    if (!grant)
        return error(401, QStringLiteral("AUTHENTICATION"), QStringLiteral("INVALID_TOKEN"),
                     QStringLiteral("The access token is unknown, revoked or expired."));

    if (path == QLatin1String("/v2.0/vehicles") || path == QLatin1String("/v2.0/vehicles/")) {
        const FormData query = FormData::parse(request.query);
        bool okLimit = true, okOffset = true;
        const int limit = query.contains(QStringLiteral("limit"))
                              ? query.value(QStringLiteral("limit")).toInt(&okLimit)
                              : 10;
        const int offset = query.contains(QStringLiteral("offset"))
                               ? query.value(QStringLiteral("offset")).toInt(&okOffset)
                               : 0;
        if (!okLimit || !okOffset || limit < 1 || limit > 50 || offset < 0)
            return error(400, QStringLiteral("VALIDATION"), QStringLiteral("PARAMETER"),
                         QStringLiteral("limit must be 1-50 and offset 0 or more."));
        QJsonArray ids;
        for (qsizetype i = offset; i < grant->vehicleIds.size() && ids.size() < limit; ++i)
            ids.append(grant->vehicleIds.at(i));
        return SandboxReply::json(
            {{QStringLiteral("vehicles"), ids},
             {QStringLiteral("paging"), QJsonObject{{QStringLiteral("count"), int(grant->vehicleIds.size())},
                                                    {QStringLiteral("offset"), offset}}}},
            200, QStringLiteral("vehicle list"));
    }
    static const QRegularExpression vehicleRe(QStringLiteral("^/v2\\.0/vehicles/([^/]{1,100})/?$"));
    const auto m = vehicleRe.match(path);
    if (!m.hasMatch())
        return error(404, QStringLiteral("RESOURCE_NOT_FOUND"), QStringLiteral("PATH"),
                     QStringLiteral("The sandbox serves /v2.0/vehicles and /v2.0/vehicles/{id}."));
    const QString id = FormData::decodeComponent(m.captured(1).toUtf8()); // core's decoder, as for queries
    const SandboxVehicle *vehicle = m_vehicles.find(id);
    if (!grant->vehicleIds.contains(id) || !vehicle)
        return error(404, QStringLiteral("RESOURCE_NOT_FOUND"), QStringLiteral("VEHICLE"),
                     QStringLiteral("This token has no access to that vehicle."));
    if (!grant->scope.contains(QLatin1String("read_vehicle_info")))
        return error(403, QStringLiteral("PERMISSION"), QStringLiteral("NULL"),
                     QStringLiteral("The token lacks the read_vehicle_info permission."));
    const SandboxVehicle &v = *vehicle;
    return SandboxReply::json({{QStringLiteral("id"), v.id},
                               {QStringLiteral("make"), v.make},
                               {QStringLiteral("model"), v.model},
                               {QStringLiteral("year"), v.year}},
                              200, QStringLiteral("vehicle info"));
}

} // namespace connectlab::sandbox
