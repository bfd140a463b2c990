// connectlab-cli token / connections / vehicles --user-id / signals (API Authentication), run through
// QProcess against a fake server in this process: what is sent, what is printed, the exit statuses.
#include "CliRunner.h"
#include "FakeHttpServer.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using connectlab::test::CliRunner;
using connectlab::test::FakeHttpServer;

namespace {

const QString SecretVar = QStringLiteral("CONNECTLAB_TEST_API_SECRET");
const QString TokenVar = QStringLiteral("CONNECTLAB_TEST_APP_TOKEN");
const QString ApiClientId = QStringLiteral("client_01JCONNECTLABDEMO0000000000");
const QString ApiSecret = QStringLiteral("v3+secret/&x");
const QString AppToken = QStringLiteral("app-token-123");
const QByteArray Json = "application/json";

QByteArray connection(const char *id, const char *vehicle, const char *make, int year)
{
    return QByteArray(R"({"id":")") + id +
           R"(","type":"connection","attributes":{"userId":"u1","vehicleId":")" + vehicle +
           R"(","connectedAt":"2026-03-01T12:00:00.000Z","mode":"simulated","permissions":["read_odometer"],"vehicle":{"make":")" +
           make + R"(","model":"Model","year":)" + QByteArray::number(year) + "}}}";
}

QJsonObject parseJson(const QByteArray &out)
{
    return QJsonDocument::fromJson(out.trimmed()).object();
}

} // namespace

class TestV3Commands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void help();
    void tokenJson();
    void tokenText();
    void tokenRefused_data();
    void tokenRefused();
    void usageErrors_data();
    void usageErrors();
    void connectionsAllPages();
    void connectionsOnePage();
    void connectionsManagement();
    void ownerVehicles();
    void signalsJson();
    void oneSignalText();
    void signalRefused();

private:
    CliRunner::Result cli(const QStringList &arguments, const QHash<QString, QString> &environment = {})
    {
        return CliRunner::run(QStringLiteral(CONNECTLAB_CLI_PATH), arguments, environment);
    }
    QStringList withBase(QStringList arguments) const
    {
        return arguments << QStringLiteral("--base-url") << m_server->baseUrl().toString();
    }

    FakeHttpServer *m_server = nullptr;
};

void TestV3Commands::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFileInfo::exists(QStringLiteral(CONNECTLAB_CLI_PATH)), CONNECTLAB_CLI_PATH);
}

void TestV3Commands::init()
{
    m_server = new FakeHttpServer(this);
    QVERIFY(m_server->start());
}

void TestV3Commands::cleanup()
{
    delete m_server;
    m_server = nullptr;
}

void TestV3Commands::help()
{
    const auto overview = cli({QStringLiteral("--help")});
    QCOMPARE(overview.exitCode, 0);
    for (const char *name : {"token", "connections", "signals"})
        QVERIFY2(overview.out.contains(name), name);
    const auto token = cli({QStringLiteral("token"), QStringLiteral("--help")});
    QCOMPARE(token.exitCode, 0);
    QVERIFY(token.out.contains("--client-secret-env VAR"));
    QVERIFY(token.out.contains("/oauth2/token"));
    const auto vehicles = cli({QStringLiteral("vehicles"), QStringLiteral("--help")});
    QVERIFY(vehicles.out.contains("--user-id ID"));
    QVERIFY(vehicles.out.contains("sc-user-id"));
}

void TestV3Commands::tokenJson()
{
    m_server->setResponseFor("/oauth2/token", 200, Json,
                             R"({"access_token":"app-token-123","token_type":"Bearer","expires_in":3600})");
    const auto run =
        cli(withBase({QStringLiteral("token"), QStringLiteral("--client-id"), ApiClientId,
                      QStringLiteral("--client-secret-env"), SecretVar, QStringLiteral("--json")}),
            {{SecretVar, ApiSecret}});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject reply = parseJson(run.out);
    QCOMPARE(reply.keys(), (QStringList{"access_token", "expires_in", "token_type"}));
    QCOMPARE(reply.value("access_token").toString(), AppToken);
    QCOMPARE(reply.value("expires_in").toInt(), 3600);
    QCOMPARE(m_server->requests().size(), 1);
    const auto request = m_server->requests().first();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.body,
             QByteArray("grant_type=client_credentials&client_id=client_01JCONNECTLABDEMO0000000000"
                        "&client_secret=v3%2Bsecret%2F%26x"));
    QVERIFY(!run.out.contains(ApiSecret.toUtf8()));
    QVERIFY(!run.err.contains(ApiSecret.toUtf8()));
}

void TestV3Commands::tokenText()
{
    m_server->setResponseFor("/oauth2/token", 200, Json,
                             R"({"access_token":"app-token-123","token_type":"Bearer","expires_in":3600})");
    const auto run = cli(withBase({QStringLiteral("token"), QStringLiteral("--client-id"), ApiClientId,
                                   QStringLiteral("--client-secret-env"), SecretVar}),
                         {{SecretVar, ApiSecret}});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.startsWith("access_token   app-token-123\n"));
    QVERIFY(run.out.contains("\nexpires_in     3600 (until "));
    QVERIFY(!run.out.contains("refresh_token"));
    QVERIFY(run.err.contains("No refresh token"));
}

void TestV3Commands::tokenRefused_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("explains");

    QTest::newRow("wrong secret") << 401
                                  << QByteArray(R"({"error":"invalid_client","error_description":"bad"})")
                                  << "invalid_client"
                                  << "The API Client ID or its secret is wrong";
    QTest::newRow("missing field")
        << 400 << QByteArray(R"({"error":"invalid_request","error_description":"client_secret is required"})")
        << "invalid_request"
        << "grant_type=client_credentials";
}

void TestV3Commands::tokenRefused()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, error);
    QFETCH(QString, explains);

    m_server->setResponseFor("/oauth2/token", status, Json, body);
    const auto run =
        cli(withBase({QStringLiteral("token"), QStringLiteral("--client-id"), ApiClientId,
                      QStringLiteral("--client-secret-env"), SecretVar, QStringLiteral("--json")}),
            {{SecretVar, ApiSecret}});
    QCOMPARE(run.exitCode, 1);
    const QJsonObject reply = parseJson(run.out);
    QCOMPARE(reply.value("error").toString(), error);
    QCOMPARE(reply.value("status").toInt(), status);
    QVERIFY2(reply.value("explanation").toString().contains(explains), run.out.constData());
    QVERIFY2(QString::fromUtf8(run.err).contains(explains), run.err.constData());
}

void TestV3Commands::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("says");

    const QStringList token{QStringLiteral("token"), QStringLiteral("--client-id"), ApiClientId};
    QTest::newRow("token: secret on the command line")
        << (token + QStringList{QStringLiteral("--client-secret"), QStringLiteral("s3cret")})
        << "--client-secret is refused";
    QTest::newRow("token: no secret option") << token << "--client-secret-env VAR is required";
    QTest::newRow("token: the Application ID")
        << QStringList{QStringLiteral("token"), QStringLiteral("--client-id"),
                       QStringLiteral("5d3b6a0e-2c8f-4b71-9e14-6a7f0c2d9b35"),
                       QStringLiteral("--client-secret-env"), SecretVar}
        << "The Application ID (a UUID) goes into the Connect link; the client_… id and its secret go into "
           "the "
           "application token request";
    QTest::newRow("token: no id") << QStringList{QStringLiteral("token"),
                                                 QStringLiteral("--client-secret-env"), SecretVar}
                                  << "--client-id client_… is required";
    QTest::newRow("connections: no user")
        << QStringList{QStringLiteral("connections"), QStringLiteral("--token-env"), TokenVar}
        << "--user-id ID is required";
    QTest::newRow("connections: two tokens")
        << QStringList{QStringLiteral("connections"), QStringLiteral("--token-env"), TokenVar,
                       QStringLiteral("--management-token-env"), TokenVar}
        << "give either --token-env";
    QTest::newRow("connections: limit out of range") << QStringList{QStringLiteral("connections"),
                                                                    QStringLiteral("--token-env"),
                                                                    TokenVar,
                                                                    QStringLiteral("--user-id"),
                                                                    QStringLiteral("u1"),
                                                                    QStringLiteral("--limit"),
                                                                    QStringLiteral("101")}
                                                     << "--limit takes a number from 1 to 100";
    QTest::newRow("signals: no vehicle")
        << QStringList{QStringLiteral("signals"), QStringLiteral("--token-env"), TokenVar,
                       QStringLiteral("--user-id"), QStringLiteral("u1")}
        << "--vehicle-id ID is required";
    QTest::newRow("signals: no user")
        << QStringList{QStringLiteral("signals"), QStringLiteral("--token-env"), TokenVar,
                       QStringLiteral("--vehicle-id"), QStringLiteral("v1")}
        << "--user-id ID is required";
    QTest::newRow("vehicles: empty user") << QStringList{QStringLiteral("vehicles"), QStringLiteral("--token-env"),
                                                         TokenVar, QStringLiteral("--user-id="), }
                                          << "--user-id needs the owner's user_id";
}

void TestV3Commands::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, says);
    const auto run = cli(arguments, {{SecretVar, ApiSecret}, {TokenVar, AppToken}});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(QString::fromUtf8(run.err).contains(says), run.err.constData());
    QVERIFY(run.out.isEmpty());
    QCOMPARE(m_server->requests().size(), 0); // nothing was sent
}

void TestV3Commands::connectionsAllPages()
{
    m_server->setResponseForTarget("/v3/connections?user_id=u1", 200, Json,
                                   R"({"data":[)" + connection("c1", "v1", "TESLA", 2021) +
                                       R"(],"meta":{"paging":{"cursor":"p2"}}})");
    m_server->setResponseForTarget("/v3/connections?user_id=u1&cursor=p2", 200, Json,
                                   R"({"data":[)" + connection("c2", "v2", "KIA", 2023) +
                                       R"(],"meta":{"paging":{"cursor":null}}})");
    const auto run =
        cli(withBase({QStringLiteral("connections"), QStringLiteral("--token-env"), TokenVar,
                      QStringLiteral("--user-id"), QStringLiteral("u1"), QStringLiteral("--json")}),
            {{TokenVar, AppToken}});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject reply = parseJson(run.out);
    const QJsonArray list = reply.value("connections").toArray();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(1).toObject().value("make").toString(), QStringLiteral("KIA"));
    QCOMPARE(list.at(0).toObject().value("permissions").toArray().first().toString(),
             QStringLiteral("read_odometer"));
    QVERIFY(reply.value("paging").toObject().value("cursor").isNull());
    for (const auto &r : m_server->requests()) {
        QCOMPARE(r.header("Authorization"), "Bearer " + AppToken.toUtf8());
        QCOMPARE(r.header("sc-user-id"), QByteArray("u1"));
    }
}

void TestV3Commands::connectionsOnePage()
{
    m_server->setResponseForTarget("/v3/connections?user_id=u1&limit=1", 200, Json,
                                   R"({"data":[)" + connection("c1", "v1", "TESLA", 2021) +
                                       R"(],"meta":{"paging":{"cursor":"p2"}}})");
    const auto run = cli(withBase({QStringLiteral("connections"), QStringLiteral("--token-env"), TokenVar,
                                   QStringLiteral("--user-id"), QStringLiteral("u1"),
                                   QStringLiteral("--limit"), QStringLiteral("1")}),
                         {{TokenVar, AppToken}});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(m_server->requests().size(), 1);
    QVERIFY(run.out.startsWith("USER ID"));
    QVERIFY(run.out.contains("TESLA"));
    QVERIFY(run.out.contains("2021"));
    QVERIFY(run.err.contains("1 connection\n"));
    QVERIFY(run.err.contains("More: --cursor p2"));
}

void TestV3Commands::connectionsManagement()
{
    m_server->setResponseFor(
        "/v2.0/management/connections", 200, Json,
        R"({"connections":[{"userId":"u1","vehicleId":"v1","connectedAt":"2026-03-01T12:00:00Z","mode":"live"}],"paging":{"cursor":null}})");
    const auto run = cli(withBase({QStringLiteral("connections"), QStringLiteral("--management-token-env"),
                                   TokenVar, QStringLiteral("--json")}),
                         {{TokenVar, QStringLiteral("mgmt")}});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(m_server->requests().first().header("Authorization"),
             "Basic " + QByteArray("default:mgmt").toBase64());
    QCOMPARE(m_server->requests().first().target, QByteArray("/v2.0/management/connections"));
    QCOMPARE(
        parseJson(run.out).value("connections").toArray().first().toObject().value("vehicleId").toString(),
        QStringLiteral("v1"));
}

void TestV3Commands::ownerVehicles()
{
    m_server->setResponseFor("/v3/connections", 200, Json,
                             R"({"data":[)" + connection("c1", "v1", "TESLA", 2021) +
                                 R"(],"meta":{"paging":{}}})");
    m_server->setResponseFor(
        "/v3/vehicles/v1", 200, Json,
        R"({"data":{"id":"v1","type":"vehicle","attributes":{"make":"TESLA","model":"Model 3","year":2021}}})");
    const auto run =
        cli(withBase({QStringLiteral("vehicles"), QStringLiteral("--token-env"), TokenVar,
                      QStringLiteral("--user-id"), QStringLiteral("u1"), QStringLiteral("--json")}),
            {{TokenVar, AppToken}});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonArray vehicles = parseJson(run.out).value("vehicles").toArray();
    QCOMPARE(vehicles.size(), 1);
    QCOMPARE(vehicles.first().toObject(),
             (QJsonObject{{"id", "v1"}, {"make", "TESLA"}, {"model", "Model 3"}, {"year", 2021}}));
    QCOMPARE(m_server->requests().at(1).header("sc-user-id"), QByteArray("u1"));
}

void TestV3Commands::signalsJson()
{
    m_server->setResponseFor(
        "/v3/vehicles/v1/signals", 200, Json,
        R"({"data":[{"id":"odometer-traveleddistance","type":"signal","attributes":{"code":"odometer-traveleddistance","name":"TraveledDistance","group":"Odometer","body":{"value":12345.6,"unit":"km"}},"meta":{"retrievedAt":1772366400000}}],"meta":{}})");
    const auto run =
        cli(withBase({QStringLiteral("signals"), QStringLiteral("--token-env"), TokenVar,
                      QStringLiteral("--user-id"), QStringLiteral("u1"), QStringLiteral("--vehicle-id"),
                      QStringLiteral("v1"), QStringLiteral("--json")}),
            {{TokenVar, AppToken}});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject reply = parseJson(run.out);
    QCOMPARE(reply.value("vehicleId").toString(), QStringLiteral("v1"));
    const QJsonObject signal = reply.value("signals").toArray().first().toObject();
    QCOMPARE(signal.value("code").toString(), QStringLiteral("odometer-traveleddistance"));
    QCOMPARE(signal.value("body").toObject().value("value").toDouble(), 12345.6);
    QCOMPARE(m_server->requests().first().header("sc-user-id"), QByteArray("u1"));
}

void TestV3Commands::oneSignalText()
{
    m_server->setResponseFor(
        "/v3/vehicles/v1/signals/tractionbattery-stateofcharge", 200, Json,
        R"({"data":{"id":"tractionbattery-stateofcharge","type":"signal","attributes":{"code":"tractionbattery-stateofcharge","body":{"value":81,"unit":"percent"}},"meta":{}}})");
    const auto run =
        cli(withBase({QStringLiteral("signals"), QStringLiteral("--token-env"), TokenVar,
                      QStringLiteral("--user-id"), QStringLiteral("u1"), QStringLiteral("--vehicle-id"),
                      QStringLiteral("v1"), QStringLiteral("--code"),
                      QStringLiteral("tractionbattery-stateofcharge")}),
            {{TokenVar, AppToken}});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.startsWith("CODE"));
    QVERIFY2(run.out.contains("tractionbattery-stateofcharge  81 percent"), run.out.constData());
    QVERIFY(run.err.contains("1 signal\n"));
}

void TestV3Commands::signalRefused()
{
    m_server->setResponse(
        403, Json,
        R"({"type":"PERMISSION","code":"PERMISSION_DENIED","description":"read_location not granted","statusCode":403})");
    const auto run =
        cli(withBase({QStringLiteral("signals"), QStringLiteral("--token-env"), TokenVar,
                      QStringLiteral("--user-id"), QStringLiteral("u1"), QStringLiteral("--vehicle-id"),
                      QStringLiteral("v1"), QStringLiteral("--json")}),
            {{TokenVar, AppToken}});
    QCOMPARE(run.exitCode, 1);
    const QJsonObject reply = parseJson(run.out);
    QCOMPARE(reply.value("error").toString(), QStringLiteral("PERMISSION_DENIED"));
    QCOMPARE(reply.value("status").toInt(), 403);
    QVERIFY(reply.value("explanation").toString().contains(QLatin1String("did not grant the permission")));
    QVERIFY(!run.out.contains(AppToken.toUtf8()));
    QVERIFY(!run.err.contains(AppToken.toUtf8()));
}

QTEST_GUILESS_MAIN(TestV3Commands)
#include "tst_v3commands.moc"
