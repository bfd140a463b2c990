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
    static SandboxConfig defaults();

    const RegisteredApp *app(const QString &clientId) const;
    // JSON: {"apps": [{"client_id", "client_secret", "redirect_uris": [], "default_scope": [], "plan"}]}
    static bool fromJson(const QByteArray &json, SandboxConfig *out, QString *error);
    QByteArray toJson() const;
};

} // namespace connectlab::sandbox
