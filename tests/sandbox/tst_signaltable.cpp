// The v3 signal table: every signal is granted by a permission of core's catalog, and what a connection may
// read follows its permissions and its vehicle's powertrain; values are stable per vehicle.
#include "Catalog.h"
#include "ConnectionStore.h"
#include "SignalTable.h"

#include <QJsonArray>
#include <QStandardPaths>
#include <QTest>

using namespace connectlab;
using namespace connectlab::sandbox;

class TestSignalTable : public QObject
{
    Q_OBJECT

    static Connection connection(const QString &powertrain, const QStringList &permissions)
    {
        Connection c;
        c.vehicle.id = QStringLiteral("5b0c7a2e-1f3d-4e8a-9b6c-0d1e2f3a4b5c");
        c.vehicle.vin = QStringLiteral("5YJ3E1EA7KF000001");
        c.vehicle.powertrain = powertrain;
        c.permissions = permissions;
        return c;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void permissionsComeFromTheCatalog()
    {
        QStringList codes;
        for (const SignalInfo &s : SignalTable::signalList()) {
            const PermissionInfo *p = Catalog::instance().permission(s.permission);
            QVERIFY2(p, qPrintable(s.permission));
            QCOMPARE(p->kind, QStringLiteral("read"));
            QVERIFY(!codes.contains(s.code));
            codes.append(s.code);
        }
        for (const char *code :
             {"odometer-traveleddistance", "vehicleidentification-vin", "tractionbattery-stateofcharge",
              "internalcombustionengine-fuellevel", "location-preciselocation", "wheel-tires"})
            QVERIFY2(codes.contains(QLatin1String(code)), code);
    }

    void availability_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("powertrain");
        QTest::addColumn<QStringList>("permissions");
        QTest::addColumn<int>("expected");
        const QStringList all{QStringLiteral("read_odometer"), QStringLiteral("read_battery"),
                              QStringLiteral("read_fuel")};
        using A = SignalTable::Availability;
        QTest::newRow("granted") << "odometer-traveleddistance"
                                 << "ICE" << all << int(A::Available);
        QTest::newRow("not granted") << "vehicleidentification-vin"
                                     << "ICE" << all << int(A::NotGranted);
        QTest::newRow("battery on a BEV") << "tractionbattery-stateofcharge"
                                          << "BEV" << all << int(A::Available);
        QTest::newRow("battery on an ICE") << "tractionbattery-stateofcharge"
                                           << "ICE" << all << int(A::NotOnVehicle);
        QTest::newRow("fuel on a BEV") << "internalcombustionengine-fuellevel"
                                       << "BEV" << all << int(A::NotOnVehicle);
        QTest::newRow("fuel and battery on a PHEV") << "internalcombustionengine-fuellevel"
                                                    << "PHEV" << all << int(A::Available);
        QTest::newRow("unknown") << "warp-drive"
                                 << "BEV" << all << int(A::UnknownSignal);
    }
    void availability()
    {
        QFETCH(QString, code);
        QFETCH(QString, powertrain);
        QFETCH(QStringList, permissions);
        QFETCH(int, expected);
        QCOMPARE(int(SignalTable::availability(code, connection(powertrain, permissions))), expected);
    }

    void valuesAreStableAndPlausible()
    {
        const Connection c = connection(QStringLiteral("BEV"),
                                        {QStringLiteral("read_odometer"), QStringLiteral("read_battery"),
                                         QStringLiteral("read_location")});
        const QDateTime t(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
        for (const SignalInfo *s : SignalTable::available(c)) {
            const QJsonObject a = SignalTable::json(*s, c.vehicle, t);
            const QJsonObject b = SignalTable::json(*s, c.vehicle, t.addSecs(3600));
            QCOMPARE(a[QStringLiteral("attributes")][QStringLiteral("body")],
                     b[QStringLiteral("attributes")][QStringLiteral("body")]);
            QCOMPARE(a[QStringLiteral("meta")][QStringLiteral("retrievedAt")].toDouble(),
                     double(t.toMSecsSinceEpoch()));
        }
        const QJsonObject soc =
            SignalTable::json(*SignalTable::find(QStringLiteral("tractionbattery-stateofcharge")), c.vehicle,
                              t)[QStringLiteral("attributes")][QStringLiteral("body")]
                .toObject();
        QVERIFY(soc[QStringLiteral("value")].toDouble() >= 20 &&
                soc[QStringLiteral("value")].toDouble() <= 95);
        QCOMPARE(soc[QStringLiteral("unit")].toString(), QStringLiteral("percent"));
        const QJsonObject where =
            SignalTable::json(*SignalTable::find(QStringLiteral("location-preciselocation")), c.vehicle,
                              t)[QStringLiteral("attributes")][QStringLiteral("body")]
                .toObject();
        QVERIFY(qAbs(where[QStringLiteral("latitude")].toDouble()) <= 90);
        QVERIFY(qAbs(where[QStringLiteral("longitude")].toDouble()) <= 180);
        // Another vehicle, other values.
        Connection other = c;
        other.vehicle.id = QStringLiteral("9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a");
        const SignalInfo &odo = *SignalTable::find(QStringLiteral("odometer-traveleddistance"));
        QVERIFY(SignalTable::json(odo, c.vehicle, t)[QStringLiteral("attributes")] !=
                SignalTable::json(odo, other.vehicle, t)[QStringLiteral("attributes")]);
    }
};

QTEST_GUILESS_MAIN(TestSignalTable)
#include "tst_signaltable.moc"
