// API Authentication end to end against an in-process sandbox: the v3 demo app's screens bring a user_id
// back, then AppTokenClient / V3Client and connectlab-cli get the application token, list the owner's
// connections and vehicles and read signals, and meet every refusal the sandbox gives.
#include "CliRunner.h"
#include "SandboxFixture.h"

#include <AppTokenClient.h>
#include <V3Client.h>

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using namespace connectlab;
using connectlab::sandbox::SandboxConfig;
using connectlab::test::CliRunner;
using connectlab::test::SandboxFixture;
using connectlab::test::SandboxFlow;

namespace {

const QString ApiClientId = QLatin1String(SandboxConfig::DemoV3ApiClientId);
const QString ApiSecret = QLatin1String(SandboxConfig::DemoV3ApiClientSecret);
const QString Login = QStringLiteral("3-vehicles@smartcar.com");

} // namespace

class TestV3EndToEnd : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void clientsReadASignal();
    void refusals_data();
    void refusals();
    void expiredAppToken();
    void management();
    void cliReadsASignal();

private:
    QString userId()
    {
        const auto flow = SandboxFlow::obtainCode(
            m_sandbox.network(), SandboxFlow::demoV3AuthorizeUrl(m_sandbox.baseUrl()), Login);
        if (flow.userId.isEmpty())
            qWarning("no user_id: %s", qPrintable(flow.error));
        return flow.userId;
    }
    AppToken appToken(const QString &id = ApiClientId, const QString &secret = ApiSecret,
                      ApiError *error = nullptr)
    {
        AppTokenClient client(&m_sandbox.network());
        client.setTarget(m_sandbox.target());
        client.setClock(m_sandbox.clock());
        QSignalSpy ok(&client, &AppTokenClient::succeeded);
        QSignalSpy failed(&client, &AppTokenClient::failed);
        client.requestToken(id, secret);
        if (!QTest::qWaitFor([&] { return ok.size() + failed.size() > 0; }, 10000))
            return {};
        if (error && !failed.isEmpty())
            *error = failed.first().first().value<ApiError>();
        return ok.isEmpty() ? AppToken() : ok.first().first().value<AppToken>();
    }
    V3Client *v3(const QString &token)
    {
        auto *client = new V3Client(&m_sandbox.network(), this);
        client->setTarget(m_sandbox.target());
        client->setAppToken(token);
        return client;
    }

    SandboxFixture m_sandbox;
};

void TestV3EndToEnd::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestV3EndToEnd::init()
{
    QVERIFY(m_sandbox.start());
}

void TestV3EndToEnd::cleanup()
{
    m_sandbox.stop();
}

void TestV3EndToEnd::clientsReadASignal()
{
    const QString user = userId();
    QVERIFY(!user.isEmpty());
    const AppToken token = appToken();
    QVERIFY(token.isValid());
    QCOMPARE(token.expiresIn, 3600);
    QCOMPARE(token.tokenType, QStringLiteral("Bearer"));

    V3Client *client = v3(token.accessToken);
    QSignalSpy listed(client, &V3Client::connectionsListed);
    QSignalSpy vehicles(client, &V3Client::vehiclesListed);
    QSignalSpy signalsListed(client, &V3Client::signalsListed);
    QSignalSpy signal(client, &V3Client::signalReceived);
    QSignalSpy failed(client, &V3Client::failed);
    auto error = [&] {
        return failed.isEmpty() ? QString() : failed.first().first().value<ApiError>().summary();
    };

    // Pages of one: the cursor is followed until every connection is in.
    client->listConnections({user, {}, {}, 1, {}, true});
    QTRY_VERIFY2(listed.size() + failed.size() == 1, qPrintable(error()));
    QVERIFY2(failed.isEmpty(), qPrintable(error()));
    const auto connections = listed.first().first().value<QList<V3Connection>>();
    QCOMPARE(connections.size(), 3);
    for (const V3Connection &c : connections) {
        QCOMPARE(c.userId, user);
        QVERIFY(!c.vehicleId.isEmpty());
        QVERIFY(!c.make.isEmpty());
        QVERIFY(c.year > 1990);
        QVERIFY(c.connectedAt.isValid());
    }
    QVERIFY(m_sandbox.requestsTo(QStringLiteral("/v3/connections")) >= 3);

    client->listVehicles(user);
    QTRY_VERIFY2(vehicles.size() + failed.size() == 1, qPrintable(error()));
    QCOMPARE(vehicles.first().first().value<QList<VehicleInfo>>().size(), 3);

    const QString vehicleId = connections.first().vehicleId;
    client->listSignals(user, vehicleId);
    QTRY_VERIFY2(signalsListed.size() + failed.size() == 1, qPrintable(error()));
    QStringList codes;
    for (const V3Signal &s : signalsListed.first().at(1).value<QList<V3Signal>>())
        codes << s.code;
    QVERIFY2(codes.contains(QStringLiteral("odometer-traveleddistance")), qPrintable(codes.join(u',')));

    client->getSignal(user, vehicleId, QStringLiteral("odometer-traveleddistance"));
    QTRY_VERIFY2(signal.size() + failed.size() == 1, qPrintable(error()));
    const V3Signal odometer = signal.first().at(1).value<V3Signal>();
    QVERIFY(odometer.value().toDouble() > 0);
    QVERIFY(!odometer.unit().isEmpty());
}

void TestV3EndToEnd::refusals_data()
{
    QTest::addColumn<QString>("call");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("explains");

    QTest::newRow("v2 client id at /oauth2/token") << "v2 id" << 401 << "per-vehicle tokens (API v2)";
    QTest::newRow("wrong secret") << "wrong secret" << 401 << "The API Client ID or its secret is wrong";
    QTest::newRow("no sc-user-id") << "no user" << 400 << "sc-user-id header";
    QTest::newRow("another owner's vehicle") << "other vehicle" << 404 << "has not connected this vehicle";
    QTest::newRow("signal not granted") << "not granted" << 403 << "did not grant the permission";
    QTest::newRow("bad token") << "bad token" << 401 << "application token was refused";
}

void TestV3EndToEnd::refusals()
{
    QFETCH(QString, call);
    QFETCH(int, status);
    QFETCH(QString, explains);

    ApiError e;
    if (call == QLatin1String("v2 id") || call == QLatin1String("wrong secret")) {
        const AppToken token = call == QLatin1String("v2 id")
                                   ? appToken(SandboxFixture::demoId(), SandboxFixture::demoSecret(), &e)
                                   : appToken(ApiClientId, QStringLiteral("wrong"), &e);
        QVERIFY(!token.isValid());
        QCOMPARE(e.operation, ApiError::Operation::AppToken);
    } else {
        const QString user = userId();
        QVERIFY(!user.isEmpty());
        const AppToken token = appToken();
        V3Client *client =
            v3(call == QLatin1String("bad token") ? QStringLiteral("nope") : token.accessToken);
        QSignalSpy failed(client, &V3Client::failed);
        if (call == QLatin1String("no user"))
            client->listSignals({}, QStringLiteral("any"));
        else if (call == QLatin1String("other vehicle"))
            client->getVehicle(user, QStringLiteral("not-this-owners-vehicle"));
        else if (call == QLatin1String("not granted") || call == QLatin1String("bad token")) {
            V3Client *lister = v3(token.accessToken);
            QSignalSpy lists(lister, &V3Client::connectionsListed);
            lister->listConnections({user, {}, {}, 0, {}, true});
            QTRY_COMPARE(lists.size(), 1);
            const QString vehicle = lists.first().first().value<QList<V3Connection>>().first().vehicleId;
            client->getSignal(user, vehicle, QStringLiteral("location-preciselocation"));
        }
        QTRY_COMPARE(failed.size(), 1);
        e = failed.first().first().value<ApiError>();
        QCOMPARE(e.operation, ApiError::Operation::V3Api);
    }
    QCOMPARE(e.httpStatus, status);
    QVERIFY2(e.explanation().contains(explains), qPrintable(e.summary() + u'\n' + e.explanation()));
}

void TestV3EndToEnd::expiredAppToken()
{
    const QString user = userId();
    QVERIFY(!user.isEmpty());
    const AppToken token = appToken();
    m_sandbox.now = m_sandbox.now.addSecs(3601);
    QVERIFY(token.isExpired(m_sandbox.now));
    V3Client *client = v3(token.accessToken);
    QSignalSpy failed(client, &V3Client::failed);
    client->listConnections({user, {}, {}, 0, {}, true});
    QTRY_COMPARE(failed.size(), 1);
    const ApiError e = failed.first().first().value<ApiError>();
    QCOMPARE(e.httpStatus, 401);
    QVERIFY(e.explanation().contains(QLatin1String("application tokens last 1 hour")));
    // A new one works at once (there is no refresh).
    const AppToken again = appToken();
    QVERIFY(again.isValid());
    QVERIFY(again.accessToken != token.accessToken);
}

void TestV3EndToEnd::management()
{
    const QString user = userId();
    QVERIFY(!user.isEmpty());
    V3Client *client = v3({});
    QSignalSpy listed(client, &V3Client::managementConnectionsListed);
    QSignalSpy failed(client, &V3Client::failed);
    client->listManagementConnections(QLatin1String(SandboxConfig::DemoV3ManagementToken),
                                      {user, {}, {}, 0, {}, true});
    QTRY_COMPARE(listed.size() + failed.size(), 1);
    QVERIFY2(failed.isEmpty(),
             qPrintable(failed.isEmpty() ? QString() : failed.first().first().value<ApiError>().summary()));
    const auto list = listed.first().first().value<QList<V3Connection>>();
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.first().userId, user);

    client->listManagementConnections(QStringLiteral("wrong"), {});
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().value<ApiError>().httpStatus, 401);
    QVERIFY(
        failed.first().first().value<ApiError>().explanation().contains(QLatin1String("Management Token")));
}

void TestV3EndToEnd::cliReadsASignal()
{
    QVERIFY2(QFileInfo::exists(QStringLiteral(CONNECTLAB_CLI_PATH)), CONNECTLAB_CLI_PATH);
    const QString user = userId();
    QVERIFY(!user.isEmpty());
    const QString base = m_sandbox.baseUrl().toString();
    auto cli = [&](const QStringList &arguments, const QHash<QString, QString> &environment) {
        return CliRunner::run(QStringLiteral(CONNECTLAB_CLI_PATH),
                              arguments +
                                  QStringList{QStringLiteral("--base-url"), base, QStringLiteral("--json")},
                              environment);
    };
    const auto token = cli({QStringLiteral("token"), QStringLiteral("--client-id"), ApiClientId,
                            QStringLiteral("--client-secret-env"), QStringLiteral("SC_API_SECRET")},
                           {{QStringLiteral("SC_API_SECRET"), ApiSecret}});
    QVERIFY2(token.exitCode == 0, token.err.constData());
    const QString appToken = QJsonDocument::fromJson(token.out).object().value("access_token").toString();
    QVERIFY(!appToken.isEmpty());
    const QHash<QString, QString> withToken{{QStringLiteral("SC_APP_TOKEN"), appToken}};

    const auto connections = cli({QStringLiteral("connections"), QStringLiteral("--token-env"),
                                  QStringLiteral("SC_APP_TOKEN"), QStringLiteral("--user-id"), user},
                                 withToken);
    QVERIFY2(connections.exitCode == 0, connections.err.constData());
    const QJsonArray list = QJsonDocument::fromJson(connections.out).object().value("connections").toArray();
    QCOMPARE(list.size(), 3);
    const QString vehicle = list.first().toObject().value("vehicleId").toString();

    const auto vehicles = cli({QStringLiteral("vehicles"), QStringLiteral("--token-env"),
                               QStringLiteral("SC_APP_TOKEN"), QStringLiteral("--user-id"), user},
                              withToken);
    QVERIFY2(vehicles.exitCode == 0, vehicles.err.constData());
    QCOMPARE(QJsonDocument::fromJson(vehicles.out).object().value("vehicles").toArray().size(), 3);

    const auto signal =
        cli({QStringLiteral("signals"), QStringLiteral("--token-env"), QStringLiteral("SC_APP_TOKEN"),
             QStringLiteral("--user-id"), user, QStringLiteral("--vehicle-id"), vehicle,
             QStringLiteral("--code"), QStringLiteral("odometer-traveleddistance")},
            withToken);
    QVERIFY2(signal.exitCode == 0, signal.err.constData());
    const QJsonObject odometer =
        QJsonDocument::fromJson(signal.out).object().value("signals").toArray().first().toObject();
    QCOMPARE(odometer.value("code").toString(), QStringLiteral("odometer-traveleddistance"));
    QVERIFY(odometer.value("body").toObject().value("value").toDouble() > 0);

    // The Application ID in place of the API Client ID: a usage error that says which goes where.
    const auto wrongId = cli({QStringLiteral("token"), QStringLiteral("--client-id"),
                              QLatin1String(SandboxConfig::DemoV3ApplicationId),
                              QStringLiteral("--client-secret-env"), QStringLiteral("SC_API_SECRET")},
                             {{QStringLiteral("SC_API_SECRET"), ApiSecret}});
    QCOMPARE(wrongId.exitCode, 2);
    QVERIFY(wrongId.err.contains("goes into the Connect link"));
}

QTEST_GUILESS_MAIN(TestV3EndToEnd)
#include "tst_v3endtoend.moc"
