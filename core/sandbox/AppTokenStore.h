#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

namespace connectlab::sandbox {

// Application tokens of API Authentication (v3): one client_credentials grant buys a Bearer token for the
// whole app, valid AppTokenLifetimeSecs by the sandbox clock, never refreshed (ask for a new one). Tokens
// come from QRandomGenerator::system(); an expired token is remembered for a day so the API can say it
// expired rather than that it is unknown.
class AppTokenStore
{
public:
    static constexpr qint64 AppTokenLifetimeSecs = 3600;
    static constexpr qsizetype MaxTokens = 20000;

    enum class State
    {
        Unknown,
        Expired,
        Valid,
    };
    struct Lookup
    {
        State state = State::Unknown;
        QString appId; // the app's client_id (Application ID) when Valid or Expired
    };

    QString issue(const QString &appId, const QDateTime &now);
    Lookup lookup(const QString &token, const QDateTime &now) const;

private:
    struct Entry
    {
        QString appId;
        QDateTime expires;
    };
    void prune(const QDateTime &now);

    QHash<QString, Entry> m_tokens;
};

} // namespace connectlab::sandbox
