#include "VehicleClient.h"

#include "NetLog.h"
#include "TokenClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace connectlab {

namespace {

constexpr auto AbortedProperty = "connectlab_aborted";

} // namespace

VehicleClient::VehicleClient(QObject *parent) : VehicleClient(nullptr, parent) {}

VehicleClient::VehicleClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_network(network ? network : new QNetworkAccessManager(this))
{
}

VehicleClient::~VehicleClient()
{
    abort();
}

QNetworkRequest VehicleClient::apiRequest(const QUrl &url) const
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader, TokenClient::userAgent());
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("Authorization", "Bearer " + m_accessToken.toUtf8());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setTransferTimeout(int(m_timeout.count()));
    return request;
}

QNetworkReply *VehicleClient::get(const QUrl &url)
{
    QNetworkReply *reply = traceReply(m_network->get(apiRequest(url)));
    m_replies.append(reply);
    return reply;
}

void VehicleClient::abort()
{
    const auto replies = std::exchange(m_replies, {});
    for (const QPointer<QNetworkReply> &pointer : replies) {
        if (QNetworkReply *reply = pointer.data()) {
            reply->setProperty(AbortedProperty, true);
            reply->abort();
            reply->deleteLater();
        }
    }
    m_ids.clear();
    m_vehicles.clear();
    m_pending = 0;
}

void VehicleClient::listVehicles(const QString &accessToken)
{
    abort();
    m_accessToken = accessToken;
    requestPage(0);
}

void VehicleClient::requestPage(int offset)
{
    QUrl url = m_target.vehiclesUrl();
    url.setQuery(QStringLiteral("limit=%1&offset=%2").arg(m_pageSize).arg(offset));
    QNetworkReply *reply = get(url);
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onListFinished(reply); });
}

bool VehicleClient::takeReply(QNetworkReply *reply, QByteArray *body)
{
    reply->deleteLater();
    if (reply->property(AbortedProperty).toBool())
        return false;
    m_replies.removeAll(reply);
    *body = reply->isOpen() ? reply->readAll() : QByteArray();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError || status < 200 || status >= 300) {
        const bool timedOut = reply->error() == QNetworkReply::OperationCanceledError;
        fail(ApiError::fromReply(ApiError::Operation::Vehicles, reply, *body, timedOut));
        return false;
    }
    return true;
}

void VehicleClient::fail(const ApiError &error)
{
    abort();
    Q_EMIT failed(error);
}

void VehicleClient::onListFinished(QNetworkReply *reply)
{
    QByteArray body;
    if (!takeReply(reply, &body))
        return;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QJsonValue list = doc.object().value(QLatin1String("vehicles"));
    if (!doc.isObject() || !list.isArray()) {
        fail(ApiError::badResponse(ApiError::Operation::Vehicles, reply->url(),
                                   reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                                   tr("no \"vehicles\" list in the answer")));
        return;
    }
    const QJsonArray page = list.toArray();
    for (const QJsonValue &value : page) {
        // Smartcar lists ids; accept objects with an "id" too.
        const QString id =
            value.isObject() ? value.toObject().value(QLatin1String("id")).toString() : value.toString();
        if (!id.isEmpty() && !m_ids.contains(id))
            m_ids.append(id);
    }
    const qint64 total =
        doc.object().value(QLatin1String("paging")).toObject().value(QLatin1String("count")).toInteger();
    const qint64 offset =
        doc.object().value(QLatin1String("paging")).toObject().value(QLatin1String("offset")).toInteger();
    const qint64 next = offset + page.size();
    if (!page.isEmpty() && next < total && m_ids.size() < 10000) {
        requestPage(int(next));
        return;
    }
    fetchDetails();
}

void VehicleClient::fetchDetails()
{
    if (m_ids.isEmpty()) {
        Q_EMIT vehiclesListed({});
        return;
    }
    const QStringList ids = std::exchange(m_ids, {});
    m_vehicles.resize(ids.size());
    m_pending = ids.size();
    for (qsizetype i = 0; i < ids.size(); ++i) {
        m_vehicles[i].id = ids.at(i);
        QNetworkReply *vehicleReply = get(m_target.vehicleUrl(ids.at(i)));
        connect(vehicleReply, &QNetworkReply::finished, this,
                [this, vehicleReply, i] { onVehicleFinished(vehicleReply, i); });
    }
}

void VehicleClient::onVehicleFinished(QNetworkReply *reply, qsizetype index)
{
    QByteArray body;
    if (!takeReply(reply, &body))
        return;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject()) {
        fail(ApiError::badResponse(ApiError::Operation::Vehicles, reply->url(),
                                   reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                                   tr("the vehicle's answer is not a JSON object")));
        return;
    }
    VehicleInfo info = VehicleInfo::fromJson(doc.object());
    if (info.id.isEmpty())
        info.id = m_vehicles.at(index).id;
    m_vehicles[index] = info;
    if (--m_pending == 0) {
        const QList<VehicleInfo> vehicles = std::exchange(m_vehicles, {});
        Q_EMIT vehiclesListed(vehicles);
    }
}

} // namespace connectlab
