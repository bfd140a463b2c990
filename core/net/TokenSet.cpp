#include "TokenSet.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace connectlab {

qint64 TokenSet::secondsLeft(const QDateTime &now) const
{
    return qMax<qint64>(0, now.secsTo(expiresAt()));
}

bool TokenSet::fromJson(const QByteArray &json, const QDateTime &obtainedAt, TokenSet *out, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error = QCoreApplication::translate("connectlab::TokenSet", "the reply is not a JSON object");
        return false;
    }
    const QJsonObject object = doc.object();
    const QString accessToken = object.value(QLatin1String("access_token")).toString();
    if (accessToken.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("connectlab::TokenSet", "the reply has no access_token");
        return false;
    }
    TokenSet tokens;
    tokens.accessToken = accessToken;
    tokens.refreshToken = object.value(QLatin1String("refresh_token")).toString();
    tokens.tokenType = object.value(QLatin1String("token_type")).toString();
    const QJsonValue expires = object.value(QLatin1String("expires_in"));
    tokens.expiresIn = expires.isString() ? expires.toString().toLongLong() : expires.toInteger();
    tokens.obtainedAt = obtainedAt;
    if (out)
        *out = tokens;
    return true;
}

QJsonObject TokenSet::toJson() const
{
    return {{QStringLiteral("access_token"), accessToken},
            {QStringLiteral("refresh_token"), refreshToken},
            {QStringLiteral("expires_in"), expiresIn},
            {QStringLiteral("token_type"), tokenType}};
}

} // namespace connectlab
