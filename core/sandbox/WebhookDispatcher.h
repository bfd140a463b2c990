#pragma once

#include "SandboxConfig.h"
#include "TestAccounts.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace connectlab::sandbox {

// One webhook delivery the sandbox made (or refused to make), as the Sandbox tab and connectlab-sandbox show
// it.
struct WebhookDelivery
{
    QString id;         // the payload's meta.deliveryId
    QString appId;      // the app's client id (its Application ID for v3)
    QString event;      // VERIFY, VEHICLE_STATE, VEHICLE_ERROR
    QString url;        // where it went
    QDateTime when;     // when its outcome was known
    int httpStatus = 0; // the receiver's status; 0 when no HTTP answer came
    bool passed = false;
    QString verdict;   // one line: what came of it and why ("verified", "wrong HMAC: …", "timeout: …")
    QByteArray body;   // exactly the bytes sent (empty when refused before sending)
    QString signature; // the SC-Signature sent with them
    qint64 elapsedMs = 0;
};

// Delivers Smartcar-shaped webhooks (WebhookPayload) to an app's webhookUrl with QNetworkAccessManager:
// POST, Content-Type application/json, compact JSON, SC-Signature = WebhookSignature::sign(management token,
// exactly those bytes). Only to this machine: the URL's host must be 127.0.0.1, localhost or [::1]. A VERIFY
// passes when the receiver answers 200 with JSON {"challenge": hex HMAC-SHA256(management token,
// challenge)} within the timeout (15 s, as Smartcar); any other delivery passes on a 2xx answer.
class WebhookDispatcher : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultTimeoutMs = 15000;
    static constexpr int MaxDeliveries = 500;

    explicit WebhookDispatcher(const std::function<QDateTime()> &clock, QObject *parent = nullptr);
    ~WebhookDispatcher() override;

    void setTimeoutMs(int ms) { m_timeoutMs = qMax(1, ms); }
    int timeoutMs() const { return m_timeoutMs; }

    // Whether the sandbox may deliver to `url`: http or https on 127.0.0.1, localhost or [::1]. Otherwise
    // false and *error says what is wrong and the fix.
    static bool checkUrl(const QString &url, QString *error);

    // Each starts one delivery to the app's webhookUrl and returns its id. One that cannot go (no URL, not
    // loopback, no management token) is recorded as refused and reported at once.
    QString verify(const RegisteredApp &app);
    QString vehicleState(const RegisteredApp &app, const QString &userId, const SandboxVehicle &vehicle,
                         const QStringList &permissions, const QString &mode);
    QString vehicleError(const RegisteredApp &app, const QString &userId, const SandboxVehicle &vehicle,
                         const QString &reauthenticateUrl, const QString &mode);
    // Records a delivery that could not even be built (unknown app or vehicle) and reports it.
    QString refuse(const QString &appId, const QString &event, const QString &why);

    // Oldest first, at most MaxDeliveries.
    QList<WebhookDelivery> deliveries() const { return m_deliveries; }
    void clear() { m_deliveries.clear(); }
    // Deliveries sent and not answered yet.
    int pending() const { return m_pending; }

Q_SIGNALS:
    void delivered(const connectlab::sandbox::WebhookDelivery &delivery);

private:
    QString send(const RegisteredApp &app, const QString &event, const QString &deliveryId,
                 const QByteArray &body, const QString &expectedAnswer);
    // Why the app's webhook cannot be delivered to (no URL, not loopback, no token), or "".
    static QString whyNot(const RegisteredApp &app);
    void finishDelivery(WebhookDelivery delivery);
    // expectedAnswer: for a VERIFY, the challenge's right answer; else empty.
    void onFinished(QNetworkReply *reply, WebhookDelivery delivery, const QString &expectedAnswer,
                    qint64 elapsedMs, bool timedOut);

    const std::function<QDateTime()> &m_clock;
    QNetworkAccessManager *m_nam;
    int m_timeoutMs = DefaultTimeoutMs;
    int m_pending = 0;
    QList<WebhookDelivery> m_deliveries;
};

} // namespace connectlab::sandbox
