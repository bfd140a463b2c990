#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace connectlab {

// A token endpoint reply. Lives in memory only: never saved, logged or put in a profile.
struct TokenSet
{
    QString accessToken;
    QString refreshToken;
    QString tokenType;    // "Bearer"
    qint64 expiresIn = 0; // seconds the access token is valid from obtainedAt (7200 at Smartcar)
    QDateTime obtainedAt; // when the reply arrived (the client's clock)

    bool isValid() const { return !accessToken.isEmpty(); }
    QDateTime expiresAt() const { return obtainedAt.addSecs(expiresIn); }
    // Whole seconds until the access token expires, 0 once it has.
    qint64 secondsLeft(const QDateTime &now) const;

    // Parses the reply JSON. Needs access_token; the other fields are optional. On failure returns false
    // and says what is wrong in *error.
    static bool fromJson(const QByteArray &json, const QDateTime &obtainedAt, TokenSet *out, QString *error);
    // The reply's own fields: access_token, refresh_token, expires_in, token_type.
    QJsonObject toJson() const;
};

} // namespace connectlab
