#pragma once

#include "SandboxReply.h"
#include "SessionStore.h"

#include <QDateTime>
#include <QStringList>

#include <functional>

namespace connectlab::sandbox {

struct HttpRequest;
struct SandboxConfig;
class ConnectionStore;
class TokenStore;
class VehicleRegistry;

// Connect's screens as a state machine over a ConnectSession:
//   GET /oauth/authorize, GET /oauth/reauthenticate  the link, checked as Connect checks it
//   (AuthorizeRequest):
//                                                    an error page, a configuration_error redirect, or the
//                                                    preamble of a new session
//   POST /connect/step                               one screen's form: preamble -> brand (skipped with a
//                                                    make) -> login -> vehicles -> permissions (skipped by
//                                                    approval_prompt=auto when already approved) -> 302
//                                                    with a code (issued by the TokenStore), for a v3 app
//                                                    with user_id (and a code when codeAlongside), or an
//                                                    error; each approved vehicle is recorded in the
//                                                    ConnectionStore
//   GET|POST /connect/back                           "Back to application": user_manually_returned_…
// Re-authentication ends after the login with a redirect carrying the vehicle_id.
class ConnectScreens
{
public:
    ConnectScreens(const SandboxConfig &config, const std::function<QDateTime()> &clock, TokenStore &tokens,
                   VehicleRegistry &vehicles, ConnectionStore &connections);

    // Told of every session that ends with a redirect, with the redirect's parameters (code, user_id or
    // error, state, …), before it is answered: the sandbox's webhooks start from here.
    using FinishedHook = std::function<void(const ConnectSession &session, const FormData &redirectParams)>;
    void setFinishedHook(FinishedHook hook) { m_finished = std::move(hook); }

    SandboxReply authorize(const HttpRequest &request, bool reauthenticateEndpoint);
    SandboxReply step(const HttpRequest &request);
    SandboxReply back(const HttpRequest &request);

private:
    SandboxReply screen(const ConnectSession &session, const QString &problem = {}) const;
    SandboxReply sessionEnded() const;
    SandboxReply afterLogin(ConnectSession &session);
    SandboxReply afterVehicles(ConnectSession &session);
    SandboxReply finishWithCode(const ConnectSession &session, const QStringList &granted);
    SandboxReply finishWithError(const ConnectSession &session, const QString &error,
                                 const QString &description, const FormData &extra = {});
    SandboxReply finish(const ConnectSession &session, FormData params, const QString &summary);
    QString appName(const QString &clientId) const;

    const SandboxConfig &m_config;
    const std::function<QDateTime()> &m_clock;
    TokenStore &m_tokens;
    VehicleRegistry &m_vehicles;
    ConnectionStore &m_connections;
    SessionStore m_sessions;
    FinishedHook m_finished;
};

} // namespace connectlab::sandbox
