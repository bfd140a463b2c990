#include "SandboxController.h"

#include "sandbox/SandboxServer.h"
#include "sandbox/TokenStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace connectlab {

namespace {

const sandbox::SandboxConfig &defaultConfig()
{
    static const sandbox::SandboxConfig config = sandbox::SandboxConfig::defaults();
    return config;
}

} // namespace

SandboxController::SandboxController(const QString &settingsPath, QObject *parent)
    : QObject(parent), m_settingsPath(settingsPath)
{
    if (m_settingsPath.isEmpty())
        return;
    QFile file(m_settingsPath);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const int port = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("port")).toInt();
    if (port > 1023 && port < 65536)
        m_port = quint16(port);
}

SandboxController::~SandboxController() = default;

QString SandboxController::address() const
{
    return QStringLiteral("http://127.0.0.1:") + QString::number(m_port);
}

bool SandboxController::isRunning() const
{
    return m_server && m_server->isListening();
}

bool SandboxController::start(QString *error)
{
    if (isRunning())
        return true;
    if (!m_server) {
        m_server = new sandbox::SandboxServer(this);
        m_server->setConfig(defaultConfig());
        connect(m_server, &sandbox::SandboxServer::configChanged, this, &SandboxController::configChanged);
    }
    const quint16 announced = m_port;
    if (!m_server->listen(m_port) && !m_server->listen(0)) {
        if (error)
            *error = tr("The local sandbox could not listen on 127.0.0.1.");
        return false;
    }
    m_port = m_server->port();
    rememberPort();
    Q_EMIT started();
    if (m_port != announced)
        Q_EMIT addressChanged(address());
    return true;
}

sandbox::SandboxServer *SandboxController::server()
{
    return start() ? m_server : nullptr;
}

const sandbox::SandboxConfig &SandboxController::config() const
{
    return m_server ? m_server->config() : defaultConfig();
}

const sandbox::RegisteredApp *SandboxController::app(const QString &clientId) const
{
    return config().app(clientId);
}

Registrations SandboxController::registrations() const
{
    Registrations r;
    r.where = tr("The local sandbox");
    for (const sandbox::RegisteredApp &app : config().apps)
        r.apps.append({app.clientId, app.displayName(), app.redirectUris});
    return r;
}

bool SandboxController::registerRedirectUri(const QString &clientId, const QString &redirectUri)
{
    sandbox::SandboxServer *s = server();
    if (!s || redirectUri.isEmpty())
        return false;
    sandbox::SandboxConfig next = s->config();
    for (sandbox::RegisteredApp &app : next.apps) {
        if (app.clientId != clientId)
            continue;
        if (!app.redirectUris.contains(redirectUri))
            app.redirectUris.append(redirectUri);
        s->setConfig(next);
        return true;
    }
    return false;
}

bool SandboxController::registerApp(const QString &clientId, const QString &redirectUri)
{
    sandbox::SandboxServer *s = server();
    if (!s || clientId.isEmpty() || s->config().app(clientId))
        return false;
    sandbox::SandboxConfig next = s->config();
    sandbox::RegisteredApp app;
    app.clientId = clientId;
    app.clientSecret = sandbox::TokenStore::randomId(); // shown in the Sandbox tab, this session only
    if (!redirectUri.isEmpty())
        app.redirectUris = {redirectUri};
    app.name = tr("Registered from the link");
    next.apps.append(app);
    s->setConfig(next);
    return true;
}

void SandboxController::rememberPort() const
{
    if (m_settingsPath.isEmpty())
        return;
    QDir().mkpath(QFileInfo(m_settingsPath).absolutePath());
    QSaveFile file(m_settingsPath);
    if (!file.open(QIODevice::WriteOnly))
        return;
    file.write(
        QJsonDocument(QJsonObject{{QStringLiteral("port"), int(m_port)}}).toJson(QJsonDocument::Compact));
    file.commit();
}

} // namespace connectlab
