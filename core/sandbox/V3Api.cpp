#include "V3Api.h"

#include "AppTokenStore.h"
#include "ConnectionStore.h"
#include "SignalTable.h"
#include "SmartcarError.h"
#include "TokenStore.h"
#include "http/HttpRequest.h"

#include <QJsonArray>

namespace connectlab::sandbox {

namespace {

SandboxReply notFound(const QString &code, const QString &description)
{
    return SmartcarError::reply(404, QStringLiteral("RESOURCE_NOT_FOUND"), code, description);
}

QJsonObject ref(const QString &id, const QString &type)
{
    return {{QStringLiteral("data"), QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("type"), type}}}};
}

} // namespace

V3Api::V3Api(const std::function<QDateTime()> &clock, const AppTokenStore &appTokens,
             const TokenStore &tokens, const ConnectionStore &connections)
    : m_clock(clock), m_appTokens(appTokens), m_tokens(tokens), m_connections(connections)
{
}

QJsonObject V3Api::connectionJson(const Connection &c) const
{
    const SandboxVehicle &v = c.vehicle;
    QJsonArray permissions;
    for (const QString &p : c.permissions)
        permissions.append(p);
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("type"), QStringLiteral("connection")},
            {QStringLiteral("attributes"),
             QJsonObject{{QStringLiteral("userId"), c.userId},
                         {QStringLiteral("vehicleId"), c.vehicleId},
                         {QStringLiteral("connectedAt"), c.connectedAt.toString(Qt::ISODateWithMs)},
                         {QStringLiteral("mode"), c.mode},
                         {QStringLiteral("permissions"), permissions},
                         {QStringLiteral("vehicle"), QJsonObject{{QStringLiteral("make"), v.make},
                                                                 {QStringLiteral("model"), v.model},
                                                                 {QStringLiteral("year"), v.year},
                                                                 {QStringLiteral("mode"), c.mode},
                                                                 {QStringLiteral("powertrainType"), v.powertrain}}}}},
            {QStringLiteral("relationships"), QJsonObject{{QStringLiteral("vehicle"), ref(c.vehicleId, QStringLiteral("vehicle"))},
                                                          {QStringLiteral("user"), ref(c.userId, QStringLiteral("user"))}}},
            {QStringLiteral("links"), QJsonObject{{QStringLiteral("self"), QString(QStringLiteral("/v3/connections/") + c.id)}}}};
}

SandboxReply V3Api::answer(const HttpRequest &request) const
{
    // 1. The application token.
    const QByteArray authorization = request.header(QByteArrayLiteral("Authorization")).trimmed();
    if (!authorization.toLower().startsWith("bearer "))
        return SmartcarError::reply(401, QStringLiteral("AUTHENTICATION"), QStringLiteral("MISSING_TOKEN"),
                                    QStringLiteral("Send Authorization: Bearer <application token>; get the "
                                                   "token at /oauth2/token (client_credentials)."));
    const QString token = QString::fromUtf8(authorization.mid(7).trimmed());
    const AppTokenStore::Lookup lookup = m_appTokens.lookup(token, m_clock());
    if (lookup.state == AppTokenStore::State::Expired)
        return SmartcarError::reply(
            401, QStringLiteral("AUTHENTICATION"), QStringLiteral("EXPIRED_TOKEN"),
            QStringLiteral("The application token expired (they last %1 s and are not refreshed): request a "
                           "new one at /oauth2/token.")
                .arg(AppTokenStore::AppTokenLifetimeSecs));
    if (lookup.state == AppTokenStore::State::Unknown)
        return SmartcarError::reply(
            401, QStringLiteral("AUTHENTICATION"), QStringLiteral("INVALID_TOKEN"),
            m_tokens.grantForAccessToken(token, m_clock())
                ? QStringLiteral("This is a per-vehicle access token (from /oauth/token); the v3 API takes an "
                                 "application token from /oauth2/token (client_credentials with the API Client "
                                 "ID).")
                : QStringLiteral("The application token is unknown; request one at /oauth2/token."));
    const QString appId = lookup.appId;

    // 2. The resource.
    QStringList segments;
    for (const QByteArray &s : request.path.split('/').mid(2)) // "", "v3", ...
        segments.append(FormData::decodeComponent(s));
    if (!segments.isEmpty() && segments.last().isEmpty())
        segments.removeLast(); // a trailing slash
    if (segments.value(0) == QLatin1String("connections")) {
        if (segments.size() == 1)
            return connections(request, appId);
        if (segments.size() == 2) {
            const Connection *c = m_connections.find(appId, segments.at(1));
            if (!c)
                return notFound(QStringLiteral("CONNECTION"),
                                QStringLiteral("This app has no connection with that id."));
            return SandboxReply::json({{QStringLiteral("data"), connectionJson(*c)}}, 200,
                                      QStringLiteral("v3 connection"));
        }
    }
    if (segments.value(0) == QLatin1String("vehicles") && segments.size() >= 2 && segments.size() <= 4 &&
        (segments.size() == 2 || segments.at(2) == QLatin1String("signals")))
        return vehicle(request, appId, segments.at(1), segments.mid(2));
    return notFound(QStringLiteral("PATH"),
                    QStringLiteral("The sandbox serves /v3/connections, /v3/connections/{id}, "
                                   "/v3/vehicles/{id}, /v3/vehicles/{id}/signals and "
                                   "/v3/vehicles/{id}/signals/{code}."));
}

SandboxReply V3Api::connections(const HttpRequest &request, const QString &appId) const
{
    const FormData query = FormData::parse(request.query);
    QString problem;
    std::optional<ConnectionQuery> q = ConnectionQuery::fromQuery(query, &problem);
    if (!q)
        return SmartcarError::reply(400, QStringLiteral("VALIDATION"), QStringLiteral("PARAMETER"), problem);
    const QString headerUser = QString::fromUtf8(request.header(QByteArrayLiteral("sc-user-id")).trimmed());
    if (!headerUser.isEmpty()) {
        if (!q->userId.isEmpty() && q->userId != headerUser)
            return SmartcarError::reply(400, QStringLiteral("VALIDATION"), QStringLiteral("PARAMETER"),
                                        QStringLiteral("The sc-user-id header and the user_id filter name "
                                                       "different users."));
        q->userId = headerUser;
    }
    const ConnectionPage page = m_connections.list(appId, *q);
    QJsonArray data;
    for (const Connection &c : page.connections)
        data.append(connectionJson(c));
    return SandboxReply::json(
        {{QStringLiteral("data"), data},
         {QStringLiteral("meta"),
          QJsonObject{{QStringLiteral("paging"),
                       QJsonObject{{QStringLiteral("cursor"), page.nextCursor.isEmpty()
                                                                  ? QJsonValue()
                                                                  : QJsonValue(page.nextCursor)}}}}}},
        200, QStringLiteral("v3 connections: %1").arg(data.size()));
}

SandboxReply V3Api::vehicle(const HttpRequest &request, const QString &appId, const QString &vehicleId,
                            const QStringList &rest) const
{
    const QString userId = QString::fromUtf8(request.header(QByteArrayLiteral("sc-user-id")).trimmed());
    if (userId.isEmpty())
        return SmartcarError::reply(400, QStringLiteral("VALIDATION"), QStringLiteral("MISSING_HEADER"),
                                    QStringLiteral("The sc-user-id header is missing: send the user_id from "
                                                   "the Connect redirect as sc-user-id."));
    const Connection *c = m_connections.find(appId, userId, vehicleId);
    if (!c)
        return notFound(QStringLiteral("VEHICLE"),
                        QStringLiteral("The user in sc-user-id has not connected this vehicle to this app."));
    const SandboxVehicle &v = c->vehicle;
    const QString self = QStringLiteral("/v3/vehicles/") + v.id;
    if (rest.isEmpty())
        return SandboxReply::json(
            {{QStringLiteral("data"),
              QJsonObject{{QStringLiteral("id"), v.id},
                          {QStringLiteral("type"), QStringLiteral("vehicle")},
                          {QStringLiteral("attributes"), QJsonObject{{QStringLiteral("make"), v.make},
                                                                     {QStringLiteral("model"), v.model},
                                                                     {QStringLiteral("year"), v.year}}},
                          {QStringLiteral("links"), QJsonObject{{QStringLiteral("self"), self}}}}}},
            200, QStringLiteral("v3 vehicle"));
    const QDateTime now = m_clock();
    if (rest.size() == 1) {
        QJsonArray data;
        const QList<const SignalInfo *> signalInfos = SignalTable::available(*c);
        for (const SignalInfo *s : signalInfos)
            data.append(SignalTable::json(*s, v, now));
        return SandboxReply::json(
            {{QStringLiteral("data"), data},
             {QStringLiteral("meta"), QJsonObject{{QStringLiteral("totalCount"), int(data.size())}}},
             {QStringLiteral("links"), QJsonObject{{QStringLiteral("self"), QString(self + QStringLiteral("/signals"))}}}},
            200, QStringLiteral("v3 signals: %1").arg(data.size()));
    }
    const QString code = rest.at(1);
    switch (SignalTable::availability(code, *c)) {
    case SignalTable::Availability::UnknownSignal:
        return notFound(QStringLiteral("SIGNAL"),
                        QStringLiteral("There is no signal %1; /v3/vehicles/{id}/signals lists the ones this "
                                       "vehicle has.")
                            .arg(code.left(80)));
    case SignalTable::Availability::NotGranted:
        return SmartcarError::reply(
            403, QStringLiteral("PERMISSION"), QStringLiteral("SIGNAL_NOT_GRANTED"),
            QStringLiteral("The user did not grant %1, which %2 needs: ask for it in the Connect link's scope "
                           "and have the user connect again.")
                .arg(SignalTable::find(code)->permission, code),
            QStringLiteral("REAUTHENTICATE"));
    case SignalTable::Availability::NotOnVehicle:
        return notFound(QStringLiteral("SIGNAL"),
                        QStringLiteral("This vehicle (%1) has no signal %2.").arg(v.powertrain, code));
    case SignalTable::Availability::Available:
        break;
    }
    return SandboxReply::json({{QStringLiteral("data"), SignalTable::json(*SignalTable::find(code), v, now)}},
                              200, QStringLiteral("v3 signal ") + code);
}

} // namespace connectlab::sandbox
