// The application token (API Authentication): POST /oauth2/token with client_credentials, against a fake
// server that answers every shape the real one (and the sandbox) gives.
#include "FakeHttpServer.h"

#include <ApiError.h>
#include <ApiTarget.h>
#include <AppToken.h>
#include <AppTokenClient.h>

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

using namespace connectlab;
using connectlab::test::FakeHttpServer;

namespace {

const QDateTime Start(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

} // namespace

class TestAppTokenClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void targets_data();
    void targets();
    void apiClientIds_data();
    void apiClientIds();
    void requestOnTheWire_data();
    void requestOnTheWire();
    void expiry();
    void refused_data();
    void refused();
    void unreachableHost();
    void timeout();
    void secondRequestAbortsFirst();

private:
    bool waitForAnswer(QSignalSpy &ok, QSignalSpy &failed)
    {
        return QTest::qWaitFor([&] { return ok.size() + failed.size() > 0; }, 10000);
    }

    FakeHttpServer *m_server = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    AppTokenClient *m_client = nullptr;
};

void TestAppTokenClient::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestAppTokenClient::init()
{
    m_server = new FakeHttpServer(this);
    QVERIFY(m_server->start());
    m_network = new QNetworkAccessManager(this);
    m_client = new AppTokenClient(m_network, this);
    m_client->setTarget(ApiTarget::singleOrigin(m_server->baseUrl()));
    m_client->setClock([] { return Start; });
}

void TestAppTokenClient::cleanup()
{
    delete m_client;
    delete m_network;
    delete m_server;
}

void TestAppTokenClient::targets_data()
{
    QTest::addColumn<ApiTarget>("target");
    QTest::addColumn<QString>("appTokenUrl");
    QTest::addColumn<QString>("connectionsUrl");
    QTest::addColumn<QString>("managementUrl");

    QTest::newRow("Smartcar") << ApiTarget::smartcar() << "https://iam.smartcar.com/oauth2/token"
                              << "https://vehicle.api.smartcar.com/v3/connections"
                              << "https://management.smartcar.com/v2.0/management/connections";
    QTest::newRow("sandbox origin") << ApiTarget::singleOrigin(
                                           QUrl(QStringLiteral("http://127.0.0.1:4321/x?y")))
                                    << "http://127.0.0.1:4321/oauth2/token"
                                    << "http://127.0.0.1:4321/v3/connections"
                                    << "http://127.0.0.1:4321/v2.0/management/connections";
}

void TestAppTokenClient::targets()
{
    QFETCH(ApiTarget, target);
    QFETCH(QString, appTokenUrl);
    QFETCH(QString, connectionsUrl);
    QFETCH(QString, managementUrl);
    QVERIFY(target.isValid());
    QVERIFY(target.isV3Valid());
    QCOMPARE(target.appTokenUrl().toString(), appTokenUrl);
    QCOMPARE(target.connectionsUrl().toString(), connectionsUrl);
    QCOMPARE(target.managementConnectionsUrl().toString(), managementUrl);
    const QString v3 = connectionsUrl.chopped(QStringLiteral("/connections").size());
    QCOMPARE(target.connectionUrl(QStringLiteral("c/1")).toString(),
             v3 + QStringLiteral("/connections/c%2F1"));
    QCOMPARE(target.v3VehicleUrl(QStringLiteral("v 1")).toString(QUrl::FullyEncoded),
             v3 + QStringLiteral("/vehicles/v%201"));
    QCOMPARE(target.signalsUrl(QStringLiteral("v1")).toString(), v3 + QStringLiteral("/vehicles/v1/signals"));
    QCOMPARE(target.signalUrl(QStringLiteral("v1"), QStringLiteral("odometer-traveleddistance")).toString(),
             v3 + QStringLiteral("/vehicles/v1/signals/odometer-traveleddistance"));
    // The v2 bases are untouched.
    QVERIFY(target.tokenUrl().toString().endsWith(QLatin1String("/oauth/token")));
    QVERIFY(!ApiTarget{}.isV3Valid());
}

void TestAppTokenClient::apiClientIds_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("isApiClientId");
    QTest::addColumn<QString>("problemMentions");

    QTest::newRow("API Client ID") << "client_01JCONNECTLABDEMO0000000000" << true << "";
    QTest::newRow("Application ID (UUID)") << "5d3b6a0e-2c8f-4b71-9e14-6a7f0c2d9b35" << false
                                           << "Application ID (a UUID) goes into the Connect link";
    QTest::newRow("bare prefix") << "client_" << false << "start with client_";
    QTest::newRow("empty") << "" << false << "missing";
}

void TestAppTokenClient::apiClientIds()
{
    QFETCH(QString, id);
    QFETCH(bool, isApiClientId);
    QFETCH(QString, problemMentions);
    QCOMPARE(AppToken::isApiClientId(id), isApiClientId);
    const QString problem = AppToken::apiClientIdProblem(id);
    QCOMPARE(problem.isEmpty(), isApiClientId);
    QVERIFY2(problem.contains(problemMentions), qPrintable(problem));
}

void TestAppTokenClient::requestOnTheWire_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("plain") << "client_abc"
                           << "s3cret"
                           << QByteArray(
                                  "grant_type=client_credentials&client_id=client_abc&client_secret=s3cret");
    QTest::newRow("reserved characters in the secret")
        << "client_abc"
        << "a+b&c=d %"
        << QByteArray("grant_type=client_credentials&client_id=client_abc&client_secret=a%2Bb%26c%3Dd%20%25");
}

void TestAppTokenClient::requestOnTheWire()
{
    QFETCH(QString, id);
    QFETCH(QString, secret);
    QFETCH(QByteArray, body);

    m_server->setResponse(200, "application/json",
                          R"({"access_token":"APP-TOKEN","token_type":"Bearer","expires_in":3600})");
    QSignalSpy ok(m_client, &AppTokenClient::succeeded);
    QSignalSpy failed(m_client, &AppTokenClient::failed);
    m_client->requestToken(id, secret);
    QVERIFY(m_client->isBusy());
    QVERIFY(waitForAnswer(ok, failed));
    QCOMPARE(failed.size(), 0);
    QVERIFY(!m_client->isBusy());

    QCOMPARE(m_server->requests().size(), 1);
    const FakeHttpServer::Request request = m_server->requests().first();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.target, QByteArray("/oauth2/token"));
    QCOMPARE(request.header("Content-Type"), QByteArray("application/x-www-form-urlencoded"));
    QVERIFY(request.header("User-Agent").startsWith("ConnectLab/"));
    QCOMPARE(request.header("Authorization"), QByteArray()); // the credentials go in the body only
    QCOMPARE(request.body, body);

    const AppToken token = ok.first().first().value<AppToken>();
    QCOMPARE(token.accessToken, QStringLiteral("APP-TOKEN"));
    QCOMPARE(token.tokenType, QStringLiteral("Bearer"));
    QCOMPARE(token.expiresIn, 3600);
    QCOMPARE(token.obtainedAt, Start);
    QCOMPARE(token.expiresAt(), Start.addSecs(3600));
    QCOMPARE(token.toJson().keys(), (QStringList{"access_token", "expires_in", "token_type"}));
}

void TestAppTokenClient::expiry()
{
    AppToken token;
    QVERIFY(AppToken::fromJson(R"({"access_token":"x","expires_in":"3600"})", Start, &token, nullptr));
    QCOMPARE(token.secondsLeft(Start), 3600);
    QCOMPARE(token.secondsLeft(Start.addSecs(3599)), 1);
    QVERIFY(!token.isExpired(Start.addSecs(3599)));
    QVERIFY(token.isExpired(Start.addSecs(3600)));
    QCOMPARE(token.secondsLeft(Start.addSecs(9999)), 0);
    QVERIFY(!AppToken{}.isExpired(Start)); // no token is not an expired token
}

void TestAppTokenClient::refused_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("explanationMentions");

    QTest::newRow("wrong secret")
        << 401 << QByteArray(R"({"error":"invalid_client","error_description":"Invalid client credentials"})")
        << ApiError::Kind::OAuth << "invalid_client"
        << "The API Client ID or its secret is wrong";
    QTest::newRow("a v2 client id")
        << 401
        << QByteArray(
               R"({"error":"invalid_client","error_description":"This client id belongs to a per-vehicle-token app: use /oauth/token"})")
        << ApiError::Kind::OAuth << "invalid_client"
        << "per-vehicle tokens (API v2)";
    QTest::newRow("missing field")
        << 400 << QByteArray(R"({"error":"invalid_request","error_description":"client_secret is missing"})")
        << ApiError::Kind::OAuth << "invalid_request"
        << "needs grant_type=client_credentials, the API Client ID (client_…) and its "
           "secret (client_secret is missing)";
    QTest::newRow("other grant") << 400 << QByteArray(R"({"error":"unsupported_grant_type"})")
                                 << ApiError::Kind::OAuth << "unsupported_grant_type"
                                 << "client_credentials only";
    QTest::newRow("server error") << 503 << QByteArray("<html>down</html>") << ApiError::Kind::Http << ""
                                  << "The server had a problem (HTTP 503)";
    QTest::newRow("HTML instead of JSON") << 200 << QByteArray("<html/>") << ApiError::Kind::BadResponse << ""
                                          << "not a JSON object";
    QTest::newRow("no access_token") << 200 << QByteArray(R"({"token_type":"Bearer"})")
                                     << ApiError::Kind::BadResponse << ""
                                     << "no access_token";
}

void TestAppTokenClient::refused()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(ApiError::Kind, kind);
    QFETCH(QString, error);
    QFETCH(QString, explanationMentions);

    m_server->setResponse(status, "application/json", body);
    QSignalSpy ok(m_client, &AppTokenClient::succeeded);
    QSignalSpy failed(m_client, &AppTokenClient::failed);
    m_client->requestToken(QStringLiteral("client_abc"), QStringLiteral("secret"));
    QVERIFY(waitForAnswer(ok, failed));
    QCOMPARE(ok.size(), 0);
    const ApiError e = failed.first().first().value<ApiError>();
    QCOMPARE(e.kind, kind);
    QCOMPARE(e.operation, ApiError::Operation::AppToken);
    QCOMPARE(e.error, error);
    QCOMPARE(e.httpStatus, status);
    QVERIFY2(e.explanation().contains(explanationMentions), qPrintable(e.explanation()));
    QVERIFY(!e.explanation().contains(QLatin1String("secret\"")));
}

void TestAppTokenClient::unreachableHost()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    QUrl origin(QStringLiteral("http://127.0.0.1"));
    origin.setPort(probe.serverPort());
    probe.close();
    m_client->setTarget(ApiTarget::singleOrigin(origin));
    QSignalSpy ok(m_client, &AppTokenClient::succeeded);
    QSignalSpy failed(m_client, &AppTokenClient::failed);
    m_client->requestToken(QStringLiteral("client_abc"), QStringLiteral("secret"));
    QVERIFY(waitForAnswer(ok, failed));
    const ApiError e = failed.first().first().value<ApiError>();
    QCOMPARE(e.kind, ApiError::Kind::Network);
    QVERIFY(e.explanation().startsWith(QLatin1String("Could not reach 127.0.0.1:")));
}

void TestAppTokenClient::timeout()
{
    m_server->setSilent();
    m_client->setTimeout(std::chrono::milliseconds(300));
    QSignalSpy ok(m_client, &AppTokenClient::succeeded);
    QSignalSpy failed(m_client, &AppTokenClient::failed);
    m_client->requestToken(QStringLiteral("client_abc"), QStringLiteral("secret"));
    QVERIFY(waitForAnswer(ok, failed));
    QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::Timeout);
}

void TestAppTokenClient::secondRequestAbortsFirst()
{
    m_server->setResponse(200, "application/json", R"({"access_token":"T","expires_in":3600})");
    QSignalSpy ok(m_client, &AppTokenClient::succeeded);
    QSignalSpy failed(m_client, &AppTokenClient::failed);
    m_client->requestToken(QStringLiteral("client_abc"), QStringLiteral("one"));
    m_client->requestToken(QStringLiteral("client_abc"), QStringLiteral("two"));
    QVERIFY(waitForAnswer(ok, failed));
    QTest::qWait(100);
    QCOMPARE(ok.size(), 1);
    QCOMPARE(failed.size(), 0);
}

QTEST_GUILESS_MAIN(TestAppTokenClient)
#include "tst_apptokenclient.moc"
