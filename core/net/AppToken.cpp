#include "AppToken.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace connectlab {

qint64 AppToken::secondsLeft(const QDateTime &now) const
{
    return qMax<qint64>(0, now.secsTo(expiresAt()));
}

bool AppToken::fromJson(const QByteArray &json, const QDateTime &obtainedAt, AppToken *out, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error = QCoreApplication::translate("connectlab::AppToken", "the reply is not a JSON object");
        return false;
    }
    const QJsonObject object = doc.object();
    AppToken token;
    token.accessToken = object.value(QLatin1String("access_token")).toString();
    if (token.accessToken.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("connectlab::AppToken", "the reply has no access_token");
        return false;
    }
    token.tokenType = object.value(QLatin1String("token_type")).toString();
    const QJsonValue expires = object.value(QLatin1String("expires_in"));
    token.expiresIn = expires.isString() ? expires.toString().toLongLong() : expires.toInteger();
    token.obtainedAt = obtainedAt;
    if (out)
        *out = token;
    return true;
}

QJsonObject AppToken::toJson() const
{
    return {{QStringLiteral("access_token"), accessToken},
            {QStringLiteral("token_type"), tokenType},
            {QStringLiteral("expires_in"), expiresIn}};
}

bool AppToken::isApiClientId(const QString &id)
{
    return id.startsWith(QLatin1String("client_")) && id.size() > 7;
}

QString AppToken::apiClientIdProblem(const QString &id)
{
    if (isApiClientId(id))
        return {};
    if (id.isEmpty())
        return QCoreApplication::translate(
            "connectlab::AppToken", "The API Client ID is missing: it starts with client_ (Dashboard → "
                                    "Configuration → API Authentication).");
    return QCoreApplication::translate(
               "connectlab::AppToken",
               "\"%1\" is not an API Client ID: those start with client_ (Dashboard → Configuration → API "
               "Authentication). The Application ID (a UUID) goes into the Connect link; the client_… id and "
               "its secret go into the application token request. An app that uses per-vehicle tokens has no "
               "API Client ID: exchange its code at /oauth/token instead.")
        .arg(id.left(80));
}

} // namespace connectlab
