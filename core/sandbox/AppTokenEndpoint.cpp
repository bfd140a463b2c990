#include "AppTokenEndpoint.h"

#include "AppTokenStore.h"
#include "SandboxConfig.h"
#include "http/HttpRequest.h"

namespace connectlab::sandbox {

AppTokenEndpoint::AppTokenEndpoint(const SandboxConfig &config, const std::function<QDateTime()> &clock,
                                   AppTokenStore &tokens)
    : m_config(config), m_clock(clock), m_tokens(tokens)
{
}

SandboxReply AppTokenEndpoint::error(int status, const QString &error, const QString &description)
{
    SandboxReply r = SandboxReply::json(
        {{QStringLiteral("error"), error}, {QStringLiteral("error_description"), description}}, status,
        QStringLiteral("app token error: ") + error + QStringLiteral(" (") + description + u')');
    if (status == 401)
        r.response.setHeader(QByteArrayLiteral("WWW-Authenticate"),
                             QByteArrayLiteral("Basic realm=\"Connect Lab sandbox\""));
    return r;
}

SandboxReply AppTokenEndpoint::answer(const HttpRequest &request)
{
    const QByteArray contentType = request.header(QByteArrayLiteral("Content-Type")).trimmed().toLower();
    if (!contentType.startsWith("application/x-www-form-urlencoded"))
        return error(400, QStringLiteral("invalid_request"),
                     QStringLiteral("Send the body as application/x-www-form-urlencoded."));
    const FormData form = FormData::parse(request.body);
    for (const FormData::Pair &p : form.pairs()) {
        if (form.values(p.first).size() > 1)
            return error(400, QStringLiteral("invalid_request"),
                         QStringLiteral("The parameter %1 is repeated.").arg(p.first.left(40)));
    }

    const QString grantType = form.value(QStringLiteral("grant_type"));
    if (grantType.isEmpty())
        return error(400, QStringLiteral("invalid_request"),
                     QStringLiteral("grant_type is missing; send grant_type=client_credentials."));
    if (grantType != QLatin1String("client_credentials"))
        return error(400, QStringLiteral("unsupported_grant_type"),
                     grantType == QLatin1String("authorization_code") ||
                             grantType == QLatin1String("refresh_token")
                         ? QStringLiteral("/oauth2/token only takes grant_type=client_credentials (API "
                                          "Authentication). Codes and refresh tokens of per-vehicle-token "
                                          "apps go to /oauth/token.")
                         : QStringLiteral("/oauth2/token only takes grant_type=client_credentials."));

    // Client authentication: HTTP Basic, or client_id and client_secret in the body.
    QString clientId = form.value(QStringLiteral("client_id"));
    QString clientSecret = form.value(QStringLiteral("client_secret"));
    const QByteArray authorization = request.header(QByteArrayLiteral("Authorization")).trimmed();
    if (!authorization.isEmpty()) {
        if (!authorization.toLower().startsWith("basic "))
            return error(401, QStringLiteral("invalid_client"),
                         QStringLiteral("Authenticate with HTTP Basic or client_id and client_secret in the "
                                        "body."));
        const auto decoded = QByteArray::fromBase64Encoding(authorization.mid(6).trimmed(),
                                                            QByteArray::AbortOnBase64DecodingErrors);
        const qsizetype colon = decoded.decoded.indexOf(':');
        if (!decoded || colon < 0)
            return error(401, QStringLiteral("invalid_client"),
                         QStringLiteral("The Basic credentials are malformed."));
        if (form.contains(QStringLiteral("client_secret")))
            return error(400, QStringLiteral("invalid_request"),
                         QStringLiteral("Use one way to authenticate the client, not two."));
        // RFC 6749 section 2.3.1: the id and secret are form-encoded before Base64.
        const QString basicId = FormData::decodeComponent(decoded.decoded.left(colon));
        if (!clientId.isEmpty() && clientId != basicId)
            return error(400, QStringLiteral("invalid_request"),
                         QStringLiteral("client_id in the body does not match the Basic credentials."));
        clientId = basicId;
        clientSecret = FormData::decodeComponent(decoded.decoded.mid(colon + 1));
    }
    if (clientId.isEmpty())
        return error(400, QStringLiteral("invalid_request"),
                     QStringLiteral("client_id is missing; send the API Client ID (client_…) from the "
                                    "Dashboard's API Credentials."));
    if (clientSecret.isEmpty())
        return error(400, QStringLiteral("invalid_request"),
                     QStringLiteral("client_secret is missing; send one of the API Client ID's secrets."));

    const RegisteredApp *app = m_config.appByApiClientId(clientId);
    if (!app) {
        const RegisteredApp *other = m_config.app(clientId);
        if (other && other->isV3())
            return error(401, QStringLiteral("invalid_client"),
                         QStringLiteral("This is the Application ID of %1, the id for Connect links. The "
                                        "token request needs its API Client ID, %2.")
                             .arg(other->displayName(), other->apiClientId));
        if (other)
            return error(401, QStringLiteral("invalid_client"),
                         QStringLiteral("%1 is a per-vehicle-token (v2) app: exchange the code from the "
                                        "redirect at /oauth/token (grant_type=authorization_code). "
                                        "/oauth2/token is for API Authentication (v3) apps.")
                             .arg(other->displayName()));
        return error(401, QStringLiteral("invalid_client"),
                     QStringLiteral("No application with this API Client ID is registered."));
    }
    if (!app->apiClientSecrets.contains(clientSecret))
        return error(401, QStringLiteral("invalid_client"),
                     QStringLiteral("The client secret is wrong for this API Client ID."));

    const QString token = m_tokens.issue(app->clientId, m_clock());
    return SandboxReply::json({{QStringLiteral("access_token"), token},
                               {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                               {QStringLiteral("expires_in"), int(AppTokenStore::AppTokenLifetimeSecs)}},
                              200, QStringLiteral("app token issued (client_credentials)"));
}

} // namespace connectlab::sandbox
