#include "V3Client.h"

#include "NetLog.h"
#include "QueryString.h"
#include "TokenClient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace connectlab {

namespace {

constexpr auto AbortedProperty = "connectlab_aborted";

QNetworkRequest baseRequest(const QUrl &url, std::chrono::milliseconds timeout)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader, TokenClient::userAgent());
    request.setRawHeader("Accept", "application/json");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setTransferTimeout(int(timeout.count()));
    return request;
}

// The cursor of the next page, or "" when this was the last: {"meta": {"paging": {"cursor"}}} (v3) or
// {"paging": {"cursor"}} (Management).
QString nextCursor(const QJsonObject &object)
{
    QJsonObject paging =
        object.value(QLatin1String("meta")).toObject().value(QLatin1String("paging")).toObject();
    if (paging.isEmpty())
        paging = object.value(QLatin1String("paging")).toObject();
    return paging.value(QLatin1String("cursor")).toString();
}

} // namespace

V3Client::V3Client(QObject *parent) : V3Client(nullptr, parent) {}

V3Client::V3Client(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_network(network ? network : new QNetworkAccessManager(this))
{
}

V3Client::~V3Client()
{
    abort();
}

QNetworkRequest V3Client::v3Request(const QUrl &url, const QString &userId) const
{
    QNetworkRequest request = baseRequest(url, m_timeout);
    request.setRawHeader("Authorization", "Bearer " + m_appToken.toUtf8());
    if (!userId.isEmpty())
        request.setRawHeader("sc-user-id", userId.toUtf8());
    return request;
}

void V3Client::abort()
{
    const auto replies = std::exchange(m_replies, {});
    for (const QPointer<QNetworkReply> &pointer : replies) {
        if (QNetworkReply *reply = pointer.data()) {
            reply->setProperty(AbortedProperty, true);
            reply->abort();
            reply->deleteLater();
        }
    }
    m_connections.clear();
    m_vehicles.clear();
    m_pending = 0;
}

void V3Client::send(const QNetworkRequest &request, ApiError::Operation operation, Handler handler)
{
    QNetworkReply *reply = traceReply(m_network->get(request));
    m_replies.append(reply);
    connect(reply, &QNetworkReply::finished, this, [this, reply, operation, handler = std::move(handler)] {
        onFinished(reply, operation, handler);
    });
}

void V3Client::onFinished(QNetworkReply *reply, ApiError::Operation operation, const Handler &handler)
{
    reply->deleteLater();
    if (reply->property(AbortedProperty).toBool())
        return;
    m_replies.removeAll(reply);
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError || status < 200 || status >= 300) {
        const bool timedOut = reply->error() == QNetworkReply::OperationCanceledError;
        fail(ApiError::fromReply(operation, reply, body, timedOut));
        return;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject()) {
        badAnswer(reply, operation, tr("the answer is not a JSON object"));
        return;
    }
    handler(reply, doc);
}

void V3Client::fail(const ApiError &error)
{
    abort();
    Q_EMIT failed(error);
}

void V3Client::badAnswer(QNetworkReply *reply, ApiError::Operation operation, const QString &detail)
{
    fail(ApiError::badResponse(operation, reply->url(),
                               reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), detail));
}

QUrl V3Client::connectionsQueryUrl(const QUrl &base, const ConnectionQuery &query,
                                   const QString &cursor) const
{
    QList<Parameter> parameters;
    auto add = [&parameters](const char *name, const QString &value) {
        if (!value.isEmpty())
            parameters.append({QLatin1String(name), value});
    };
    add("user_id", query.userId);
    add("vehicle_id", query.vehicleId);
    add("mode", query.mode);
    if (query.limit > 0)
        add("limit", QString::number(qBound(1, query.limit, 100)));
    add("cursor", cursor);
    QUrl url = base;
    if (!parameters.isEmpty())
        url.setQuery(QueryString::encode(parameters), QUrl::StrictMode);
    return url;
}

void V3Client::requestConnectionsPage(const ConnectionQuery &query, const QString &cursor, int page,
                                      std::function<void(const QList<V3Connection> &, const QString &)> done)
{
    const QUrl url = connectionsQueryUrl(m_target.connectionsUrl(), query, cursor);
    send(v3Request(url, query.userId), ApiError::Operation::V3Api,
         [this, query, page, done](QNetworkReply *reply, const QJsonDocument &doc) {
             const QJsonValue data = doc.object().value(QLatin1String("data"));
             if (!data.isArray()) {
                 badAnswer(reply, ApiError::Operation::V3Api, tr("no \"data\" list in the answer"));
                 return;
             }
             const QJsonArray list = data.toArray();
             for (const QJsonValue &value : list)
                 m_connections.append(V3Connection::fromV3Json(value.toObject()));
             const QString cursor = nextCursor(doc.object());
             if (query.allPages && !cursor.isEmpty() && !list.isEmpty() && page + 1 < MaxPages) {
                 requestConnectionsPage(query, cursor, page + 1, done);
                 return;
             }
             const QList<V3Connection> all = std::exchange(m_connections, {});
             done(all, query.allPages ? QString() : cursor);
         });
}

void V3Client::listConnections(const ConnectionQuery &query)
{
    abort();
    requestConnectionsPage(query, query.cursor, 0,
                           [this](const QList<V3Connection> &list, const QString &cursor) {
                               Q_EMIT connectionsListed(list, cursor);
                           });
}

void V3Client::getConnection(const QString &connectionId)
{
    abort();
    send(v3Request(m_target.connectionUrl(connectionId), {}), ApiError::Operation::V3Api,
         [this](QNetworkReply *reply, const QJsonDocument &doc) {
             const V3Connection c =
                 V3Connection::fromV3Json(doc.object().value(QLatin1String("data")).toObject());
             if (c.vehicleId.isEmpty()) {
                 badAnswer(reply, ApiError::Operation::V3Api, tr("no connection in the answer's \"data\""));
                 return;
             }
             Q_EMIT connectionReceived(c);
         });
}

VehicleInfo V3Client::vehicleFromJson(const QJsonObject &data)
{
    const QJsonObject attributes = data.value(QLatin1String("attributes")).toObject();
    VehicleInfo info;
    info.id = data.value(QLatin1String("id")).toString();
    info.make = attributes.value(QLatin1String("make")).toString();
    info.model = attributes.value(QLatin1String("model")).toString();
    const QJsonValue year = attributes.value(QLatin1String("year"));
    info.year = year.isString() ? year.toString().toInt() : year.toInt();
    return info;
}

void V3Client::getVehicle(const QString &userId, const QString &vehicleId)
{
    abort();
    send(v3Request(m_target.v3VehicleUrl(vehicleId), userId), ApiError::Operation::V3Api,
         [this](QNetworkReply *reply, const QJsonDocument &doc) {
             const VehicleInfo info = vehicleFromJson(doc.object().value(QLatin1String("data")).toObject());
             if (info.id.isEmpty()) {
                 badAnswer(reply, ApiError::Operation::V3Api, tr("no vehicle in the answer's \"data\""));
                 return;
             }
             Q_EMIT vehicleReceived(info);
         });
}

void V3Client::listVehicles(const QString &userId)
{
    abort();
    ConnectionQuery query;
    query.userId = userId;
    query.limit = 100;
    requestConnectionsPage(
        query, {}, 0, [this, userId](const QList<V3Connection> &connections, const QString &) {
            QStringList ids;
            for (const V3Connection &c : connections) {
                if (!c.vehicleId.isEmpty() && !ids.contains(c.vehicleId))
                    ids.append(c.vehicleId);
            }
            if (ids.isEmpty()) {
                Q_EMIT vehiclesListed({});
                return;
            }
            m_vehicles.resize(ids.size());
            m_pending = ids.size();
            for (qsizetype i = 0; i < ids.size(); ++i) {
                m_vehicles[i].id = ids.at(i);
                send(v3Request(m_target.v3VehicleUrl(ids.at(i)), userId), ApiError::Operation::V3Api,
                     [this, i](QNetworkReply *, const QJsonDocument &doc) {
                         const VehicleInfo info =
                             vehicleFromJson(doc.object().value(QLatin1String("data")).toObject());
                         if (!info.id.isEmpty())
                             m_vehicles[i] = info;
                         if (--m_pending == 0) {
                             const QList<VehicleInfo> vehicles = std::exchange(m_vehicles, {});
                             Q_EMIT vehiclesListed(vehicles);
                         }
                     });
            }
        });
}

void V3Client::listSignals(const QString &userId, const QString &vehicleId)
{
    abort();
    send(v3Request(m_target.signalsUrl(vehicleId), userId), ApiError::Operation::V3Api,
         [this, vehicleId](QNetworkReply *reply, const QJsonDocument &doc) {
             const QJsonValue data = doc.object().value(QLatin1String("data"));
             if (!data.isArray()) {
                 badAnswer(reply, ApiError::Operation::V3Api, tr("no \"data\" list in the answer"));
                 return;
             }
             QList<V3Signal> list;
             const QJsonArray array = data.toArray();
             for (const QJsonValue &value : array)
                 list.append(V3Signal::fromJson(value.toObject()));
             Q_EMIT signalsListed(vehicleId, list);
         });
}

void V3Client::getSignal(const QString &userId, const QString &vehicleId, const QString &code)
{
    abort();
    send(v3Request(m_target.signalUrl(vehicleId, code), userId), ApiError::Operation::V3Api,
         [this, vehicleId](QNetworkReply *reply, const QJsonDocument &doc) {
             const V3Signal signal = V3Signal::fromJson(doc.object().value(QLatin1String("data")).toObject());
             if (signal.code.isEmpty()) {
                 badAnswer(reply, ApiError::Operation::V3Api, tr("no signal in the answer's \"data\""));
                 return;
             }
             Q_EMIT signalReceived(vehicleId, signal);
         });
}

void V3Client::requestManagementPage(const QString &managementToken, const ConnectionQuery &query,
                                     const QString &cursor, int page)
{
    QNetworkRequest request =
        baseRequest(connectionsQueryUrl(m_target.managementConnectionsUrl(), query, cursor), m_timeout);
    const QByteArray credentials = QByteArrayLiteral("default:") + managementToken.toUtf8();
    request.setRawHeader("Authorization", "Basic " + credentials.toBase64());
    send(request, ApiError::Operation::Management,
         [this, managementToken, query, page](QNetworkReply *reply, const QJsonDocument &doc) {
             const QJsonValue list = doc.object().value(QLatin1String("connections"));
             if (!list.isArray()) {
                 badAnswer(reply, ApiError::Operation::Management,
                           tr("no \"connections\" list in the answer"));
                 return;
             }
             const QJsonArray array = list.toArray();
             for (const QJsonValue &value : array)
                 m_connections.append(V3Connection::fromManagementJson(value.toObject()));
             const QString cursor = nextCursor(doc.object());
             if (query.allPages && !cursor.isEmpty() && !array.isEmpty() && page + 1 < MaxPages) {
                 requestManagementPage(managementToken, query, cursor, page + 1);
                 return;
             }
             const QList<V3Connection> all = std::exchange(m_connections, {});
             Q_EMIT managementConnectionsListed(all, query.allPages ? QString() : cursor);
         });
}

void V3Client::listManagementConnections(const QString &managementToken, const ConnectionQuery &query)
{
    abort();
    requestManagementPage(managementToken, query, query.cursor, 0);
}

} // namespace connectlab
