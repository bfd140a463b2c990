#pragma once

#include "SandboxReply.h"

#include <QDateTime>

#include <functional>

namespace connectlab::sandbox {

struct HttpRequest;
class TokenStore;
class VehicleRegistry;

// The vehicle API, with a Bearer access token from the TokenStore:
//   GET /v2.0/vehicles?limit=&offset=   the ids the token was granted, paged (limit 1-50, default 10)
//   GET /v2.0/vehicles/{id}             make, model and year; needs read_vehicle_info
// Errors are Smartcar's v2.0 JSON ({type, code, description, statusCode}).
class VehicleApi
{
public:
    VehicleApi(const std::function<QDateTime()> &clock, const TokenStore &tokens,
               const VehicleRegistry &vehicles);

    // `request.path` starts with /v2.0.
    SandboxReply answer(const HttpRequest &request) const;

private:
    static SandboxReply error(int status, const QString &type, const QString &code,
                              const QString &description);

    const std::function<QDateTime()> &m_clock;
    const TokenStore &m_tokens;
    const VehicleRegistry &m_vehicles;
};

} // namespace connectlab::sandbox
