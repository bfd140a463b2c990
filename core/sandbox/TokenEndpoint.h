#pragma once

#include "SandboxReply.h"

#include <QDateTime>

#include <functional>

namespace connectlab::sandbox {

struct HttpRequest;
struct SandboxConfig;
class TokenStore;

// POST /oauth/token: the authorization_code and refresh_token grants (RFC 6749 sections 4.1.3 and 6) with
// client authentication by HTTP Basic or client_id and client_secret in the body (section 2.3.1; the id and
// secret may be form-encoded before Base64). Errors follow section 5.2: invalid_request, invalid_client
// (401 with WWW-Authenticate), invalid_grant, unsupported_grant_type. Codes and tokens live in TokenStore.
// An API Authentication (v3) app, by Application ID or API Client ID, is invalid_client pointing to
// /oauth2/token (AppTokenEndpoint).
class TokenEndpoint
{
public:
    TokenEndpoint(const SandboxConfig &config, const std::function<QDateTime()> &clock, TokenStore &tokens);

    SandboxReply answer(const HttpRequest &request);
    // Anything but POST: a JSON invalid_request with Allow: POST.
    static SandboxReply methodNotAllowed();

private:
    static SandboxReply error(int status, const QString &error, const QString &description);

    const SandboxConfig &m_config;
    const std::function<QDateTime()> &m_clock;
    TokenStore &m_tokens;
};

} // namespace connectlab::sandbox
