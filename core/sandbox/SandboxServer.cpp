#include "SandboxServer.h"

#include "AuthorizeRequest.h"
#include "BrandCatalog.h"
#include "FormData.h"
#include "HtmlEscape.h"
#include "LogEscape.h"
#include "PageRenderer.h"
#include "TestAccounts.h"
#include "TokenStore.h"
#include "http/HttpServer.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace connectlab::sandbox {

namespace {

// The statuses the sandbox answers with.
namespace Status {
constexpr int Ok = 200;
constexpr int Found = 302;
constexpr int BadRequest = 400;
constexpr int Unauthorized = 401;
constexpr int Forbidden = 403;
constexpr int NotFound = 404;
constexpr int MethodNotAllowed = 405;
} // namespace Status

constexpr qsizetype MaxSessions = 500;
constexpr qint64 SessionLifetimeSecs = 3600;

const QHash<QString, QString> &permissionDescriptions()
{
    static const QHash<QString, QString> d = {
        {QStringLiteral("read_alerts"), QStringLiteral("Read alerts from the vehicle")},
        {QStringLiteral("read_battery"),
         QStringLiteral("Read the EV battery's capacity and state of charge")},
        {QStringLiteral("read_charge"), QStringLiteral("Know whether the vehicle is charging")},
        {QStringLiteral("read_charge_locations"), QStringLiteral("Read past charging locations")},
        {QStringLiteral("read_charge_records"), QStringLiteral("Read charge records and billing")},
        {QStringLiteral("read_charge_events"), QStringLiteral("Receive charging event notifications")},
        {QStringLiteral("read_climate"), QStringLiteral("Read the climate control status")},
        {QStringLiteral("read_compass"), QStringLiteral("Read the vehicle's heading")},
        {QStringLiteral("read_diagnostics"), QStringLiteral("Read system status and trouble codes")},
        {QStringLiteral("read_engine_oil"), QStringLiteral("Read engine oil health")},
        {QStringLiteral("read_extended_vehicle_info"), QStringLiteral("Read the vehicle's configuration")},
        {QStringLiteral("read_fuel"), QStringLiteral("Read the fuel level")},
        {QStringLiteral("read_location"), QStringLiteral("Access the vehicle's location")},
        {QStringLiteral("read_odometer"), QStringLiteral("Retrieve total distance traveled")},
        {QStringLiteral("read_security"), QStringLiteral("Read the lock status of doors and windows")},
        {QStringLiteral("read_service_history"), QStringLiteral("Read dealer service history")},
        {QStringLiteral("read_speedometer"), QStringLiteral("Read the vehicle's speed")},
        {QStringLiteral("read_thermometer"), QStringLiteral("Read temperatures")},
        {QStringLiteral("read_tires"), QStringLiteral("Read tire status")},
        {QStringLiteral("read_user_profile"), QStringLiteral("Read the account's email and phone number")},
        {QStringLiteral("read_vehicle_info"), QStringLiteral("Know the make, model and year")},
        {QStringLiteral("read_vin"), QStringLiteral("Read the VIN")},
        {QStringLiteral("control_charge"), QStringLiteral("Start or stop charging")},
        {QStringLiteral("control_climate"), QStringLiteral("Control the climate settings")},
        {QStringLiteral("control_navigation"), QStringLiteral("Send destinations to the navigation")},
        {QStringLiteral("control_security"), QStringLiteral("Lock and unlock the vehicle")},
        {QStringLiteral("control_pin"), QStringLiteral("Set the PIN to Drive")},
        {QStringLiteral("control_trunk"), QStringLiteral("Open the trunk or frunk")},
    };
    return d;
}

QString h(const QString &text)
{
    return HtmlEscape::escape(text);
}

// A CSP source for the redirect URI's origin, so form posts that end in the 302 are allowed, or "".
QString formActionSource(const QString &redirectUri)
{
    const QUrl url(redirectUri, QUrl::StrictMode);
    static const QRegularExpression schemeRe(QStringLiteral("^[a-z][a-z0-9+.-]*$"));
    static const QRegularExpression hostRe(QStringLiteral("^[A-Za-z0-9.-]+$"));
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || !schemeRe.match(scheme).hasMatch())
        return QString();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return scheme + u':';
    if (!hostRe.match(url.host()).hasMatch())
        return QString();
    QString origin = scheme + QLatin1String("://") + url.host();
    if (url.port() > 0)
        origin += u':' + QString::number(url.port());
    return origin;
}

QByteArray redirectLocation(const QString &redirectUri, const FormData &params)
{
    QByteArray base = QUrl(redirectUri).toEncoded(QUrl::RemoveFragment);
    if (!base.endsWith('?') && !base.endsWith('&'))
        base += base.contains('?') ? '&' : '?';
    return base + params.toEncoded();
}

QString modeLabel(const QString &mode)
{
    if (mode == QLatin1String("simulated"))
        return QStringLiteral("simulated mode");
    if (mode == QLatin1String("test"))
        return QStringLiteral("test mode (deprecated)");
    return QStringLiteral("live mode, simulated");
}

} // namespace

struct Session
{
    QString id;
    AuthorizeRequest request;
    QString step; // preamble, brand, login, vehicles, permissions
    QString make;
    QString login;
    QList<SandboxVehicle> vehicles;
    QStringList selectedVehicles;
    QString brandQuery;
    QDateTime created;
};

struct SandboxServer::Private
{
    SandboxServer *q = nullptr;
    SandboxConfig config = SandboxConfig::defaults();
    std::function<QDateTime()> clock = [] { return QDateTime::currentDateTimeUtc(); };
    HttpServer *http = nullptr;
    QList<RecordedRequest> recorded;
    QHash<QString, Session> sessions;
    QHash<QString, QSet<QString>> approvals; // "clientId\nlogin" -> approved permissions
    QHash<QString, SandboxVehicle> vehicles;
    TokenStore tokens;
    QString summary; // what the current request came to, for the record

    HttpResponse dispatch(const HttpRequest &request);

    // Responses
    HttpResponse html(const QByteArray &body, int status, const QString &formAction = {});
    HttpResponse redirect(const QString &redirectUri, const FormData &params, const QString &what);
    HttpResponse errorPage(int status, const QString &title, const QString &message,
                           const AuthorizeRequest *request = nullptr);
    HttpResponse json(const QJsonObject &object, int status);
    HttpResponse oauthError(int status, const QString &error, const QString &description);
    HttpResponse apiError(int status, const QString &type, const QString &code, const QString &description);

    // Connect
    HttpResponse authorize(const HttpRequest &request, bool reauthEndpoint);
    HttpResponse step(const HttpRequest &request);
    HttpResponse back(const HttpRequest &request);
    HttpResponse render(Session &session, const QString &problem = {});
    HttpResponse afterLogin(Session &session);
    HttpResponse afterVehicles(Session &session);
    HttpResponse finishWithCode(Session &session, const QStringList &granted);
    HttpResponse finishWithError(const Session &session, const QString &error, const QString &description,
                                 const FormData &extra = {});
    PageRenderer::Values commonText(const Session &session) const;
    QString appName(const QString &clientId) const
    {
        const RegisteredApp *app = config.app(clientId);
        return app ? app->displayName() : clientId;
    }
    PageRenderer::Values commonHtml(const Session &session) const;
    QString paramsHtml(const AuthorizeRequest &request) const;
    Session *newSession(const AuthorizeRequest &request);
    void pruneSessions();

    // Auth and API
    HttpResponse token(const HttpRequest &request);
    HttpResponse api(const HttpRequest &request, const QString &path);
    HttpResponse index();
};

// ---------------------------------------------------------------------------------------------------
// Responses

HttpResponse SandboxServer::Private::html(const QByteArray &body, int status, const QString &formAction)
{
    HttpResponse r(status, QByteArrayLiteral("text/html; charset=utf-8"), body);
    QByteArray csp = "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; "
                     "base-uri 'none'; frame-ancestors 'none'; form-action 'self'";
    if (!formAction.isEmpty())
        csp += ' ' + formAction.toLatin1();
    r.setHeader(QByteArrayLiteral("Content-Security-Policy"), csp);
    r.setHeader(QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff"));
    r.setHeader(QByteArrayLiteral("Referrer-Policy"), QByteArrayLiteral("no-referrer"));
    r.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return r;
}

HttpResponse SandboxServer::Private::redirect(const QString &redirectUri, const FormData &params,
                                              const QString &what)
{
    summary = what;
    HttpResponse r(Status::Found, QByteArrayLiteral("text/plain"));
    r.setHeader(QByteArrayLiteral("Location"), redirectLocation(redirectUri, params));
    r.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    r.setHeader(QByteArrayLiteral("Referrer-Policy"), QByteArrayLiteral("no-referrer"));
    return r;
}

HttpResponse SandboxServer::Private::errorPage(int status, const QString &title, const QString &message,
                                               const AuthorizeRequest *request)
{
    summary = QStringLiteral("error page: ") + message;
    // What to do next, shown under the message.
    QString hint = QStringLiteral("Open the Connect link from your app again to start a new session.");
    if (request)
        hint = QStringLiteral("Compare the client_id and redirect_uri of your link, shown below, with the "
                              "registered applications on the sandbox's start page, fix the link and open it "
                              "again. Like Connect, the sandbox stops here instead of redirecting.");
    else if (status == Status::NotFound)
        hint = QStringLiteral("Connect links start at /oauth/authorize; the start page lists every endpoint "
                              "of the sandbox.");
    PageRenderer::Values text{{QStringLiteral("heading"), title},
                              {QStringLiteral("message"), message},
                              {QStringLiteral("mode"), QStringLiteral("error")},
                              {QStringLiteral("hint"), hint}};
    PageRenderer::Values htmlValues;
    if (request)
        htmlValues.insert(QStringLiteral("params"), paramsHtml(*request));
    return html(PageRenderer::page(QStringLiteral("error.html"), title, text, htmlValues), status);
}

HttpResponse SandboxServer::Private::json(const QJsonObject &object, int status)
{
    HttpResponse r(status, QByteArrayLiteral("application/json"),
                   QJsonDocument(object).toJson(QJsonDocument::Compact));
    r.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    r.setHeader(QByteArrayLiteral("Pragma"), QByteArrayLiteral("no-cache"));
    return r;
}

HttpResponse SandboxServer::Private::oauthError(int status, const QString &error, const QString &description)
{
    summary = QStringLiteral("token error: ") + error + QStringLiteral(" (") + description + u')';
    HttpResponse r =
        json({{QStringLiteral("error"), error}, {QStringLiteral("error_description"), description}}, status);
    if (status == Status::Unauthorized)
        r.setHeader(QByteArrayLiteral("WWW-Authenticate"),
                    QByteArrayLiteral("Basic realm=\"Connect Lab sandbox\""));
    return r;
}

HttpResponse SandboxServer::Private::apiError(int status, const QString &type, const QString &code,
                                              const QString &description)
{
    summary = QStringLiteral("API error: ") + type + u' ' + code;
    HttpResponse r = json({{QStringLiteral("type"), type},
                           {QStringLiteral("code"), code},
                           {QStringLiteral("description"), description},
                           {QStringLiteral("statusCode"), status}},
                          status);
    if (status == Status::Unauthorized)
        r.setHeader(QByteArrayLiteral("WWW-Authenticate"),
                    QByteArrayLiteral("Bearer realm=\"Connect Lab sandbox\", error=\"invalid_token\""));
    return r;
}

// ---------------------------------------------------------------------------------------------------
// Dispatch

HttpResponse SandboxServer::Private::dispatch(const HttpRequest &request)
{
    const QString path = QString::fromLatin1(request.path);
    const bool get = request.method == "GET";
    const bool post = request.method == "POST";

    auto notAllowed = [this](const QByteArray &allow) {
        summary = QStringLiteral("method not allowed");
        HttpResponse r(Status::MethodNotAllowed, QByteArrayLiteral("text/plain"));
        r.setHeader(QByteArrayLiteral("Allow"), allow);
        return r;
    };

    if (path == QLatin1String("/") || path.isEmpty()) {
        if (!get)
            return notAllowed("GET");
        summary = QStringLiteral("index page");
        return index();
    }
    if (path == QLatin1String("/static/sandbox.css") || path == QLatin1String("/static/sandbox.js")) {
        if (!get)
            return notAllowed("GET");
        const bool css = path.endsWith(QLatin1String(".css"));
        summary = QStringLiteral("static file");
        HttpResponse r(
            Status::Ok,
            css ? QByteArrayLiteral("text/css; charset=utf-8")
                : QByteArrayLiteral("text/javascript; charset=utf-8"),
            PageRenderer::resource(css ? QStringLiteral("sandbox.css") : QStringLiteral("sandbox.js")));
        r.setHeader(QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff"));
        return r;
    }
    if (path == QLatin1String("/oauth/authorize") || path == QLatin1String("/oauth/reauthenticate")) {
        if (!get)
            return notAllowed("GET");
        return authorize(request, path == QLatin1String("/oauth/reauthenticate"));
    }
    if (path == QLatin1String("/connect/step")) {
        if (!post)
            return notAllowed("POST");
        return step(request);
    }
    if (path == QLatin1String("/connect/back")) {
        if (!get && !post)
            return notAllowed("GET, POST");
        return back(request);
    }
    if (path == QLatin1String("/oauth/token")) {
        if (!post) {
            summary = QStringLiteral("token: method not allowed");
            HttpResponse r = json({{QStringLiteral("error"), QStringLiteral("invalid_request")},
                                   {QStringLiteral("error_description"), QStringLiteral("Use POST.")}},
                                  Status::MethodNotAllowed);
            r.setHeader(QByteArrayLiteral("Allow"), QByteArrayLiteral("POST"));
            return r;
        }
        return token(request);
    }
    if (path == QLatin1String("/v2.0") || path.startsWith(QLatin1String("/v2.0/"))) {
        if (!get)
            return notAllowed("GET");
        return api(request, path);
    }
    return errorPage(Status::NotFound, QStringLiteral("Not found"),
                     QStringLiteral("The sandbox has no page at this address."));
}

HttpResponse SandboxServer::Private::index()
{
    QString apps;
    for (const RegisteredApp &app : std::as_const(config.apps)) {
        QString uris;
        for (const QString &uri : app.redirectUris)
            uris += QStringLiteral("<li><code>") + h(uri) + QStringLiteral("</code></li>");
        apps += QStringLiteral("<section class=\"app\"><h3>Client ID <code>") + h(app.clientId) +
                QStringLiteral("</code></h3><dl class=\"params\"><div><dt>Plan</dt><dd>") + h(app.plan) +
                QStringLiteral("</dd></div><div><dt>Default scope</dt><dd>") +
                h(app.defaultScope.join(u' ')) +
                QStringLiteral("</dd></div><div><dt>Redirect URIs</dt><dd><ul>") + uris +
                QStringLiteral("</ul></dd></div></dl></section>");
    }
    PageRenderer::Values text{{QStringLiteral("mode"), QStringLiteral("ready")}};
    PageRenderer::Values htmlValues{{QStringLiteral("apps"), apps}};
    return html(PageRenderer::page(QStringLiteral("index.html"), QStringLiteral("Connect Lab sandbox"), text,
                                   htmlValues),
                Status::Ok);
}

// ---------------------------------------------------------------------------------------------------
// Connect screens

Session *SandboxServer::Private::newSession(const AuthorizeRequest &request)
{
    pruneSessions();
    Session s;
    s.id = TokenStore::randomId();
    s.request = request;
    s.step = QStringLiteral("preamble");
    s.created = clock();
    if (request.reauthenticate) {
        const auto it = vehicles.constFind(request.vehicleId);
        if (it != vehicles.cend())
            s.make = it->make;
    }
    if (s.make.isEmpty())
        s.make = request.make;
    return &sessions.insert(s.id, s).value();
}

void SandboxServer::Private::pruneSessions()
{
    const QDateTime now = clock();
    for (auto it = sessions.begin(); it != sessions.end();)
        it = it->created.secsTo(now) > SessionLifetimeSecs || it->created > now.addSecs(SessionLifetimeSecs)
                 ? sessions.erase(it)
                 : std::next(it);
    while (sessions.size() >= MaxSessions) {
        auto oldest = sessions.begin();
        for (auto it = sessions.begin(); it != sessions.end(); ++it) {
            if (it->created < oldest->created)
                oldest = it;
        }
        sessions.erase(oldest);
    }
}

QString SandboxServer::Private::paramsHtml(const AuthorizeRequest &request) const
{
    QString rows;
    for (const FormData::Pair &p : request.sent.pairs()) {
        rows += QStringLiteral("<div><dt>") + h(p.first) + QStringLiteral("</dt><dd>") +
                (p.second.isEmpty() ? QStringLiteral("<em>(empty)</em>") : h(p.second)) +
                QStringLiteral("</dd></div>");
    }
    if (rows.isEmpty())
        rows = QStringLiteral("<div><dt>(none)</dt><dd>The link sent no parameters.</dd></div>");
    QString applied;
    if (request.redirectUriDefaulted)
        applied += QStringLiteral("<li>No <code>redirect_uri</code>: using the app's default, <code>") +
                   h(request.redirectUri) + QStringLiteral("</code>.</li>");
    if (request.scopeDefaulted && !request.scope.isEmpty())
        applied +=
            QStringLiteral("<li>No <code>scope</code>: using the app's Vehicle Access default, <code>") +
            h(request.scope.join(u' ')) + QStringLiteral("</code>.</li>");
    for (const QString &notice : request.notices)
        applied += QStringLiteral("<li>") + h(notice) + QStringLiteral("</li>");
    if (!applied.isEmpty())
        applied = QStringLiteral("<ul class=\"applied\">") + applied + QStringLiteral("</ul>");
    return QStringLiteral(
               "<details class=\"sent\" id=\"sent-parameters\"><summary>The parameters your link sent"
               "</summary><dl class=\"params\">") +
           rows + QStringLiteral("</dl>") + applied + QStringLiteral("</details>");
}

PageRenderer::Values SandboxServer::Private::commonText(const Session &session) const
{
    return {{QStringLiteral("mode"), modeLabel(session.request.mode)},
            {QStringLiteral("session"), session.id},
            {QStringLiteral("step"), session.step},
            {QStringLiteral("client_id"), session.request.clientId},
            {QStringLiteral("app_name"), appName(session.request.clientId)}};
}

PageRenderer::Values SandboxServer::Private::commonHtml(const Session &session) const
{
    return {{QStringLiteral("params"), paramsHtml(session.request)},
            {QStringLiteral("back"),
             QStringLiteral("<a id=\"back-to-application\" class=\"back\" href=\"/connect/back?session=") +
                 h(session.id) + QStringLiteral("\">Back to application</a>")}};
}

HttpResponse SandboxServer::Private::authorize(const HttpRequest &request, bool reauthEndpoint)
{
    const FormData query = FormData::parse(request.query);
    const AuthorizeRequest r = AuthorizeRequest::parse(query, config, reauthEndpoint);
    switch (r.outcome) {
    case AuthorizeRequest::Outcome::ErrorPage:
        return errorPage(Status::BadRequest, QStringLiteral("This link cannot start Connect"), r.errorMessage,
                         &r);
    case AuthorizeRequest::Outcome::ConfigurationError: {
        FormData params;
        params.add(QStringLiteral("error"), QStringLiteral("configuration_error"));
        params.add(QStringLiteral("error_description"),
                   QStringLiteral("There has been an error in the configuration of your application."));
        params.add(QStringLiteral("status_code"), QStringLiteral("400"));
        params.add(QStringLiteral("error_message"), r.errorMessage);
        if (r.hasState)
            params.add(QStringLiteral("state"), r.state);
        return redirect(r.redirectUri, params,
                        QStringLiteral("redirect with configuration_error: ") + r.errorMessage);
    }
    case AuthorizeRequest::Outcome::Ok:
        break;
    }
    Session *session = newSession(r);
    HttpResponse response = render(*session);
    summary = (r.reauthenticate ? QStringLiteral("re-authentication started: ")
                                : QStringLiteral("Connect started: ")) +
              summary;
    return response;
}

HttpResponse SandboxServer::Private::render(Session &s, const QString &problem)
{
    PageRenderer::Values text = commonText(s);
    PageRenderer::Values htmlValues = commonHtml(s);
    const QString formAction = formActionSource(s.request.redirectUri);
    const AuthorizeRequest &r = s.request;
    if (!problem.isEmpty())
        htmlValues.insert(QStringLiteral("problem"), QStringLiteral("<p class=\"problem\" role=\"alert\">") +
                                                         h(problem) + QStringLiteral("</p>"));
    const Brand *brand = BrandCatalog::instance().brand(s.make);
    text.insert(QStringLiteral("brand"), brand ? brand->name : QString());
    summary = QStringLiteral("screen: ") + s.step;

    if (s.step == QLatin1String("preamble")) {
        QString list;
        for (const QString &p : r.scope)
            list +=
                QStringLiteral("<li>") + h(permissionDescriptions().value(p, p)) + QStringLiteral("</li>");
        htmlValues.insert(QStringLiteral("permissions"), list);
        text.insert(QStringLiteral("heading"), r.reauthenticate ? QStringLiteral("Reconnect your vehicle")
                                                                : QStringLiteral("Connect your vehicle"));
        text.insert(
            QStringLiteral("intro"),
            r.reauthenticate
                ? QStringLiteral("Sign in again so the app keeps access to vehicle %1.").arg(r.vehicleId)
                : QStringLiteral("The application %1 would like to connect to your car.")
                      .arg(appName(r.clientId)));
        return html(PageRenderer::page(QStringLiteral("preamble.html"),
                                       QStringLiteral("Connect your vehicle"), text, htmlValues),
                    Status::Ok, formAction);
    }
    if (s.step == QLatin1String("brand")) {
        QString buttons;
        const QList<const Brand *> brands = BrandCatalog::instance().brandsFor(r.country);
        for (const Brand *b : brands) {
            if (!s.brandQuery.isEmpty() && !b->name.contains(s.brandQuery, Qt::CaseInsensitive) &&
                !b->token.contains(s.brandQuery, Qt::CaseInsensitive))
                continue;
            buttons += QStringLiteral("<button type=\"submit\" name=\"make\" value=\"") + h(b->token) +
                       QStringLiteral("\" id=\"") + h(b->token) +
                       QStringLiteral("\" class=\"brand-list-item\" data-name=\"") + h(b->name.toLower()) +
                       QStringLiteral("\"><span class=\"monogram\" aria-hidden=\"true\">") +
                       h(b->name.left(1)) + QStringLiteral("</span><span class=\"brand-name\">") +
                       h(b->name) + QStringLiteral("</span></button>");
        }
        htmlValues.insert(QStringLiteral("brands"), buttons);
        text.insert(QStringLiteral("query"), s.brandQuery);
        if (buttons.isEmpty())
            htmlValues.insert(
                QStringLiteral("problem"),
                QStringLiteral("<p class=\"problem\" role=\"alert\">No brand matches your search.</p>"));
        text.insert(QStringLiteral("country"),
                    r.country.isEmpty() ? QStringLiteral("No country flag: showing every brand.")
                                        : QStringLiteral("Brands available in %1.").arg(r.country));
        return html(PageRenderer::page(QStringLiteral("brands.html"), QStringLiteral("Select your brand"),
                                       text, htmlValues),
                    Status::Ok, formAction);
    }
    if (s.step == QLatin1String("login")) {
        text.insert(QStringLiteral("username"), s.login);
        return html(PageRenderer::page(QStringLiteral("login.html"),
                                       QStringLiteral("Sign in to ") + (brand ? brand->name : QString()),
                                       text, htmlValues),
                    Status::Ok, formAction);
    }
    if (s.step == QLatin1String("vehicles")) {
        QString items;
        const bool radio = r.singleSelect;
        for (qsizetype i = 0; i < s.vehicles.size(); ++i) {
            const SandboxVehicle &v = s.vehicles.at(i);
            const Brand *vb = BrandCatalog::instance().brand(v.make);
            const bool checked = radio ? i == 0 : true;
            items += QStringLiteral("<label class=\"choice vehicle\"><input type=\"") +
                     (radio ? QStringLiteral("radio") : QStringLiteral("checkbox")) +
                     QStringLiteral("\" name=\"vehicle\" value=\"") + h(v.id) + QStringLiteral("\"") +
                     (checked ? QStringLiteral(" checked") : QString()) + QStringLiteral("><span><strong>") +
                     h(QString::number(v.year) + u' ' + (vb ? vb->name : v.make) + u' ' + v.model) +
                     QStringLiteral("</strong><small>VIN ") + h(v.vin) +
                     QStringLiteral("</small></span></label>");
        }
        htmlValues.insert(QStringLiteral("vehicles"), items);
        text.insert(QStringLiteral("instruction"), radio ? QStringLiteral("Choose the vehicle to share.")
                                                         : QStringLiteral("Choose the vehicles to share."));
        return html(PageRenderer::page(QStringLiteral("vehicles.html"), QStringLiteral("Select vehicles"),
                                       text, htmlValues),
                    Status::Ok, formAction);
    }
    // permissions
    QString items;
    for (const QString &p : r.scope) {
        const bool required = r.requiredScope.contains(p);
        const QString description = permissionDescriptions().value(p, p);
        items +=
            QStringLiteral("<label class=\"choice permission\"><input type=\"checkbox\" ") +
            (required
                 ? QStringLiteral("checked disabled")
                 : QStringLiteral("name=\"permission\" value=\"") + h(p) + QStringLiteral("\" checked")) +
            QStringLiteral(" id=\"permission-") + h(p) + QStringLiteral("\"><span><strong>") +
            h(description) + QStringLiteral("</strong><small><code>") + h(p) + QStringLiteral("</code>") +
            (required ? QStringLiteral(" <span class=\"badge\">Required</span>") : QString()) +
            QStringLiteral("</small></span></label>");
    }
    htmlValues.insert(QStringLiteral("permissions"), items);
    QStringList names;
    for (const SandboxVehicle &v : std::as_const(s.vehicles)) {
        if (s.selectedVehicles.contains(v.id))
            names.append(QString::number(v.year) + u' ' + v.model);
    }
    text.insert(QStringLiteral("vehicles"), names.join(QStringLiteral(", ")));
    return html(PageRenderer::page(QStringLiteral("permissions.html"), QStringLiteral("Grant access"), text,
                                   htmlValues),
                Status::Ok, formAction);
}

HttpResponse SandboxServer::Private::finishWithError(const Session &s, const QString &error,
                                                     const QString &description, const FormData &extra)
{
    FormData params;
    params.add(QStringLiteral("error"), error);
    params.add(QStringLiteral("error_description"), description);
    for (const FormData::Pair &p : extra.pairs())
        params.add(p.first, p.second);
    if (s.request.hasState)
        params.add(QStringLiteral("state"), s.request.state);
    const QString redirectUri = s.request.redirectUri;
    const QString id = s.id; // s lives in the hash: copy the key before removing
    sessions.remove(id);
    return redirect(redirectUri, params, QStringLiteral("redirect with error ") + error);
}

HttpResponse SandboxServer::Private::finishWithCode(Session &s, const QStringList &granted)
{
    const QString key = s.request.clientId + u'\n' + s.login;
    QSet<QString> &approved = approvals[key];
    for (const QString &p : granted)
        approved.insert(p);
    Grant grant{s.request.clientId, s.request.redirectUri,          s.login, granted,
                s.selectedVehicles, !s.request.redirectUriDefaulted};
    FormData params;
    params.add(QStringLiteral("code"), tokens.issueCode(grant, clock()));
    if (s.request.hasState)
        params.add(QStringLiteral("state"), s.request.state);
    const QString redirectUri = s.request.redirectUri;
    const QString id = s.id; // s lives in the hash: copy the key before removing
    sessions.remove(id);
    return redirect(redirectUri, params, QStringLiteral("redirect with code"));
}

HttpResponse SandboxServer::Private::afterLogin(Session &s)
{
    const Brand *brand = BrandCatalog::instance().brand(s.make);
    if (!brand)
        return render(s, QStringLiteral("Choose a brand first."));
    if (s.request.reauthenticate) {
        FormData params;
        params.add(QStringLiteral("vehicle_id"), s.request.vehicleId);
        if (s.request.hasState)
            params.add(QStringLiteral("state"), s.request.state);
        const QString redirectUri = s.request.redirectUri;
        const QString id = s.id;
        sessions.remove(id);
        return redirect(redirectUri, params, QStringLiteral("redirect with vehicle_id (re-authenticated)"));
    }
    const LoginOutcome outcome = TestAccounts::login(s.login, *brand);
    if (!outcome.error.isEmpty()) {
        FormData extra;
        if (outcome.error == QLatin1String("vehicle_incompatible") && !outcome.vehicles.isEmpty()) {
            const SandboxVehicle &v = outcome.vehicles.first();
            extra.add(QStringLiteral("vin"), v.vin);
            extra.add(QStringLiteral("make"), v.make);
            extra.add(QStringLiteral("model"), v.model);
            extra.add(QStringLiteral("year"), QString::number(v.year));
        }
        return finishWithError(s, outcome.error, outcome.errorDescription, extra);
    }
    s.vehicles = outcome.vehicles;
    if (!s.request.singleSelectVin.isEmpty())
        s.vehicles = {TestAccounts::vehicleFor(s.login + u'|' + s.request.singleSelectVin, *brand,
                                               s.request.singleSelectVin)};
    for (const SandboxVehicle &v : std::as_const(s.vehicles)) {
        if (vehicles.size() < 100000)
            vehicles.insert(v.id, v);
    }
    s.step = QStringLiteral("vehicles");
    return render(s);
}

HttpResponse SandboxServer::Private::afterVehicles(Session &s)
{
    if (s.request.approvalPrompt == QLatin1String("auto")) {
        const QSet<QString> approved = approvals.value(s.request.clientId + u'\n' + s.login);
        bool all = true;
        for (const QString &p : std::as_const(s.request.scope))
            all = all && approved.contains(p);
        if (all)
            return finishWithCode(s, s.request.scope);
    }
    s.step = QStringLiteral("permissions");
    return render(s);
}

HttpResponse SandboxServer::Private::step(const HttpRequest &request)
{
    const FormData form = FormData::parse(request.body);
    const auto it = sessions.find(form.value(QStringLiteral("session")));
    if (it == sessions.end() || it->created.secsTo(clock()) > SessionLifetimeSecs)
        return errorPage(
            Status::BadRequest, QStringLiteral("This Connect session has ended"),
            QStringLiteral("The session is unknown, finished or expired. Start again from your app."));
    Session &s = *it;
    if (form.value(QStringLiteral("step")) != s.step)
        return render(s, QStringLiteral("That page was out of date; here is where you are."));
    const QString action = form.value(QStringLiteral("action"));

    if (s.step == QLatin1String("preamble")) {
        s.step = s.make.isEmpty() ? QStringLiteral("brand") : QStringLiteral("login");
        return render(s);
    }
    if (s.step == QLatin1String("brand")) {
        const QString make = form.value(QStringLiteral("make"));
        if (make.isEmpty() || action == QLatin1String("search")) {
            s.brandQuery = form.value(QStringLiteral("q")).trimmed().left(100);
            return render(s);
        }
        if (!BrandCatalog::instance().brand(make))
            return render(s, QStringLiteral("Choose one of the brands shown."));
        s.make = make;
        s.step = QStringLiteral("login");
        return render(s);
    }
    if (s.step == QLatin1String("login")) {
        const QString username = form.value(QStringLiteral("username")).trimmed();
        s.login = username.left(256);
        if (!TestAccounts::isPlausibleEmail(username))
            return render(s, QStringLiteral("Enter an email address: any address signs in to the sandbox."));
        s.login = username.toLower();
        return afterLogin(s);
    }
    if (s.step == QLatin1String("vehicles")) {
        QStringList chosen;
        const QStringList values = form.values(QStringLiteral("vehicle"));
        for (const SandboxVehicle &v : std::as_const(s.vehicles)) {
            if (values.contains(v.id))
                chosen.append(v.id);
        }
        if (chosen.isEmpty())
            return render(s, QStringLiteral("Select at least one vehicle."));
        if (s.request.singleSelect && chosen.size() > 1)
            return render(s, QStringLiteral("Select exactly one vehicle."));
        s.selectedVehicles = chosen;
        return afterVehicles(s);
    }
    // permissions
    if (action == QLatin1String("deny"))
        return finishWithError(s, QStringLiteral("access_denied"),
                               QStringLiteral("User denied access to application."));
    if (action != QLatin1String("allow"))
        return render(s, QStringLiteral("Choose Allow or Deny."));
    const QStringList ticked = form.values(QStringLiteral("permission"));
    QStringList granted;
    for (const QString &p : std::as_const(s.request.scope)) {
        if (s.request.requiredScope.contains(p) || ticked.contains(p))
            granted.append(p);
    }
    if (granted.isEmpty())
        return render(s, QStringLiteral("Keep at least one permission, or choose Deny."));
    return finishWithCode(s, granted);
}

HttpResponse SandboxServer::Private::back(const HttpRequest &request)
{
    FormData form = FormData::parse(request.query);
    if (!form.contains(QStringLiteral("session")))
        form = FormData::parse(request.body);
    const auto it = sessions.find(form.value(QStringLiteral("session")));
    if (it == sessions.end())
        return errorPage(
            Status::BadRequest, QStringLiteral("This Connect session has ended"),
            QStringLiteral("The session is unknown, finished or expired. Start again from your app."));
    return finishWithError(*it, QStringLiteral("user_manually_returned_to_application"),
                           QStringLiteral("User returned to the application before granting access."));
}

// ---------------------------------------------------------------------------------------------------
// Token endpoint and vehicle API

HttpResponse SandboxServer::Private::token(const HttpRequest &request)
{
    const QByteArray contentType = request.header(QByteArrayLiteral("Content-Type")).trimmed().toLower();
    if (!contentType.startsWith("application/x-www-form-urlencoded"))
        return oauthError(Status::BadRequest, QStringLiteral("invalid_request"),
                          QStringLiteral("Send the body as application/x-www-form-urlencoded."));
    const FormData form = FormData::parse(request.body);
    for (const FormData::Pair &p : form.pairs()) {
        if (form.values(p.first).size() > 1)
            return oauthError(Status::BadRequest, QStringLiteral("invalid_request"),
                              QStringLiteral("The parameter %1 is repeated.").arg(p.first.left(40)));
    }

    // Client authentication: HTTP Basic, or client_id and client_secret in the body.
    QString clientId, clientSecret;
    const QByteArray authorization = request.header(QByteArrayLiteral("Authorization")).trimmed();
    if (!authorization.isEmpty()) {
        if (!authorization.toLower().startsWith("basic "))
            return oauthError(Status::Unauthorized, QStringLiteral("invalid_client"),
                              QStringLiteral("Authenticate the client with HTTP Basic."));
        const auto decoded = QByteArray::fromBase64Encoding(authorization.mid(6).trimmed(),
                                                            QByteArray::AbortOnBase64DecodingErrors);
        const qsizetype colon = decoded.decoded.indexOf(':');
        if (!decoded || colon < 0)
            return oauthError(Status::Unauthorized, QStringLiteral("invalid_client"),
                              QStringLiteral("The Basic credentials are malformed."));
        clientId = QString::fromUtf8(decoded.decoded.left(colon));
        clientSecret = QString::fromUtf8(decoded.decoded.mid(colon + 1));
        if (form.contains(QStringLiteral("client_secret")))
            return oauthError(Status::BadRequest, QStringLiteral("invalid_request"),
                              QStringLiteral("Use one way to authenticate the client, not two."));
    } else if (form.contains(QStringLiteral("client_secret"))) {
        clientId = form.value(QStringLiteral("client_id"));
        clientSecret = form.value(QStringLiteral("client_secret"));
    } else {
        return oauthError(
            Status::Unauthorized, QStringLiteral("invalid_client"),
            QStringLiteral("No client authentication: send Authorization: Basic base64(id:secret)."));
    }
    const RegisteredApp *app = config.app(clientId);
    if (!app) {
        // RFC 6749 section 2.3.1: the id and secret are form-encoded before Base64; accept both spellings.
        clientId = FormData::decodeComponent(clientId.toUtf8());
        clientSecret = FormData::decodeComponent(clientSecret.toUtf8());
        app = config.app(clientId);
    }
    if (!app || app->clientSecret != clientSecret) {
        const QString decodedSecret = FormData::decodeComponent(clientSecret.toUtf8());
        if (!app || app->clientSecret != decodedSecret)
            return oauthError(Status::Unauthorized, QStringLiteral("invalid_client"),
                              app ? QStringLiteral("The client secret is wrong.")
                                  : QStringLiteral("No application with this client id is registered."));
    }
    if (form.contains(QStringLiteral("client_id")) && form.value(QStringLiteral("client_id")) != clientId)
        return oauthError(Status::BadRequest, QStringLiteral("invalid_request"),
                          QStringLiteral("client_id in the body does not match the authenticated client."));

    const QString grantType = form.value(QStringLiteral("grant_type"));
    std::optional<IssuedTokens> issued;
    QString description;
    if (grantType.isEmpty()) {
        return oauthError(Status::BadRequest, QStringLiteral("invalid_request"),
                          QStringLiteral("grant_type is missing."));
    } else if (grantType == QLatin1String("authorization_code")) {
        const QString code = form.value(QStringLiteral("code"));
        if (code.isEmpty())
            return oauthError(Status::BadRequest, QStringLiteral("invalid_request"),
                              QStringLiteral("code is missing."));
        // RFC 6749 §4.1.3: redirect_uri is required when the Connect URL carried one; a link that left it
        // to the app's default may leave it out here too.
        QString redirectUri = form.value(QStringLiteral("redirect_uri"));
        if (!form.contains(QStringLiteral("redirect_uri"))) {
            const Grant *grant = tokens.grantForCode(code);
            if (!grant || grant->redirectUriSent)
                return oauthError(
                    Status::BadRequest, QStringLiteral("invalid_request"),
                    QStringLiteral("redirect_uri is missing; send the one from the Connect URL."));
            redirectUri = grant->redirectUri;
        }
        issued = tokens.exchangeCode(code, clientId, redirectUri, clock(), &description);
    } else if (grantType == QLatin1String("refresh_token")) {
        const QString refresh = form.value(QStringLiteral("refresh_token"));
        if (refresh.isEmpty())
            return oauthError(Status::BadRequest, QStringLiteral("invalid_request"),
                              QStringLiteral("refresh_token is missing."));
        issued = tokens.refresh(refresh, clientId, clock(), &description);
    } else {
        return oauthError(Status::BadRequest, QStringLiteral("unsupported_grant_type"),
                          QStringLiteral("The sandbox supports authorization_code and refresh_token."));
    }
    if (!issued)
        return oauthError(Status::BadRequest, QStringLiteral("invalid_grant"), description);
    summary = QStringLiteral("tokens issued (") + grantType + u')';
    return json({{QStringLiteral("access_token"), issued->accessToken},
                 {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                 {QStringLiteral("expires_in"), int(TokenStore::AccessLifetimeSecs)},
                 {QStringLiteral("refresh_token"), issued->refreshToken},
                 {QStringLiteral("refresh_expires_in"), double(TokenStore::RefreshLifetimeSecs)},
                 {QStringLiteral("scope"), issued->scope.join(u' ')}},
                Status::Ok);
}

HttpResponse SandboxServer::Private::api(const HttpRequest &request, const QString &path)
{
    const QByteArray authorization = request.header(QByteArrayLiteral("Authorization")).trimmed();
    if (!authorization.toLower().startsWith("bearer "))
        return apiError(Status::Unauthorized, QStringLiteral("AUTHENTICATION"),
                        QStringLiteral("MISSING_TOKEN"),
                        QStringLiteral("Send Authorization: Bearer <access_token>."));
    const Grant *grant =
        tokens.grantForAccessToken(QString::fromUtf8(authorization.mid(7).trimmed()), clock());
    if (!grant)
        return apiError(Status::Unauthorized, QStringLiteral("AUTHENTICATION"),
                        QStringLiteral("INVALID_TOKEN"),
                        QStringLiteral("The access token is unknown, revoked or expired."));

    if (path == QLatin1String("/v2.0/vehicles") || path == QLatin1String("/v2.0/vehicles/")) {
        const FormData query = FormData::parse(request.query);
        bool okLimit = true, okOffset = true;
        const int limit = query.contains(QStringLiteral("limit"))
                              ? query.value(QStringLiteral("limit")).toInt(&okLimit)
                              : 10;
        const int offset = query.contains(QStringLiteral("offset"))
                               ? query.value(QStringLiteral("offset")).toInt(&okOffset)
                               : 0;
        if (!okLimit || !okOffset || limit < 1 || limit > 50 || offset < 0)
            return apiError(Status::BadRequest, QStringLiteral("VALIDATION"), QStringLiteral("PARAMETER"),
                            QStringLiteral("limit must be 1-50 and offset 0 or more."));
        QJsonArray ids;
        for (qsizetype i = offset; i < grant->vehicleIds.size() && ids.size() < limit; ++i)
            ids.append(grant->vehicleIds.at(i));
        summary = QStringLiteral("vehicle list");
        return json(
            {{QStringLiteral("vehicles"), ids},
             {QStringLiteral("paging"), QJsonObject{{QStringLiteral("count"), int(grant->vehicleIds.size())},
                                                    {QStringLiteral("offset"), offset}}}},
            Status::Ok);
    }
    static const QRegularExpression vehicleRe(QStringLiteral("^/v2\\.0/vehicles/([^/]{1,100})/?$"));
    const auto m = vehicleRe.match(path);
    if (!m.hasMatch())
        return apiError(Status::NotFound, QStringLiteral("RESOURCE_NOT_FOUND"), QStringLiteral("PATH"),
                        QStringLiteral("The sandbox serves /v2.0/vehicles and /v2.0/vehicles/{id}."));
    const QString id = QUrl::fromPercentEncoding(m.captured(1).toUtf8());
    if (!grant->vehicleIds.contains(id) || !vehicles.contains(id))
        return apiError(Status::NotFound, QStringLiteral("RESOURCE_NOT_FOUND"), QStringLiteral("VEHICLE"),
                        QStringLiteral("This token has no access to that vehicle."));
    if (!grant->scope.contains(QLatin1String("read_vehicle_info")))
        return apiError(Status::Forbidden, QStringLiteral("PERMISSION"), QStringLiteral("NULL"),
                        QStringLiteral("The token lacks the read_vehicle_info permission."));
    const SandboxVehicle v = vehicles.value(id);
    summary = QStringLiteral("vehicle info");
    return json({{QStringLiteral("id"), v.id},
                 {QStringLiteral("make"), v.make},
                 {QStringLiteral("model"), v.model},
                 {QStringLiteral("year"), v.year}},
                Status::Ok);
}

// ---------------------------------------------------------------------------------------------------
// SandboxServer

SandboxServer::SandboxServer(QObject *parent) : QObject(parent), d(std::make_unique<Private>())
{
    d->q = this;
    d->http = new HttpServer(
        [this](const HttpRequest &request) {
            d->summary.clear();
            HttpResponse response = d->dispatch(request);
            RecordedRequest record;
            record.time = d->clock();
            // Shown as log lines (the Sandbox tab, connectlab-sandbox's terminal): no control character.
            record.method = LogEscape::escape(QString::fromLatin1(request.method.left(100)));
            record.path = LogEscape::escape(QString::fromLatin1(request.path.left(2000)));
            record.query = LogEscape::escape(QString::fromLatin1(request.query.left(8000)));
            record.status = response.status();
            record.summary = LogEscape::escape(d->summary.left(2000));
            d->recorded.append(record);
            if (d->recorded.size() > MaxRecordedRequests)
                d->recorded.removeFirst();
            Q_EMIT requestRecorded(record);
            return response;
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
}

const SandboxConfig &SandboxServer::config() const
{
    return d->config;
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

QUrl SandboxServer::reauthenticateUrl() const
{
    return withPath(baseUrl(), QStringLiteral("/oauth/reauthenticate"));
}

QUrl SandboxServer::tokenUrl() const
{
    return withPath(baseUrl(), QStringLiteral("/oauth/token"));
}

QUrl SandboxServer::apiUrl() const
{
    return withPath(baseUrl(), QStringLiteral("/v2.0"));
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
    return d->recorded;
}

void SandboxServer::clearRequests()
{
    d->recorded.clear();
}

} // namespace connectlab::sandbox
