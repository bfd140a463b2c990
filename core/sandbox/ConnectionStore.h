#pragma once

#include "TestAccounts.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace connectlab::sandbox {

class FormData;

// One vehicle a user connected to an app in Connect (what Smartcar's v3 API and the Management API list).
struct Connection
{
    QString id;    // stable per (app, user, vehicle): connecting again updates it
    QString appId; // the app's client_id / Application ID
    QString userId;
    QString vehicleId;
    QDateTime connectedAt; // the latest approval
    QString mode;          // "live" or "simulated"
    QStringList permissions;
    SandboxVehicle vehicle; // make, model, year, powertrain
};

// Which connections a list asks for, and which page: the query parameters user_id, vehicle_id, mode,
// limit (1-100, default 25) and cursor, shared by GET /v3/connections and the Management API.
struct ConnectionQuery
{
    static constexpr int DefaultLimit = 25;
    static constexpr int MaxLimit = 100;

    QString userId;
    QString vehicleId;
    QString mode;
    int limit = DefaultLimit;
    qsizetype offset = 0; // decoded from the cursor

    // nullopt with *error naming the parameter and what it takes.
    static std::optional<ConnectionQuery> fromQuery(const FormData &query, QString *error);
};

struct ConnectionPage
{
    QList<Connection> connections;
    QString nextCursor; // empty on the last page
};

// The connections made in Connect during this run, for every app. Bounded (past MaxConnections new ones are
// not kept). Users are named by a UUID v5 of (app, login), so the same login always has the same user id
// for an app and different ids for different apps.
class ConnectionStore
{
public:
    static constexpr qsizetype MaxConnections = 100000;

    static QString userIdFor(const QString &appId, const QString &login);
    // "test" is the deprecated spelling of "simulated".
    static QString connectionMode(const QString &linkMode);

    // Records the user's approval of `permissions` for each vehicle; returns the user id.
    QString connect(const QString &appId, const QString &login, const QString &linkMode,
                    const QStringList &permissions, const QList<SandboxVehicle> &vehicles,
                    const QDateTime &now);

    const Connection *find(const QString &appId, const QString &connectionId) const;
    // The app's connection of that user and vehicle, or nullptr.
    const Connection *find(const QString &appId, const QString &userId, const QString &vehicleId) const;
    // The app's connections that match, oldest first, one page of them.
    ConnectionPage list(const QString &appId, const ConnectionQuery &query) const;

private:
    QHash<QString, Connection> m_connections; // by id
    QList<QString> m_order;                   // ids in the order first connected
};

} // namespace connectlab::sandbox
