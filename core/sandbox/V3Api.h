#pragma once

#include "SandboxReply.h"

#include <QDateTime>

#include <functional>

namespace connectlab::sandbox {

struct Connection;
struct HttpRequest;
class AppTokenStore;
class ConnectionStore;
class TokenStore;

// Smartcar API v3 (vehicle.api.smartcar.com/v3), with an application token from /oauth2/token as Bearer:
//   GET /v3/connections?user_id=&vehicle_id=&mode=&limit=&cursor=   the app's connections, paged
//                                                                    (sc-user-id filters by user too)
//   GET /v3/connections/{id}                                         one connection
//   GET /v3/vehicles/{id}                         needs sc-user-id   make, model, year
//   GET /v3/vehicles/{id}/signals                 needs sc-user-id   the signals the connection grants
//   GET /v3/vehicles/{id}/signals/{code}          needs sc-user-id   one signal (SignalTable)
// Errors are Smartcar's (SmartcarError): 401 AUTHENTICATION (no, unknown, expired or per-vehicle token),
// 400 VALIDATION (sc-user-id missing, a bad filter), 404 RESOURCE_NOT_FOUND (a vehicle the user did not
// connect, an unknown connection or signal), 403 PERMISSION (a signal the user did not grant).
class V3Api
{
public:
    V3Api(const std::function<QDateTime()> &clock, const AppTokenStore &appTokens, const TokenStore &tokens,
          const ConnectionStore &connections);

    // `request.path` is /v3 or starts with /v3/; GET only (the router answers other methods).
    SandboxReply answer(const HttpRequest &request) const;

private:
    SandboxReply connections(const HttpRequest &request, const QString &appId) const;
    SandboxReply vehicle(const HttpRequest &request, const QString &appId, const QString &vehicleId,
                         const QStringList &rest) const;
    QJsonObject connectionJson(const Connection &c) const;

    const std::function<QDateTime()> &m_clock;
    const AppTokenStore &m_appTokens;
    const TokenStore &m_tokens;
    const ConnectionStore &m_connections;
};

} // namespace connectlab::sandbox
