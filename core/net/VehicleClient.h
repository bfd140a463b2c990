#pragma once

#include "ApiError.h"
#include "ApiTarget.h"
#include "VehicleInfo.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <chrono>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;
QT_END_NAMESPACE

namespace connectlab {

// Lists the vehicles an access token grants: GET {apiBase}/vehicles?limit=50&offset=N (following "paging"
// until every id is in), then GET {apiBase}/vehicles/{id} for each one's make, model and year, with
// "Authorization: Bearer <token>". One listing at a time: starting another cancels the one in flight. Reports
// vehiclesListed (in the order the API listed them) or failed (the first error; the other requests are
// cancelled).
class VehicleClient : public QObject
{
    Q_OBJECT
public:
    explicit VehicleClient(QObject *parent = nullptr); // uses its own QNetworkAccessManager
    explicit VehicleClient(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~VehicleClient() override;

    void setTarget(const ApiTarget &target) { m_target = target; }
    const ApiTarget &target() const { return m_target; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    void listVehicles(const QString &accessToken);
    // Ids per GET /vehicles page (1-50; 50, the API's largest page, by default).
    void setPageSize(int size) { m_pageSize = qBound(1, size, 50); }
    void abort();
    bool isBusy() const { return !m_replies.isEmpty(); }

Q_SIGNALS:
    void vehiclesListed(const QList<connectlab::VehicleInfo> &vehicles);
    void failed(const connectlab::ApiError &error);

private:
    QNetworkRequest apiRequest(const QUrl &url) const;
    QNetworkReply *get(const QUrl &url);
    bool takeReply(QNetworkReply *reply, QByteArray *body); // false (and reports) on an error
    void requestPage(int offset);
    void onListFinished(QNetworkReply *reply);
    void fetchDetails();
    void onVehicleFinished(QNetworkReply *reply, qsizetype index);
    void fail(const ApiError &error);

    QNetworkAccessManager *m_network = nullptr;
    ApiTarget m_target = ApiTarget::smartcar();
    std::chrono::milliseconds m_timeout{15000};
    QString m_accessToken;
    QList<QPointer<QNetworkReply>> m_replies;
    QStringList m_ids;
    QList<VehicleInfo> m_vehicles;
    qsizetype m_pending = 0;
    int m_pageSize = 50;
};

} // namespace connectlab
