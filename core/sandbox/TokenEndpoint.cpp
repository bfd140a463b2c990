#include "TokenEndpoint.h"

#include "SandboxConfig.h"
#include "TokenStore.h"
#include "http/HttpRequest.h"

namespace connectlab::sandbox {

TokenEndpoint::TokenEndpoint(const SandboxConfig &config, const std::function<QDateTime()> &clock,
                             TokenStore &tokens)
    : m_config(config), m_clock(clock), m_tokens(tokens)
{
}

SandboxReply TokenEndpoint::methodNotAllowed()
{
    SandboxReply r = SandboxReply::json({{QStringLiteral("error"), QStringLiteral("invalid_request")},
                                         {QStringLiteral("error_description"), QStringLiteral("Use POST.")}},
                                        405, QStringLiteral("token: method not allowed"));
    r.response.setHeader(QByteArrayLiteral("Allow"), QByteArrayLiteral("POST"));
    return r;
}

SandboxReply TokenEndpoint::error(int status, const QString &error, const QString &description)
{
    SandboxReply r = SandboxReply::json(
        {{QStringLiteral("error"), error}, {QStringLiteral("error_description"), description}}, status,
        QStringLiteral("token error: ") + error + QStringLiteral(" (") + description + u')');
    if (status == 401)
        r.response.setHeader(QByteArrayLiteral("WWW-Authenticate"),
                             QByteArrayLiteral("Basic realm=\"Connect Lab sandbox\""));
    return r;
}

SandboxReply TokenEndpoint::answer(const HttpRequest &request)
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

    // Client authentication: HTTP Basic, or client_id and client_secret in the body.
    QString clientId, clientSecret;
    const QByteArray authorization = request.header(QByteArrayLiteral("Authorization")).trimmed();
    if (!authorization.isEmpty()) {
        if (!authorization.toLower().startsWith("basic "))
            return error(401, QStringLiteral("invalid_client"),
                         QStringLiteral("Authenticate the client with HTTP Basic."));
        const auto decoded = QByteArray::fromBase64Encoding(authorization.mid(6).trimmed(),
                                                            QByteArray::AbortOnBase64DecodingErrors);
        const qsizetype colon = decoded.decoded.indexOf(':');
        if (!decoded || colon < 0)
            return error(401, QStringLiteral("invalid_client"),
                         QStringLiteral("The Basic credentials are malformed."));
        clientId = QString::fromUtf8(decoded.decoded.left(colon));
        clientSecret = QString::fromUtf8(decoded.decoded.mid(colon + 1));
        if (form.contains(QStringLiteral("client_secret")))
            return error(400, QStringLiteral("invalid_request"),
                         QStringLiteral("Use one way to authenticate the client, not two."));
    } else if (form.contains(QStringLiteral("client_secret"))) {
        clientId = form.value(QStringLiteral("client_id"));
        clientSecret = form.value(QStringLiteral("client_secret"));
    } else {
        return error(
            401, QStringLiteral("invalid_client"),
            QStringLiteral("No client authentication: send Authorization: Basic base64(id:secret)."));
    }
    const RegisteredApp *app = m_config.app(clientId);
    if (!app) {
        // RFC 6749 section 2.3.1: the id and secret are form-encoded before Base64; accept both spellings.
        clientId = FormData::decodeComponent(clientId.toUtf8());
        clientSecret = FormData::decodeComponent(clientSecret.toUtf8());
        app = m_config.app(clientId);
    }
    // API Authentication (v3) apps get their token elsewhere: say where.
    if (const RegisteredApp *v3 = app && app->isV3() ? app : m_config.appByApiClientId(clientId))
        return error(401, QStringLiteral("invalid_client"),
                     QStringLiteral("%1 uses API Authentication (v3): request an application token at "
                                    "/oauth2/token with grant_type=client_credentials and the API Client ID "
                                    "%2. /oauth/token is for per-vehicle-token (v2) apps.")
                         .arg(v3->displayName(), v3->apiClientId));
    if (!app || app->clientSecret != clientSecret) {
        const QString decodedSecret = FormData::decodeComponent(clientSecret.toUtf8());
        if (!app || app->clientSecret != decodedSecret)
            return error(401, QStringLiteral("invalid_client"),
                         app ? QStringLiteral("The client secret is wrong.")
                             : QStringLiteral("No application with this client id is registered."));
    }
    if (form.contains(QStringLiteral("client_id")) && form.value(QStringLiteral("client_id")) != clientId)
        return error(400, QStringLiteral("invalid_request"),
                     QStringLiteral("client_id in the body does not match the authenticated client."));

    const QString grantType = form.value(QStringLiteral("grant_type"));
    std::optional<IssuedTokens> issued;
    QString description;
    if (grantType.isEmpty()) {
        return error(400, QStringLiteral("invalid_request"), QStringLiteral("grant_type is missing."));
    } else if (grantType == QLatin1String("authorization_code")) {
        const QString code = form.value(QStringLiteral("code"));
        if (code.isEmpty())
            return error(400, QStringLiteral("invalid_request"), QStringLiteral("code is missing."));
        // RFC 6749 §4.1.3: redirect_uri is required when the Connect URL carried one; a link that left it
        // to the app's default may leave it out here too.
        QString redirectUri = form.value(QStringLiteral("redirect_uri"));
        if (!form.contains(QStringLiteral("redirect_uri"))) {
            const Grant *grant = m_tokens.grantForCode(code);
            if (!grant || grant->redirectUriSent)
                return error(400, QStringLiteral("invalid_request"),
                             QStringLiteral("redirect_uri is missing; send the one from the Connect URL."));
            redirectUri = grant->redirectUri;
        }
        issued = m_tokens.exchangeCode(code, clientId, redirectUri, m_clock(), &description);
    } else if (grantType == QLatin1String("refresh_token")) {
        const QString refresh = form.value(QStringLiteral("refresh_token"));
        if (refresh.isEmpty())
            return error(400, QStringLiteral("invalid_request"), QStringLiteral("refresh_token is missing."));
        issued = m_tokens.refresh(refresh, clientId, m_clock(), &description);
    } else {
        return error(400, QStringLiteral("unsupported_grant_type"),
                     QStringLiteral("The sandbox supports authorization_code and refresh_token."));
    }
    if (!issued)
        return error(400, QStringLiteral("invalid_grant"), description);
    return SandboxReply::json(
        {{QStringLiteral("access_token"), issued->accessToken},
         {QStringLiteral("token_type"), QStringLiteral("Bearer")},
         {QStringLiteral("expires_in"), int(TokenStore::AccessLifetimeSecs)},
         {QStringLiteral("refresh_token"), issued->refreshToken},
         {QStringLiteral("refresh_expires_in"), double(TokenStore::RefreshLifetimeSecs)},
         {QStringLiteral("scope"), issued->scope.join(u' ')}},
        200, QStringLiteral("tokens issued (") + grantType + u')');
}

} // namespace connectlab::sandbox
