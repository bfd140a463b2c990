#pragma once

#include "AuthorizeRequest.h"
#include "TestAccounts.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace connectlab::sandbox {

// Where one user is in Connect's screens: kept on the server, named by a random id the pages carry.
struct ConnectSession
{
    QString id;
    AuthorizeRequest request;
    QString step; // preamble, brand, login, vehicles, permissions
    QString make;
    QString login;
    QList<SandboxVehicle> vehicles;
    QStringList selectedVehicles;
    QString brandQuery;
    QDateTime created;
};

// The Connect sessions under way (at most MaxSessions, each for at most SessionLifetimeSecs; the oldest
// make room), and which permissions each login has approved for each app in this run, so that
// approval_prompt=auto can skip the permissions screen.
class SessionStore
{
public:
    static constexpr qsizetype MaxSessions = 500;
    static constexpr qint64 SessionLifetimeSecs = 3600;

    ConnectSession &create(const AuthorizeRequest &request, const QString &make, const QDateTime &now);
    // The live session with that id, or nullptr (unknown, finished or expired).
    ConnectSession *find(const QString &id, const QDateTime &now);
    void remove(const QString &id) { m_sessions.remove(id); }

    void approve(const QString &clientId, const QString &login, const QStringList &permissions);
    bool hasApproved(const QString &clientId, const QString &login, const QStringList &permissions) const;

private:
    void prune(const QDateTime &now);

    QHash<QString, ConnectSession> m_sessions;
    QHash<QString, QSet<QString>> m_approvals; // "clientId\nlogin" -> approved permissions
};

} // namespace connectlab::sandbox
