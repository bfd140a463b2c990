#pragma once

#include "RequestLog.h"
#include "SandboxConfig.h"
#include "SandboxFaults.h"
#include "http/HttpRequest.h"
#include "http/HttpResponse.h"
#include "WebhookDispatcher.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

namespace connectlab::sandbox {

// A local stand-in for Smartcar Connect, auth and the vehicle API, on 127.0.0.1 only. It routes each request
// to the part that answers it (see the table in SandboxServer.cpp) and records every answer in the request
// log.
class SandboxServer : public QObject
{
    Q_OBJECT
public:
    explicit SandboxServer(QObject *parent = nullptr);
    ~SandboxServer() override;

    void setConfig(const SandboxConfig &config);
    const SandboxConfig &config() const;

    // Misbehaviour to show (latency, 5xx/429, bad codes, no or broken redirect); empty: none. What each does
    // is FaultInjector's; faults() is what is in force now (a status fault's "times" counts down).
    void setFaults(const SandboxFaults &faults);
    const SandboxFaults &faults() const;
    // The loopback control endpoint GET/PUT /_sandbox/faults (ControlEndpoint); off: answered 404.
    void setControlEnabled(bool enabled);
    bool isControlEnabled() const;

    // Webhooks (WebhookDispatcher): an app's URL (loopback only; empty clears it), false and *error when the
    // app is unknown or the URL is refused. After each successful connection the app's webhook gets a
    // VEHICLE_STATE per vehicle; these send the rest on demand and return the delivery's id.
    bool setWebhookUrl(const QString &appId, const QString &url, QString *error = nullptr);
    QString verifyWebhook(const QString &appId);
    // VEHICLE_ERROR with resolution {"type": "REAUTHENTICATE", "url": this sandbox's /oauth/reauthenticate}.
    QString sendVehicleError(const QString &appId, const QString &vehicleId);
    QList<WebhookDelivery> webhookDeliveries() const;
    void clearWebhookDeliveries();
    void setWebhookTimeout(int ms); // 15 s, as Smartcar; tests shorten it
    // The vehicles connected to an app in this run (newest last), for "send a vehicle error".
    QStringList connectedVehicles(const QString &appId) const;
    QUrl reauthenticateUrl(const QString &appId, const QString &vehicleId) const;

    // Listens on 127.0.0.1 (never another interface). Port 0 picks a free port.
    bool listen(quint16 port = 0);
    bool isListening() const;
    quint16 port() const;
    QUrl baseUrl() const;       // http://127.0.0.1:PORT
    QUrl authorizeUrl() const;  // baseUrl + /oauth/authorize
    QUrl tokenUrl() const;      // baseUrl + /oauth/token
    QUrl apiUrl() const;        // baseUrl + /v2.0
    QUrl iamTokenUrl() const;   // baseUrl + /oauth2/token (v3 client credentials; iam.smartcar.com)
    QUrl v3ApiUrl() const;      // baseUrl + /v3 (vehicle.api.smartcar.com/v3)
    QUrl managementUrl() const; // baseUrl + /v2.0/management (management.smartcar.com/v2.0/management)
    void close();

    // Answers one request the way a connection does (routing and the request log), without a socket:
    // HttpServer calls it for every request; the fuzzer feeds it parsed requests.
    HttpResponse handle(const HttpRequest &request);

    // Time source for code/token expiry; tests inject their own.
    void setClock(std::function<QDateTime()> clock);

    // The most recent requests, oldest first (at most MaxRecordedRequests), escaped for display.
    QList<RecordedRequest> requests() const;
    void clearRequests();
    static constexpr int MaxRecordedRequests = RequestLog::MaxRequests;

Q_SIGNALS:
    void requestRecorded(const connectlab::sandbox::RecordedRequest &request);
    // The registered apps changed (setConfig).
    void configChanged();
    void faultsChanged();
    // A webhook delivery ended (or was refused): its event, status, verdict and time.
    void webhookDelivered(const connectlab::sandbox::WebhookDelivery &delivery);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace connectlab::sandbox
