// GET /v2.0/management/connections over HTTP: Basic "default:<management token>", filters and paging.
#include "V3Fixture.h"

#include <QStandardPaths>
#include <QTest>

using namespace connectlab::sandbox;
using namespace connectlab::sandbox::testing;

class TestManagementApi : public QObject
{
    Q_OBJECT

    V3Fixture f;

    HttpReply list(const QString &query, const QByteArray &authorization)
    {
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!authorization.isEmpty())
            headers.append({"Authorization", authorization});
        return f.client->get(f.client->url(QStringLiteral("/v2.0/management/connections"), query.toLatin1()),
                             headers);
    }
    static QByteArray basic(const QString &user, const QString &token)
    {
        return "Basic " + (user + u':' + token).toUtf8().toBase64();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QVERIFY(f.start()); }
    void cleanup()
    {
        f.client.reset();
        f.server.reset();
    }

    void authentication_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<QString>("says");
        QTest::newRow("none") << QByteArray() << "default:";
        QTest::newRow("Bearer") << QByteArray("Bearer x") << "Basic";
        QTest::newRow("not Base64") << QByteArray("Basic %%%") << "malformed";
        QTest::newRow("no colon") << ("Basic " + QByteArray("default").toBase64()) << "malformed";
        QTest::newRow("user name not default")
            << basic(QStringLiteral("admin"), V3Management) << "\"default\"";
        QTest::newRow("wrong token") << basic(QStringLiteral("default"), QStringLiteral("guess"))
                                     << "Management Token";
        QTest::newRow("API Client secret instead")
            << basic(QStringLiteral("default"), V3Secret) << "API Client secret";
    }
    void authentication()
    {
        QFETCH(QByteArray, authorization);
        QFETCH(QString, says);
        const HttpReply r = list({}, authorization);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.json().value(QStringLiteral("type")).toString(), QStringLiteral("AUTHENTICATION"));
        QVERIFY2(r.json().value(QStringLiteral("description")).toString().contains(says), r.body.constData());
        QVERIFY(r.header("WWW-Authenticate").startsWith("Basic"));
    }

    void listsTheAppsConnections()
    {
        const QString user =
            f.connectDemo(QStringLiteral("3-vehicles@smartcar.com"), QStringLiteral("read_odometer"));
        const QString solo = f.connectDemo(QStringLiteral("solo@example.com"), QStringLiteral("read_vin"),
                                           QStringLiteral("simulated"));
        // Another app's connection is not listed.
        f.connect(V3Fixture::link(AlongsideId, QStringLiteral("read_odometer")),
                  QStringLiteral("solo@example.com"));
        const QByteArray auth = basic(QStringLiteral("default"), V3Management);

        const HttpReply all = list({}, auth);
        QCOMPARE(all.status, 200);
        const QJsonArray connections = all.json().value(QStringLiteral("connections")).toArray();
        QCOMPARE(connections.size(), 4);
        const QJsonObject first = connections.at(0).toObject();
        QCOMPARE(first.keys(), QStringList({QStringLiteral("connectedAt"), QStringLiteral("mode"),
                                            QStringLiteral("userId"), QStringLiteral("vehicleId")}));
        QCOMPARE(first.value(QStringLiteral("userId")).toString(), user);
        QCOMPARE(first.value(QStringLiteral("connectedAt")).toString(),
                 QStringLiteral("2026-03-01T09:00:00.000Z"));
        QVERIFY(all.json()[QStringLiteral("paging")][QStringLiteral("cursor")].isNull());

        QCOMPARE(list(QStringLiteral("user_id=") + solo, auth)
                     .json()[QStringLiteral("connections")]
                     .toArray()
                     .size(),
                 1);
        QCOMPARE(
            list(QStringLiteral("mode=live"), auth).json()[QStringLiteral("connections")].toArray().size(),
            3);
        const QString vehicle = first.value(QStringLiteral("vehicleId")).toString();
        const QJsonArray byVehicle = list(QStringLiteral("vehicle_id=") + vehicle, auth)
                                         .json()[QStringLiteral("connections")]
                                         .toArray();
        QCOMPARE(byVehicle.size(), 1);
        QCOMPARE(byVehicle.at(0)[QStringLiteral("vehicleId")].toString(), vehicle);

        // Paging: 3 + 1, the cursor as given.
        const HttpReply page1 = list(QStringLiteral("limit=3"), auth);
        QCOMPARE(page1.json()[QStringLiteral("connections")].toArray().size(), 3);
        const QString cursor = page1.json()[QStringLiteral("paging")][QStringLiteral("cursor")].toString();
        QVERIFY(!cursor.isEmpty());
        const HttpReply page2 = list(QStringLiteral("limit=3&cursor=") + cursor, auth);
        QCOMPARE(page2.json()[QStringLiteral("connections")].toArray().size(), 1);
        QCOMPARE(page2.json()[QStringLiteral("connections")][0][QStringLiteral("userId")].toString(), solo);
        QVERIFY(page2.json()[QStringLiteral("paging")][QStringLiteral("cursor")].isNull());

        // The other app sees only its own, with its own token.
        QCOMPARE(list({}, basic(QStringLiteral("default"), AlongsideManagement))
                     .json()[QStringLiteral("connections")]
                     .toArray()
                     .size(),
                 1);
    }

    void badFilters_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("says");
        QTest::newRow("limit over 100") << "limit=101"
                                        << "limit";
        QTest::newRow("limit not a number") << "limit=ten"
                                            << "limit";
        QTest::newRow("cursor") << "cursor=b2Zmc2V0Oi0x"
                                << "cursor"; // "offset:-1"
        QTest::newRow("mode") << "mode=test"
                              << "mode";
    }
    void badFilters()
    {
        QFETCH(QString, query);
        QFETCH(QString, says);
        const HttpReply r = list(query, basic(QStringLiteral("default"), V3Management));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().value(QStringLiteral("type")).toString(), QStringLiteral("VALIDATION"));
        QVERIFY2(r.json().value(QStringLiteral("description")).toString().contains(says), r.body.constData());
    }

    void unknownPath()
    {
        const HttpReply r =
            f.client->get(f.client->url(QStringLiteral("/v2.0/management/webhooks")),
                          {{"Authorization", basic(QStringLiteral("default"), V3Management)}});
        QCOMPARE(r.status, 404);
        QCOMPARE(r.json().value(QStringLiteral("type")).toString(), QStringLiteral("RESOURCE_NOT_FOUND"));
    }
};

QTEST_GUILESS_MAIN(TestManagementApi)
#include "tst_managementapi.moc"
