#include "SandboxConfig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace connectlab::sandbox {

namespace {
QStringList stringList(const QJsonValue &value, bool *ok)
{
    QStringList out;
    if (value.isUndefined())
        return out;
    if (!value.isArray()) {
        *ok = false;
        return out;
    }
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array) {
        if (!v.isString())
            *ok = false;
        out.append(v.toString());
    }
    return out;
}

QJsonArray toArray(const QStringList &list)
{
    QJsonArray a;
    for (const QString &s : list)
        a.append(s);
    return a;
}
} // namespace

SandboxConfig SandboxConfig::defaults()
{
    RegisteredApp demo;
    demo.clientId = QString::fromLatin1(DemoClientId);
    demo.clientSecret = QString::fromLatin1(DemoClientSecret);
    demo.redirectUris = {QString::fromLatin1(DemoRedirectUri),
                         QStringLiteral("sc") + demo.clientId + QStringLiteral("://exchange")};
    demo.defaultScope = {QStringLiteral("read_vehicle_info"), QStringLiteral("read_vin"),
                         QStringLiteral("read_odometer")};
    demo.plan = QStringLiteral("custom");
    demo.name = QStringLiteral("Connect Lab demo app");
    RegisteredApp v3;
    v3.model = QStringLiteral("v3");
    v3.clientId = QString::fromLatin1(DemoV3ApplicationId);
    v3.apiClientId = QString::fromLatin1(DemoV3ApiClientId);
    v3.apiClientSecrets = {QString::fromLatin1(DemoV3ApiClientSecret)};
    v3.managementToken = QString::fromLatin1(DemoV3ManagementToken);
    v3.redirectUris = {QString::fromLatin1(DemoRedirectUri)};
    v3.defaultScope = demo.defaultScope;
    v3.plan = QStringLiteral("custom");
    v3.name = QStringLiteral("Connect Lab demo app (API Authentication)");
    SandboxConfig config;
    config.apps.append(demo);
    config.apps.append(v3);
    return config;
}

const RegisteredApp *SandboxConfig::appByApiClientId(const QString &apiClientId) const
{
    if (apiClientId.isEmpty())
        return nullptr;
    for (const RegisteredApp &a : apps) {
        if (a.isV3() && a.apiClientId == apiClientId)
            return &a;
    }
    return nullptr;
}

const RegisteredApp *SandboxConfig::app(const QString &clientId) const
{
    for (const RegisteredApp &a : apps) {
        if (a.clientId == clientId)
            return &a;
    }
    return nullptr;
}

bool SandboxConfig::fromJson(const QByteArray &json, SandboxConfig *out, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(QStringLiteral("Not valid JSON: %1 at offset %2")
                        .arg(parseError.errorString())
                        .arg(parseError.offset));
    if (!doc.isObject() || !doc.object().value(QLatin1String("apps")).isArray())
        return fail(QStringLiteral("Expected an object with an \"apps\" array."));
    SandboxConfig config;
    const QJsonArray apps = doc.object().value(QLatin1String("apps")).toArray();
    for (qsizetype i = 0; i < apps.size(); ++i) {
        const QString where = QStringLiteral("apps[%1]").arg(i);
        if (!apps.at(i).isObject())
            return fail(where + QStringLiteral(" is not an object."));
        const QJsonObject o = apps.at(i).toObject();
        RegisteredApp app;
        app.clientId = o.value(QLatin1String("client_id")).toString();
        app.clientSecret = o.value(QLatin1String("client_secret")).toString();
        bool ok = true;
        app.redirectUris = stringList(o.value(QLatin1String("redirect_uris")), &ok);
        app.defaultScope = stringList(o.value(QLatin1String("default_scope")), &ok);
        if (!ok)
            return fail(where +
                        QStringLiteral(": redirect_uris and default_scope must be arrays of strings."));
        if (o.contains(QLatin1String("plan")))
            app.plan = o.value(QLatin1String("plan")).toString();
        app.name = o.value(QLatin1String("name")).toString();
        if (o.contains(QLatin1String("model")))
            app.model = o.value(QLatin1String("model")).toString();
        app.apiClientId = o.value(QLatin1String("api_client_id")).toString();
        app.apiClientSecrets = stringList(o.value(QLatin1String("api_client_secrets")), &ok);
        app.managementToken = o.value(QLatin1String("management_token")).toString();
        app.codeAlongside = o.value(QLatin1String("code_alongside")).toBool(false);
        app.webhookUrl = o.value(QLatin1String("webhook_url")).toString();
        if (!ok)
            return fail(where + QStringLiteral(": api_client_secrets must be an array of strings."));
        if (app.clientId.isEmpty())
            return fail(where + QStringLiteral(": client_id is missing."));
        if (app.model != QLatin1String("v2") && app.model != QLatin1String("v3"))
            return fail(where + QStringLiteral(": model must be \"v2\" or \"v3\"."));
        if (app.isV3()) {
            if (app.clientId.startsWith(QLatin1String("client_")))
                return fail(where + QStringLiteral(": client_id must be the Application ID (a UUID); the "
                                                   "client_… id goes in api_client_id."));
            if (!app.apiClientId.startsWith(QLatin1String("client_")))
                return fail(where + QStringLiteral(": a v3 app needs an api_client_id that starts with client_."));
            if (app.apiClientSecrets.isEmpty() || app.apiClientSecrets.size() > 3)
                return fail(where + QStringLiteral(": a v3 app needs one to three api_client_secrets."));
            if (config.appByApiClientId(app.apiClientId))
                return fail(where + QStringLiteral(": api_client_id %1 is registered twice.").arg(app.apiClientId));
        } else if (app.clientSecret.isEmpty()) {
            return fail(where + QStringLiteral(": client_secret is missing."));
        }
        if (app.plan != QLatin1String("custom") && app.plan != QLatin1String("standard"))
            return fail(where + QStringLiteral(": plan must be \"custom\" or \"standard\"."));
        for (const QString &uri : std::as_const(app.redirectUris)) {
            const QUrl url(uri, QUrl::StrictMode);
            if (!url.isValid() || url.scheme().isEmpty() || url.hasFragment())
                return fail(
                    where +
                    QStringLiteral(": \"%1\" is not a redirect URI (absolute, no fragment).").arg(uri));
        }
        if (config.app(app.clientId))
            return fail(where + QStringLiteral(": client_id %1 is registered twice.").arg(app.clientId));
        config.apps.append(app);
    }
    *out = config;
    return true;
}

QByteArray SandboxConfig::toJson() const
{
    QJsonArray array;
    for (const RegisteredApp &a : apps) {
        QJsonObject o;
        o.insert(QLatin1String("client_id"), a.clientId);
        o.insert(QLatin1String("client_secret"), a.clientSecret);
        o.insert(QLatin1String("redirect_uris"), toArray(a.redirectUris));
        o.insert(QLatin1String("default_scope"), toArray(a.defaultScope));
        o.insert(QLatin1String("plan"), a.plan);
        if (!a.name.isEmpty())
            o.insert(QLatin1String("name"), a.name);
        o.insert(QLatin1String("model"), a.model);
        if (a.isV3()) {
            o.remove(QLatin1String("client_secret"));
            o.insert(QLatin1String("api_client_id"), a.apiClientId);
            o.insert(QLatin1String("api_client_secrets"), toArray(a.apiClientSecrets));
            o.insert(QLatin1String("code_alongside"), a.codeAlongside);
        }
        if (!a.managementToken.isEmpty())
            o.insert(QLatin1String("management_token"), a.managementToken);
        if (!a.webhookUrl.isEmpty())
            o.insert(QLatin1String("webhook_url"), a.webhookUrl);
        array.append(o);
    }
    QJsonObject root;
    root.insert(QLatin1String("apps"), array);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace connectlab::sandbox
