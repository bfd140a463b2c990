#include "FakeHttpServer.h"
#include "SandboxFixture.h"

#include <ApiError.h>
#include <TokenClient.h>
#include <UrlBuilder.h>
#include <VehicleClient.h>

#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>
#include <QUrlQuery>

using namespace connectlab;
using connectlab::test::FakeHttpServer;
using connectlab::test::SandboxFixture;
using connectlab::test::SandboxFlow;

class TestVehicleClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void listing_data();
    void listing();
    void requestOnTheWire();
    void refusedToken_data();
    void refusedToken();
    void unreachableHost();
    void unexpectedAnswer_data();
    void unexpectedAnswer();
    void targets_data();
    void targets();
    void reauthenticationLink();

private:
    QString accessTokenFor(const QString &login) { return m_sandbox.tokens(login).accessToken; }

    SandboxFixture m_sandbox;
    QNetworkAccessManager *m_network = nullptr;
};

void TestVehicleClient::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestVehicleClient::init()
{
    QVERIFY(m_sandbox.start());
    m_network = new QNetworkAccessManager(this);
}

void TestVehicleClient::cleanup()
{
    delete m_network;
    m_network = nullptr;
    m_sandbox.stop();
}

void TestVehicleClient::listing_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<int>("count");

    QTest::newRow("one vehicle") << "driver@example.com" << 50 << 1;
    QTest::newRow("three vehicles") << "3-vehicles@smartcar.com" << 50 << 3;
    QTest::newRow("pages of 7 (paging)") << "20-vehicles@smartcar.com" << 7 << 20;
    QTest::newRow("exact pages of 5") << "20-vehicles@smartcar.com" << 5 << 20;
}

void TestVehicleClient::listing()
{
    QFETCH(QString, login);
    QFETCH(int, pageSize);
    QFETCH(int, count);

    const QString token = accessTokenFor(login);
    QVERIFY(!token.isEmpty());
    VehicleClient client(m_network);
    client.setTarget(m_sandbox.target());
    client.setPageSize(pageSize);
    QSignalSpy listed(&client, &VehicleClient::vehiclesListed);
    QSignalSpy failed(&client, &VehicleClient::failed);
    client.listVehicles(token);
    QTRY_COMPARE_WITH_TIMEOUT(listed.size() + failed.size(), 1, 20000);
    QVERIFY2(failed.isEmpty(),
             qPrintable(failed.isEmpty() ? QString() : failed.first().first().value<ApiError>().summary()));
    const auto vehicles = listed.first().first().value<QList<VehicleInfo>>();
    QCOMPARE(vehicles.size(), count);
    QSet<QString> ids;
    for (const VehicleInfo &v : vehicles) {
        QVERIFY(!v.id.isEmpty());
        QCOMPARE(v.make.toUpper(), QStringLiteral("TESLA"));
        QVERIFY(!v.model.isEmpty());
        QVERIFY2(v.year > 1990 && v.year < 2100, qPrintable(QString::number(v.year)));
        ids.insert(v.id);
        QCOMPARE(VehicleInfo::fromJson(v.toJson()), v);
    }
    QCOMPARE(ids.size(), count);
    QVERIFY(!client.isBusy());
}

void TestVehicleClient::requestOnTheWire()
{
    FakeHttpServer raw;
    QVERIFY(raw.start());
    raw.setResponse(200, "application/json", R"({"vehicles":["a/b c"],"paging":{"count":1,"offset":0}})");
    VehicleClient client(m_network);
    client.setTarget(ApiTarget::singleOrigin(raw.baseUrl()));
    QSignalSpy listed(&client, &VehicleClient::vehiclesListed);
    client.listVehicles(QStringLiteral("tok+en"));
    QTRY_COMPARE(listed.size(), 1);
    const auto requests = raw.requests();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(0).method, QByteArray("GET"));
    QCOMPARE(requests.at(0).target, QByteArray("/v2.0/vehicles?limit=50&offset=0"));
    QCOMPARE(requests.at(0).header("Authorization"), QByteArray("Bearer tok+en"));
    QVERIFY(requests.at(0).header("User-Agent").startsWith("ConnectLab/"));
    QCOMPARE(requests.at(1).target, QByteArray("/v2.0/vehicles/a%2Fb%20c")); // one path segment
    // The canned answer has no make/model/year: the id from the list is kept.
    QCOMPARE(listed.first().first().value<QList<VehicleInfo>>().first().id, QStringLiteral("a/b c"));
}

void TestVehicleClient::refusedToken_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<int>("hoursLater");
    QTest::addColumn<int>("status");

    QTest::newRow("unknown token") << "nope" << 0 << 401;
    QTest::newRow("expired token") << "" << 3 << 401;
    QTest::newRow("fresh token still valid") << "" << 1 << 200;
}

void TestVehicleClient::refusedToken()
{
    QFETCH(QString, token);
    QFETCH(int, hoursLater);
    QFETCH(int, status);

    if (token.isEmpty())
        token = accessTokenFor(QStringLiteral("driver@example.com"));
    m_sandbox.now = m_sandbox.now.addSecs(hoursLater * 3600);
    VehicleClient client(m_network);
    client.setTarget(m_sandbox.target());
    QSignalSpy listed(&client, &VehicleClient::vehiclesListed);
    QSignalSpy failed(&client, &VehicleClient::failed);
    client.listVehicles(token);
    QTRY_COMPARE(listed.size() + failed.size(), 1);
    if (status == 200) {
        QCOMPARE(listed.size(), 1);
        return;
    }
    const ApiError e = failed.first().first().value<ApiError>();
    QCOMPARE(e.httpStatus, status);
    QCOMPARE(e.operation, ApiError::Operation::Vehicles);
    QCOMPARE(e.error, QStringLiteral("INVALID_TOKEN"));
    QVERIFY2(e.explanation().contains(QLatin1String("access token was refused")),
             qPrintable(e.explanation()));
}

void TestVehicleClient::unreachableHost()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    QUrl origin(QStringLiteral("http://127.0.0.1"));
    origin.setPort(port);

    VehicleClient client(m_network);
    client.setTarget(ApiTarget::singleOrigin(origin));
    QSignalSpy failed(&client, &VehicleClient::failed);
    client.listVehicles(QStringLiteral("token"));
    QTRY_COMPARE(failed.size(), 1);
    const ApiError e = failed.first().first().value<ApiError>();
    QCOMPARE(e.kind, ApiError::Kind::Network);
    QVERIFY(e.explanation().startsWith(QLatin1String("Could not reach 127.0.0.1:")));
}

void TestVehicleClient::unexpectedAnswer_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ApiError::Kind>("kind");

    QTest::newRow("not JSON") << QByteArray("<html/>") << ApiError::Kind::BadResponse;
    QTest::newRow("no vehicles key") << QByteArray(R"({"cars":[]})") << ApiError::Kind::BadResponse;
}

void TestVehicleClient::unexpectedAnswer()
{
    QFETCH(QByteArray, body);
    QFETCH(ApiError::Kind, kind);
    FakeHttpServer raw;
    QVERIFY(raw.start());
    raw.setResponse(200, "application/json", body);
    VehicleClient client(m_network);
    client.setTarget(ApiTarget::singleOrigin(raw.baseUrl()));
    QSignalSpy failed(&client, &VehicleClient::failed);
    client.listVehicles(QStringLiteral("token"));
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().value<ApiError>().kind, kind);
}

void TestVehicleClient::targets_data()
{
    QTest::addColumn<ApiTarget>("target");
    QTest::addColumn<QString>("tokenUrl");
    QTest::addColumn<QString>("vehiclesUrl");

    QTest::newRow("Smartcar") << ApiTarget::smartcar() << "https://auth.smartcar.com/oauth/token"
                              << "https://api.smartcar.com/v2.0/vehicles";
    QTest::newRow("sandbox origin") << ApiTarget::singleOrigin(QUrl(QStringLiteral("http://127.0.0.1:4321")))
                                    << "http://127.0.0.1:4321/oauth/token"
                                    << "http://127.0.0.1:4321/v2.0/vehicles";
    QTest::newRow("origin with a path and slash")
        << ApiTarget::singleOrigin(QUrl(QStringLiteral("http://127.0.0.1:4321/oauth/authorize?x=1")))
        << "http://127.0.0.1:4321/oauth/token"
        << "http://127.0.0.1:4321/v2.0/vehicles";
    ApiTarget withSlashes; // the v2 bases only
    withSlashes.authBase = QUrl(QStringLiteral("https://auth.example/"));
    withSlashes.apiBase = QUrl(QStringLiteral("https://api.example/v2.0/"));
    QTest::newRow("bases with trailing slashes")
        << withSlashes
        << "https://auth.example/oauth/token"
        << "https://api.example/v2.0/vehicles";
}

void TestVehicleClient::targets()
{
    QFETCH(ApiTarget, target);
    QFETCH(QString, tokenUrl);
    QFETCH(QString, vehiclesUrl);
    QVERIFY(target.isValid());
    QCOMPARE(target.tokenUrl().toString(), tokenUrl);
    QCOMPARE(target.vehiclesUrl().toString(), vehiclesUrl);
    QCOMPARE(target.vehicleUrl(QStringLiteral("v1")).toString(), vehiclesUrl + QStringLiteral("/v1"));
    QVERIFY(!ApiTarget{}.isValid());
    QVERIFY(!ApiTarget::singleOrigin(QUrl(QStringLiteral("ftp://x"))).isValid());
}

void TestVehicleClient::reauthenticationLink()
{
    // List the vehicles, pick one, build its /oauth/reauthenticate link with the core (as the composer does
    // on "Re-authenticate this vehicle"), and run it: the sandbox answers with that vehicle_id.
    const QString token = accessTokenFor(QStringLiteral("3-vehicles@smartcar.com"));
    QVERIFY(!token.isEmpty());
    VehicleClient client(m_network);
    client.setTarget(m_sandbox.target());
    QSignalSpy listed(&client, &VehicleClient::vehiclesListed);
    client.listVehicles(token);
    QTRY_COMPARE(listed.size(), 1);
    const QString vehicleId = listed.first().first().value<QList<VehicleInfo>>().at(1).id;

    ConnectRequest request;
    request.baseUrl = m_sandbox.baseUrl().toString();
    request.clientId = SandboxFixture::demoId();
    request.redirectUri = SandboxFixture::demoRedirect();
    request.state = QStringLiteral("re+auth");
    request.makeReauthentication(vehicleId);
    const QUrl link(UrlBuilder::build(request), QUrl::StrictMode);
    QCOMPARE(link.path(), QStringLiteral("/oauth/reauthenticate"));

    const SandboxFlow::Result flow = SandboxFlow::obtainCode(*m_network, link);
    const QUrlQuery callback(flow.callback);
    QVERIFY2(flow.callback.isValid(), qPrintable(flow.error));
    QCOMPARE(callback.queryItemValue(QStringLiteral("vehicle_id"), QUrl::FullyDecoded), vehicleId);
    QCOMPARE(callback.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded), QStringLiteral("re+auth"));
}

QTEST_GUILESS_MAIN(TestVehicleClient)
#include "tst_vehicleclient.moc"
