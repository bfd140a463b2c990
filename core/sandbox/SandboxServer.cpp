#include "SandboxServer.h"

#include "AppTokenEndpoint.h"
#include "AppTokenStore.h"
#include "ConnectScreens.h"
#include "ConnectionStore.h"
#include "ManagementApi.h"
#include "RequestLog.h"
#include "ScreenRenderer.h"
#include "StartPage.h"
#include "TokenEndpoint.h"
#include "TokenStore.h"
#include "V3Api.h"
#include "VehicleApi.h"
#include "VehicleRegistry.h"
#include "http/HttpServer.h"

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
// writes the answers; RequestLog keeps what was answered.
struct SandboxServer::Private
{
    SandboxConfig config = SandboxConfig::defaults();
    SandboxFaults faults;
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
};

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
    d->http = new HttpServer(
        [this](const HttpRequest &request) {
            SandboxReply reply = d->route(request);
            const RecordedRequest &record =
                d->log.record(request, reply.response.status(), reply.summary, d->clock());
            Q_EMIT requestRecorded(record);
            return reply.response;
        },
        this);
}

SandboxServer::~SandboxServer()
{
    delete d->http; // before d goes: its handler uses d
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
    d->faults = faults;
    Q_EMIT faultsChanged();
}

const SandboxFaults &SandboxServer::faults() const
{
    return d->faults;
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
