// POST /oauth2/token (client_credentials) over HTTP: the token, and every error as documented, cross-model
// mistakes (a v2 client id here, a v3 app at /oauth/token) explained.
#include "V3Fixture.h"

#include <QStandardPaths>
#include <QTest>

using namespace connectlab::sandbox;
using namespace connectlab::sandbox::testing;

using Headers = QList<QPair<QByteArray, QByteArray>>;
Q_DECLARE_METATYPE(Headers)

class TestAppTokenEndpoint : public QObject
{
    Q_OBJECT

    V3Fixture f;

    static QByteArray basic(const QString &id, const QString &secret)
    {
        return "Basic " + (id + u':' + secret).toUtf8().toBase64();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QVERIFY(f.start()); }
    void cleanup()
    {
        f.client.reset();
        f.server.reset();
    }

    void issues_data()
    {
        QTest::addColumn<Params>("fields");
        QTest::addColumn<Headers>("headers");
        const QString grant = QStringLiteral("grant_type"), cc = QStringLiteral("client_credentials");
        QTest::newRow("form body") << Params{{grant, cc},
                                             {QStringLiteral("client_id"), V3ApiClientId},
                                             {QStringLiteral("client_secret"), V3Secret}}
                                   << Headers{};
        QTest::newRow("HTTP Basic") << Params{{grant, cc}}
                                    << Headers{{"Authorization", basic(V3ApiClientId, V3Secret)}};
        QTest::newRow("second of two secrets")
            << Params{{grant, cc},
                      {QStringLiteral("client_id"), AlongsideApiClientId},
                      {QStringLiteral("client_secret"), AlongsideSecrets[1]}}
            << Headers{};
    }
    void issues()
    {
        QFETCH(Params, fields);
        QFETCH(Headers, headers);
        const HttpReply r = f.tokenRequest(fields, headers);
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.json();
        QVERIFY(o.value(QStringLiteral("access_token")).toString().size() >= 32);
        QCOMPARE(o.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
        QCOMPARE(o.value(QStringLiteral("expires_in")).toInt(), 3600);
        QVERIFY(!o.contains(QStringLiteral("refresh_token")));
        QCOMPARE(r.header("Cache-Control"), QByteArray("no-store"));
        // Each request buys a new token.
        QVERIFY(f.tokenRequest(fields, headers).json().value(QStringLiteral("access_token")) !=
                o.value(QStringLiteral("access_token")));
    }

    void errors_data()
    {
        QTest::addColumn<Params>("fields");
        QTest::addColumn<Headers>("headers");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("says");
        const QString grant = QStringLiteral("grant_type"), cc = QStringLiteral("client_credentials");
        const QString id = QStringLiteral("client_id"), secret = QStringLiteral("client_secret");
        QTest::newRow("no grant_type")
            << Params{{id, V3ApiClientId}, {secret, V3Secret}} << Headers{} << 400 << "invalid_request"
            << "grant_type is missing";
        QTest::newRow("no client_id")
            << Params{{grant, cc}, {secret, V3Secret}} << Headers{} << 400 << "invalid_request"
            << "client_id is missing";
        QTest::newRow("no client_secret")
            << Params{{grant, cc}, {id, V3ApiClientId}} << Headers{} << 400 << "invalid_request"
            << "client_secret is missing";
        QTest::newRow("repeated parameter")
            << Params{{grant, cc}, {grant, cc}, {id, V3ApiClientId}, {secret, V3Secret}} << Headers{} << 400
            << "invalid_request"
            << "repeated";
        QTest::newRow("authorization_code here")
            << Params{{grant, QStringLiteral("authorization_code")}, {id, V3ApiClientId}, {secret, V3Secret}}
            << Headers{} << 400 << "unsupported_grant_type"
            << "/oauth/token";
        QTest::newRow("password grant")
            << Params{{grant, QStringLiteral("password")}} << Headers{} << 400 << "unsupported_grant_type"
            << "client_credentials";
        QTest::newRow("unknown API Client ID")
            << Params{{grant, cc}, {id, QStringLiteral("client_nope")}, {secret, V3Secret}} << Headers{}
            << 401 << "invalid_client"
            << "No application";
        QTest::newRow("wrong secret")
            << Params{{grant, cc}, {id, V3ApiClientId}, {secret, QStringLiteral("guess")}} << Headers{} << 401
            << "invalid_client"
            << "secret is wrong";
        QTest::newRow("another app's secret")
            << Params{{grant, cc}, {id, V3ApiClientId}, {secret, AlongsideSecrets[0]}} << Headers{} << 401
            << "invalid_client"
            << "secret is wrong";
        QTest::newRow("wrong secret by Basic")
            << Params{{grant, cc}} << Headers{{"Authorization", basic(V3ApiClientId, QStringLiteral("x"))}}
            << 401 << "invalid_client"
            << "secret is wrong";
        QTest::newRow("Bearer instead of Basic")
            << Params{{grant, cc}} << Headers{{"Authorization", "Bearer abc"}} << 401 << "invalid_client"
            << "HTTP Basic";
        QTest::newRow("v2 client id: per-vehicle tokens")
            << Params{{grant, cc}, {id, V2Id}, {secret, QString::fromLatin1(SandboxConfig::DemoClientSecret)}}
            << Headers{} << 401 << "invalid_client"
            << "per-vehicle-token (v2) app";
        QTest::newRow("Application ID instead of API Client ID")
            << Params{{grant, cc}, {id, V3Id}, {secret, V3Secret}} << Headers{} << 401 << "invalid_client"
            << "needs its API Client ID, " + V3ApiClientId;
    }
    void errors()
    {
        QFETCH(Params, fields);
        QFETCH(Headers, headers);
        QFETCH(int, status);
        QFETCH(QString, error);
        QFETCH(QString, says);
        const HttpReply r = f.tokenRequest(fields, headers);
        QCOMPARE(r.status, status);
        QCOMPARE(r.json().value(QStringLiteral("error")).toString(), error);
        QVERIFY2(r.json().value(QStringLiteral("error_description")).toString().contains(says),
                 r.body.constData());
        QVERIFY(!r.json().contains(QStringLiteral("access_token")));
        QCOMPARE(r.header("WWW-Authenticate").startsWith("Basic"), status == 401);
    }

    void notAForm()
    {
        const HttpReply r =
            f.client->send("POST", f.client->url(QStringLiteral("/oauth2/token")),
                           "{\"grant_type\":\"client_credentials\"}", {{"Content-Type", "application/json"}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_request"));
    }

    // A v3 app, by either id, at the per-vehicle endpoint is told where its token comes from.
    void v3AppAtOauthToken_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("Application ID") << V3Id;
        QTest::newRow("API Client ID") << V3ApiClientId;
    }
    void v3AppAtOauthToken()
    {
        QFETCH(QString, id);
        const HttpReply r =
            f.client->token({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                             {QStringLiteral("code"), QStringLiteral("x")},
                             {QStringLiteral("redirect_uri"), Redirect}},
                            id, V3Secret);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_client"));
        const QString description = r.json().value(QStringLiteral("error_description")).toString();
        QVERIFY2(description.contains(QStringLiteral("/oauth2/token")), qPrintable(description));
        QVERIFY2(description.contains(V3ApiClientId), qPrintable(description));
    }
};

QTEST_GUILESS_MAIN(TestAppTokenEndpoint)
#include "tst_apptokenendpoint.moc"
