// connectlab-sandbox: the offline Connect sandbox as a standalone server on 127.0.0.1.
#include "LogEscape.h"
#include "ProgramArguments.h"
#include "SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QTextStream>

#include <cstdio>

using connectlab::sandbox::LogEscape;
using connectlab::sandbox::RecordedRequest;
using connectlab::sandbox::RegisteredApp;
using connectlab::sandbox::SandboxConfig;
using connectlab::sandbox::SandboxFaults;
using connectlab::sandbox::SandboxServer;
using connectlab::sandbox::WebhookDelivery;
using connectlab::sandbox::WebhookDispatcher;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("connectlab-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CONNECTLAB_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Offline stand-in for Smartcar Connect, its token endpoints and the vehicle APIs (v2 and v3), on "
        "127.0.0.1.\n"
        "Without options it serves the two demo apps (per-vehicle tokens and API Authentication); "
        "--client-id registers a per-vehicle-token (v2) app, --v3 --application-id an API Authentication "
        "(v3) app.\n"
        "Secrets of v3 apps are read from environment variables only (--api-client-secret-env, "
        "--management-token-env), never from the command line."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QStringLiteral("Port to listen on (0: any free port)."),
                                        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption configOption(QStringLiteral("config"),
                                          QStringLiteral("JSON file of registered apps: {\"apps\": [...]}"),
                                          QStringLiteral("FILE"));
    const QCommandLineOption clientIdOption(QStringLiteral("client-id"),
                                            QStringLiteral("Register an app with this client id."),
                                            QStringLiteral("ID"));
    const QCommandLineOption secretOption(QStringLiteral("client-secret"),
                                          QStringLiteral("Its client secret."), QStringLiteral("S"));
    const QCommandLineOption redirectOption(
        QStringLiteral("redirect-uri"),
        QStringLiteral("A registered redirect URI (repeatable; the first is the default)."),
        QStringLiteral("URI"));
    const QCommandLineOption planOption(QStringLiteral("plan"), QStringLiteral("custom or standard."),
                                        QStringLiteral("PLAN"), QStringLiteral("custom"));
    const QCommandLineOption scopeOption(QStringLiteral("scope"),
                                         QStringLiteral("Default Vehicle Access scope, space-separated."),
                                         QStringLiteral("SCOPE"));
    const QCommandLineOption quietOption(QStringLiteral("quiet"), QStringLiteral("Do not log each request."));
    const QCommandLineOption v3Option(
        QStringLiteral("v3"),
        QStringLiteral("Register an API Authentication (v3) app: needs --application-id, --api-client-id, "
                       "--api-client-secret-env and --redirect-uri."));
    const QCommandLineOption applicationIdOption(
        QStringLiteral("application-id"),
        QStringLiteral("With --v3: its Application ID (a UUID, used in links)."), QStringLiteral("UUID"));
    const QCommandLineOption apiClientIdOption(
        QStringLiteral("api-client-id"),
        QStringLiteral("With --v3: its API Client ID (client_…), for /oauth2/token."), QStringLiteral("ID"));
    const QCommandLineOption apiSecretEnvOption(
        QStringLiteral("api-client-secret-env"),
        QStringLiteral(
            "With --v3: the environment variable holding an API Client secret (repeatable, up to 3)."),
        QStringLiteral("VAR"));
    const QCommandLineOption managementEnvOption(
        QStringLiteral("management-token-env"),
        QStringLiteral("With --v3: the environment variable holding the Application Management Token."),
        QStringLiteral("VAR"));
    const QCommandLineOption codeAlongsideOption(
        QStringLiteral("code-alongside"),
        QStringLiteral("With --v3: the redirect carries a code next to user_id."));
    parser.addOptions({portOption, configOption, clientIdOption, secretOption, redirectOption, planOption,
                       scopeOption, quietOption, v3Option, applicationIdOption, apiClientIdOption,
                       apiSecretEnvOption, managementEnvOption, codeAlongsideOption});
    // Faults and webhooks (core/sandbox/README.md).
    const QCommandLineOption faultsOption(
        QStringLiteral("faults"),
        QStringLiteral(
            "JSON file of faults to show: {\"latency\": [{\"path\", \"ms\"}], \"status\": [{\"path\", "
            "\"status\", \"times\"}], \"code\": \"expired\"|\"used\", \"redirect\": "
            "\"never\"|\"malformed\"}."),
        QStringLiteral("FILE"));
    const QCommandLineOption controlOption(
        QStringLiteral("control"),
        QStringLiteral("Serve the control endpoint GET/PUT /_sandbox/faults (JSON body as for --faults; {} "
                       "clears) on 127.0.0.1. Without it that path is answered 404."));
    const QCommandLineOption webhookOption(
        QStringLiteral("webhook-url"),
        QStringLiteral(
            "Deliver the demo apps' webhooks here (127.0.0.1, localhost or [::1] only): a VERIFY at "
            "start, a VEHICLE_STATE after each connection. Every delivery is logged."),
        QStringLiteral("URL"));
    parser.addOption(faultsOption);
    parser.addOption(controlOption);
    parser.addOption(webhookOption);
    // Every character of every argument, a leading U+FEFF included (QCoreApplication::arguments() drops it).
    parser.process(connectlab::ProgramArguments::decode(argc, argv));

    QTextStream out(stdout);
    QTextStream err(stderr);

    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    if (!portOk || port > 65535) {
        err << "connectlab-sandbox: --port needs a number from 0 to 65535\n";
        return 2;
    }

    SandboxConfig config = SandboxConfig::defaults();
    if (parser.isSet(configOption)) {
        QFile file(parser.value(configOption));
        if (!file.open(QIODevice::ReadOnly)) {
            err << "connectlab-sandbox: cannot read " << LogEscape::escape(file.fileName()) << ": "
                << file.errorString() << '\n';
            return 2;
        }
        QString error;
        if (!SandboxConfig::fromJson(file.read(1024 * 1024), &config, &error)) {
            err << "connectlab-sandbox: " << LogEscape::escape(file.fileName()) << ": "
                << LogEscape::escape(error) << '\n';
            return 2;
        }
    }
    const bool v3Set = parser.isSet(v3Option);
    for (const QCommandLineOption &o : {applicationIdOption, apiClientIdOption, apiSecretEnvOption,
                                        managementEnvOption, codeAlongsideOption}) {
        if (!v3Set && parser.isSet(o)) {
            err << "connectlab-sandbox: --" << o.names().constFirst() << " needs --v3\n";
            return 2;
        }
    }
    if (v3Set && parser.isSet(clientIdOption)) {
        err << "connectlab-sandbox: --v3 takes --application-id, not --client-id (the Application ID is the "
               "id "
               "in links)\n";
        return 2;
    }
    if (v3Set) {
        RegisteredApp registered;
        registered.model = QStringLiteral("v3");
        registered.clientId = parser.value(applicationIdOption);
        registered.apiClientId = parser.value(apiClientIdOption);
        registered.redirectUris = parser.values(redirectOption);
        registered.plan = parser.value(planOption);
        registered.codeAlongside = parser.isSet(codeAlongsideOption);
        registered.defaultScope = parser.isSet(scopeOption)
                                      ? parser.value(scopeOption).split(u' ', Qt::SkipEmptyParts)
                                      : SandboxConfig::defaults().apps.first().defaultScope;
        if (registered.clientId.isEmpty() || registered.apiClientId.isEmpty() ||
            !parser.isSet(apiSecretEnvOption) || registered.redirectUris.isEmpty()) {
            err << "connectlab-sandbox: --v3 needs --application-id, --api-client-id, "
                   "--api-client-secret-env "
                   "and at least one --redirect-uri\n";
            return 2;
        }
        // Secrets only from the environment: a command line is visible to every user of the machine.
        auto fromEnvironment = [&err](const QString &variable, QString *value) {
            *value = qEnvironmentVariable(variable.toLocal8Bit().constData());
            if (value->isEmpty()) {
                err << "connectlab-sandbox: the environment variable " << LogEscape::escape(variable)
                    << " is not set or empty; export the secret in it first\n";
                return false;
            }
            return true;
        };
        const QStringList secretVariables = parser.values(apiSecretEnvOption);
        for (const QString &variable : secretVariables) {
            QString secret;
            if (!fromEnvironment(variable, &secret))
                return 2;
            registered.apiClientSecrets.append(secret);
        }
        if (parser.isSet(managementEnvOption) &&
            !fromEnvironment(parser.value(managementEnvOption), &registered.managementToken))
            return 2;
        if (registered.plan != QLatin1String("custom") && registered.plan != QLatin1String("standard")) {
            err << "connectlab-sandbox: --plan must be custom or standard\n";
            return 2;
        }
        // Validate through the same rules as a config file (client_… in --application-id, 1-3 secrets).
        SandboxConfig single;
        single.apps.append(registered);
        SandboxConfig checked;
        QString error;
        if (!SandboxConfig::fromJson(single.toJson(), &checked, &error)) {
            err << "connectlab-sandbox: " << LogEscape::escape(error) << '\n';
            return 2;
        }
        config.apps.removeIf([&](const RegisteredApp &a) {
            return a.clientId == registered.clientId || (a.isV3() && a.apiClientId == registered.apiClientId);
        });
        config.apps.prepend(registered);
    } else if (parser.isSet(clientIdOption)) {
        RegisteredApp registered;
        registered.clientId = parser.value(clientIdOption);
        registered.clientSecret = parser.value(secretOption);
        registered.redirectUris = parser.values(redirectOption);
        registered.plan = parser.value(planOption);
        registered.defaultScope = parser.isSet(scopeOption)
                                      ? parser.value(scopeOption).split(u' ', Qt::SkipEmptyParts)
                                      : SandboxConfig::defaults().apps.first().defaultScope;
        if (registered.clientSecret.isEmpty() || registered.redirectUris.isEmpty()) {
            err << "connectlab-sandbox: --client-id needs --client-secret and at least one --redirect-uri\n";
            return 2;
        }
        if (registered.plan != QLatin1String("custom") && registered.plan != QLatin1String("standard")) {
            err << "connectlab-sandbox: --plan must be custom or standard\n";
            return 2;
        }
        // Validate through the same rules as a config file.
        SandboxConfig single;
        single.apps.append(registered);
        SandboxConfig checked;
        QString error;
        if (!SandboxConfig::fromJson(single.toJson(), &checked, &error)) {
            err << "connectlab-sandbox: " << LogEscape::escape(error) << '\n';
            return 2;
        }
        config.apps.removeIf([&](const RegisteredApp &a) { return a.clientId == registered.clientId; });
        config.apps.prepend(registered);
    } else if (parser.isSet(secretOption) || parser.isSet(redirectOption)) {
        err << "connectlab-sandbox: --client-secret and --redirect-uri need --client-id\n";
        return 2;
    }

    SandboxFaults faults;
    if (parser.isSet(faultsOption)) {
        QFile file(parser.value(faultsOption));
        if (!file.open(QIODevice::ReadOnly)) {
            err << "connectlab-sandbox: cannot read " << LogEscape::escape(file.fileName()) << ": "
                << file.errorString() << '\n';
            return 2;
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(file.read(1024 * 1024), &parseError);
        QString error;
        if (parseError.error != QJsonParseError::NoError)
            error = QStringLiteral("not JSON (%1 at offset %2)")
                        .arg(parseError.errorString())
                        .arg(parseError.offset);
        else if (!doc.isObject())
            error = QStringLiteral("the faults must be a JSON object");
        if (!error.isEmpty() || !SandboxFaults::fromJson(doc.object(), &faults, &error)) {
            err << "connectlab-sandbox: " << LogEscape::escape(file.fileName()) << ": "
                << LogEscape::escape(error) << '\n';
            return 2;
        }
    }
    if (parser.isSet(webhookOption)) {
        const QString url = parser.value(webhookOption);
        QString error;
        if (!WebhookDispatcher::checkUrl(url, &error)) {
            err << "connectlab-sandbox: --webhook-url: " << LogEscape::escape(error) << '\n';
            return 2;
        }
        for (RegisteredApp &a : config.apps) {
            if (a.clientId == QLatin1StringView(SandboxConfig::DemoClientId) ||
                a.clientId == QLatin1StringView(SandboxConfig::DemoV3ApplicationId))
                a.webhookUrl = url.trimmed();
        }
    }
    for (const RegisteredApp &a : std::as_const(config.apps)) {
        QString error;
        if (!a.webhookUrl.isEmpty() && !WebhookDispatcher::checkUrl(a.webhookUrl, &error)) {
            err << "connectlab-sandbox: webhook_url of " << LogEscape::escape(a.clientId) << ": "
                << LogEscape::escape(error) << '\n';
            return 2;
        }
    }

    SandboxServer server;
    server.setConfig(config);
    server.setFaults(faults);
    server.setControlEnabled(parser.isSet(controlOption));
    if (!server.listen(quint16(port))) {
        err << "connectlab-sandbox: cannot listen on 127.0.0.1:" << port << '\n';
        return 1;
    }

    out << "Connect Lab sandbox serving at " << server.baseUrl().toString() << '\n';
    out << "  Connect:  " << server.authorizeUrl().toString() << '\n';
    out << "  Token:    " << server.tokenUrl().toString() << '\n';
    out << "  API:      " << server.apiUrl().toString() << '\n';
    out << "  App token (v3):  " << server.iamTokenUrl().toString() << '\n';
    out << "  API (v3):        " << server.v3ApiUrl().toString() << '\n';
    out << "  Management API:  " << server.managementUrl().toString() << '\n';
    if (server.isControlEnabled())
        out << "  Control:  " << server.baseUrl().toString() << "/_sandbox/faults (GET, PUT)\n";
    if (!faults.isEmpty())
        out << "Faults:     " << QJsonDocument(faults.toJson()).toJson(QJsonDocument::Compact) << '\n';
    for (const RegisteredApp &a : std::as_const(config.apps)) {
        if (a.isV3()) {
            // Only the public demo secrets are printed; any other secret is never shown.
            const bool demo = a.apiClientId == QLatin1StringView(SandboxConfig::DemoV3ApiClientId) &&
                              a.apiClientSecrets ==
                                  QStringList{QString::fromLatin1(SandboxConfig::DemoV3ApiClientSecret)} &&
                              a.managementToken == QLatin1StringView(SandboxConfig::DemoV3ManagementToken);
            out << "Registered app (API Authentication, v3: the redirect carries user_id"
                << (a.codeAlongside ? " and a code" : "") << ")\n";
            out << "  application_id:     " << LogEscape::escape(a.clientId) << '\n';
            out << "  api_client_id:      " << LogEscape::escape(a.apiClientId) << '\n';
            out << "  api_client_secret:  "
                << (demo ? a.apiClientSecrets.first()
                         : QStringLiteral("(%1 set, not shown)").arg(a.apiClientSecrets.size()))
                << '\n';
            out << "  management_token:   "
                << (demo                          ? a.managementToken
                    : a.managementToken.isEmpty() ? QStringLiteral("(none)")
                                                  : QStringLiteral("(set, not shown)"))
                << '\n';
            for (const QString &uri : a.redirectUris)
                out << "  redirect_uri:       " << LogEscape::escape(uri) << '\n';
            out << "  default scope:      " << LogEscape::escape(a.defaultScope.join(u' ')) << '\n';
            out << "  plan:               " << LogEscape::escape(a.plan) << '\n';
            continue;
        }
        out << "Registered app (per-vehicle tokens, v2: the redirect carries a code)\n";
        // Everything from a config file or the command line is escaped too: a log shows no control character.
        out << "  client_id:     " << LogEscape::escape(a.clientId) << '\n';
        // Logs end up in CI output: only the public demo secret is printed.
        const bool demo = a.clientSecret == QLatin1StringView(SandboxConfig::DemoClientSecret);
        out << "  client_secret: " << (demo ? a.clientSecret : QStringLiteral("(set, not shown)")) << '\n';
        for (const QString &uri : a.redirectUris)
            out << "  redirect_uri:  " << LogEscape::escape(uri) << '\n';
        out << "  default scope: " << LogEscape::escape(a.defaultScope.join(u' ')) << '\n';
        out << "  plan:          " << LogEscape::escape(a.plan) << '\n';
        if (!a.webhookUrl.isEmpty())
            out << "  webhook_url:   " << LogEscape::escape(a.webhookUrl) << '\n';
    }
    out << "Press Ctrl+C to stop.\n";
    out.flush();

    if (!parser.isSet(quietOption)) {
        // RecordedRequest's fields are escaped already: one request, one line.
        QObject::connect(&server, &SandboxServer::requestRecorded, &server, [&out](const RecordedRequest &r) {
            out << r.time.toUTC().toString(Qt::ISODate) << ' ' << r.method << ' ' << r.path << ' ' << r.status
                << ' ' << r.summary << '\n';
            out.flush();
        });
    }
    // Deliveries are logged even with --quiet: they go to the user's own receiver.
    QObject::connect(&server, &SandboxServer::webhookDelivered, &server, [&out](const WebhookDelivery &d) {
        out << d.when.toUTC().toString(Qt::ISODate) << " webhook " << d.event << ' '
            << LogEscape::escape(d.url.isEmpty() ? d.appId : d.url) << ' ' << d.httpStatus << ' '
            << (d.passed ? "pass" : "FAIL") << ": " << LogEscape::escape(d.verdict) << '\n';
        out.flush();
    });
    // As Smartcar does when a webhook is created: a VERIFY to every app that can be verified.
    for (const RegisteredApp &a : std::as_const(config.apps)) {
        if (!a.webhookUrl.isEmpty() && !a.managementToken.isEmpty())
            server.verifyWebhook(a.clientId);
    }
    return app.exec();
}
