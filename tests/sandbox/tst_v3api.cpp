// API Authentication (v3) in the sandbox over HTTP: the redirect with user_id (with and without a code),
// Connect's own 400 pages, and every /v3 endpoint's answers and errors, paging included. Screens are driven
// over HTTP as a user would; the clock is the test's.
#include "V3Fixture.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

using namespace connectlab::sandbox;
using namespace connectlab::sandbox::testing;

class TestV3Api : public QObject
{
    Q_OBJECT

    V3Fixture f;

    static QString title(const HttpReply &r)
    {
        return QRegularExpression(QStringLiteral("<title>([^<]*)</title>")).match(r.text()).captured(1);
    }
    static QString heading(const HttpReply &r)
    {
        return QRegularExpression(QStringLiteral("<h1 id=\"error-heading\">([^<]*)</h1>"))
            .match(r.text())
            .captured(1);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QVERIFY(f.start()); }
    void cleanup()
    {
        f.client.reset();
        f.server.reset();
    }

    // What the redirect carries, by the app's model.
    void redirect_data()
    {
        QTest::addColumn<QString>("appId");
        QTest::addColumn<bool>("userId");
        QTest::addColumn<bool>("code");
        QTest::newRow("v3: user_id and state, no code") << V3Id << true << false;
        QTest::newRow("v3 with codeAlongside: user_id and code") << AlongsideId << true << true;
        QTest::newRow("v2: code, no user_id") << V2Id << false << true;
    }
    void redirect()
    {
        QFETCH(QString, appId);
        QFETCH(bool, userId);
        QFETCH(bool, code);
        const HttpReply r = f.connect(V3Fixture::link(appId, QStringLiteral("read_odometer")),
                                      QStringLiteral("driver@example.com"));
        QCOMPARE(r.status, 302);
        const FormData p = r.redirectParams();
        QCOMPARE(p.value(QStringLiteral("state")), QStringLiteral("st4te-v3"));
        QCOMPARE(p.contains(QStringLiteral("user_id")), userId);
        QCOMPARE(p.contains(QStringLiteral("code")), code);
        QVERIFY(!p.contains(QStringLiteral("error")));
        if (userId) {
            const QUuid id(p.value(QStringLiteral("user_id")));
            QVERIFY(!id.isNull());
            QCOMPARE(id.version(), QUuid::Sha1); // name-based, UUID v5
        }
        if (code)
            QVERIFY(!QUuid(p.value(QStringLiteral("code"))).isNull());
    }

    void userIdIsStablePerAppAndLogin()
    {
        const QString a = f.connectDemo(QStringLiteral("owner@example.com"), QStringLiteral("read_odometer"));
        QVERIFY(!a.isEmpty());
        QCOMPARE(f.connectDemo(QStringLiteral("Owner@Example.com"), QStringLiteral("read_vin")), a);
        QVERIFY(f.connectDemo(QStringLiteral("other@example.com"), QStringLiteral("read_odometer")) != a);
        const QString other = f.connect(V3Fixture::link(AlongsideId, QStringLiteral("read_odometer")),
                                        QStringLiteral("owner@example.com"))
                                  .redirectParams()
                                  .value(QStringLiteral("user_id"));
        QVERIFY(!other.isEmpty());
        QVERIFY(other != a); // each app has its own user ids
        // A second server (another run) gives the same id.
        V3Fixture again;
        QVERIFY(again.start());
        QCOMPARE(again.connectDemo(QStringLiteral("owner@example.com"), QStringLiteral("read_odometer")), a);
    }

    // Connect's own 400 pages: exact title and heading, no redirect.
    void connectErrorPages_data()
    {
        QTest::addColumn<Params>("params");
        QTest::addColumn<QString>("headline");
        QTest::addColumn<QString>("message");
        Params apiClientId = V3Fixture::link(V3ApiClientId, QStringLiteral("read_odometer"));
        QTest::newRow("API Client ID in client_id")
            << apiClientId << QStringLiteral("400: Invalid parameter client_id: ") + V3ApiClientId
            << QStringLiteral("The link needs the Application ID, ") + V3Id;
        Params inApplicationId{{QStringLiteral("response_type"), QStringLiteral("code")},
                               {QStringLiteral("application_id"), QStringLiteral("client_01HXYZabc123")}};
        QTest::newRow("unknown client_ id in application_id")
            << inApplicationId << QStringLiteral("400: Invalid parameter client_id: client_01HXYZabc123")
            << QStringLiteral("token request (/oauth2/token)");
        QTest::newRow("unknown Application ID")
            << V3Fixture::link(QStringLiteral("11111111-2222-4333-8444-555555555555"),
                               QStringLiteral("read_vin"))
            << QStringLiteral("400: Invalid parameter client_id: 11111111-2222-4333-8444-555555555555")
            << QStringLiteral("No application with this client_id");
        Params unregistered = V3Fixture::link(V3Id, QStringLiteral("read_vin"));
        unregistered.append({QStringLiteral("redirect_uri"), QStringLiteral("https://evil.example/cb")});
        QTest::newRow("unregistered redirect_uri")
            << unregistered << QStringLiteral("400: Unauthorized redirect_uri")
            << QStringLiteral("registered redirect URIs");
    }
    void connectErrorPages()
    {
        QFETCH(Params, params);
        QFETCH(QString, headline);
        QFETCH(QString, message);
        const HttpReply r = f.client->authorize(params);
        QCOMPARE(r.status, 400);
        QVERIFY(r.location().isEmpty());
        QCOMPARE(title(r), headline.toHtmlEscaped());
        QCOMPARE(heading(r), headline.toHtmlEscaped());
        QVERIFY2(r.text().contains(message), qPrintable(r.text()));
    }

    void connectionsListAndOne()
    {
        const QString user =
            f.connectDemo(QStringLiteral("2-vehicles@smartcar.com"),
                          QStringLiteral("read_vehicle_info read_odometer"), QStringLiteral("simulated"));
        const QString token = f.appToken();
        const HttpReply list = f.v3(QStringLiteral("/v3/connections"), token);
        QCOMPARE(list.status, 200);
        const QJsonArray data = list.json().value(QStringLiteral("data")).toArray();
        QCOMPARE(data.size(), 2);
        QVERIFY(
            list.json()[QStringLiteral("meta")][QStringLiteral("paging")][QStringLiteral("cursor")].isNull());
        const QJsonObject c = data.at(0).toObject();
        QCOMPARE(c.value(QStringLiteral("type")).toString(), QStringLiteral("connection"));
        const QJsonObject a = c.value(QStringLiteral("attributes")).toObject();
        QCOMPARE(a.value(QStringLiteral("userId")).toString(), user);
        QCOMPARE(a.value(QStringLiteral("mode")).toString(), QStringLiteral("simulated"));
        QCOMPARE(a.value(QStringLiteral("connectedAt")).toString(),
                 QStringLiteral("2026-03-01T09:00:00.000Z"));
        QCOMPARE(a.value(QStringLiteral("permissions")).toArray(),
                 QJsonArray({QStringLiteral("read_vehicle_info"), QStringLiteral("read_odometer")}));
        const QJsonObject v = a.value(QStringLiteral("vehicle")).toObject();
        QCOMPARE(v.value(QStringLiteral("make")).toString(), QStringLiteral("TESLA"));
        QVERIFY(!v.value(QStringLiteral("model")).toString().isEmpty());
        QVERIFY(v.value(QStringLiteral("year")).toInt() >= 2018);
        QCOMPARE(v.value(QStringLiteral("powertrainType")).toString(), QStringLiteral("BEV"));
        QCOMPARE(v.value(QStringLiteral("mode")).toString(), QStringLiteral("simulated"));
        const QString vehicleId = a.value(QStringLiteral("vehicleId")).toString();
        QCOMPARE(c[QStringLiteral("relationships")][QStringLiteral("vehicle")][QStringLiteral("data")]
                  [QStringLiteral("id")]
                      .toString(),
                 vehicleId);
        QCOMPARE(c[QStringLiteral("relationships")][QStringLiteral("user")][QStringLiteral("data")]
                  [QStringLiteral("id")]
                      .toString(),
                 user);
        const QString self = c[QStringLiteral("links")][QStringLiteral("self")].toString();
        QCOMPARE(self, QStringLiteral("/v3/connections/") + c.value(QStringLiteral("id")).toString());

        const HttpReply one = f.v3(self, token);
        QCOMPARE(one.status, 200);
        QCOMPARE(one.json().value(QStringLiteral("data")).toObject(), c);
    }

    void vehicleAndSignals()
    {
        const QString user =
            f.connectDemo(QStringLiteral("driver@example.com"),
                          QStringLiteral("read_vehicle_info read_odometer read_vin read_battery"));
        const QString token = f.appToken();
        const QString vehicle = f.vehiclesOf(user, token).value(0);
        QVERIFY(!vehicle.isEmpty());

        const HttpReply info = f.v3(QStringLiteral("/v3/vehicles/") + vehicle, token, user);
        QCOMPARE(info.status, 200);
        const QJsonObject d = info.json().value(QStringLiteral("data")).toObject();
        QCOMPARE(d.value(QStringLiteral("id")).toString(), vehicle);
        QCOMPARE(d.value(QStringLiteral("type")).toString(), QStringLiteral("vehicle"));
        QCOMPARE(d[QStringLiteral("attributes")][QStringLiteral("make")].toString(), QStringLiteral("TESLA"));
        QCOMPARE(d[QStringLiteral("links")][QStringLiteral("self")].toString(),
                 QStringLiteral("/v3/vehicles/") + vehicle);

        const HttpReply signalList =
            f.v3(QStringLiteral("/v3/vehicles/%1/signals").arg(vehicle), token, user);
        QCOMPARE(signalList.status, 200);
        QStringList codes;
        for (const QJsonValue &s : signalList.json().value(QStringLiteral("data")).toArray())
            codes.append(s[QStringLiteral("id")].toString());
        // Granted ones only; a Tesla has a battery, no fuel.
        QCOMPARE(codes, QStringList({QStringLiteral("odometer-traveleddistance"),
                                     QStringLiteral("vehicleidentification-vin"),
                                     QStringLiteral("tractionbattery-stateofcharge"),
                                     QStringLiteral("tractionbattery-range")}));

        const HttpReply odo = f.v3(
            QStringLiteral("/v3/vehicles/%1/signals/odometer-traveleddistance").arg(vehicle), token, user);
        QCOMPARE(odo.status, 200);
        const QJsonObject s = odo.json().value(QStringLiteral("data")).toObject();
        QCOMPARE(s.value(QStringLiteral("type")).toString(), QStringLiteral("signal"));
        QCOMPARE(s[QStringLiteral("attributes")][QStringLiteral("code")].toString(),
                 QStringLiteral("odometer-traveleddistance"));
        QCOMPARE(s[QStringLiteral("attributes")][QStringLiteral("body")][QStringLiteral("unit")].toString(),
                 QStringLiteral("km"));
        const double km =
            s[QStringLiteral("attributes")][QStringLiteral("body")][QStringLiteral("value")].toDouble();
        QVERIFY2(km > 1000 && km < 200000, qPrintable(QString::number(km)));
        QCOMPARE(qint64(s[QStringLiteral("meta")][QStringLiteral("retrievedAt")].toDouble()),
                 f.now.toMSecsSinceEpoch());
        QVERIFY(s[QStringLiteral("meta")][QStringLiteral("oemUpdatedAt")].toDouble() <
                s[QStringLiteral("meta")][QStringLiteral("retrievedAt")].toDouble());

        // Stable: the same value later, and the VIN is the vehicle's.
        f.now = f.now.addSecs(600);
        const HttpReply again = f.v3(
            QStringLiteral("/v3/vehicles/%1/signals/odometer-traveleddistance").arg(vehicle), token, user);
        QCOMPARE(again
                     .json()[QStringLiteral("data")][QStringLiteral("attributes")][QStringLiteral("body")]
                            [QStringLiteral("value")]
                     .toDouble(),
                 km);
        const HttpReply vin = f.v3(
            QStringLiteral("/v3/vehicles/%1/signals/vehicleidentification-vin").arg(vehicle), token, user);
        QCOMPARE(vin.json()[QStringLiteral("data")][QStringLiteral("attributes")][QStringLiteral("body")]
                           [QStringLiteral("value")]
                               .toString()
                               .size(),
                 17);
    }

    // Every error, Smartcar-shaped.
    void errors_data()
    {
        QTest::addColumn<QString>("path"); // {v}: the user's vehicle
        QTest::addColumn<QString>(
            "token"); // none, bad, expired, vehicle (v2 access token), other (another app), ok
        QTest::addColumn<QString>("user"); // none, ok, other
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("says");
        const QString n = QStringLiteral("none"), ok = QStringLiteral("ok");
        QTest::newRow("no token") << "/v3/connections" << n << n << 401 << "AUTHENTICATION"
                                  << "MISSING_TOKEN"
                                  << "Bearer";
        QTest::newRow("unknown token") << "/v3/vehicles/{v}"
                                       << "bad" << ok << 401 << "AUTHENTICATION"
                                       << "INVALID_TOKEN"
                                       << "/oauth2/token";
        QTest::newRow("expired token") << "/v3/vehicles/{v}/signals"
                                       << "expired" << ok << 401 << "AUTHENTICATION"
                                       << "EXPIRED_TOKEN"
                                       << "expired";
        QTest::newRow("per-vehicle token") << "/v3/connections"
                                           << "vehicle" << n << 401 << "AUTHENTICATION"
                                           << "INVALID_TOKEN"
                                           << "per-vehicle access token";
        QTest::newRow("no sc-user-id: vehicle") << "/v3/vehicles/{v}" << ok << n << 400 << "VALIDATION"
                                                << "MISSING_HEADER"
                                                << "sc-user-id";
        QTest::newRow("no sc-user-id: signals")
            << "/v3/vehicles/{v}/signals" << ok << n << 400 << "VALIDATION"
            << "MISSING_HEADER"
            << "sc-user-id";
        QTest::newRow("no sc-user-id: signal")
            << "/v3/vehicles/{v}/signals/odometer-traveleddistance" << ok << n << 400 << "VALIDATION"
            << "MISSING_HEADER"
            << "sc-user-id";
        QTest::newRow("another user's vehicle")
            << "/v3/vehicles/{v}" << ok << "other" << 404 << "RESOURCE_NOT_FOUND"
            << "VEHICLE"
            << "has not connected";
        QTest::newRow("unknown vehicle")
            << "/v3/vehicles/00000000-0000-4000-8000-000000000000" << ok << ok << 404 << "RESOURCE_NOT_FOUND"
            << "VEHICLE"
            << "has not connected";
        QTest::newRow("another app's token") << "/v3/vehicles/{v}"
                                             << "other" << ok << 404 << "RESOURCE_NOT_FOUND"
                                             << "VEHICLE"
                                             << "this app";
        QTest::newRow("unknown connection")
            << "/v3/connections/nope" << ok << n << 404 << "RESOURCE_NOT_FOUND"
            << "CONNECTION"
            << "no connection";
        QTest::newRow("signal not granted")
            << "/v3/vehicles/{v}/signals/location-preciselocation" << ok << ok << 403 << "PERMISSION"
            << "SIGNAL_NOT_GRANTED"
            << "read_location";
        QTest::newRow("unknown signal")
            << "/v3/vehicles/{v}/signals/warp-drive" << ok << ok << 404 << "RESOURCE_NOT_FOUND"
            << "SIGNAL"
            << "warp-drive";
        QTest::newRow("signal the vehicle lacks")
            << "/v3/vehicles/{v}/signals/internalcombustionengine-fuellevel" << ok << ok << 404
            << "RESOURCE_NOT_FOUND"
            << "SIGNAL"
            << "BEV";
        QTest::newRow("unknown path") << "/v3/trips" << ok << n << 404 << "RESOURCE_NOT_FOUND"
                                      << "PATH"
                                      << "/v3/connections";
        QTest::newRow("bad limit") << "/v3/connections?limit=101" << ok << n << 400 << "VALIDATION"
                                   << "PARAMETER"
                                   << "limit";
        QTest::newRow("zero limit") << "/v3/connections?limit=0" << ok << n << 400 << "VALIDATION"
                                    << "PARAMETER"
                                    << "limit";
        QTest::newRow("bad cursor") << "/v3/connections?cursor=bogus!" << ok << n << 400 << "VALIDATION"
                                    << "PARAMETER"
                                    << "cursor";
        QTest::newRow("bad mode") << "/v3/connections?mode=test" << ok << n << 400 << "VALIDATION"
                                  << "PARAMETER"
                                  << "mode";
        QTest::newRow("sc-user-id and user_id differ")
            << "/v3/connections?user_id=someone" << ok << ok << 400 << "VALIDATION"
            << "PARAMETER"
            << "sc-user-id";
    }
    void errors()
    {
        QFETCH(QString, path);
        QFETCH(QString, token);
        QFETCH(QString, user);
        QFETCH(int, status);
        QFETCH(QString, type);
        QFETCH(QString, code);
        QFETCH(QString, says);
        const QString userId = f.connectDemo(QStringLiteral("driver@example.com"),
                                             QStringLiteral("read_vehicle_info read_odometer read_fuel"));
        const QString otherUser =
            f.connectDemo(QStringLiteral("neighbour@example.com"), QStringLiteral("read_odometer"));
        const QString good = f.appToken();
        const QString vehicle = f.vehiclesOf(userId, good).value(0);
        QVERIFY(!vehicle.isEmpty());
        QString bearer;
        if (token == QLatin1String("ok")) {
            bearer = good;
        } else if (token == QLatin1String("bad")) {
            bearer = QStringLiteral("not-a-token");
        } else if (token == QLatin1String("expired")) {
            const QDateTime start = f.now;
            f.now = f.now.addSecs(-3600);
            bearer = f.appToken();
            f.now = start;
        } else if (token == QLatin1String("other")) {
            bearer = f.appToken(AlongsideApiClientId, AlongsideSecrets[1]);
        } else if (token == QLatin1String("vehicle")) {
            const QString code = f.connect(V3Fixture::link(V2Id, QStringLiteral("read_odometer")),
                                           QStringLiteral("driver@example.com"))
                                     .redirectParams()
                                     .value(QStringLiteral("code"));
            bearer = f.client
                         ->token({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                                  {QStringLiteral("code"), code},
                                  {QStringLiteral("redirect_uri"), Redirect}})
                         .json()
                         .value(QStringLiteral("access_token"))
                         .toString();
            QVERIFY(!bearer.isEmpty());
        }
        const QString sendUser = user == QLatin1String("ok")      ? userId
                                 : user == QLatin1String("other") ? otherUser
                                                                  : QString();
        const HttpReply r = f.v3(QString(path).replace(QLatin1String("{v}"), vehicle),
                                 token == QLatin1String("none") ? QString() : bearer, sendUser);
        QCOMPARE(r.status, status);
        const QJsonObject e = r.json();
        QCOMPARE(e.value(QStringLiteral("type")).toString(), type);
        QCOMPARE(e.value(QStringLiteral("code")).toString(), code);
        QCOMPARE(e.value(QStringLiteral("statusCode")).toInt(), status);
        QVERIFY2(e.value(QStringLiteral("description")).toString().contains(says),
                 qPrintable(e.value(QStringLiteral("description")).toString()));
        QVERIFY(e.value(QStringLiteral("docURL"))
                    .toString()
                    .startsWith(QStringLiteral("https://smartcar.com/docs/")));
        QVERIFY(!QUuid(e.value(QStringLiteral("requestId")).toString()).isNull());
        QVERIFY(e.value(QStringLiteral("resolution")).isObject());
        QCOMPARE(r.header("WWW-Authenticate").startsWith("Bearer"), status == 401);
    }

    void expiresAfterAnHourBySandboxClock()
    {
        const QString token = f.appToken();
        f.now = f.now.addSecs(3599);
        QCOMPARE(f.v3(QStringLiteral("/v3/connections"), token).status, 200);
        f.now = f.now.addSecs(1);
        QCOMPARE(f.v3(QStringLiteral("/v3/connections"), token).status, 401);
    }

    void paging()
    {
        const QString user =
            f.connectDemo(QStringLiteral("5-vehicles@smartcar.com"), QStringLiteral("read_odometer"));
        const QString other = f.connectDemo(QStringLiteral("solo@example.com"),
                                            QStringLiteral("read_odometer"), QStringLiteral("simulated"));
        const QString token = f.appToken();
        QStringList seen;
        QString cursor;
        QList<int> sizes;
        for (int page = 0; page < 5; ++page) {
            QString path = QStringLiteral("/v3/connections?limit=2&user_id=") + user;
            if (!cursor.isEmpty())
                path += QStringLiteral("&cursor=") + cursor;
            const HttpReply r = f.v3(path, token);
            QCOMPARE(r.status, 200);
            const QJsonArray data = r.json().value(QStringLiteral("data")).toArray();
            sizes.append(data.size());
            for (const QJsonValue &c : data)
                seen.append(c[QStringLiteral("id")].toString());
            const QJsonValue next =
                r.json()[QStringLiteral("meta")][QStringLiteral("paging")][QStringLiteral("cursor")];
            if (next.isNull())
                break;
            cursor = next.toString();
        }
        QCOMPARE(sizes, QList<int>({2, 2, 1}));
        seen.removeDuplicates();
        QCOMPARE(seen.size(), 5);
        // Default limit 25 holds all six; the filters narrow them.
        QCOMPARE(
            f.v3(QStringLiteral("/v3/connections"), token).json()[QStringLiteral("data")].toArray().size(),
            6);
        QCOMPARE(f.v3(QStringLiteral("/v3/connections?mode=simulated"), token)
                     .json()[QStringLiteral("data")]
                     .toArray()
                     .size(),
                 1);
        QCOMPARE(f.v3(QStringLiteral("/v3/connections"), token, other)
                     .json()[QStringLiteral("data")]
                     .toArray()
                     .size(),
                 1); // sc-user-id filters too
        const QString vehicle = f.vehiclesOf(user, token).value(3);
        const QJsonArray byVehicle = f.v3(QStringLiteral("/v3/connections?vehicle_id=") + vehicle, token)
                                         .json()[QStringLiteral("data")]
                                         .toArray();
        QCOMPARE(byVehicle.size(), 1);
        QCOMPARE(byVehicle.at(0)[QStringLiteral("attributes")][QStringLiteral("vehicleId")].toString(),
                 vehicle);
        QCOMPARE(f.v3(QStringLiteral("/v3/connections?limit=100"), token).status, 200);
    }

    void reconnectUpdatesTheConnection()
    {
        const QString user =
            f.connectDemo(QStringLiteral("driver@example.com"), QStringLiteral("read_odometer"));
        f.now = f.now.addDays(1);
        QCOMPARE(f.connectDemo(QStringLiteral("driver@example.com"),
                               QStringLiteral("read_odometer read_location")),
                 user);
        const QJsonArray data = f.v3(QStringLiteral("/v3/connections"), f.appToken())
                                    .json()
                                    .value(QStringLiteral("data"))
                                    .toArray();
        QCOMPARE(data.size(), 1);
        QCOMPARE(data.at(0)[QStringLiteral("attributes")][QStringLiteral("permissions")].toArray().size(), 2);
        QCOMPARE(data.at(0)[QStringLiteral("attributes")][QStringLiteral("connectedAt")].toString(),
                 QStringLiteral("2026-03-02T09:00:00.000Z"));
    }

    void otherMethods_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("allow");
        QTest::newRow("POST /v3/connections") << QByteArray("POST") << "/v3/connections" << QByteArray("GET");
        QTest::newRow("DELETE /v3/vehicles/x")
            << QByteArray("DELETE") << "/v3/vehicles/x" << QByteArray("GET");
        QTest::newRow("PUT management")
            << QByteArray("PUT") << "/v2.0/management/connections" << QByteArray("GET");
        QTest::newRow("GET /oauth2/token") << QByteArray("GET") << "/oauth2/token" << QByteArray("POST");
    }
    void otherMethods()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, allow);
        const HttpReply r = f.client->send(method, f.client->url(path));
        QCOMPARE(r.status, 405);
        QCOMPARE(r.header("Allow"), allow);
    }

    void startPageListsV3()
    {
        const HttpReply index = f.client->get(f.server->baseUrl());
        QCOMPARE(index.status, 200);
        for (const QString &s : {QStringLiteral("POST /oauth2/token"), QStringLiteral("GET /v3/connections"),
                                 QStringLiteral("GET /v3/vehicles/{id}/signals/{code}"),
                                 QStringLiteral("GET /v2.0/management/connections"), V3Id, V3ApiClientId,
                                 QStringLiteral("API Authentication (v3)")})
            QVERIFY2(index.text().contains(s.toHtmlEscaped()), qPrintable(s));
        // An app's own secrets are never on the page; the demo's public ones are.
        QVERIFY(!index.text().contains(AlongsideSecrets[0]));
        QVERIFY(!index.text().contains(AlongsideManagement));
        QVERIFY(index.text().contains(V3Secret));
    }
};

QTEST_GUILESS_MAIN(TestV3Api)
#include "tst_v3api.moc"
