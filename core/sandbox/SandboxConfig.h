#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace connectlab::sandbox {

// An application registered with the sandbox, as on Smartcar's Dashboard.
struct RegisteredApp
{
    QString clientId;
    QString clientSecret;
    QStringList redirectUris;                // the first one is the default
    QStringList defaultScope;                // Vehicle Access settings: used when a link has no scope
    QString plan = QStringLiteral("custom"); // "custom" (single select allowed) or "standard"
    QString name; // shown on the screens ("Allow <name> to access…"); the client id when empty

    // The authentication model (connect-facts.md, "Smartcar in 2026"). "v2": per-vehicle tokens, the
    // redirect carries a code, clientId + clientSecret buy tokens at /oauth/token. "v3": API Authentication,
    // clientId is the Application ID (a UUID, the id in links), the redirect carries user_id (and a code too
    // when codeAlongside), and the server gets one application token at /oauth2/token with apiClientId and
    // one of apiClientSecrets (client_credentials). clientSecret is unused for v3.
    QString model = QStringLiteral("v2");
    QString apiClientId;            // v3: "client_…"
    QStringList apiClientSecrets;   // v3: up to three, any of them works
    QString managementToken;        // the Application Management Token (webhook HMAC key, management API)
    bool codeAlongside = false;     // v3: the redirect carries a code next to user_id
    QString webhookUrl;             // a loopback URL the sandbox delivers webhooks to; empty: none

    bool isV3() const { return model == QLatin1String("v3"); }

    QString displayName() const { return name.isEmpty() ? clientId : name; }
};

// The applications the sandbox knows.
struct SandboxConfig
{
    QList<RegisteredApp> apps;

    // The demo app every Connect Lab starts with (documented in the README; not a secret).
    static constexpr auto DemoClientId = "8229df9f-91a0-4ff0-a1ae-a1f38ee24d07";
    static constexpr auto DemoClientSecret = "sandbox-demo-secret";
    static constexpr auto DemoRedirectUri = "http://localhost:8000/callback";
    // The demo API Authentication (v3) app, registered next to it (documented in the README; not secrets).
    static constexpr auto DemoV3ApplicationId = "5d3b6a0e-2c8f-4b71-9e14-6a7f0c2d9b35";
    static constexpr auto DemoV3ApiClientId = "client_01JCONNECTLABDEMO0000000000";
    static constexpr auto DemoV3ApiClientSecret = "sandbox-demo-v3-secret";
    static constexpr auto DemoV3ManagementToken = "sandbox-demo-management-token";
    static SandboxConfig defaults();
    // The app whose apiClientId is this (v3 apps only).
    const RegisteredApp *appByApiClientId(const QString &apiClientId) const;

    const RegisteredApp *app(const QString &clientId) const;
    // JSON: {"apps": [{"client_id", "client_secret", "redirect_uris": [], "default_scope": [], "plan", "name",
    //                  "model": "v2"|"v3", "api_client_id", "api_client_secrets": [], "management_token",
    //                  "code_alongside", "webhook_url"}]}
    static bool fromJson(const QByteArray &json, SandboxConfig *out, QString *error);
    QByteArray toJson() const;
};

} // namespace connectlab::sandbox
