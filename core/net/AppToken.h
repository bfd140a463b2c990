#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace connectlab {

// An application token (API Authentication, API v3): what POST /oauth2/token answers to a client_credentials
// request. One per app, not per vehicle; it cannot be refreshed, only requested again once it expires (after
// an hour at Smartcar). Lives in memory only: never saved, logged or put in a profile.
struct AppToken
{
    QString accessToken;
    QString tokenType;    // "Bearer"
    qint64 expiresIn = 0; // seconds the token is valid from obtainedAt (3600 at Smartcar)
    QDateTime obtainedAt; // when the reply arrived (the client's clock)

    bool isValid() const { return !accessToken.isEmpty(); }
    QDateTime expiresAt() const { return obtainedAt.addSecs(expiresIn); }
    // Whole seconds until the token expires, 0 once it has.
    qint64 secondsLeft(const QDateTime &now) const;
    bool isExpired(const QDateTime &now) const { return isValid() && secondsLeft(now) == 0; }

    // Parses the reply JSON. Needs access_token; expires_in and token_type are optional. On failure returns
    // false and says what is wrong in *error.
    static bool fromJson(const QByteArray &json, const QDateTime &obtainedAt, AppToken *out, QString *error);
    // The reply's own fields: access_token, token_type, expires_in.
    QJsonObject toJson() const;

    // Smartcar's API Client IDs start with "client_"; the Application ID (a UUID) and the per-vehicle-token
    // apps' Client ID do not.
    static bool isApiClientId(const QString &id);
    // Why `id` cannot be an API Client ID and where it goes instead; empty when it can be one.
    static QString apiClientIdProblem(const QString &id);
};

} // namespace connectlab
