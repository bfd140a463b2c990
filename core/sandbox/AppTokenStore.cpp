#include "AppTokenStore.h"

#include <QRandomGenerator>

namespace connectlab::sandbox {

QString AppTokenStore::issue(const QString &appId, const QDateTime &now)
{
    prune(now);
    quint32 words[8];
    QRandomGenerator::system()->fillRange(words);
    const QString token = QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(words), sizeof(words))
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    m_tokens.insert(token, {appId, now.addSecs(AppTokenLifetimeSecs)});
    return token;
}

AppTokenStore::Lookup AppTokenStore::lookup(const QString &token, const QDateTime &now) const
{
    const auto it = m_tokens.constFind(token);
    if (it == m_tokens.cend())
        return {};
    return {now < it->expires ? State::Valid : State::Expired, it->appId};
}

void AppTokenStore::prune(const QDateTime &now)
{
    const QDateTime forgetBefore = now.addDays(-1);
    m_tokens.removeIf([&](const auto &it) { return it.value().expires < forgetBefore; });
    while (m_tokens.size() >= MaxTokens) {
        auto oldest = m_tokens.begin();
        for (auto it = m_tokens.begin(); it != m_tokens.end(); ++it) {
            if (it->expires < oldest->expires)
                oldest = it;
        }
        m_tokens.erase(oldest);
    }
}

} // namespace connectlab::sandbox
