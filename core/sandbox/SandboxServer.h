#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>

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

// One request the sandbox answered, for the app's "what happened" view. Every text field is escaped with
// LogEscape (no control characters), so it can be shown as one line as is.
struct RecordedRequest
{
    QDateTime time;
    QString method;
    QString path;
    QString query;   // raw query string as received
    int status = 0;  // HTTP status answered
    QString summary; // e.g. "redirect with code", "error page: unknown client_id"
};

// A local stand-in for Smartcar Connect, auth and the vehicle API, on 127.0.0.1 only.
class SandboxServer : public QObject
{
    Q_OBJECT
public:
    explicit SandboxServer(QObject *parent = nullptr);
    ~SandboxServer() override;

    void setConfig(const SandboxConfig &config);
    const SandboxConfig &config() const;

    // Listens on 127.0.0.1 (never another interface). Port 0 picks a free port.
    bool listen(quint16 port = 0);
    bool isListening() const;
    quint16 port() const;
    QUrl baseUrl() const;           // http://127.0.0.1:PORT
    QUrl authorizeUrl() const;      // baseUrl + /oauth/authorize
    QUrl reauthenticateUrl() const; // baseUrl + /oauth/reauthenticate
    QUrl tokenUrl() const;          // baseUrl + /oauth/token
    QUrl apiUrl() const;            // baseUrl + /v2.0
    void close();

    // Time source for code/token expiry; tests inject their own.
    void setClock(std::function<QDateTime()> clock);

    // The most recent requests, oldest first (at most MaxRecordedRequests).
    QList<RecordedRequest> requests() const;
    void clearRequests();
    static constexpr int MaxRecordedRequests = 2000;

Q_SIGNALS:
    void requestRecorded(const connectlab::sandbox::RecordedRequest &request);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace connectlab::sandbox
