#include "ApiError.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QUrl>

namespace connectlab {

namespace {

QString stringField(const QJsonObject &object, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        const QJsonValue value = object.value(QLatin1String(name));
        if (value.isString() && !value.toString().isEmpty())
            return value.toString();
    }
    return {};
}

QString whatFailed(ApiError::Operation operation)
{
    switch (operation) {
    case ApiError::Operation::Exchange:
        return ApiError::tr("The code exchange");
    case ApiError::Operation::Refresh:
        return ApiError::tr("The token refresh");
    case ApiError::Operation::Vehicles:
        return ApiError::tr("The vehicle request");
    case ApiError::Operation::AppToken:
        return ApiError::tr("The application token request");
    case ApiError::Operation::V3Api:
        return ApiError::tr("The v3 API request");
    case ApiError::Operation::Management:
        return ApiError::tr("The Management API request");
    }
    return {};
}

QString explainInvalidGrant(const ApiError &e)
{
    const QString description = e.errorDescription.toLower();
    if (e.operation == ApiError::Operation::Refresh) {
        return ApiError::tr(
            "The refresh token was refused: it has expired (refresh tokens last 60 days), was "
            "already replaced by a newer one, or belongs to another app. Run the flow again "
            "to get a new code.");
    }
    if (description.contains(QLatin1String("redirect"))) {
        return ApiError::tr("The redirect_uri sent with the exchange is not the one the Connect link used. "
                            "The token request must repeat the link's redirect_uri exactly (scheme, host, "
                            "port, path). Exchange with the link's redirect URI.");
    }
    if (description.contains(QLatin1String("expired"))) {
        return ApiError::tr("The code has expired: a code is valid for 10 minutes after Connect redirects. "
                            "Run the flow again and exchange the new code promptly.");
    }
    if (description.contains(QLatin1String("used")) || description.contains(QLatin1String("already"))) {
        return ApiError::tr("The code was already exchanged: a code works only once. Run the flow again to "
                            "get a new one.");
    }
    return ApiError::tr("The code was refused: it was already used (a code works once), it has expired "
                        "(codes last 10 minutes), it belongs to another app, or the redirect_uri differs "
                        "from the one in the Connect link. Run the flow again for a fresh code and keep "
                        "the same redirect URI.");
}

// invalid_client at either token endpoint: the wrong credentials, or credentials of the other model.
QString explainInvalidClient(const ApiError &e)
{
    const QString description = e.errorDescription.toLower();
    if (e.operation == ApiError::Operation::AppToken) {
        if (description.contains(QLatin1String("/oauth/token")) ||
            description.contains(QLatin1String("per-vehicle")))
            return ApiError::tr(
                "This client id belongs to an app that uses per-vehicle tokens (API v2), which has no "
                "application token: exchange the code the redirect brought back at /oauth/token (the "
                "Tokens tab's Per-vehicle tokens, or connectlab-cli exchange).");
        return ApiError::tr(
            "The API Client ID or its secret is wrong: the token endpoint did not accept them. The API "
            "Client "
            "ID starts with client_ and is not the Application ID of the Connect link (Dashboard → "
            "Configuration → API Authentication); copy it and one of its secrets again (an app can have up "
            "to three).");
    }
    if (description.contains(QLatin1String("/oauth2/token")) ||
        description.contains(QLatin1String("api authentication")))
        return ApiError::tr(
            "This app uses API Authentication (API v3): it has no per-vehicle tokens to exchange a code for. "
            "Get an application token with the API Client ID (client_…) and its secret at /oauth2/token (the "
            "Tokens tab's API Authentication, or connectlab-cli token), then call the v3 API with the "
            "user_id "
            "the redirect brought back.");
    return ApiError::tr("The client id or client secret is wrong: the token endpoint did not accept the "
                        "app's credentials. Copy both again from the Dashboard (for the sandbox: the app's "
                        "settings), and make sure the secret belongs to this client id.");
}

// A refused v3 or Management call.
QString explainV3(const ApiError &e)
{
    const QString description = e.errorDescription.toLower();
    if (e.operation == ApiError::Operation::Management) {
        if (e.httpStatus == 401)
            return ApiError::tr(
                "The Application Management Token was refused. Copy it again from the Dashboard "
                "(Configuration → API Authentication; for the sandbox: the app's settings); it is sent as "
                "HTTP Basic with the user name \"default\".");
        return {};
    }
    switch (e.httpStatus) {
    case 401:
        return ApiError::tr(
            "The application token was refused: it has expired (application tokens last 1 hour and cannot be "
            "refreshed), was bought by another app, or is missing. Get a new application token and call "
            "again.");
    case 400:
        if (description.contains(QLatin1String("sc-user-id")))
            return ApiError::tr(
                "The call needs the owner's user id in the sc-user-id header: use the user_id the redirect "
                "brought back.");
        return ApiError::tr("The v3 API found the request invalid%1.")
            .arg(e.errorDescription.isEmpty() ? QString() : QLatin1String(": ") + e.errorDescription);
    case 403:
        return ApiError::tr(
            "The owner did not grant the permission this call needs (e.g. read_odometer for the odometer "
            "signal). Add it to the Connect link's scope and connect the vehicle again.");
    case 404:
        if (description.contains(QLatin1String("signal")))
            return ApiError::tr(
                "No such signal: check the signal code (e.g. odometer-traveleddistance). List the vehicle's "
                "signals to see the codes it has.");
        return ApiError::tr(
            "Not found (HTTP 404): this owner (sc-user-id) has not connected this vehicle to the app, the "
            "connection was removed, or the API base URL is wrong.");
    default:
        return {};
    }
}

} // namespace

QString ApiError::summary() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::OAuth:
    case Kind::Http: {
        QString text = error.isEmpty() ? ApiError::tr("HTTP %1").arg(httpStatus)
                                       : error + ApiError::tr(" (HTTP %1)").arg(httpStatus);
        if (!errorDescription.isEmpty())
            text += QLatin1String(": ") + errorDescription;
        return text;
    }
    case Kind::Network:
        return ApiError::tr("could not reach %1: %2").arg(host, detail);
    case Kind::Timeout:
        return ApiError::tr("%1 did not answer in time").arg(host);
    case Kind::BadResponse:
        return ApiError::tr("unexpected answer from %1: %2").arg(host, detail);
    }
    return {};
}

QString ApiError::explanation() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        return ApiError::tr(
                   "Could not reach %1 (%2). Check the network connection and the target: if it is "
                   "the local sandbox, is it running on that port? Behind a proxy, check its settings.")
            .arg(host, detail);
    case Kind::Timeout:
        return ApiError::tr(
                   "%1 did not answer in time. The server may be overloaded or unreachable; try again, "
                   "and check the network and the target.")
            .arg(host);
    case Kind::BadResponse:
        return ApiError::tr("%1 answered, but not with what the endpoint returns (%2). Check that the target "
                            "points at a Smartcar auth/API server or the sandbox.")
            .arg(host, detail);
    case Kind::OAuth:
    case Kind::Http:
        break;
    }

    if (error == QLatin1String("invalid_grant"))
        return explainInvalidGrant(*this);
    if (error == QLatin1String("invalid_client"))
        return explainInvalidClient(*this);
    if (error == QLatin1String("invalid_request") && operation == Operation::AppToken)
        return ApiError::tr("The application token request is incomplete: it needs "
                            "grant_type=client_credentials, the API Client ID (client_…) and its secret%1.")
            .arg(errorDescription.isEmpty() ? QString()
                                            : QLatin1String(" (") + errorDescription + QLatin1Char(')'));
    if (error == QLatin1String("unsupported_grant_type") && operation == Operation::AppToken)
        return ApiError::tr("/oauth2/token gives application tokens for grant_type=client_credentials only.");
    if (error == QLatin1String("invalid_request"))
        return ApiError::tr(
                   "The token endpoint found the request malformed: a parameter is missing, repeated "
                   "or invalid%1.")
            .arg(errorDescription.isEmpty() ? QString()
                                            : QLatin1String(" (") + errorDescription + QLatin1Char(')'));
    if (error == QLatin1String("unauthorized_client"))
        return ApiError::tr("This app is not allowed to use this grant type. Check the app's settings on the "
                            "Dashboard.");
    if (operation == Operation::V3Api || operation == Operation::Management) {
        const QString text = explainV3(*this);
        if (!text.isEmpty())
            return text;
    }
    if (error == QLatin1String("unsupported_grant_type"))
        return ApiError::tr("The server does not support this grant type.");
    if (error == QLatin1String("invalid_scope"))
        return ApiError::tr("The requested scope is invalid or exceeds what was granted.");

    if (httpStatus == 401)
        return operation == Operation::Vehicles
                   ? ApiError::tr(
                         "The access token was refused: it has expired (access tokens last 2 hours) or "
                         "was revoked. Refresh the tokens, or run the flow and exchange a new code.")
                   : ApiError::tr("The server refused the app's credentials (HTTP 401). Check the client id "
                                  "and secret.");
    if (httpStatus == 403)
        return ApiError::tr("The server refused access (HTTP 403): the token lacks a permission this request "
                            "needs, or the vehicle was disconnected.");
    if (httpStatus == 404)
        return operation == Operation::Vehicles
                   ? ApiError::tr("Not found (HTTP 404): the vehicle is not (or no longer) connected to this "
                                  "app, or the API base URL is wrong.")
                   : ApiError::tr(
                         "Not found (HTTP 404): the token endpoint is not at this address. Check the "
                         "target's base URL.");
    if (httpStatus == 429)
        return ApiError::tr("Too many requests (HTTP 429): wait a moment and try again.");
    if (httpStatus >= 500)
        return ApiError::tr("The server had a problem (HTTP %1). Try again later.").arg(httpStatus);
    return ApiError::tr("%1 failed: %2.").arg(whatFailed(operation), summary());
}

QString ApiError::hostOf(const QUrl &url)
{
    if (url.port() > 0)
        return url.host() + QLatin1Char(':') + QString::number(url.port());
    return url.host();
}

ApiError ApiError::badResponse(Operation operation, const QUrl &url, int httpStatus, const QString &detail)
{
    ApiError e;
    e.kind = Kind::BadResponse;
    e.operation = operation;
    e.httpStatus = httpStatus;
    e.host = hostOf(url);
    e.detail = detail;
    return e;
}

ApiError ApiError::fromHttp(Operation operation, int httpStatus, const QByteArray &body, const QString &host)
{
    ApiError e;
    e.kind = Kind::Http;
    e.operation = operation;
    e.httpStatus = httpStatus;
    e.host = host;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject()) {
        const QJsonObject object = doc.object();
        const QString oauthError = stringField(object, {"error"});
        if (!oauthError.isEmpty()) {
            e.kind = Kind::OAuth;
            e.error = oauthError;
            e.errorDescription = stringField(object, {"error_description", "message", "description"});
        } else {
            e.error = stringField(object, {"code", "type"});
            e.type = stringField(object, {"type"});
            e.errorDescription = stringField(object, {"description", "message"});
        }
    }
    return e;
}

ApiError ApiError::fromReply(Operation operation, QNetworkReply *reply, const QByteArray &body, bool timedOut)
{
    const QString host = hostOf(reply->url());
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (status.isValid() && status.toInt() >= 300 && !timedOut)
        return fromHttp(operation, status.toInt(), body, host);

    ApiError e;
    e.operation = operation;
    e.host = host;
    if (timedOut || reply->error() == QNetworkReply::TimeoutError) {
        e.kind = Kind::Timeout;
        e.detail = ApiError::tr("timed out");
        return e;
    }
    e.kind = Kind::Network;
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        e.detail = ApiError::tr("connection refused");
        break;
    case QNetworkReply::HostNotFoundError:
        e.detail = ApiError::tr("host not found");
        break;
    case QNetworkReply::RemoteHostClosedError:
        e.detail = ApiError::tr("the server closed the connection");
        break;
    case QNetworkReply::SslHandshakeFailedError:
        e.detail = ApiError::tr("the secure connection failed: ") + reply->errorString();
        break;
    default:
        e.detail = reply->errorString();
        break;
    }
    return e;
}

} // namespace connectlab
