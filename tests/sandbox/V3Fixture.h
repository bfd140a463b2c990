#pragma once
// A sandbox in the test process with the demo apps (v2 and v3), a v3 app with the code alongside, a second
// v3 app, and a clock the test moves; helpers to connect a login through the screens over HTTP, buy an app
// token and call the v3 API. For the API Authentication tests.

#include "SandboxClient.h"
#include "SandboxServer.h"

#include <QJsonArray>

#include <memory>

namespace connectlab::sandbox::testing {

inline const QString V3Id = QString::fromLatin1(SandboxConfig::DemoV3ApplicationId);
inline const QString V3ApiClientId = QString::fromLatin1(SandboxConfig::DemoV3ApiClientId);
inline const QString V3Secret = QString::fromLatin1(SandboxConfig::DemoV3ApiClientSecret);
inline const QString V3Management = QString::fromLatin1(SandboxConfig::DemoV3ManagementToken);
inline const QString V2Id = QString::fromLatin1(SandboxConfig::DemoClientId);
inline const QString Redirect = QString::fromLatin1(SandboxConfig::DemoRedirectUri);
// A v3 app whose redirect carries a code next to user_id, with two secrets.
inline const QString AlongsideId = QStringLiteral("0b9c3f4e-7a1d-4e26-8c5b-2f6e9d0a1b7c");
inline const QString AlongsideApiClientId = QStringLiteral("client_01ALONGSIDE");
inline const QString AlongsideSecrets[] = {QStringLiteral("alongside-one"), QStringLiteral("alongside-two")};
inline const QString AlongsideManagement = QStringLiteral("alongside-management");

class V3Fixture
{
public:
    QDateTime now = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    std::unique_ptr<SandboxServer> server;
    std::unique_ptr<SandboxClient> client;

    bool start()
    {
        now = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
        server = std::make_unique<SandboxServer>();
        SandboxConfig config = SandboxConfig::defaults();
        RegisteredApp alongside;
        alongside.model = QStringLiteral("v3");
        alongside.clientId = AlongsideId;
        alongside.apiClientId = AlongsideApiClientId;
        alongside.apiClientSecrets = {AlongsideSecrets[0], AlongsideSecrets[1]};
        alongside.managementToken = AlongsideManagement;
        alongside.codeAlongside = true;
        alongside.redirectUris = {QStringLiteral("https://fleet.example.com/cb")};
        alongside.defaultScope = {QStringLiteral("read_vehicle_info"), QStringLiteral("read_odometer")};
        config.apps.append(alongside);
        server->setConfig(config);
        server->setClock([this] { return now; });
        if (!server->listen())
            return false;
        client = std::make_unique<SandboxClient>(server.get());
        return true;
    }

    static Params link(const QString &appId, const QString &scope,
                       const QString &mode = QStringLiteral("live"))
    {
        return {{QStringLiteral("response_type"), QStringLiteral("code")},
                {QStringLiteral("client_id"), appId},
                {QStringLiteral("scope"), scope},
                {QStringLiteral("make"), QStringLiteral("TESLA")},
                {QStringLiteral("state"), QStringLiteral("st4te-v3")},
                {QStringLiteral("approval_prompt"), QStringLiteral("force")},
                {QStringLiteral("mode"), mode}};
    }

    // The screens over HTTP, every vehicle and permission taken; the final answer (a 302 when it worked).
    HttpReply connect(const Params &params, const QString &login)
    {
        HttpReply page = client->authorize(params);
        for (int round = 0; round < 8 && page.status == 200; ++round) {
            const QString step = page.step();
            Params fields;
            if (step == QLatin1String("preamble")) {
                fields = {{QStringLiteral("action"), QStringLiteral("continue")}};
            } else if (step == QLatin1String("brand")) {
                fields = {{QStringLiteral("make"), QStringLiteral("TESLA")}};
            } else if (step == QLatin1String("login")) {
                fields = {{QStringLiteral("username"), login},
                          {QStringLiteral("password"), QStringLiteral("pw")}};
            } else if (step == QLatin1String("vehicles")) {
                for (const QString &id : page.inputValues(QStringLiteral("vehicle")))
                    fields.append({QStringLiteral("vehicle"), id});
            } else if (step == QLatin1String("permissions")) {
                fields = {{QStringLiteral("action"), QStringLiteral("allow")}};
                for (const QString &p : page.inputValues(QStringLiteral("permission")))
                    fields.append({QStringLiteral("permission"), p});
            } else {
                break;
            }
            page = client->step(page, fields);
        }
        return page;
    }

    // user_id from connecting `login` to the demo v3 app with `scope`.
    QString connectDemo(const QString &login, const QString &scope,
                        const QString &mode = QStringLiteral("live"))
    {
        return connect(link(V3Id, scope, mode), login).redirectParams().value(QStringLiteral("user_id"));
    }

    HttpReply tokenRequest(const Params &fields, const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        return client->postForm(client->url(QStringLiteral("/oauth2/token")), encodeParams(fields), headers);
    }

    QString appToken(const QString &apiClientId = V3ApiClientId, const QString &secret = V3Secret)
    {
        return tokenRequest({{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                             {QStringLiteral("client_id"), apiClientId},
                             {QStringLiteral("client_secret"), secret}})
            .json()
            .value(QStringLiteral("access_token"))
            .toString();
    }

    HttpReply v3(const QString &pathAndQuery, const QString &token, const QString &userId = {})
    {
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!token.isNull())
            headers.append({"Authorization", "Bearer " + token.toUtf8()});
        if (!userId.isEmpty())
            headers.append({"sc-user-id", userId.toUtf8()});
        const qsizetype q = pathAndQuery.indexOf(u'?');
        return client->get(q < 0 ? client->url(pathAndQuery)
                                 : client->url(pathAndQuery.left(q), pathAndQuery.mid(q + 1).toLatin1()),
                           headers);
    }

    // The vehicle ids of the user's connections to the demo v3 app.
    QStringList vehiclesOf(const QString &userId, const QString &token)
    {
        QStringList ids;
        const QJsonArray data = v3(QStringLiteral("/v3/connections?user_id=") + userId, token)
                                    .json()
                                    .value(QStringLiteral("data"))
                                    .toArray();
        for (const QJsonValue &c : data)
            ids.append(c[QStringLiteral("attributes")][QStringLiteral("vehicleId")].toString());
        return ids;
    }
};

} // namespace connectlab::sandbox::testing
