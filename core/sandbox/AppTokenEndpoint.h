#pragma once

#include "SandboxReply.h"

#include <QDateTime>

#include <functional>

namespace connectlab::sandbox {

struct HttpRequest;
struct SandboxConfig;
class AppTokenStore;

// POST /oauth2/token (iam.smartcar.com/oauth2/token): the client_credentials grant of API Authentication
// (v3). The API Client ID (client_…) and one of its secrets come in the form body or by HTTP Basic; the
// answer is {"access_token", "token_type": "Bearer", "expires_in": 3600}, no refresh token. Errors (RFC 6749
// section 5.2): a missing field invalid_request (400), another grant unsupported_grant_type (400), an unknown
// id or a wrong secret invalid_client (401, WWW-Authenticate). A per-vehicle-token (v2) client id, or a v3
// app's Application ID, is invalid_client with a description of which id belongs where.
class AppTokenEndpoint
{
public:
    AppTokenEndpoint(const SandboxConfig &config, const std::function<QDateTime()> &clock,
                     AppTokenStore &tokens);

    SandboxReply answer(const HttpRequest &request);

private:
    static SandboxReply error(int status, const QString &error, const QString &description);

    const SandboxConfig &m_config;
    const std::function<QDateTime()> &m_clock;
    AppTokenStore &m_tokens;
};

} // namespace connectlab::sandbox
