#include "TokenClient.h"

#include "NetLog.h"
#include "QueryString.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace connectlab {

namespace {

// Set on a reply we abort ourselves, so its OperationCanceledError is not taken for a timeout.
constexpr auto AbortedProperty = "connectlab_aborted";

} // namespace

TokenClient::TokenClient(QObject *parent) : TokenClient(nullptr, parent) {}

TokenClient::TokenClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_network(network ? network : new QNetworkAccessManager(this))
{
}

TokenClient::~TokenClient()
{
    abort();
}

void TokenClient::setCredentials(const QString &clientId, const QString &clientSecret)
{
    m_clientId = clientId;
    m_clientSecret = clientSecret;
}

QByteArray TokenClient::userAgent()
{
    return QByteArrayLiteral("ConnectLab/" CONNECTLAB_VERSION);
}

QNetworkRequest TokenClient::tokenRequest() const
{
    QNetworkRequest request(m_target.tokenUrl());
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setRawHeader("Accept", "application/json");
    const QByteArray credentials = (m_clientId + QLatin1Char(':') + m_clientSecret).toUtf8();
    request.setRawHeader("Authorization", "Basic " + credentials.toBase64());
    // Never follow a redirect with the client's credentials attached.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setTransferTimeout(int(m_timeout.count()));
    return request;
}

void TokenClient::exchangeCode(const QString &code, const QString &redirectUri)
{
    QList<Parameter> form{{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                          {QStringLiteral("code"), code}};
    if (!redirectUri.isEmpty())
        form.append({QStringLiteral("redirect_uri"), redirectUri});
    post(ApiError::Operation::Exchange, QueryString::encode(form).toLatin1());
}

void TokenClient::exchangeCode(const QString &code, const QUrl &redirectUri)
{
    exchangeCode(code, redirectUri.isEmpty() ? QString() : redirectUri.toString(QUrl::FullyEncoded));
}

void TokenClient::refresh(const QString &refreshToken)
{
    post(ApiError::Operation::Refresh,
         QueryString::encode(QList<Parameter>{{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                              {QStringLiteral("refresh_token"), refreshToken}})
             .toLatin1());
}

void TokenClient::abort()
{
    if (QNetworkReply *reply = m_reply.data()) {
        m_reply.clear();
        reply->setProperty(AbortedProperty, true);
        reply->abort();
        reply->deleteLater();
    }
}

void TokenClient::post(ApiError::Operation operation, const QByteArray &body)
{
    abort();
    QNetworkReply *reply = traceReply(m_network->post(tokenRequest(), body));
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, operation] { onFinished(reply, operation); });
}

void TokenClient::onFinished(QNetworkReply *reply, ApiError::Operation operation)
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
        Q_EMIT failed(ApiError::fromReply(operation, reply, body, timedOut));
        return;
    }
    TokenSet tokens;
    QString problem;
    const QDateTime now = m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
    if (!TokenSet::fromJson(body, now, &tokens, &problem)) {
        Q_EMIT failed(ApiError::badResponse(operation, reply->url(), status, problem));
        return;
    }
    Q_EMIT succeeded(tokens);
}

} // namespace connectlab
