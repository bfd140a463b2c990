#pragma once

#include "ApiError.h"
#include "ApiTarget.h"
#include "AppToken.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;
QT_END_NAMESPACE

namespace connectlab {

// Gets an application token (API Authentication): POST {iamBase}/oauth2/token with the form body
// grant_type=client_credentials&client_id=client_…&client_secret=… and a ConnectLab User-Agent. There is no
// refresh: when the token expires, request a new one. One request at a time: starting another aborts the one
// in flight (which then reports nothing). Never logs or stores the secret or the token.
class AppTokenClient : public QObject
{
    Q_OBJECT
public:
    explicit AppTokenClient(QObject *parent = nullptr); // uses its own QNetworkAccessManager
    explicit AppTokenClient(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~AppTokenClient() override;

    void setTarget(const ApiTarget &target) { m_target = target; }
    const ApiTarget &target() const { return m_target; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    // Source of AppToken::obtainedAt (tests inject their own).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    // Sends the request with the API Client ID (client_…) and one of its secrets. An id that is not an API
    // Client ID is sent as it is (the server's invalid_client is then explained).
    void requestToken(const QString &apiClientId, const QString &apiClientSecret);
    void abort();
    bool isBusy() const { return !m_reply.isNull(); }

    // The request requestToken() sends (without the body), for inspection.
    QNetworkRequest tokenRequest() const;

Q_SIGNALS:
    void succeeded(const connectlab::AppToken &token);
    void failed(const connectlab::ApiError &error);

private:
    void onFinished(QNetworkReply *reply);

    QNetworkAccessManager *m_network = nullptr;
    ApiTarget m_target = ApiTarget::smartcar();
    std::chrono::milliseconds m_timeout{15000};
    std::function<QDateTime()> m_clock;
    QPointer<QNetworkReply> m_reply;
};

} // namespace connectlab
