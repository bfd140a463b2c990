#include "TokenStore.h"

#include <QRandomGenerator>
#include <QUuid>

namespace connectlab::sandbox {

QString TokenStore::randomId()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    QByteArray bytes(reinterpret_cast<const char *>(words), sizeof(words));
    bytes[6] = char((bytes[6] & 0x0f) | 0x40); // version 4
    bytes[8] = char((bytes[8] & 0x3f) | 0x80); // RFC 4122 variant
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

void TokenStore::prune(const QDateTime &now)
{
    if (m_codes.size() + m_access.size() + m_refresh.size() < MaxEntries)
        return;
    for (auto it = m_codes.begin(); it != m_codes.end();)
        it = it->expires < now ? m_codes.erase(it) : std::next(it);
    for (auto it = m_access.begin(); it != m_access.end();)
        it = it->expires < now ? m_access.erase(it) : std::next(it);
    for (auto it = m_refresh.begin(); it != m_refresh.end();)
        it = it->expires < now ? m_refresh.erase(it) : std::next(it);
    // Still full: a flood of live entries. Forget the oldest sessions wholesale rather than grow.
    if (m_codes.size() + m_access.size() + m_refresh.size() >= MaxEntries) {
        m_codes.clear();
        m_access.clear();
        m_refresh.clear();
        m_families.clear();
    }
}

QString TokenStore::issueCode(const Grant &grant, const QDateTime &now)
{
    prune(now);
    const QString code = randomId();
    const QString family = randomId();
    m_families.insert(family, Family{grant, {}, {}});
    const bool expired = m_codeFault == SandboxFaults::Code::Expired;
    m_codes.insert(code, Code{grant, expired ? now : now.addSecs(CodeLifetimeSecs),
                              m_codeFault == SandboxFaults::Code::Used, family});
    return code;
}

IssuedTokens TokenStore::issueTokens(const QString &family, const QDateTime &now)
{
    Family &f = m_families[family];
    IssuedTokens t{randomId(), randomId(), f.grant.scope};
    m_access.insert(t.accessToken, Token{family, now.addSecs(AccessLifetimeSecs)});
    m_refresh.insert(t.refreshToken, Token{family, now.addSecs(RefreshLifetimeSecs)});
    f.accessTokens.append(t.accessToken);
    f.refreshTokens.append(t.refreshToken);
    return t;
}

void TokenStore::revokeFamily(const QString &family)
{
    const Family f = m_families.take(family);
    for (const QString &t : f.accessTokens)
        m_access.remove(t);
    for (const QString &t : f.refreshTokens)
        m_refresh.remove(t);
}

std::optional<IssuedTokens> TokenStore::exchangeCode(const QString &code, const QString &clientId,
                                                     const QString &redirectUri, const QDateTime &now,
                                                     QString *description)
{
    auto it = m_codes.find(code);
    if (it == m_codes.end()) {
        *description = QStringLiteral("The authorization code is unknown.");
        return std::nullopt;
    }
    if (it->grant.clientId != clientId) {
        *description = QStringLiteral("The authorization code was issued to another client.");
        return std::nullopt;
    }
    if (it->used) {
        // RFC 6749 section 4.1.2: a reused code revokes what it already bought.
        revokeFamily(it->family);
        *description = QStringLiteral("The authorization code was already used; its tokens are revoked.");
        return std::nullopt;
    }
    if (now >= it->expires) {
        *description = QStringLiteral("The authorization code expired (codes are valid for 10 minutes).");
        return std::nullopt;
    }
    if (it->grant.redirectUri != redirectUri) {
        *description = QStringLiteral("redirect_uri does not match the one in the Connect URL.");
        return std::nullopt;
    }
    it->used = true;
    return issueTokens(it->family, now);
}

const Grant *TokenStore::grantForCode(const QString &code) const
{
    const auto it = m_codes.constFind(code);
    return it == m_codes.cend() ? nullptr : &it->grant;
}

std::optional<IssuedTokens> TokenStore::refresh(const QString &refreshToken, const QString &clientId,
                                                const QDateTime &now, QString *description)
{
    const auto it = m_refresh.constFind(refreshToken);
    if (it == m_refresh.cend() || !m_families.contains(it->family)) {
        *description = QStringLiteral("The refresh token is unknown or was already used.");
        return std::nullopt;
    }
    const QString family = it->family;
    if (m_families.value(family).grant.clientId != clientId) {
        *description = QStringLiteral("The refresh token was issued to another client.");
        return std::nullopt;
    }
    if (now >= it->expires) {
        *description = QStringLiteral("The refresh token expired (refresh tokens last 60 days).");
        return std::nullopt;
    }
    m_refresh.remove(refreshToken); // single use: each refresh returns a new refresh token
    prune(now);
    if (!m_families.contains(family)) {
        *description = QStringLiteral("The refresh token is unknown or was already used.");
        return std::nullopt;
    }
    return issueTokens(family, now);
}

const Grant *TokenStore::grantForAccessToken(const QString &accessToken, const QDateTime &now) const
{
    const auto it = m_access.constFind(accessToken);
    if (it == m_access.cend() || now >= it->expires)
        return nullptr;
    const auto f = m_families.constFind(it->family);
    return f == m_families.cend() ? nullptr : &f->grant;
}

} // namespace connectlab::sandbox
