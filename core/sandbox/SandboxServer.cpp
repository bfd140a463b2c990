#include "SandboxServer.h"

#include "AppTokenEndpoint.h"
#include "AppTokenStore.h"
#include "ConnectScreens.h"
#include "ConnectionStore.h"
#include "ControlEndpoint.h"
#include "FaultInjector.h"
#include "Logging.h"
#include "ManagementApi.h"
#include "RequestLog.h"
#include "ScreenRenderer.h"
#include "StartPage.h"
#include "TokenEndpoint.h"
#include "TokenStore.h"
#include "V3Api.h"
#include "VehicleApi.h"
#include "VehicleRegistry.h"
#include "WebhookPayload.h"
#include "http/HttpServer.h"

#include <QHash>

namespace connectlab::sandbox {

// Where each request is answered:
//
//   GET        /                       StartPage::index          endpoints, registered apps, test logins
//   GET        /static/sandbox.css|js  StartPage::staticFile
//   GET        /oauth/authorize        ConnectScreens::authorize the link is checked, the screens begin
//   GET        /oauth/reauthenticate   ConnectScreens::authorize re-authentication (response_type=vehicle_id)
//   POST       /connect/step           ConnectScreens::step      one screen's form
//   GET, POST  /connect/back           ConnectScreens::back      "Back to application"
//   POST       /oauth/token            TokenEndpoint::answer     codes and refresh tokens for tokens (v2)
//   POST       /oauth2/token           AppTokenEndpoint::answer  client_credentials: application tokens (v3)
//   GET        /v3, /v3/…              V3Api::answer             connections, vehicles, signals (v3)
//   GET        /v2.0/management/…      ManagementApi::answer     the Management API's connection list
//   GET        /v2.0, /v2.0/…          VehicleApi::answer        vehicle list and vehicle info (v2)
//   anything else                      404 error page
//
// A known path with another method is answered 405 with Allow. HttpServer (http/) parses the requests and
// writes the answers; RequestLog keeps what was answered. Around the routing (Private::answer): the control
// endpoint /_sandbox/faults (ControlEndpoint, when enabled), then the faults (FaultInjector) — a status
// fault instead of the answer, the redirect fault on the screens' last answer, latency on any of them.
struct SandboxServer::Private
{
    SandboxConfig config = SandboxConfig::defaults();
    FaultInjector faults;
    bool control = false;
    WebhookDispatcher *webhooks = nullptr;
    struct Connected
    {
        QString appId;
        QString userId;
        QString mode;
    };
    QHash<QString, Connected> connected; // vehicle id -> the connection that brought it
    QStringList connectedOrder;          // vehicle ids, oldest first
    std::function<QDateTime()> clock = [] { return QDateTime::currentDateTimeUtc(); };
    TokenStore tokens;
    AppTokenStore appTokens;
    VehicleRegistry vehicles;
    ConnectionStore connections;
    ConnectScreens screens{config, clock, tokens, vehicles, connections};
    TokenEndpoint tokenEndpoint{config, clock, tokens};
    AppTokenEndpoint appTokenEndpoint{config, clock, appTokens};
    VehicleApi vehicleApi{clock, tokens, vehicles};
    V3Api v3Api{clock, appTokens, tokens, connections};
    ManagementApi managementApi{config, connections};
    RequestLog log;
    HttpServer *http = nullptr;

    SandboxReply route(const HttpRequest &request);
    SandboxReply answer(const HttpRequest &request, bool *faultsChanged);
    void onFinished(const ConnectSession &session, const FormData &params);
};

SandboxReply SandboxServer::Private::answer(const HttpRequest &request, bool *faultsChanged)
{
    *faultsChanged = false;
    if (FaultInjector::exempt(request.path)) {
        if (!control)
            return ScreenRenderer::errorPage(404, QStringLiteral("Not found"),
                                             QStringLiteral("The sandbox has no page at this address."));
        SandboxFaults replacement;
        SandboxReply reply = ControlEndpoint::answer(request, faults.faults(), &replacement, faultsChanged);
        if (*faultsChanged) {
            faults.set(replacement);
            tokens.setCodeFault(replacement.code);
        }
        return reply;
    }
    std::optional<SandboxReply> fault = faults.statusFault(request);
    *faultsChanged = fault && faults.countedDown();
    SandboxReply reply = fault ? *fault : route(request);
    if (request.path == "/connect/step" || request.path == "/connect/back")
        reply = faults.redirectFault(reply);
    reply.response.setDelayMs(faults.latencyMs(request.path));
    return reply;
}

void SandboxServer::Private::onFinished(const ConnectSession &s, const FormData &params)
{
    if (s.request.reauthenticate || params.contains(QStringLiteral("error")))
        return;
    const RegisteredApp *app = config.app(s.request.clientId);
    if (!app)
        return;
    // The owner: the redirect's user_id (API Authentication apps), else a stable id for the login.
    QString userId = params.value(QStringLiteral("user_id"));
    if (userId.isEmpty())
        userId = WebhookPayload::fallbackUserId(app->clientId, s.login);
    QStringList permissions = s.request.scope;
    if (const Grant *grant = tokens.grantForCode(params.value(QStringLiteral("code"))))
        permissions = grant->scope;
    for (const SandboxVehicle &v : s.vehicles) {
        if (!s.selectedVehicles.contains(v.id))
            continue;
        connectedOrder.removeAll(v.id);
        connectedOrder.append(v.id);
        if (connectedOrder.size() > 1000)
            connected.remove(connectedOrder.takeFirst());
        connected.insert(v.id, Connected{app->clientId, userId, s.request.mode});
        if (!app->webhookUrl.isEmpty())
            webhooks->vehicleState(*app, userId, v, permissions, s.request.mode);
    }
}

SandboxReply SandboxServer::Private::route(const HttpRequest &request)
{
    const QByteArray &path = request.path;
    const bool get = request.method == "GET";
    const bool post = request.method == "POST";

    if (path == "/")
        return get ? StartPage::index(config) : SandboxReply::methodNotAllowed("GET");
    if (path.startsWith("/static/")) {
        if (std::optional<SandboxReply> file = StartPage::staticFile(path))
            return get ? *file : SandboxReply::methodNotAllowed("GET");
    }
    if (path == "/oauth/authorize" || path == "/oauth/reauthenticate")
        return get ? screens.authorize(request, path == "/oauth/reauthenticate")
                   : SandboxReply::methodNotAllowed("GET");
    if (path == "/connect/step")
        return post ? screens.step(request) : SandboxReply::methodNotAllowed("POST");
    if (path == "/connect/back")
        return get || post ? screens.back(request) : SandboxReply::methodNotAllowed("GET, POST");
    if (path == "/oauth/token")
        return post ? tokenEndpoint.answer(request) : TokenEndpoint::methodNotAllowed();
    if (path == "/oauth2/token")
        return post ? appTokenEndpoint.answer(request) : TokenEndpoint::methodNotAllowed();
    if (path == "/v3" || path.startsWith("/v3/"))
        return get ? v3Api.answer(request) : SandboxReply::methodNotAllowed("GET");
    if (path == "/v2.0/management" || path.startsWith("/v2.0/management/"))
        return get ? managementApi.answer(request) : SandboxReply::methodNotAllowed("GET");
    if (path == "/v2.0" || path.startsWith("/v2.0/"))
        return get ? vehicleApi.answer(request) : SandboxReply::methodNotAllowed("GET");
    return ScreenRenderer::errorPage(404, QStringLiteral("Not found"),
                                     QStringLiteral("The sandbox has no page at this address."));
}

SandboxServer::SandboxServer(QObject *parent) : QObject(parent), d(std::make_unique<Private>())
{
    d->http = new HttpServer([this](const HttpRequest &request) { return handle(request); }, this);
    d->webhooks = new WebhookDispatcher(d->clock, this);
    connect(d->webhooks, &WebhookDispatcher::delivered, this, &SandboxServer::webhookDelivered);
    d->screens.setFinishedHook(
        [this](const ConnectSession &session, const FormData &params) { d->onFinished(session, params); });
}

SandboxServer::~SandboxServer()
{
    delete d->http;     // before d goes: its handler uses d
    delete d->webhooks; // likewise its clock
}

void SandboxServer::setConfig(const SandboxConfig &config)
{
    d->config = config;
    Q_EMIT configChanged();
}

const SandboxConfig &SandboxServer::config() const
{
    return d->config;
}

void SandboxServer::setFaults(const SandboxFaults &faults)
{
    d->faults.set(faults);
    d->tokens.setCodeFault(faults.code);
    Q_EMIT faultsChanged();
}

const SandboxFaults &SandboxServer::faults() const
{
    return d->faults.faults();
}

void SandboxServer::setControlEnabled(bool enabled)
{
    d->control = enabled;
}

bool SandboxServer::isControlEnabled() const
{
    return d->control;
}

bool SandboxServer::setWebhookUrl(const QString &appId, const QString &url, QString *error)
{
    SandboxConfig config = d->config;
    RegisteredApp *app = nullptr;
    for (RegisteredApp &a : config.apps) {
        if (a.clientId == appId)
            app = &a;
    }
    if (!app) {
        if (error)
            *error = tr("No app with the id %1 is registered with the sandbox.").arg(appId);
        return false;
    }
    const QString trimmed = url.trimmed();
    if (!trimmed.isEmpty() && !WebhookDispatcher::checkUrl(trimmed, error))
        return false;
    if (app->webhookUrl == trimmed)
        return true;
    app->webhookUrl = trimmed;
    setConfig(config);
    return true;
}

QString SandboxServer::verifyWebhook(const QString &appId)
{
    const RegisteredApp *app = d->config.app(appId);
    if (!app)
        return d->webhooks->refuse(appId, QStringLiteral("VERIFY"),
                                   tr("no app with the id %1 is registered").arg(appId));
    return d->webhooks->verify(*app);
}

QString SandboxServer::sendVehicleError(const QString &appId, const QString &vehicleId)
{
    const QString event = QStringLiteral("VEHICLE_ERROR");
    const RegisteredApp *app = d->config.app(appId);
    if (!app)
        return d->webhooks->refuse(appId, event, tr("no app with the id %1 is registered").arg(appId));
    const SandboxVehicle *vehicle = d->vehicles.find(vehicleId);
    if (!vehicle)
        return d->webhooks->refuse(
            appId, event,
            tr("the sandbox has not seen the vehicle “%1”: connect it in a flow first").arg(vehicleId));
    const auto it = d->connected.constFind(vehicleId);
    const Private::Connected c = it != d->connected.constEnd() ? *it : Private::Connected{};
    return d->webhooks->vehicleError(
        *app, c.userId, *vehicle, reauthenticateUrl(appId, vehicleId).toString(QUrl::FullyEncoded), c.mode);
}

QList<WebhookDelivery> SandboxServer::webhookDeliveries() const
{
    return d->webhooks->deliveries();
}

void SandboxServer::clearWebhookDeliveries()
{
    d->webhooks->clear();
}

void SandboxServer::setWebhookTimeout(int ms)
{
    d->webhooks->setTimeoutMs(ms);
}

QStringList SandboxServer::connectedVehicles(const QString &appId) const
{
    QStringList out;
    for (const QString &id : d->connectedOrder) {
        if (d->connected.value(id).appId == appId)
            out.append(id);
    }
    return out;
}

QUrl SandboxServer::reauthenticateUrl(const QString &appId, const QString &vehicleId) const
{
    QUrl url = baseUrl();
    url.setPath(QStringLiteral("/oauth/reauthenticate"));
    FormData query;
    query.add(QStringLiteral("response_type"), QStringLiteral("vehicle_id"));
    query.add(QStringLiteral("client_id"), appId);
    query.add(QStringLiteral("vehicle_id"), vehicleId);
    url.setQuery(QString::fromLatin1(query.toEncoded()), QUrl::StrictMode);
    return url;
}

bool SandboxServer::listen(quint16 port)
{
    close();
    return d->http->listen(port);
}

bool SandboxServer::isListening() const
{
    return d->http->isListening();
}

quint16 SandboxServer::port() const
{
    return d->http->port();
}

QUrl SandboxServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    return url;
}

static QUrl withPath(QUrl url, const QString &path)
{
    url.setPath(path);
    return url;
}

QUrl SandboxServer::authorizeUrl() const
{
    return withPath(baseUrl(), QStringLiteral("/oauth/authorize"));
}

QUrl SandboxServer::tokenUrl() const
{
    return withPath(baseUrl(), QStringLiteral("/oauth/token"));
}

QUrl SandboxServer::apiUrl() const
{
    return withPath(baseUrl(), QStringLiteral("/v2.0"));
}

QUrl SandboxServer::iamTokenUrl() const
{
    return withPath(baseUrl(), QStringLiteral("/oauth2/token"));
}

QUrl SandboxServer::v3ApiUrl() const
{
    return withPath(baseUrl(), QStringLiteral("/v3"));
}

QUrl SandboxServer::managementUrl() const
{
    return withPath(baseUrl(), QStringLiteral("/v2.0/management"));
}

HttpResponse SandboxServer::handle(const HttpRequest &request)
{
    bool faultsChanged = false;
    SandboxReply reply = d->answer(request, &faultsChanged);
    const RecordedRequest &record =
        d->log.record(request, reply.response.status(), reply.summary, d->clock());
    // The record is escaped and carries no body; the query is left out (it may hold a state or an id).
    qCDebug(lcSandbox, "%s %s -> %d %s", qPrintable(record.method), qPrintable(record.path), record.status,
            qPrintable(record.summary));
    Q_EMIT requestRecorded(record);
    if (faultsChanged)
        Q_EMIT this->faultsChanged();
    return reply.response;
}

void SandboxServer::close()
{
    d->http->close(); // safe mid-request: the connection answering stops once the handler returns
}

void SandboxServer::setClock(std::function<QDateTime()> clock)
{
    d->clock = clock ? std::move(clock) : [] { return QDateTime::currentDateTimeUtc(); };
}

QList<RecordedRequest> SandboxServer::requests() const
{
    return d->log.requests();
}

void SandboxServer::clearRequests()
{
    d->log.clear();
}

} // namespace connectlab::sandbox
