#include "SessionStore.h"

#include "TokenStore.h"

namespace connectlab::sandbox {

namespace {

QString approvalKey(const QString &clientId, const QString &login)
{
    return clientId + u'\n' + login;
}

bool expired(const ConnectSession &s, const QDateTime &now)
{
    // A session from the future (the clock went back) is as stale as an old one.
    return s.created.secsTo(now) > SessionStore::SessionLifetimeSecs ||
           s.created > now.addSecs(SessionStore::SessionLifetimeSecs);
}

} // namespace

ConnectSession &SessionStore::create(const AuthorizeRequest &request, const QString &make,
                                     const QDateTime &now)
{
    prune(now);
    ConnectSession s;
    s.id = TokenStore::randomId();
    s.request = request;
    s.step = QStringLiteral("preamble");
    s.make = make;
    s.created = now;
    return m_sessions.insert(s.id, s).value();
}

ConnectSession *SessionStore::find(const QString &id, const QDateTime &now)
{
    const auto it = m_sessions.find(id);
    if (it == m_sessions.end() || it->created.secsTo(now) > SessionLifetimeSecs)
        return nullptr;
    return &*it;
}

void SessionStore::prune(const QDateTime &now)
{
    for (auto it = m_sessions.begin(); it != m_sessions.end();)
        it = expired(*it, now) ? m_sessions.erase(it) : std::next(it);
    while (m_sessions.size() >= MaxSessions) {
        auto oldest = m_sessions.begin();
        for (auto it = m_sessions.begin(); it != m_sessions.end(); ++it) {
            if (it->created < oldest->created)
                oldest = it;
        }
        m_sessions.erase(oldest);
    }
}

void SessionStore::approve(const QString &clientId, const QString &login, const QStringList &permissions)
{
    QSet<QString> &approved = m_approvals[approvalKey(clientId, login)];
    for (const QString &p : permissions)
        approved.insert(p);
}

bool SessionStore::hasApproved(const QString &clientId, const QString &login,
                               const QStringList &permissions) const
{
    const auto it = m_approvals.constFind(approvalKey(clientId, login));
    if (it == m_approvals.cend())
        return permissions.isEmpty();
    for (const QString &p : permissions) {
        if (!it->contains(p))
            return false;
    }
    return true;
}

} // namespace connectlab::sandbox
