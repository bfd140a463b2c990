#pragma once

// One in-process sandbox for a token test: a SandboxServer on 127.0.0.1 with a clock the test moves, a
// network access manager, and the demo app's codes and tokens. Header-only: a test links
// connectlab_sandbox and connectlab_net.
//
//   SandboxFixture m_sandbox;              // a member of the test class
//   void init() { QVERIFY(m_sandbox.start()); }
//   void cleanup() { m_sandbox.stop(); }
//   const QString code = m_sandbox.code(QStringLiteral("3-vehicles@smartcar.com"));
//   m_sandbox.now = m_sandbox.now.addSecs(3 * 3600); // the sandbox's tokens expire

#include "SandboxFlow.h"

#include <ApiTarget.h>
#include <SandboxServer.h>
#include <TokenClient.h>
#include <TokenSet.h>

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QString>
#include <QTest>
#include <QUrl>

#include <functional>
#include <memory>

namespace connectlab::test {

class SandboxFixture
{
public:
    static QString demoId() { return QLatin1String(sandbox::SandboxConfig::DemoClientId); }
    static QString demoSecret() { return QLatin1String(sandbox::SandboxConfig::DemoClientSecret); }
    static QString demoRedirect() { return QLatin1String(sandbox::SandboxConfig::DemoRedirectUri); }
    static QDateTime startTime() { return QDateTime(QDate(2025, 3, 1), QTime(12, 0), Qt::UTC); }

    // What the sandbox (and whoever is given clock()) takes for now; tests move it.
    QDateTime now = startTime();

    // A fresh sandbox with `config` (the demo app and the test logins by default), listening on a free port.
    bool start(const sandbox::SandboxConfig &config = sandbox::SandboxConfig::defaults())
    {
        stop();
        now = startTime();
        m_server = std::make_unique<sandbox::SandboxServer>();
        m_server->setConfig(config);
        m_server->setClock(clock());
        m_network = std::make_unique<QNetworkAccessManager>();
        return m_server->listen();
    }
    void stop()
    {
        m_network.reset();
        m_server.reset();
    }

    sandbox::SandboxServer &server() const { return *m_server; }
    QNetworkAccessManager &network() const { return *m_network; }
    QUrl baseUrl() const { return m_server->baseUrl(); }
    ApiTarget target() const { return ApiTarget::singleOrigin(m_server->baseUrl()); }
    // How many requests the sandbox has answered for `path` ("/oauth/token").
    int requestsTo(const QString &path) const
    {
        int count = 0;
        for (const auto &request : m_server->requests()) {
            if (request.path == path)
                ++count;
        }
        return count;
    }
    std::function<QDateTime()> clock()
    {
        return [this] { return now; };
    }

    // A code for the demo app, through the sandbox's screens with `login`; empty (and a warning) on failure.
    QString code(const QString &login = QStringLiteral("driver@example.com"))
    {
        const SandboxFlow::Result flow =
            SandboxFlow::obtainCode(*m_network, SandboxFlow::demoAuthorizeUrl(baseUrl()), login);
        if (flow.code.isEmpty())
            qWarning("no code from the sandbox: %s", qPrintable(flow.error));
        return flow.code;
    }

    // The demo app's tokens for a fresh code (as the CLI or another client would get them); empty on failure.
    TokenSet tokens(const QString &login = QStringLiteral("driver@example.com"))
    {
        return exchange(code(login));
    }

    // Exchanges `code` for the demo app outside whatever the test drives; empty tokens on failure.
    TokenSet exchange(const QString &code)
    {
        if (code.isEmpty())
            return {};
        return request([&](TokenClient &client) { client.exchangeCode(code, demoRedirect()); });
    }

    // Refreshes with `refreshToken` outside whatever the test drives (which spends it: each refresh token
    // works once); the new tokens, empty on failure.
    TokenSet refresh(const QString &refreshToken)
    {
        return request([&](TokenClient &client) { client.refresh(refreshToken); });
    }

private:
    TokenSet request(const std::function<void(TokenClient &)> &send)
    {
        TokenClient client(m_network.get());
        client.setTarget(target());
        client.setCredentials(demoId(), demoSecret());
        client.setClock(clock());
        QSignalSpy ok(&client, &TokenClient::succeeded);
        QSignalSpy failed(&client, &TokenClient::failed);
        send(client);
        if (!QTest::qWaitFor([&] { return !ok.isEmpty() || !failed.isEmpty(); }, 10000) || ok.isEmpty())
            return {};
        return ok.first().first().value<TokenSet>();
    }

    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

} // namespace connectlab::test
