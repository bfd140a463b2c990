#include "ConnectScreens.h"

#include "AuthorizeRequest.h"
#include "BrandCatalog.h"
#include "ConnectionStore.h"
#include "SandboxConfig.h"
#include "ScreenRenderer.h"
#include "TestAccounts.h"
#include "TokenStore.h"
#include "VehicleRegistry.h"
#include "http/HttpRequest.h"

namespace connectlab::sandbox {

ConnectScreens::ConnectScreens(const SandboxConfig &config, const std::function<QDateTime()> &clock,
                               TokenStore &tokens, VehicleRegistry &vehicles, ConnectionStore &connections)
    : m_config(config), m_clock(clock), m_tokens(tokens), m_vehicles(vehicles), m_connections(connections)
{
}

QString ConnectScreens::appName(const QString &clientId) const
{
    const RegisteredApp *app = m_config.app(clientId);
    return app ? app->displayName() : clientId;
}

SandboxReply ConnectScreens::screen(const ConnectSession &session, const QString &problem) const
{
    return ScreenRenderer::screen(session, appName(session.request.clientId), problem);
}

SandboxReply ConnectScreens::sessionEnded() const
{
    return ScreenRenderer::errorPage(
        400, QStringLiteral("This Connect session has ended"),
        QStringLiteral("The session is unknown, finished or expired. Start again from your app."));
}

SandboxReply ConnectScreens::authorize(const HttpRequest &request, bool reauthenticateEndpoint)
{
    const AuthorizeRequest r =
        AuthorizeRequest::parse(FormData::parse(request.query), m_config, reauthenticateEndpoint);
    switch (r.outcome) {
    case AuthorizeRequest::Outcome::ErrorPage:
        // Connect's own pages ("400: Invalid parameter client_id: …") keep their exact title.
        return ScreenRenderer::errorPage(
            400, r.errorTitle.isEmpty() ? QStringLiteral("This link cannot start Connect") : r.errorTitle,
            r.errorMessage, &r, !r.errorTitle.isEmpty());
    case AuthorizeRequest::Outcome::ConfigurationError: {
        FormData params;
        params.add(QStringLiteral("error"), QStringLiteral("configuration_error"));
        params.add(QStringLiteral("error_description"),
                   QStringLiteral("There has been an error in the configuration of your application."));
        params.add(QStringLiteral("status_code"), QStringLiteral("400"));
        params.add(QStringLiteral("error_message"), r.errorMessage);
        if (r.hasState)
            params.add(QStringLiteral("state"), r.state);
        return SandboxReply::redirect(r.redirectUri, params,
                                      QStringLiteral("redirect with configuration_error: ") + r.errorMessage);
    }
    case AuthorizeRequest::Outcome::Ok:
        break;
    }
    // Re-authentication shows the brand of the vehicle it is for, when the sandbox has seen it.
    QString make = r.make;
    if (r.reauthenticate) {
        if (const SandboxVehicle *v = m_vehicles.find(r.vehicleId))
            make = v->make;
    }
    const ConnectSession &session = m_sessions.create(r, make, m_clock());
    SandboxReply reply = screen(session);
    reply.summary = (r.reauthenticate ? QStringLiteral("re-authentication started: ")
                                      : QStringLiteral("Connect started: ")) +
                    reply.summary;
    return reply;
}

SandboxReply ConnectScreens::step(const HttpRequest &request)
{
    const FormData form = FormData::parse(request.body);
    ConnectSession *session = m_sessions.find(form.value(QStringLiteral("session")), m_clock());
    if (!session)
        return sessionEnded();
    ConnectSession &s = *session;
    if (form.value(QStringLiteral("step")) != s.step)
        return screen(s, QStringLiteral("That page was out of date; here is where you are."));
    const QString action = form.value(QStringLiteral("action"));

    if (s.step == QLatin1String("preamble")) {
        s.step = s.make.isEmpty() ? QStringLiteral("brand") : QStringLiteral("login");
        return screen(s);
    }
    if (s.step == QLatin1String("brand")) {
        const QString make = form.value(QStringLiteral("make"));
        if (make.isEmpty() || action == QLatin1String("search")) {
            s.brandQuery = form.value(QStringLiteral("q")).trimmed().left(100);
            return screen(s);
        }
        if (!BrandCatalog::instance().brand(make))
            return screen(s, QStringLiteral("Choose one of the brands shown."));
        s.make = make;
        s.step = QStringLiteral("login");
        return screen(s);
    }
    if (s.step == QLatin1String("login")) {
        const QString username = form.value(QStringLiteral("username")).trimmed();
        s.login = username.left(256);
        if (!TestAccounts::isPlausibleEmail(username))
            return screen(s, QStringLiteral("Enter an email address: any address signs in to the sandbox."));
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
            return screen(s, QStringLiteral("Select at least one vehicle."));
        if (s.request.singleSelect && chosen.size() > 1)
            return screen(s, QStringLiteral("Select exactly one vehicle."));
        s.selectedVehicles = chosen;
        return afterVehicles(s);
    }
    // permissions
    if (action == QLatin1String("deny"))
        return finishWithError(s, QStringLiteral("access_denied"),
                               QStringLiteral("User denied access to application."));
    if (action != QLatin1String("allow"))
        return screen(s, QStringLiteral("Choose Allow or Deny."));
    const QStringList ticked = form.values(QStringLiteral("permission"));
    QStringList granted;
    for (const QString &p : std::as_const(s.request.scope)) {
        if (s.request.requiredScope.contains(p) || ticked.contains(p))
            granted.append(p);
    }
    if (granted.isEmpty())
        return screen(s, QStringLiteral("Keep at least one permission, or choose Deny."));
    return finishWithCode(s, granted);
}

SandboxReply ConnectScreens::back(const HttpRequest &request)
{
    FormData form = FormData::parse(request.query);
    if (!form.contains(QStringLiteral("session")))
        form = FormData::parse(request.body);
    const ConnectSession *session = m_sessions.find(form.value(QStringLiteral("session")), m_clock());
    if (!session)
        return sessionEnded();
    return finishWithError(*session, QStringLiteral("user_manually_returned_to_application"),
                           QStringLiteral("User returned to the application before granting access."));
}

SandboxReply ConnectScreens::afterLogin(ConnectSession &s)
{
    const Brand *brand = BrandCatalog::instance().brand(s.make);
    if (!brand)
        return screen(s, QStringLiteral("Choose a brand first."));
    if (s.request.reauthenticate) {
        FormData params;
        params.add(QStringLiteral("vehicle_id"), s.request.vehicleId);
        return finish(s, params, QStringLiteral("redirect with vehicle_id (re-authenticated)"));
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
    m_vehicles.add(s.vehicles);
    s.step = QStringLiteral("vehicles");
    return screen(s);
}

SandboxReply ConnectScreens::afterVehicles(ConnectSession &s)
{
    if (s.request.approvalPrompt == QLatin1String("auto") &&
        m_sessions.hasApproved(s.request.clientId, s.login, s.request.scope))
        return finishWithCode(s, s.request.scope);
    s.step = QStringLiteral("permissions");
    return screen(s);
}

SandboxReply ConnectScreens::finishWithCode(const ConnectSession &s, const QStringList &granted)
{
    m_sessions.approve(s.request.clientId, s.login, granted);
    const Grant grant{s.request.clientId, s.request.redirectUri,          s.login, granted,
                      s.selectedVehicles, !s.request.redirectUriDefaulted};
    QList<SandboxVehicle> chosen;
    for (const SandboxVehicle &v : s.vehicles) {
        if (s.selectedVehicles.contains(v.id))
            chosen.append(v);
    }
    const QString userId =
        m_connections.connect(s.request.clientId, s.login, s.request.mode, granted, chosen, m_clock());
    const RegisteredApp *app = m_config.app(s.request.clientId);
    FormData params;
    if (app && app->isV3()) {
        params.add(QStringLiteral("user_id"), userId);
        if (!app->codeAlongside)
            return finish(s, params, QStringLiteral("redirect with user_id"));
    }
    params.add(QStringLiteral("code"), m_tokens.issueCode(grant, m_clock()));
    return finish(s, params,
                  params.contains(QStringLiteral("user_id"))
                      ? QStringLiteral("redirect with user_id and code")
                      : QStringLiteral("redirect with code"));
}

SandboxReply ConnectScreens::finishWithError(const ConnectSession &s, const QString &error,
                                             const QString &description, const FormData &extra)
{
    FormData params;
    params.add(QStringLiteral("error"), error);
    params.add(QStringLiteral("error_description"), description);
    for (const FormData::Pair &p : extra.pairs())
        params.add(p.first, p.second);
    return finish(s, params, QStringLiteral("redirect with error ") + error);
}

SandboxReply ConnectScreens::finish(const ConnectSession &s, FormData params, const QString &summary)
{
    if (s.request.hasState)
        params.add(QStringLiteral("state"), s.request.state);
    if (m_finished)
        m_finished(s, params);
    const QString redirectUri = s.request.redirectUri;
    const QString id = s.id; // s lives in the store: copy what is needed before it goes
    m_sessions.remove(id);
    return SandboxReply::redirect(redirectUri, params, summary);
}

} // namespace connectlab::sandbox
