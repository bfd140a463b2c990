#pragma once

#include "ApiError.h"
#include "ApiTarget.h"
#include "TokenSet.h"
#include "VehicleInfo.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

#include <chrono>
#include <functional>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
QT_END_NAMESPACE

namespace connectlab {

class TokenClient;
class VehicleClient;

// The token workflow of one app at one target, without widgets: exchanges a code (then lists the vehicles
// the owner granted), refreshes the tokens, lists the vehicles again. It knows which codes were exchanged
// (a code works once: exchanging it again makes the server revoke what it bought, RFC 6749 section 4.1.2),
// which tokens are live, and whether a request is in flight.
//
// Nothing touches the network until the first request: the QNetworkAccessManager, the TokenClient and the
// VehicleClient are created then. One request at a time; the tokens and the codes live in memory only.
//
// When the server answers invalid_grant to a refresh, the live tokens are dead: tokens() and vehicles()
// become empty and tokenState() Revoked. The code the live tokens came from is never sent again, so an
// exchange that fails (even with invalid_grant) was for another code and leaves the live tokens alone:
// the server revokes only what the refused code itself bought.
class ExchangeSession : public QObject
{
    Q_OBJECT
public:
    enum class Activity
    {
        Idle,
        Exchanging,
        Refreshing,
        ListingVehicles,
    };
    Q_ENUM(Activity)
    enum class TokenState
    {
        None,    // no tokens yet (or cleared)
        Live,    // tokens() holds tokens the server issued and has not refused (they may have expired)
        Revoked, // the server refused them: tokens() is empty; run the flow again
    };
    Q_ENUM(TokenState)

    explicit ExchangeSession(QObject *parent = nullptr);
    ~ExchangeSession() override;

    // Where the requests go and which app asks. A change aborts what is in flight and forgets the tokens and
    // vehicles (not the used codes: a code stays spent).
    void setTarget(const ApiTarget &target, const QString &clientId);
    ApiTarget target() const { return m_target; }
    QString clientId() const { return m_clientId; }
    // Source of TokenSet::obtainedAt and of now() (tests inject their own).
    void setClock(std::function<QDateTime()> clock);
    QDateTime now() const;
    void setTimeout(std::chrono::milliseconds timeout);

    // True once `code` was exchanged for tokens in this session: exchange() refuses it.
    bool isCodeUsed(const QString &code) const;

    // Each returns false, and sends nothing, when the request cannot start: busy, a used or empty code, no
    // client id, no refresh token, no access token.
    bool exchange(const QString &code, const QString &redirectUri, const QString &clientSecret);
    bool refresh(const QString &clientSecret);
    bool listVehicles();
    void abort();
    void clear(); // forgets the tokens and the vehicles (state None)

    TokenSet tokens() const { return m_tokens; }
    TokenState tokenState() const { return m_state; }
    QList<VehicleInfo> vehicles() const { return m_vehicles; }
    Activity activity() const { return m_activity; }
    bool isBusy() const { return m_activity != Activity::Idle; }
    // Whether the network objects exist yet (they are created by the first request).
    bool hasNetwork() const { return m_network != nullptr; }

Q_SIGNALS:
    // An exchange (`refreshed` false) or a refresh brought tokens. After an exchange the session goes on
    // to list the vehicles (still busy).
    void tokensReceived(const connectlab::TokenSet &tokens, bool refreshed);
    // An exchange or refresh failed. `revoked`: the live tokens were refused with it and are gone.
    void tokenRequestFailed(const connectlab::ApiError &error, bool revoked);
    void vehiclesListed(const QList<connectlab::VehicleInfo> &vehicles);
    void vehicleRequestFailed(const connectlab::ApiError &error);
    void tokensChanged(); // tokens(), tokenState() or vehicles() changed
    void activityChanged(connectlab::ExchangeSession::Activity activity);
    void busyChanged(bool busy);

private:
    void ensureNetwork();
    void setActivity(Activity activity);
    void onTokens(const TokenSet &tokens);
    void onTokenError(const ApiError &error);
    void onVehicles(const QList<VehicleInfo> &vehicles);
    void onVehicleError(const ApiError &error);

    ApiTarget m_target = ApiTarget::smartcar();
    QString m_clientId;
    std::function<QDateTime()> m_clock;
    std::chrono::milliseconds m_timeout{15000};

    QSet<QString> m_usedCodes;
    QString m_pendingCode; // the code being exchanged
    TokenSet m_tokens;
    TokenState m_state = TokenState::None;
    QList<VehicleInfo> m_vehicles;
    Activity m_activity = Activity::Idle;

    QNetworkAccessManager *m_network = nullptr;
    TokenClient *m_tokenClient = nullptr;
    VehicleClient *m_vehicleClient = nullptr;
};

} // namespace connectlab
