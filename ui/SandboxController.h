#pragma once

#include "AppRegistration.h"

#include <QObject>
#include <QString>

namespace connectlab {

namespace sandbox {
struct RegisteredApp;
struct SandboxConfig;
class SandboxServer;
} // namespace sandbox

// The window's local sandbox: which address it serves (known before it listens, so the first paint needs no
// server), starting it when first needed or right after the first paint, and remembering its port so links
// copied today still work after a restart (another port when that one is taken).
class SandboxController : public QObject
{
    Q_OBJECT
public:
    static constexpr quint16 DefaultPort = 47813;

    // `settingsPath`: a JSON file that remembers the port ("" remembers nothing).
    explicit SandboxController(const QString &settingsPath, QObject *parent = nullptr);
    ~SandboxController() override;

    // "http://127.0.0.1:PORT": where the sandbox serves, or will serve once started.
    QString address() const;
    quint16 port() const { return m_port; }
    bool isRunning() const;
    // Listens (the remembered port first, any free port if it is taken). Does nothing when it runs already.
    // False with *error when no port can be had on 127.0.0.1.
    bool start(QString *error = nullptr);
    // The server, started on demand (nullptr if it cannot listen).
    sandbox::SandboxServer *server();
    // The registered apps (the defaults before it starts).
    const sandbox::SandboxConfig &config() const;
    const sandbox::RegisteredApp *app(const QString &clientId) const;
    // The apps as a Connect server knows them, for the link's diagnostics.
    Registrations registrations() const;
    // Adds `redirectUri` to the app's registered redirect URIs (the app must exist). False when it cannot.
    bool registerRedirectUri(const QString &clientId, const QString &redirectUri);
    // Registers a new app with this client id and redirect URI (a fresh secret, for this session only).
    bool registerApp(const QString &clientId, const QString &redirectUri);

Q_SIGNALS:
    // The sandbox started (the first time): the Sandbox tab appears.
    void started();
    // It had to take another port than the one announced.
    void addressChanged(const QString &address);
    // The registered apps changed (here or in the Sandbox tab).
    void configChanged();

private:
    void rememberPort() const;

    QString m_settingsPath;
    quint16 m_port = DefaultPort;
    sandbox::SandboxServer *m_server = nullptr;
};

} // namespace connectlab
