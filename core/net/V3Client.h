#pragma once

#include "ApiError.h"
#include "ApiTarget.h"
#include "V3Connection.h"
#include "V3Signal.h"
#include "VehicleInfo.h"

#include <QJsonDocument>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <chrono>
#include <functional>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;
class QUrl;
QT_END_NAMESPACE

namespace connectlab {

// The vehicle calls of API Authentication (API v3), and the Management API's connection list.
//
// v3 calls go to {v3Base} with "Authorization: Bearer <application token>"; a call about one owner's vehicle
// names the owner in the "sc-user-id" header (Smartcar requires it for /vehicles/…; for /connections it
// filters). Management calls go to {managementBase} with "Authorization: Basic base64(default:<management
// token>)". Lists follow meta.paging.cursor (paging.cursor for Management) until it is null, unless the query
// asks for one page.
//
// One call at a time: starting another cancels the one in flight (which then reports nothing). Every call
// ends in exactly one result signal or failed(). Never logs or stores a token.
class V3Client : public QObject
{
    Q_OBJECT
public:
    struct ConnectionQuery
    {
        QString userId;    // user_id= and the sc-user-id header
        QString vehicleId; // vehicle_id=
        QString mode;      // mode= (live, simulated)
        int limit = 0;     // limit= per page (1-100); 0 leaves the server's default (25)
        QString cursor;    // cursor= to start from
        bool allPages = true;
    };

    explicit V3Client(QObject *parent = nullptr); // uses its own QNetworkAccessManager
    explicit V3Client(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~V3Client() override;

    void setTarget(const ApiTarget &target) { m_target = target; }
    const ApiTarget &target() const { return m_target; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    void setAppToken(const QString &appToken) { m_appToken = appToken; }

    void listConnections(const ConnectionQuery &query); // connectionsListed
    void getConnection(const QString &connectionId);    // connectionReceived
    // The owner's connected vehicles with make, model and year: their connections (all pages), then
    // GET /vehicles/{id} for each.
    void listVehicles(const QString &userId);                                             // vehiclesListed
    void getVehicle(const QString &userId, const QString &vehicleId);                     // vehicleReceived
    void listSignals(const QString &userId, const QString &vehicleId);                    // signalsListed
    void getSignal(const QString &userId, const QString &vehicleId, const QString &code); // signalReceived
    void listManagementConnections(const QString &managementToken, const ConnectionQuery &query);
    void abort();
    bool isBusy() const { return !m_replies.isEmpty(); }

    // The request a v3 call sends to `url` (sc-user-id only when `userId` is set), for inspection.
    QNetworkRequest v3Request(const QUrl &url, const QString &userId) const;

    static constexpr int MaxPages = 100;

Q_SIGNALS:
    // `nextCursor` is empty when the list is complete (always so with allPages).
    void connectionsListed(const QList<connectlab::V3Connection> &connections, const QString &nextCursor);
    void connectionReceived(const connectlab::V3Connection &connection);
    void vehiclesListed(const QList<connectlab::VehicleInfo> &vehicles);
    void vehicleReceived(const connectlab::VehicleInfo &vehicle);
    void signalsListed(const QString &vehicleId, const QList<connectlab::V3Signal> &signalList);
    void signalReceived(const QString &vehicleId, const connectlab::V3Signal &signal);
    void managementConnectionsListed(const QList<connectlab::V3Connection> &connections,
                                     const QString &nextCursor);
    void failed(const connectlab::ApiError &error);

private:
    using Handler = std::function<void(QNetworkReply *reply, const QJsonDocument &doc)>;
    void send(const QNetworkRequest &request, ApiError::Operation operation, Handler handler);
    void onFinished(QNetworkReply *reply, ApiError::Operation operation, const Handler &handler);
    void fail(const ApiError &error);
    void badAnswer(QNetworkReply *reply, ApiError::Operation operation, const QString &detail);
    QUrl connectionsQueryUrl(const QUrl &base, const ConnectionQuery &query, const QString &cursor) const;
    void requestConnectionsPage(const ConnectionQuery &query, const QString &cursor, int page,
                                std::function<void(const QList<V3Connection> &, const QString &)> done);
    void requestManagementPage(const QString &managementToken, const ConnectionQuery &query,
                               const QString &cursor, int page);
    static VehicleInfo vehicleFromJson(const QJsonObject &data);

    QNetworkAccessManager *m_network = nullptr;
    ApiTarget m_target = ApiTarget::smartcar();
    std::chrono::milliseconds m_timeout{15000};
    QString m_appToken;
    QList<QPointer<QNetworkReply>> m_replies;
    QList<V3Connection> m_connections; // the pages so far
    QList<VehicleInfo> m_vehicles;
    qsizetype m_pending = 0;
};

} // namespace connectlab
