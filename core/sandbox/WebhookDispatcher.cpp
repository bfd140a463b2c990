#include "WebhookDispatcher.h"

#include "Logging.h"
#include "TokenStore.h"
#include "WebhookPayload.h"
#include "WebhookSignature.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrl>

#include <memory>

namespace connectlab::sandbox {

namespace {

QString randomChallenge()
{
    quint32 words[8];
    QRandomGenerator::system()->fillRange(words);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex());
}

QString shortHex(const QString &hex)
{
    return hex.size() > 16 ? hex.left(16) + QStringLiteral("…") : hex;
}

WebhookPayload::Meta metaFor(const RegisteredApp &app, const QString &deliveryId, const QDateTime &now,
                             const QString &mode)
{
    return {WebhookPayload::webhookId(app.clientId), app.displayName() + QStringLiteral(" (sandbox webhook)"),
            deliveryId, now.toMSecsSinceEpoch(), mode};
}

} // namespace

WebhookDispatcher::WebhookDispatcher(const std::function<QDateTime()> &clock, QObject *parent)
    : QObject(parent), m_clock(clock), m_nam(new QNetworkAccessManager(this))
{
    // Loopback only, and never through a proxy from the environment.
    m_nam->setProxy(QNetworkProxy::NoProxy);
}

WebhookDispatcher::~WebhookDispatcher() = default;

bool WebhookDispatcher::checkUrl(const QString &url, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const QUrl u(url.trimmed(), QUrl::StrictMode);
    if (url.trimmed().isEmpty())
        return fail(tr("The webhook URL is empty: give a URL on this machine, e.g. "
                       "http://127.0.0.1:8000/webhooks."));
    if (!u.isValid() || u.host().isEmpty())
        return fail(tr("“%1” is not a URL: give one such as http://127.0.0.1:8000/webhooks.").arg(url));
    const QString scheme = u.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return fail(tr("The webhook URL must start with http:// or https://, not “%1:”.").arg(u.scheme()));
    const QString host = u.host().toLower();
    if (host != QLatin1String("127.0.0.1") && host != QLatin1String("localhost") &&
        host != QLatin1String("::1"))
        return fail(
            tr("The sandbox delivers webhooks only to this machine: “%1” is not 127.0.0.1, localhost or "
               "[::1]. Run your receiver locally (a tunnel forwards real Smartcar's deliveries).")
                .arg(u.host()));
    return true;
}

QString WebhookDispatcher::whyNot(const RegisteredApp &app)
{
    if (app.webhookUrl.isEmpty())
        return tr("%1 has no webhook URL: set one first.").arg(app.displayName());
    QString error;
    if (!checkUrl(app.webhookUrl, &error))
        return error;
    if (app.managementToken.isEmpty())
        return tr("%1 has no Application Management Token, the key that signs its webhooks: set "
                  "management_token for it.")
            .arg(app.displayName());
    return {};
}

QString WebhookDispatcher::refuse(const QString &appId, const QString &event, const QString &why)
{
    WebhookDelivery d;
    d.id = TokenStore::randomId();
    d.appId = appId;
    d.event = event;
    d.verdict = tr("refused: %1").arg(why);
    finishDelivery(d);
    return d.id;
}

QString WebhookDispatcher::verify(const RegisteredApp &app)
{
    const QString why = whyNot(app);
    if (!why.isEmpty())
        return refuse(app.clientId, QStringLiteral("VERIFY"), why);
    const QString deliveryId = TokenStore::randomId();
    const QString challenge = randomChallenge();
    const QJsonObject payload = WebhookPayload::verify(TokenStore::randomId(), challenge,
                                                       metaFor(app, deliveryId, m_clock(), QString()));
    return send(app, QStringLiteral("VERIFY"), deliveryId, WebhookPayload::compact(payload),
                WebhookSignature::challengeAnswer(app.managementToken.toUtf8(), challenge));
}

QString WebhookDispatcher::vehicleState(const RegisteredApp &app, const QString &userId,
                                        const SandboxVehicle &vehicle, const QStringList &permissions,
                                        const QString &mode)
{
    const QString why = whyNot(app);
    if (!why.isEmpty())
        return refuse(app.clientId, QStringLiteral("VEHICLE_STATE"), why);
    const QString deliveryId = TokenStore::randomId();
    const QJsonObject payload =
        WebhookPayload::vehicleState(TokenStore::randomId(), userId, vehicle, permissions,
                                     metaFor(app, deliveryId, m_clock(), WebhookPayload::modeName(mode)));
    return send(app, QStringLiteral("VEHICLE_STATE"), deliveryId, WebhookPayload::compact(payload),
                QString());
}

QString WebhookDispatcher::vehicleError(const RegisteredApp &app, const QString &userId,
                                        const SandboxVehicle &vehicle, const QString &reauthenticateUrl,
                                        const QString &mode)
{
    const QString why = whyNot(app);
    if (!why.isEmpty())
        return refuse(app.clientId, QStringLiteral("VEHICLE_ERROR"), why);
    const QString deliveryId = TokenStore::randomId();
    const QJsonObject payload =
        WebhookPayload::vehicleError(TokenStore::randomId(), userId, vehicle, reauthenticateUrl,
                                     metaFor(app, deliveryId, m_clock(), WebhookPayload::modeName(mode)));
    return send(app, QStringLiteral("VEHICLE_ERROR"), deliveryId, WebhookPayload::compact(payload),
                QString());
}

QString WebhookDispatcher::send(const RegisteredApp &app, const QString &event, const QString &deliveryId,
                                const QByteArray &body, const QString &expectedAnswer)
{
    WebhookDelivery d;
    d.id = deliveryId;
    d.appId = app.clientId;
    d.event = event;
    d.url = app.webhookUrl.trimmed();
    d.body = body;
    d.signature = WebhookSignature::sign(app.managementToken.toUtf8(), body);

    QNetworkRequest request{QUrl(d.url, QUrl::StrictMode)};
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Connect Lab sandbox webhooks"));
    request.setRawHeader(QByteArrayLiteral("SC-Signature"), d.signature.toLatin1());
    QNetworkReply *reply = m_nam->post(request, body);
    ++m_pending;

    QElapsedTimer started;
    started.start();
    // A deadline for the whole answer, not an idle timer: Smartcar gives up after 15 s.
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    auto timedOut = std::make_shared<bool>(false);
    connect(deadline, &QTimer::timeout, reply, [reply, timedOut] {
        *timedOut = true;
        reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, d, expectedAnswer, started, timedOut] {
        onFinished(reply, d, expectedAnswer, started.elapsed(), *timedOut);
    });
    deadline->start(m_timeoutMs);
    return deliveryId;
}

void WebhookDispatcher::onFinished(QNetworkReply *reply, WebhookDelivery d, const QString &expectedAnswer,
                                   qint64 elapsedMs, bool timedOut)
{
    reply->deleteLater();
    --m_pending;
    d.elapsedMs = elapsedMs;
    d.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray answer = reply->isOpen() ? reply->readAll() : QByteArray();
    const bool verify = d.event == QLatin1String("VERIFY");
    if (timedOut) {
        d.httpStatus = 0;
        d.verdict = tr("timeout: no answer within %1 s (Smartcar gives up after 15 s)")
                        .arg(QString::number(m_timeoutMs / 1000.0, 'g', 3));
    } else if (d.httpStatus == 0) {
        d.verdict = tr("could not deliver: %1").arg(reply->errorString());
    } else if (verify && d.httpStatus != 200) {
        d.verdict = tr("HTTP %1: a verify must be answered 200 with {\"challenge\": …}").arg(d.httpStatus);
    } else if (!verify && (d.httpStatus < 200 || d.httpStatus > 299)) {
        d.verdict =
            d.httpStatus == 401
                ? tr("HTTP 401: the receiver rejected it (does it check SC-Signature over the raw body, "
                     "keyed with the management token?)")
                : tr("HTTP %1: the receiver did not accept it (Smartcar expects 2xx)").arg(d.httpStatus);
    } else if (!verify) {
        d.passed = true;
        d.verdict = tr("delivered: HTTP %1").arg(d.httpStatus);
    } else {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(answer, &error);
        const QJsonValue value = doc.object().value(QLatin1String("challenge"));
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            d.verdict = tr("not JSON: the answer must be {\"challenge\": \"<hex HMAC-SHA256>\"}");
        } else if (!value.isString()) {
            d.verdict = tr("no \"challenge\" string in the JSON answer");
        } else {
            const QString given = value.toString().trimmed().toLower();
            if (given == expectedAnswer) {
                d.passed = true;
                d.verdict = tr("verified: the answer is HMAC-SHA256(management token, challenge)");
            } else {
                d.verdict =
                    tr("wrong HMAC: answered %1, expected %2 (hex HMAC-SHA256 of the challenge, keyed "
                       "with the Application Management Token)")
                        .arg(shortHex(value.toString()), shortHex(expectedAnswer));
            }
        }
    }
    finishDelivery(d);
}

void WebhookDispatcher::finishDelivery(WebhookDelivery delivery)
{
    delivery.when = m_clock();
    qCDebug(lcSandbox, "webhook %s %s to %s: %s", qPrintable(delivery.event), qPrintable(delivery.id),
            qPrintable(logging::loggable(QUrl(delivery.url))), qPrintable(delivery.verdict));
    if (m_deliveries.size() >= MaxDeliveries)
        m_deliveries.removeFirst();
    m_deliveries.append(delivery);
    Q_EMIT delivered(delivery);
}

} // namespace connectlab::sandbox
