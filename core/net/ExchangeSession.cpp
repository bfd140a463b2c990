#include "ExchangeSession.h"

#include "TokenClient.h"
#include "VehicleClient.h"

#include <QNetworkAccessManager>

#include <utility>

namespace connectlab {

namespace {

bool isInvalidGrant(const ApiError &error)
{
    return error.kind == ApiError::Kind::OAuth && error.error == QLatin1String("invalid_grant");
}

} // namespace

ExchangeSession::ExchangeSession(QObject *parent) : QObject(parent) {}

ExchangeSession::~ExchangeSession() = default;

void ExchangeSession::ensureNetwork()
{
    if (m_network)
        return;
    m_network = new QNetworkAccessManager(this);
    m_tokenClient = new TokenClient(m_network, this);
    m_vehicleClient = new VehicleClient(m_network, this);
    m_tokenClient->setTarget(m_target);
    m_vehicleClient->setTarget(m_target);
    m_tokenClient->setClock(m_clock);
    m_tokenClient->setTimeout(m_timeout);
    m_vehicleClient->setTimeout(m_timeout);
    connect(m_tokenClient, &TokenClient::succeeded, this, &ExchangeSession::onTokens);
    connect(m_tokenClient, &TokenClient::failed, this, &ExchangeSession::onTokenError);
    connect(m_vehicleClient, &VehicleClient::vehiclesListed, this, &ExchangeSession::onVehicles);
    connect(m_vehicleClient, &VehicleClient::failed, this, &ExchangeSession::onVehicleError);
}

void ExchangeSession::setTarget(const ApiTarget &target, const QString &clientId)
{
    if (target == m_target && clientId == m_clientId)
        return;
    abort();
    m_target = target;
    m_clientId = clientId;
    if (m_network) {
        m_tokenClient->setTarget(target);
        m_vehicleClient->setTarget(target);
    }
    clear();
}

void ExchangeSession::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    if (m_tokenClient)
        m_tokenClient->setClock(m_clock);
}

QDateTime ExchangeSession::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

void ExchangeSession::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
    if (m_network) {
        m_tokenClient->setTimeout(timeout);
        m_vehicleClient->setTimeout(timeout);
    }
}

bool ExchangeSession::isCodeUsed(const QString &code) const
{
    return m_usedCodes.contains(code);
}

bool ExchangeSession::exchange(const QString &code, const QString &redirectUri, const QString &clientSecret)
{
    if (isBusy() || code.isEmpty() || m_clientId.isEmpty() || isCodeUsed(code))
        return false;
    ensureNetwork();
    m_pendingCode = code;
    m_tokenClient->setCredentials(m_clientId, clientSecret);
    setActivity(Activity::Exchanging);
    m_tokenClient->exchangeCode(code, redirectUri);
    return true;
}

bool ExchangeSession::refresh(const QString &clientSecret)
{
    if (isBusy() || m_tokens.refreshToken.isEmpty())
        return false;
    ensureNetwork();
    m_tokenClient->setCredentials(m_clientId, clientSecret);
    setActivity(Activity::Refreshing);
    m_tokenClient->refresh(m_tokens.refreshToken);
    return true;
}

bool ExchangeSession::listVehicles()
{
    if (isBusy() || !m_tokens.isValid())
        return false;
    ensureNetwork();
    setActivity(Activity::ListingVehicles);
    m_vehicleClient->listVehicles(m_tokens.accessToken);
    return true;
}

void ExchangeSession::abort()
{
    if (m_network) {
        m_tokenClient->abort();
        m_vehicleClient->abort();
    }
    m_pendingCode.clear();
    setActivity(Activity::Idle);
}

void ExchangeSession::clear()
{
    const bool changed = m_state != TokenState::None || !m_vehicles.isEmpty();
    m_tokens = {};
    m_vehicles.clear();
    m_state = TokenState::None;
    if (changed)
        Q_EMIT tokensChanged();
}

void ExchangeSession::setActivity(Activity activity)
{
    if (activity == m_activity)
        return;
    const bool wasBusy = isBusy();
    m_activity = activity;
    Q_EMIT activityChanged(activity);
    if (wasBusy != isBusy())
        Q_EMIT busyChanged(isBusy());
}

void ExchangeSession::onTokens(const TokenSet &tokens)
{
    const bool refreshed = m_activity == Activity::Refreshing;
    if (!refreshed) {
        m_usedCodes.insert(std::exchange(m_pendingCode, {}));
        m_vehicles.clear(); // another grant: its own vehicles follow
    }
    m_tokens = tokens;
    m_state = TokenState::Live;
    Q_EMIT tokensChanged();
    if (refreshed) {
        setActivity(Activity::Idle);
        Q_EMIT tokensReceived(tokens, true);
        return;
    }
    // Still busy while the receivers see the tokens; then the vehicles the owner granted with them.
    Q_EMIT tokensReceived(tokens, false);
    if (m_activity != Activity::Exchanging || !m_tokens.isValid())
        return; // a receiver aborted or cleared
    setActivity(Activity::ListingVehicles);
    m_vehicleClient->listVehicles(m_tokens.accessToken);
}

void ExchangeSession::onTokenError(const ApiError &error)
{
    // A refused refresh token is dead, and so is the grant behind it (RFC 6749 section 5.2: invalid_grant
    // means revoked, expired or issued to another client). A refused code says nothing about the live
    // tokens: they came from another code (the one they came from is never sent again).
    const bool revoked =
        m_activity == Activity::Refreshing && m_state == TokenState::Live && isInvalidGrant(error);
    m_pendingCode.clear();
    if (revoked) {
        m_tokens = {};
        m_vehicles.clear();
        m_state = TokenState::Revoked;
        Q_EMIT tokensChanged();
    }
    setActivity(Activity::Idle);
    Q_EMIT tokenRequestFailed(error, revoked);
}

void ExchangeSession::onVehicles(const QList<VehicleInfo> &vehicles)
{
    m_vehicles = vehicles;
    setActivity(Activity::Idle);
    Q_EMIT tokensChanged();
    Q_EMIT vehiclesListed(vehicles);
}

void ExchangeSession::onVehicleError(const ApiError &error)
{
    setActivity(Activity::Idle);
    Q_EMIT vehicleRequestFailed(error);
}

} // namespace connectlab
