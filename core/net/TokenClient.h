#pragma once

#include "ApiError.h"
#include "ApiTarget.h"
#include "TokenSet.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <chrono>
#include <functional>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;
QT_END_NAMESPACE

namespace connectlab {

// Exchanges an authorization code for tokens, and refreshes them: POST {authBase}/oauth/token with
// Basic client authentication (base64(client_id:client_secret)), a form body and a ConnectLab User-Agent.
// One request at a time: starting another aborts the one in flight (which then reports nothing).
// Never logs or stores the secret or the tokens.
class TokenClient : public QObject
{
    Q_OBJECT
public:
    explicit TokenClient(QObject *parent = nullptr); // uses its own QNetworkAccessManager
    explicit TokenClient(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~TokenClient() override;

    void setTarget(const ApiTarget &target) { m_target = target; }
    const ApiTarget &target() const { return m_target; }
    void setCredentials(const QString &clientId, const QString &clientSecret);
    QString clientId() const { return m_clientId; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    // Source of TokenSet::obtainedAt (tests inject their own).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    // grant_type=authorization_code&code=…&redirect_uri=… ; the redirect URI must be the one the link used.
    void exchangeCode(const QString &code, const QString &redirectUri);
    void exchangeCode(const QString &code, const QUrl &redirectUri);
    // grant_type=refresh_token&refresh_token=…
    void refresh(const QString &refreshToken);
    void abort();
    bool isBusy() const { return !m_reply.isNull(); }

    // "ConnectLab/<version>", sent with every request of this library.
    static QByteArray userAgent();
    // The request exchangeCode()/refresh() send (without the body), for inspection.
    QNetworkRequest tokenRequest() const;

Q_SIGNALS:
    void succeeded(const connectlab::TokenSet &tokens);
    void failed(const connectlab::ApiError &error);

private:
    void post(ApiError::Operation operation, const QByteArray &body);
    void onFinished(QNetworkReply *reply, ApiError::Operation operation);

    QNetworkAccessManager *m_network = nullptr;
    ApiTarget m_target = ApiTarget::smartcar();
    QString m_clientId;
    QString m_clientSecret;
    std::chrono::milliseconds m_timeout{15000};
    std::function<QDateTime()> m_clock;
    QPointer<QNetworkReply> m_reply;
};

} // namespace connectlab
