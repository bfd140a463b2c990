// SandboxConfig: the demo app and the JSON format of registered apps.
#include "SandboxServer.h"

#include <QStandardPaths>
#include <QTest>

using connectlab::sandbox::SandboxConfig;

class TestSandboxConfig : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void demoApp()
    {
        const SandboxConfig c = SandboxConfig::defaults();
        QCOMPARE(c.apps.size(), 2); // the v2 demo app and the API Authentication (v3) one
        const auto *app = c.app(QString::fromLatin1(SandboxConfig::DemoClientId));
        QVERIFY(app);
        QCOMPARE(app->clientSecret, QString::fromLatin1(SandboxConfig::DemoClientSecret));
        QCOMPARE(app->redirectUris.first(), QString::fromLatin1(SandboxConfig::DemoRedirectUri));
        QCOMPARE(app->redirectUris.at(1),
                 QStringLiteral("sc%1://exchange").arg(QString::fromLatin1(SandboxConfig::DemoClientId)));
        QCOMPARE(app->plan, QStringLiteral("custom"));
        QVERIFY(!app->defaultScope.isEmpty());
        QVERIFY(!c.app(QStringLiteral("nope")));
        QVERIFY(!app->isV3());

        const auto *v3 = c.app(QString::fromLatin1(SandboxConfig::DemoV3ApplicationId));
        QVERIFY(v3);
        QVERIFY(v3->isV3());
        QCOMPARE(v3->apiClientId, QString::fromLatin1(SandboxConfig::DemoV3ApiClientId));
        QCOMPARE(c.appByApiClientId(v3->apiClientId), v3);
        QVERIFY(!c.appByApiClientId(QString::fromLatin1(SandboxConfig::DemoClientId)));
        QCOMPARE(v3->redirectUris.first(), QString::fromLatin1(SandboxConfig::DemoRedirectUri));
    }

    void jsonRoundTrip()
    {
        const SandboxConfig c = SandboxConfig::defaults();
        SandboxConfig back;
        QString error;
        QVERIFY2(SandboxConfig::fromJson(c.toJson(), &back, &error), qPrintable(error));
        QCOMPARE(back.apps.size(), 2);
        QCOMPARE(back.apps.at(1).model, QStringLiteral("v3"));
        QCOMPARE(back.apps.at(1).apiClientId, c.apps.at(1).apiClientId);
        QCOMPARE(back.apps.at(1).apiClientSecrets, c.apps.at(1).apiClientSecrets);
        QCOMPARE(back.apps.at(1).managementToken, c.apps.at(1).managementToken);
        QCOMPARE(back.apps.first().redirectUris, c.apps.first().redirectUris);
        QCOMPARE(back.apps.first().defaultScope, c.apps.first().defaultScope);
        QCOMPARE(back.apps.first().clientSecret, c.apps.first().clientSecret);
        QCOMPARE(back.apps.first().name, QStringLiteral("Connect Lab demo app"));
    }

    void rejectsBadJson_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("not json") << QByteArray("{") << QStringLiteral("Not valid JSON");
        QTest::newRow("no apps") << QByteArray("{}") << QStringLiteral("\"apps\" array");
        QTest::newRow("no id") << QByteArray("{\"apps\":[{\"client_secret\":\"s\"}]}")
                               << QStringLiteral("client_id is missing");
        QTest::newRow("no secret") << QByteArray("{\"apps\":[{\"client_id\":\"a\"}]}")
                                   << QStringLiteral("client_secret is missing");
        QTest::newRow("plan")
            << QByteArray("{\"apps\":[{\"client_id\":\"a\",\"client_secret\":\"s\",\"plan\":\"gold\"}]}")
            << QStringLiteral("plan must be");
        QTest::newRow("fragment") << QByteArray("{\"apps\":[{\"client_id\":\"a\",\"client_secret\":\"s\","
                                                "\"redirect_uris\":[\"https://x/cb#f\"]}]}")
                                  << QStringLiteral("not a redirect URI");
        QTest::newRow("relative")
            << QByteArray(
                   "{\"apps\":[{\"client_id\":\"a\",\"client_secret\":\"s\",\"redirect_uris\":[\"/cb\"]}]}")
            << QStringLiteral("not a redirect URI");
        QTest::newRow("uris not strings")
            << QByteArray("{\"apps\":[{\"client_id\":\"a\",\"client_secret\":\"s\",\"redirect_uris\":[1]}]}")
            << QStringLiteral("arrays of strings");
        QTest::newRow("duplicate") << QByteArray("{\"apps\":[{\"client_id\":\"a\",\"client_secret\":\"s\"},{"
                                                 "\"client_id\":\"a\",\"client_secret\":\"t\"}]}")
                                   << QStringLiteral("registered twice");
        QTest::newRow("model") << QByteArray("{\"apps\":[{\"client_id\":\"a\",\"client_secret\":\"s\",\"model\":\"v4\"}]}")
                               << QStringLiteral("model must be");
        QTest::newRow("v3 with client_ id") << QByteArray("{\"apps\":[{\"client_id\":\"client_x\",\"model\":\"v3\"}]}")
                                            << QStringLiteral("Application ID");
        QTest::newRow("v3 without api client")
            << QByteArray("{\"apps\":[{\"client_id\":\"a\",\"model\":\"v3\",\"api_client_secrets\":[\"s\"]}]}")
            << QStringLiteral("api_client_id");
        QTest::newRow("v3 four secrets")
            << QByteArray("{\"apps\":[{\"client_id\":\"a\",\"model\":\"v3\",\"api_client_id\":\"client_a\","
                          "\"api_client_secrets\":[\"1\",\"2\",\"3\",\"4\"]}]}")
            << QStringLiteral("one to three");
    }
    void rejectsBadJson()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        SandboxConfig out = SandboxConfig::defaults();
        QString error;
        QVERIFY(!SandboxConfig::fromJson(json, &out, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
        QCOMPARE(out.apps.size(), 2); // untouched
    }
};

QTEST_GUILESS_MAIN(TestSandboxConfig)
#include "tst_sandboxconfig.moc"
