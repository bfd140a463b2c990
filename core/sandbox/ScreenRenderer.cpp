#include "ScreenRenderer.h"

#include "AuthorizeRequest.h"
#include "BrandCatalog.h"
#include "Catalog.h"
#include "HtmlEscape.h"
#include "PageRenderer.h"
#include "SessionStore.h"

#include <QCoreApplication>

namespace connectlab::sandbox {

namespace {

// What a permission lets the app do, in the catalog's words (the form's and the CLI's too); an unknown
// permission is shown by its name.
QString permissionText(const QString &name)
{
    const PermissionInfo *info = Catalog::instance().permission(name);
    return info ? info->description : name;
}

QString h(const QString &text)
{
    return HtmlEscape::escape(text);
}

QString modeLabel(const QString &mode)
{
    if (mode == QLatin1String("simulated"))
        return QStringLiteral("simulated mode");
    if (mode == QLatin1String("test"))
        return QStringLiteral("test mode (deprecated)");
    return QStringLiteral("live mode, simulated");
}

PageRenderer::Values commonText(const ConnectSession &session, const QString &appName)
{
    return {{QStringLiteral("mode"), modeLabel(session.request.mode)},
            {QStringLiteral("session"), session.id},
            {QStringLiteral("step"), session.step},
            {QStringLiteral("client_id"), session.request.clientId},
            {QStringLiteral("app_name"), appName}};
}

PageRenderer::Values commonHtml(const ConnectSession &session)
{
    return {{QStringLiteral("params"), ScreenRenderer::parametersHtml(session.request)},
            {QStringLiteral("back"),
             QStringLiteral("<a id=\"back-to-application\" class=\"back\" href=\"/connect/back?session=") +
                 h(session.id) + QStringLiteral("\">Back to application</a>")}};
}

} // namespace

QString ScreenRenderer::parametersHtml(const AuthorizeRequest &request)
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

SandboxReply ScreenRenderer::errorPage(int status, const QString &title, const QString &message,
                                       const AuthorizeRequest *request, bool exactTitle)
{
    // What to do next, shown under the message.
    QString hint = QStringLiteral("Open the Connect link from your app again to start a new session.");
    if (request)
        hint = QStringLiteral("Compare the client_id and redirect_uri of your link, shown below, with the "
                              "registered applications on the sandbox's start page, fix the link and open it "
                              "again. Like Connect, the sandbox stops here instead of redirecting.");
    else if (status == 404)
        hint = QStringLiteral("Connect links start at /oauth/authorize; the start page lists every endpoint "
                              "of the sandbox.");
    PageRenderer::Values text{{QStringLiteral("heading"), title},
                              {QStringLiteral("message"), message},
                              {QStringLiteral("mode"), QStringLiteral("error")},
                              {QStringLiteral("hint"), hint}};
    if (exactTitle)
        text.insert(QStringLiteral("title_suffix"), QString());
    PageRenderer::Values htmlValues;
    if (request)
        htmlValues.insert(QStringLiteral("params"), parametersHtml(*request));
    return SandboxReply::html(PageRenderer::page(QStringLiteral("error.html"), title, text, htmlValues),
                              status,
                              QCoreApplication::translate("connectlab::sandbox::ScreenRenderer", "error page: %1")
                                  .arg(message));
}

SandboxReply ScreenRenderer::screen(const ConnectSession &s, const QString &appName, const QString &problem)
{
    PageRenderer::Values text = commonText(s, appName);
    PageRenderer::Values htmlValues = commonHtml(s);
    const QString formAction = SandboxReply::formActionSource(s.request.redirectUri);
    const AuthorizeRequest &r = s.request;
    if (!problem.isEmpty())
        htmlValues.insert(QStringLiteral("problem"), QStringLiteral("<p class=\"problem\" role=\"alert\">") +
                                                         h(problem) + QStringLiteral("</p>"));
    const Brand *brand = BrandCatalog::instance().brand(s.make);
    text.insert(QStringLiteral("brand"), brand ? brand->name : QString());
    const QString summary = QStringLiteral("screen: ") + s.step;

    if (s.step == QLatin1String("preamble")) {
        QString list;
        for (const QString &p : r.scope)
            list += QStringLiteral("<li>") + h(permissionText(p)) + QStringLiteral("</li>");
        htmlValues.insert(QStringLiteral("permissions"), list);
        text.insert(QStringLiteral("heading"), r.reauthenticate ? QStringLiteral("Reconnect your vehicle")
                                                                : QStringLiteral("Connect your vehicle"));
        text.insert(
            QStringLiteral("intro"),
            r.reauthenticate
                ? QStringLiteral("Sign in again so the app keeps access to vehicle %1.").arg(r.vehicleId)
                : QStringLiteral("The application %1 would like to connect to your car.").arg(appName));
        return SandboxReply::html(PageRenderer::page(QStringLiteral("preamble.html"),
                                                     QStringLiteral("Connect your vehicle"), text,
                                                     htmlValues),
                                  200, summary, formAction);
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
        return SandboxReply::html(PageRenderer::page(QStringLiteral("brands.html"),
                                                     QStringLiteral("Select your brand"), text, htmlValues),
                                  200, summary, formAction);
    }
    if (s.step == QLatin1String("login")) {
        text.insert(QStringLiteral("username"), s.login);
        return SandboxReply::html(
            PageRenderer::page(QStringLiteral("login.html"),
                               QStringLiteral("Sign in to ") + (brand ? brand->name : QString()), text,
                               htmlValues),
            200, summary, formAction);
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
        return SandboxReply::html(PageRenderer::page(QStringLiteral("vehicles.html"),
                                                     QStringLiteral("Select vehicles"), text, htmlValues),
                                  200, summary, formAction);
    }
    // permissions
    QString items;
    for (const QString &p : r.scope) {
        const bool required = r.requiredScope.contains(p);
        const QString description = permissionText(p);
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
    return SandboxReply::html(PageRenderer::page(QStringLiteral("permissions.html"),
                                                 QStringLiteral("Grant access"), text, htmlValues),
                              200, summary, formAction);
}

SandboxReply ScreenRenderer::waitingPage()
{
    const QString title = QStringLiteral("Returning you to the application");
    return SandboxReply::html(PageRenderer::page(QStringLiteral("waiting.html"), title,
                                                 {{QStringLiteral("mode"), QStringLiteral("fault")}}),
                              200, QStringLiteral("waiting page"));
}

} // namespace connectlab::sandbox
