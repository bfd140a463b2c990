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
        apps += QStringLiteral("<section class=\"app\"><h3>Client ID <code>") + h(app.clientId) +
                QStringLiteral("</code></h3><dl class=\"params\"><div><dt>Plan</dt><dd>") + h(app.plan) +
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
