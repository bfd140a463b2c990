#pragma once

#include "SandboxReply.h"

namespace connectlab::sandbox {

struct HttpRequest;
struct SandboxConfig;
class ConnectionStore;

// Smartcar's v2 Management API (management.smartcar.com/v2.0/management), authenticated with HTTP Basic
// "default:<Application Management Token>":
//   GET /v2.0/management/connections?user_id=&vehicle_id=&mode=&limit=&cursor=
//   -> {"connections": [{"userId", "vehicleId", "connectedAt", "mode"}], "paging": {"cursor"}}
// Errors are Smartcar's (SmartcarError): 401 AUTHENTICATION with WWW-Authenticate: Basic, 400 VALIDATION
// for a bad filter, 404 for another path.
class ManagementApi
{
public:
    ManagementApi(const SandboxConfig &config, const ConnectionStore &connections);

    // `request.path` is /v2.0/management or under it; GET only (the router answers other methods).
    SandboxReply answer(const HttpRequest &request) const;

private:
    const SandboxConfig &m_config;
    const ConnectionStore &m_connections;
};

} // namespace connectlab::sandbox
