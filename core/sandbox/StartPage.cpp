#include "StartPage.h"

#include "HtmlEscape.h"
#include "PageRenderer.h"
#include "SandboxConfig.h"

namespace connectlab::sandbox {

namespace {

QString h(const QString &text)
{
    return HtmlEscape::escape(text);
}

} // namespace

SandboxReply StartPage::index(const SandboxConfig &config)
{
    QString apps;
    for (const RegisteredApp &app : std::as_const(config.apps)) {
        QString uris;
        for (const QString &uri : app.redirectUris)
            uris += QStringLiteral("<li><code>") + h(uri) + QStringLiteral("</code></li>");
        // A v3 app: its Application ID goes in links, its API Client ID (secrets never shown, except the
        // public demo one) in the token request.
        QString model = QStringLiteral("per-vehicle tokens (v2): the redirect carries a code");
        if (app.isV3()) {
            const bool demo = app.apiClientId == QLatin1String(SandboxConfig::DemoV3ApiClientId);
            model = QStringLiteral("API Authentication (v3): the redirect carries user_id") +
                    (app.codeAlongside ? QStringLiteral(" and a code") : QString()) +
                    QStringLiteral("</dd></div><div><dt>API Client ID</dt><dd><code>") + h(app.apiClientId) +
                    QStringLiteral("</code>") +
                    (demo ? QStringLiteral(", secret <code>") + h(app.apiClientSecrets.value(0)) +
                                QStringLiteral("</code>, management token <code>") + h(app.managementToken) +
                                QStringLiteral("</code>")
                          : QString());
        }
        apps += QStringLiteral("<section class=\"app\"><h3>") +
                (app.isV3() ? QStringLiteral("Application ID") : QStringLiteral("Client ID")) +
                QStringLiteral(" <code>") + h(app.clientId) +
                QStringLiteral("</code></h3><dl class=\"params\"><div><dt>Name</dt><dd>") + h(app.displayName()) +
                QStringLiteral("</dd></div><div><dt>Model</dt><dd>") + model +
                QStringLiteral("</dd></div><div><dt>Plan</dt><dd>") + h(app.plan) +
                QStringLiteral("</dd></div><div><dt>Default scope</dt><dd>") +
                h(app.defaultScope.join(u' ')) +
                QStringLiteral("</dd></div><div><dt>Redirect URIs</dt><dd><ul>") + uris +
                QStringLiteral("</ul></dd></div></dl></section>");
    }
    PageRenderer::Values text{{QStringLiteral("mode"), QStringLiteral("ready")}};
    PageRenderer::Values htmlValues{{QStringLiteral("apps"), apps}};
    return SandboxReply::html(PageRenderer::page(QStringLiteral("index.html"),
                                                 QStringLiteral("Connect Lab sandbox"), text, htmlValues),
                              200, QStringLiteral("index page"));
}

std::optional<SandboxReply> StartPage::staticFile(QByteArrayView path)
{
    QString name;
    QByteArray type;
    if (path == "/static/sandbox.css") {
        name = QStringLiteral("sandbox.css");
        type = QByteArrayLiteral("text/css; charset=utf-8");
    } else if (path == "/static/sandbox.js") {
        name = QStringLiteral("sandbox.js");
        type = QByteArrayLiteral("text/javascript; charset=utf-8");
    } else {
        return std::nullopt;
    }
    HttpResponse r(200, type, PageRenderer::resource(name));
    r.setHeader(QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff"));
    return SandboxReply{r, QStringLiteral("static file")};
}

} // namespace connectlab::sandbox
