#include "ConnectionStore.h"

#include "FormData.h"

#include <QUuid>

namespace connectlab::sandbox {

namespace {

// The namespaces of the sandbox's name-based ids (UUID v5), fixed so ids stay the same between runs.
const QUuid UserNamespace(QStringLiteral("{6c0b7a52-1d4e-5f08-9a3b-2e51c4d7f190}"));
const QUuid ConnectionNamespace(QStringLiteral("{0f3e9d21-8b6a-5c47-b1d2-7a94e3c58e06}"));

QString uuidV5(const QUuid &ns, const QString &name)
{
    return QUuid::createUuidV5(ns, name).toString(QUuid::WithoutBraces);
}

QString encodeCursor(qsizetype offset)
{
    return QString::fromLatin1(QByteArray("offset:" + QByteArray::number(offset))
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

std::optional<ConnectionQuery> ConnectionQuery::fromQuery(const FormData &query, QString *error)
{
    ConnectionQuery q;
    q.userId = query.value(QStringLiteral("user_id"));
    q.vehicleId = query.value(QStringLiteral("vehicle_id"));
    q.mode = query.value(QStringLiteral("mode"));
    if (!q.mode.isEmpty() && q.mode != QLatin1String("live") && q.mode != QLatin1String("simulated")) {
        *error = QStringLiteral("mode must be live or simulated.");
        return std::nullopt;
    }
    if (query.contains(QStringLiteral("limit"))) {
        bool ok = false;
        q.limit = query.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || q.limit < 1 || q.limit > MaxLimit) {
            *error = QStringLiteral("limit must be a whole number from 1 to %1.").arg(MaxLimit);
            return std::nullopt;
        }
    }
    const QString cursor = query.value(QStringLiteral("cursor"));
    if (!cursor.isEmpty()) {
        const auto decoded = QByteArray::fromBase64Encoding(
            cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
        bool ok = false;
        if (decoded && decoded.decoded.startsWith("offset:"))
            q.offset = decoded.decoded.mid(7).toLongLong(&ok);
        if (!ok || q.offset < 0) {
            *error = QStringLiteral("cursor is not one this API returned; pass paging.cursor from the previous "
                                    "page as it is, or leave it out for the first page.");
            return std::nullopt;
        }
    }
    return q;
}

QString ConnectionStore::userIdFor(const QString &appId, const QString &login)
{
    return uuidV5(UserNamespace, appId + u'\n' + login.trimmed().toLower());
}

QString ConnectionStore::connectionMode(const QString &linkMode)
{
    return linkMode == QLatin1String("simulated") || linkMode == QLatin1String("test")
               ? QStringLiteral("simulated")
               : QStringLiteral("live");
}

QString ConnectionStore::connect(const QString &appId, const QString &login, const QString &linkMode,
                                 const QStringList &permissions, const QList<SandboxVehicle> &vehicles,
                                 const QDateTime &now)
{
    const QString userId = userIdFor(appId, login);
    for (const SandboxVehicle &v : vehicles) {
        const QString id = uuidV5(ConnectionNamespace, appId + u'\n' + userId + u'\n' + v.id);
        auto it = m_connections.find(id);
        if (it == m_connections.end()) {
            if (m_connections.size() >= MaxConnections)
                continue;
            it = m_connections.insert(id, Connection());
            m_order.append(id);
        }
        Connection &c = *it;
        c.id = id;
        c.appId = appId;
        c.userId = userId;
        c.vehicleId = v.id;
        c.connectedAt = now.toUTC();
        c.mode = connectionMode(linkMode);
        c.permissions = permissions;
        c.vehicle = v;
    }
    return userId;
}

const Connection *ConnectionStore::find(const QString &appId, const QString &connectionId) const
{
    const auto it = m_connections.constFind(connectionId);
    return it == m_connections.cend() || it->appId != appId ? nullptr : &*it;
}

const Connection *ConnectionStore::find(const QString &appId, const QString &userId,
                                        const QString &vehicleId) const
{
    for (const QString &id : m_order) {
        const Connection &c = *m_connections.constFind(id);
        if (c.appId == appId && c.userId == userId && c.vehicleId == vehicleId)
            return &c;
    }
    return nullptr;
}

ConnectionPage ConnectionStore::list(const QString &appId, const ConnectionQuery &query) const
{
    ConnectionPage page;
    qsizetype matched = 0;
    for (const QString &id : m_order) {
        const Connection &c = *m_connections.constFind(id);
        if (c.appId != appId || (!query.userId.isEmpty() && c.userId != query.userId) ||
            (!query.vehicleId.isEmpty() && c.vehicleId != query.vehicleId) ||
            (!query.mode.isEmpty() && c.mode != query.mode))
            continue;
        if (matched++ < query.offset)
            continue;
        if (page.connections.size() == query.limit) {
            page.nextCursor = encodeCursor(query.offset + query.limit);
            break;
        }
        page.connections.append(c);
    }
    return page;
}

} // namespace connectlab::sandbox
