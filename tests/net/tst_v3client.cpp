// The v3 API calls (connections, vehicles, signals) and the Management API's connection list, against a
// fake server: every success and error shape, the headers sent, paging.
#include "FakeHttpServer.h"

#include <ApiError.h>
#include <ApiTarget.h>
#include <V3Client.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace connectlab;
using connectlab::test::FakeHttpServer;

namespace {

const QByteArray Json = "application/json";

QByteArray connection(const QString &id, const QString &user, const QString &vehicle,
                      const QString &make = "TESLA")
{
    const QJsonObject c{
        {"id", id},
        {"type", "connection"},
        {"attributes", QJsonObject{{"userId", user},
                                   {"vehicleId", vehicle},
                                   {"connectedAt", "2026-03-01T12:00:00.000Z"},
                                   {"mode", "simulated"},
                                   {"permissions", QJsonArray{"read_odometer", "read_vin"}},
                                   {"vehicle", QJsonObject{{"make", make},
                                                           {"model", "Model 3"},
                                                           {"year", 2021},
                                                           {"mode", "simulated"},
                                                           {"powertrainType", "BEV"}}}}},
        {"relationships",
         QJsonObject{{"vehicle", QJsonObject{{"data", QJsonObject{{"id", vehicle}, {"type", "vehicle"}}}}},
                     {"user", QJsonObject{{"data", QJsonObject{{"id", user}, {"type", "user"}}}}}}},
        {"links", QJsonObject{{"self", QString("/v3/connections/" + id)}}}};
    return QJsonDocument(c).toJson(QJsonDocument::Compact);
}

QByteArray page(const QList<QByteArray> &items, const QByteArray &cursor)
{
    QByteArray data = "[";
    for (qsizetype i = 0; i < items.size(); ++i)
        data += (i ? "," : "") + items.at(i);
    data += "]";
    return R"({"data":)" + data + R"(,"meta":{"paging":{"cursor":)" +
           (cursor.isEmpty() ? QByteArray("null") : '"' + cursor + '"') + "}}}";
}

QByteArray smartcarError(int status, const char *type, const char *code, const char *description)
{
    return QJsonDocument(QJsonObject{{"type", type},
                                     {"code", code},
                                     {"description", description},
                                     {"docURL", "https://smartcar.com/docs/errors"},
                                     {"statusCode", status},
                                     {"requestId", "req-1"},
                                     {"resolution", QJsonObject{{"type", "RETRY_LATER"}}}})
        .toJson(QJsonDocument::Compact);
}

const QByteArray Signal =
    R"({"id":"odometer-traveleddistance","type":"signal","attributes":{"code":"odometer-traveleddistance","name":"TraveledDistance","group":"Odometer","body":{"value":12345.6,"unit":"km"}},"meta":{"retrievedAt":1772366400000,"oemUpdatedAt":1772366000000}})";

} // namespace

class TestV3Client : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void connectionsAllPages();
    void connectionsOnePage();
    void connectionsQuery_data();
    void connectionsQuery();
    void oneConnection();
    void vehicle();
    void vehicles();
    void signalsList();
    void oneSignal();
    void management();
    void refused_data();
    void refused();
    void unexpectedAnswer_data();
    void unexpectedAnswer();

private:
    bool waitFor(QSignalSpy &result, QSignalSpy &failed)
    {
        return QTest::qWaitFor([&] { return result.size() + failed.size() > 0; }, 10000);
    }
    ApiError errorFrom(QSignalSpy &failed) { return failed.first().first().value<ApiError>(); }

    FakeHttpServer *m_server = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    V3Client *m_client = nullptr;
};

void TestV3Client::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestV3Client::init()
{
    m_server = new FakeHttpServer(this);
    QVERIFY(m_server->start());
    m_network = new QNetworkAccessManager(this);
    m_client = new V3Client(m_network, this);
    m_client->setTarget(ApiTarget::singleOrigin(m_server->baseUrl()));
    m_client->setAppToken(QStringLiteral("APP-TOKEN"));
}

void TestV3Client::cleanup()
{
    delete m_client;
    delete m_network;
    delete m_server;
}

void TestV3Client::connectionsAllPages()
{
    m_server->setResponseForTarget("/v3/connections?user_id=u1&limit=2", 200, Json,
                                   page({connection("c1", "u1", "v1"), connection("c2", "u1", "v2")}, "p2"));
    m_server->setResponseForTarget("/v3/connections?user_id=u1&limit=2&cursor=p2", 200, Json,
                                   page({connection("c3", "u1", "v3", "BMW")}, {}));
    QSignalSpy listed(m_client, &V3Client::connectionsListed);
    QSignalSpy failed(m_client, &V3Client::failed);
    V3Client::ConnectionQuery query;
    query.userId = QStringLiteral("u1");
    query.limit = 2;
    m_client->listConnections(query);
    QVERIFY(waitFor(listed, failed));
    QVERIFY2(failed.isEmpty(), qPrintable(failed.isEmpty() ? QString() : errorFrom(failed).summary()));

    const auto requests = m_server->requests();
    QCOMPARE(requests.size(), 2);
    for (const auto &r : requests) {
        QCOMPARE(r.method, QByteArray("GET"));
        QCOMPARE(r.header("Authorization"), QByteArray("Bearer APP-TOKEN"));
        QCOMPARE(r.header("sc-user-id"), QByteArray("u1"));
        QVERIFY(r.header("User-Agent").startsWith("ConnectLab/"));
    }
    const auto list = listed.first().at(0).value<QList<V3Connection>>();
    QCOMPARE(listed.first().at(1).toString(), QString());
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.at(0).id, QStringLiteral("c1"));
    QCOMPARE(list.at(0).userId, QStringLiteral("u1"));
    QCOMPARE(list.at(0).vehicleId, QStringLiteral("v1"));
    QCOMPARE(list.at(0).connectedAt, QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC));
    QCOMPARE(list.at(0).mode, QStringLiteral("simulated"));
    QCOMPARE(list.at(0).permissions, (QStringList{"read_odometer", "read_vin"}));
    QCOMPARE(list.at(0).model, QStringLiteral("Model 3"));
    QCOMPARE(list.at(0).year, 2021);
    QCOMPARE(list.at(0).powertrainType, QStringLiteral("BEV"));
    QCOMPARE(list.at(2).make, QStringLiteral("BMW"));
    QCOMPARE(list.at(2).toJson().value("vehicleId").toString(), QStringLiteral("v3"));
    QVERIFY(!m_client->isBusy());
}

void TestV3Client::connectionsOnePage()
{
    m_server->setResponseForTarget("/v3/connections?limit=1", 200, Json,
                                   page({connection("c1", "u1", "v1")}, "p2"));
    QSignalSpy listed(m_client, &V3Client::connectionsListed);
    QSignalSpy failed(m_client, &V3Client::failed);
    V3Client::ConnectionQuery query;
    query.limit = 1;
    query.allPages = false;
    m_client->listConnections(query);
    QVERIFY(waitFor(listed, failed));
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->requests().first().header("sc-user-id"), QByteArray()); // no user, no header
    QCOMPARE(listed.first().at(0).value<QList<V3Connection>>().size(), 1);
    QCOMPARE(listed.first().at(1).toString(), QStringLiteral("p2"));
}

void TestV3Client::connectionsQuery_data()
{
    QTest::addColumn<QString>("userId");
    QTest::addColumn<QString>("vehicleId");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<int>("limit");
    QTest::addColumn<QByteArray>("target");

    QTest::newRow("nothing") << ""
                             << ""
                             << "" << 0 << QByteArray("/v3/connections");
    QTest::newRow("every filter") << "u 1"
                                  << "v&2"
                                  << "live" << 10
                                  << QByteArray(
                                         "/v3/connections?user_id=u%201&vehicle_id=v%262&mode=live&limit=10");
    QTest::newRow("limit capped at 100") << ""
                                         << ""
                                         << "" << 500 << QByteArray("/v3/connections?limit=100");
}

void TestV3Client::connectionsQuery()
{
    QFETCH(QString, userId);
    QFETCH(QString, vehicleId);
    QFETCH(QString, mode);
    QFETCH(int, limit);
    QFETCH(QByteArray, target);

    m_server->setResponse(200, Json, page({}, {}));
    QSignalSpy listed(m_client, &V3Client::connectionsListed);
    QSignalSpy failed(m_client, &V3Client::failed);
    m_client->listConnections({userId, vehicleId, mode, limit, {}, true});
    QVERIFY(waitFor(listed, failed));
    QCOMPARE(m_server->requests().first().target, target);
    QCOMPARE(listed.first().at(0).value<QList<V3Connection>>().size(), 0);
}

void TestV3Client::oneConnection()
{
    m_server->setResponseFor("/v3/connections/c1", 200, Json,
                             R"({"data":)" + connection("c1", "u1", "v1") + "}");
    QSignalSpy received(m_client, &V3Client::connectionReceived);
    QSignalSpy failed(m_client, &V3Client::failed);
    m_client->getConnection(QStringLiteral("c1"));
    QVERIFY(waitFor(received, failed));
    QCOMPARE(received.first().first().value<V3Connection>().vehicleId, QStringLiteral("v1"));
}

void TestV3Client::vehicle()
{
    m_server->setResponseFor(
        "/v3/vehicles/v%2F1", 200, Json,
        R"({"data":{"id":"v/1","type":"vehicle","attributes":{"make":"FORD","model":"Mustang Mach-E","year":2022},"links":{"self":"/v3/vehicles/v%2F1"}}})");
    QSignalSpy received(m_client, &V3Client::vehicleReceived);
    QSignalSpy failed(m_client, &V3Client::failed);
    m_client->getVehicle(QStringLiteral("u1"), QStringLiteral("v/1"));
    QVERIFY(waitFor(received, failed));
    QCOMPARE(m_server->requests().first().header("sc-user-id"), QByteArray("u1"));
    const VehicleInfo v = received.first().first().value<VehicleInfo>();
    QCOMPARE(v.id, QStringLiteral("v/1"));
    QCOMPARE(v.make, QStringLiteral("FORD"));
    QCOMPARE(v.model, QStringLiteral("Mustang Mach-E"));
    QCOMPARE(v.year, 2022);
}

void TestV3Client::vehicles()
{
    m_server->setResponseFor("/v3/connections", 200, Json,
                             page({connection("c1", "u1", "v1"), connection("c2", "u1", "v2")}, {}));
    m_server->setResponseFor(
        "/v3/vehicles/v1", 200, Json,
        R"({"data":{"id":"v1","attributes":{"make":"TESLA","model":"Model S","year":2019}}})");
    m_server->setResponseFor(
        "/v3/vehicles/v2", 200, Json,
        R"({"data":{"id":"v2","attributes":{"make":"KIA","model":"EV6","year":"2023"}}})");
    QSignalSpy listed(m_client, &V3Client::vehiclesListed);
    QSignalSpy failed(m_client, &V3Client::failed);
    m_client->listVehicles(QStringLiteral("u1"));
    QVERIFY(waitFor(listed, failed));
    QVERIFY2(failed.isEmpty(), qPrintable(failed.isEmpty() ? QString() : errorFrom(failed).summary()));
    const auto vehicles = listed.first().first().value<QList<VehicleInfo>>();
    QCOMPARE(vehicles.size(), 2);
    QCOMPARE(vehicles.at(0), (VehicleInfo{"v1", "TESLA", "Model S", 2019}));
    QCOMPARE(vehicles.at(1), (VehicleInfo{"v2", "KIA", "EV6", 2023}));
    const auto requests = m_server->requests();
    QCOMPARE(requests.size(), 3);
    QCOMPARE(requests.at(0).target, QByteArray("/v3/connections?user_id=u1&limit=100"));
    for (const auto &r : requests)
        QCOMPARE(r.header("sc-user-id"), QByteArray("u1"));
}

void TestV3Client::signalsList()
{
    m_server->setResponseFor(
        "/v3/vehicles/v1/signals", 200, Json,
        R"({"data":[)" + Signal +
            R"(,{"id":"location-preciselocation","type":"signal","attributes":{"code":"location-preciselocation","name":"PreciseLocation","group":"Location","body":{"latitude":37.77,"longitude":-122.42}},"meta":{}}],"meta":{}})");
    QSignalSpy listed(m_client, &V3Client::signalsListed);
    QSignalSpy failed(m_client, &V3Client::failed);
    m_client->listSignals(QStringLiteral("u1"), QStringLiteral("v1"));
    QVERIFY(waitFor(listed, failed));
    QCOMPARE(m_server->requests().first().header("sc-user-id"), QByteArray("u1"));
    QCOMPARE(m_server->requests().first().header("Authorization"), QByteArray("Bearer APP-TOKEN"));
    QCOMPARE(listed.first().at(0).toString(), QStringLiteral("v1"));
    const auto list = listed.first().at(1).value<QList<V3Signal>>();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).code, QStringLiteral("odometer-traveleddistance"));
    QCOMPARE(list.at(0).group, QStringLiteral("Odometer"));
    QCOMPARE(list.at(0).displayValue(), QStringLiteral("12345.6 km"));
    QCOMPARE(list.at(0).retrievedAt, QDateTime::fromMSecsSinceEpoch(1772366400000, Qt::UTC));
    QCOMPARE(list.at(1).displayValue(), QStringLiteral("latitude 37.77, longitude -122.42"));
    QCOMPARE(V3Signal::fromJson(QJsonDocument::fromJson(Signal).object()).toJson().value("code").toString(),
             QStringLiteral("odometer-traveleddistance"));
}

void TestV3Client::oneSignal()
{
    m_server->setResponseFor("/v3/vehicles/v1/signals/odometer-traveleddistance", 200, Json,
                             R"({"data":)" + Signal + "}");
    QSignalSpy received(m_client, &V3Client::signalReceived);
    QSignalSpy failed(m_client, &V3Client::failed);
    m_client->getSignal(QStringLiteral("u1"), QStringLiteral("v1"),
                        QStringLiteral("odometer-traveleddistance"));
    QVERIFY(waitFor(received, failed));
    QCOMPARE(received.first().at(1).value<V3Signal>().value().toDouble(), 12345.6);
    QCOMPARE(received.first().at(1).value<V3Signal>().unit(), QStringLiteral("km"));
}

void TestV3Client::management()
{
    m_server->setResponseForTarget(
        "/v2.0/management/connections?user_id=u1", 200, Json,
        R"({"connections":[{"userId":"u1","vehicleId":"v1","connectedAt":"2026-03-01T12:00:00Z","mode":"live"}],"paging":{"cursor":"n2"}})");
    m_server->setResponseForTarget(
        "/v2.0/management/connections?user_id=u1&cursor=n2", 200, Json,
        R"({"connections":[{"userId":"u1","vehicleId":"v2","connectedAt":"2026-03-02T12:00:00Z","mode":"live"}],"paging":{"cursor":null}})");
    QSignalSpy listed(m_client, &V3Client::managementConnectionsListed);
    QSignalSpy failed(m_client, &V3Client::failed);
    V3Client::ConnectionQuery query;
    query.userId = QStringLiteral("u1");
    m_client->listManagementConnections(QStringLiteral("mgmt-token"), query);
    QVERIFY(waitFor(listed, failed));
    QVERIFY2(failed.isEmpty(), qPrintable(failed.isEmpty() ? QString() : errorFrom(failed).summary()));
    const auto requests = m_server->requests();
    QCOMPARE(requests.size(), 2);
    for (const auto &r : requests) {
        QCOMPARE(r.header("Authorization"), "Basic " + QByteArray("default:mgmt-token").toBase64());
        QCOMPARE(r.header("sc-user-id"), QByteArray());
    }
    const auto list = listed.first().at(0).value<QList<V3Connection>>();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(1).vehicleId, QStringLiteral("v2"));
    QCOMPARE(list.at(1).connectedAt, QDateTime(QDate(2026, 3, 2), QTime(12, 0), Qt::UTC));
    QCOMPARE(list.at(0).toJson().keys(), (QStringList{"connectedAt", "mode", "userId", "vehicleId"}));
}

void TestV3Client::refused_data()
{
    QTest::addColumn<QString>("call");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("explanationMentions");

    QTest::newRow("expired app token")
        << "connections" << 401 << smartcarError(401, "AUTHENTICATION", "INVALID_TOKEN", "The token expired")
        << "INVALID_TOKEN"
        << "AUTHENTICATION"
        << "application token was refused";
    QTest::newRow("no sc-user-id") << "signals" << 400
                                   << smartcarError(400, "VALIDATION", "MISSING_HEADER",
                                                    "The sc-user-id header is required")
                                   << "MISSING_HEADER"
                                   << "VALIDATION"
                                   << "sc-user-id header";
    QTest::newRow("another owner's vehicle")
        << "vehicle" << 404
        << smartcarError(404, "RESOURCE_NOT_FOUND", "VEHICLE_NOT_FOUND", "No such vehicle for this user")
        << "VEHICLE_NOT_FOUND"
        << "RESOURCE_NOT_FOUND"
        << "has not connected this vehicle";
    QTest::newRow("signal not granted")
        << "signal" << 403
        << smartcarError(403, "PERMISSION", "PERMISSION_DENIED", "read_location not granted")
        << "PERMISSION_DENIED"
        << "PERMISSION"
        << "did not grant the permission";
    QTest::newRow("unknown signal") << "signal" << 404
                                    << smartcarError(404, "RESOURCE_NOT_FOUND", "SIGNAL_NOT_FOUND",
                                                     "Unknown signal code")
                                    << "SIGNAL_NOT_FOUND"
                                    << "RESOURCE_NOT_FOUND"
                                    << "No such signal";
    QTest::newRow("wrong management token")
        << "management" << 401 << smartcarError(401, "AUTHENTICATION", "UNAUTHORIZED", "Bad credentials")
        << "UNAUTHORIZED"
        << "AUTHENTICATION"
        << "Application Management Token was refused";
    QTest::newRow("server error") << "connections" << 500 << QByteArray("oops") << ""
                                  << ""
                                  << "The server had a problem (HTTP 500)";
}

void TestV3Client::refused()
{
    QFETCH(QString, call);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, error);
    QFETCH(QString, type);
    QFETCH(QString, explanationMentions);

    m_server->setResponse(status, Json, body);
    QSignalSpy failed(m_client, &V3Client::failed);
    if (call == QLatin1String("connections"))
        m_client->listConnections({});
    else if (call == QLatin1String("signals"))
        m_client->listSignals({}, QStringLiteral("v1"));
    else if (call == QLatin1String("vehicle"))
        m_client->getVehicle(QStringLiteral("u1"), QStringLiteral("v9"));
    else if (call == QLatin1String("signal"))
        m_client->getSignal(QStringLiteral("u1"), QStringLiteral("v1"),
                            QStringLiteral("location-preciselocation"));
    else
        m_client->listManagementConnections(QStringLiteral("wrong"), {});
    QTRY_COMPARE(failed.size(), 1);
    const ApiError e = errorFrom(failed);
    QCOMPARE(e.httpStatus, status);
    QCOMPARE(e.error, error);
    QCOMPARE(e.type, type);
    QCOMPARE(e.operation, call == QLatin1String("management") ? ApiError::Operation::Management
                                                              : ApiError::Operation::V3Api);
    QVERIFY2(e.explanation().contains(explanationMentions), qPrintable(e.explanation()));
    QVERIFY(!m_client->isBusy());
}

void TestV3Client::unexpectedAnswer_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("detail");

    QTest::newRow("HTML") << QByteArray("<html/>") << "not a JSON object";
    QTest::newRow("no data list") << QByteArray(R"({"connections":[]})") << "no \"data\" list";
}

void TestV3Client::unexpectedAnswer()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, detail);
    m_server->setResponse(200, Json, body);
    QSignalSpy failed(m_client, &V3Client::failed);
    m_client->listConnections({});
    QTRY_COMPARE(failed.size(), 1);
    const ApiError e = errorFrom(failed);
    QCOMPARE(e.kind, ApiError::Kind::BadResponse);
    QVERIFY2(e.detail.contains(detail), qPrintable(e.detail));
}

QTEST_GUILESS_MAIN(TestV3Client)
#include "tst_v3client.moc"
