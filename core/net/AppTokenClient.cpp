#include "AppTokenClient.h"

#include "NetLog.h"
#include "QueryString.h"
#include "TokenClient.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace connectlab {

namespace {

constexpr auto AbortedProperty = "connectlab_aborted";

} // namespace

AppTokenClient::AppTokenClient(QObject *parent) : AppTokenClient(nullptr, parent) {}

AppTokenClient::AppTokenClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_network(network ? network : new QNetworkAccessManager(this))
{
}

AppTokenClient::~AppTokenClient()
{
    abort();
}

QNetworkRequest AppTokenClient::tokenRequest() const
{
    QNetworkRequest request(m_target.appTokenUrl());
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setHeader(QNetworkRequest::UserAgentHeader, TokenClient::userAgent());
    request.setRawHeader("Accept", "application/json");
    // Never follow a redirect with the client's credentials in the body.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setTransferTimeout(int(m_timeout.count()));
    return request;
}

void AppTokenClient::requestToken(const QString &apiClientId, const QString &apiClientSecret)
{
    abort();
    const QByteArray body =
        QueryString::encode(
            QList<Parameter>{{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                             {QStringLiteral("client_id"), apiClientId},
                             {QStringLiteral("client_secret"), apiClientSecret}})
            .toLatin1();
    QNetworkReply *reply = traceReply(m_network->post(tokenRequest(), body));
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
}

void AppTokenClient::abort()
{
    if (QNetworkReply *reply = m_reply.data()) {
        m_reply.clear();
        reply->setProperty(AbortedProperty, true);
        reply->abort();
        reply->deleteLater();
    }
}

void AppTokenClient::onFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    if (reply->property(AbortedProperty).toBool())
        return;
    if (m_reply == reply)
        m_reply.clear();

    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError || status < 200 || status >= 300) {
        const bool timedOut = reply->error() == QNetworkReply::OperationCanceledError;
        Q_EMIT failed(ApiError::fromReply(ApiError::Operation::AppToken, reply, body, timedOut));
        return;
    }
    AppToken token;
    QString problem;
    const QDateTime now = m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
    if (!AppToken::fromJson(body, now, &token, &problem)) {
        Q_EMIT failed(ApiError::badResponse(ApiError::Operation::AppToken, reply->url(), status, problem));
        return;
    }
    Q_EMIT succeeded(token);
}

} // namespace connectlab
