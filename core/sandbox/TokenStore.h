#pragma once

#include "SandboxFaults.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace connectlab::sandbox {

// What a user granted an app in one Connect session.
struct Grant
{
    QString clientId;
    QString redirectUri;
    QString login;
    QStringList scope;
    QStringList vehicleIds;
    bool redirectUriSent = true; // false: the link had none and the app's default applied
};

struct IssuedTokens
{
    QString accessToken;
    QString refreshToken;
    QStringList scope;
};

// Authorization codes, access tokens and refresh tokens, with the lifetimes Smartcar documents.
// Every secret comes from QRandomGenerator::system(). Time is passed in, so tests control it.
class TokenStore
{
public:
    static constexpr qint64 CodeLifetimeSecs = 10 * 60;
    static constexpr qint64 AccessLifetimeSecs = 7200;
    static constexpr qint64 RefreshLifetimeSecs = 60LL * 24 * 3600;
    static constexpr qsizetype MaxEntries = 20000;

    // A random UUID (version 4) from the system CSPRNG, the shape Smartcar's codes and tokens have.
    static QString randomId();

    QString issueCode(const Grant &grant, const QDateTime &now);
    // The code fault (SandboxFaults::code): codes issued from now on are already expired, or already
    // exchanged, so their exchange fails with invalid_grant as a late or replayed one would.
    void setCodeFault(SandboxFaults::Code fault) { m_codeFault = fault; }
    // The grant's error on failure: *error is the OAuth error code, *description says why.
    std::optional<IssuedTokens> exchangeCode(const QString &code, const QString &clientId,
                                             const QString &redirectUri, const QDateTime &now,
                                             QString *description);
    std::optional<IssuedTokens> refresh(const QString &refreshToken, const QString &clientId,
                                        const QDateTime &now, QString *description);
    // The grant behind an issued code (used or not), or nullptr.
    const Grant *grantForCode(const QString &code) const;
    // The grant behind a valid, unexpired access token, or nullptr.
    const Grant *grantForAccessToken(const QString &accessToken, const QDateTime &now) const;

private:
    struct Code
    {
        Grant grant;
        QDateTime expires;
        bool used = false;
        QString family;
    };
    struct Token
    {
        QString family;
        QDateTime expires;
    };
    struct Family
    {
        Grant grant;
        QStringList accessTokens;
        QStringList refreshTokens;
    };

    IssuedTokens issueTokens(const QString &family, const QDateTime &now);
    void revokeFamily(const QString &family);
    void prune(const QDateTime &now);

    QHash<QString, Code> m_codes;
    QHash<QString, Token> m_access;
    QHash<QString, Token> m_refresh;
    QHash<QString, Family> m_families;
    SandboxFaults::Code m_codeFault = SandboxFaults::Code::Fine;
};

} // namespace connectlab::sandbox
