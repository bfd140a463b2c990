// TestAccounts: Connect's test logins and the vehicles they see, always the same for the same login and
// brand, with VINs that core's VIN verdict takes.
#include "BrandCatalog.h"
#include "TestAccounts.h"
#include "VinAssessment.h"

#include <QSet>
#include <QTest>

using namespace connectlab;
using namespace connectlab::sandbox;

namespace {

const Brand &brand(const char *token)
{
    return *BrandCatalog::instance().brand(QString::fromLatin1(token));
}

} // namespace

class TestTestAccounts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plausibleEmail_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<bool>("plausible");
        QTest::newRow("address") << QStringLiteral("driver@example.com") << true;
        QTest::newRow("no domain dot") << QStringLiteral("a@b") << true;
        QTest::newRow("no at") << QStringLiteral("driver.example.com") << false;
        QTest::newRow("two ats") << QStringLiteral("a@b@c") << false;
        QTest::newRow("space") << QStringLiteral("a b@c.d") << false;
        QTest::newRow("newline") << QStringLiteral("a@c.d\nx") << false;
        QTest::newRow("empty local part") << QStringLiteral("@c.d") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("local part of 129") << QString(129, u'a') + QStringLiteral("@c.d") << false;
        QTest::newRow("local part of 128") << QString(128, u'a') + QStringLiteral("@c.d") << true;
    }
    void plausibleEmail()
    {
        QFETCH(QString, email);
        QTEST(TestAccounts::isPlausibleEmail(email), "plausible");
    }

    void logins_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("error");
        QTest::addColumn<int>("vehicles");
        QTest::newRow("any address") << QStringLiteral("someone@example.org") << QString() << 1;
        QTest::newRow("upper case and spaces") << QStringLiteral("  SOMEONE@Example.org ") << QString() << 1;
        QTest::newRow("3 vehicles") << QStringLiteral("3-vehicles@smartcar.com") << QString() << 3;
        QTest::newRow("20 vehicles") << QStringLiteral("20-vehicles@smartcar.com") << QString() << 20;
        QTest::newRow("capped at 20")
            << QStringLiteral("999999-vehicles@smartcar.com") << QString() << TestAccounts::MaxVehicles;
        QTest::newRow("0 vehicles") << QStringLiteral("0-vehicles@smartcar.com")
                                    << QStringLiteral("no_vehicles") << 0;
        QTest::newRow("7 digits is just an address")
            << QStringLiteral("1000000-vehicles@smartcar.com") << QString() << 1;
        QTest::newRow("other domain") << QStringLiteral("3-vehicles@example.com") << QString() << 1;
        QTest::newRow("incompatible") << QStringLiteral("smartcar@vehicle-incompatible.com")
                                      << QStringLiteral("vehicle_incompatible") << 1;
        QTest::newRow("subscription") << QStringLiteral("smartcar@invalid-subscription.com")
                                      << QStringLiteral("invalid_subscription") << 0;
        QTest::newRow("no vehicles") << QStringLiteral("smartcar@no-vehicles.com")
                                     << QStringLiteral("no_vehicles") << 0;
        QTest::newRow("VIN, compatible")
            << QStringLiteral("5YJ3E1EA7KF000042@compatible.smartcar.com") << QString() << 1;
        QTest::newRow("VIN, bev") << QStringLiteral("5YJ3E1EA7KF000042@bev.smartcar.com") << QString() << 1;
        QTest::newRow("VIN, incompatible") << QStringLiteral("5YJ3E1EA7KF000042@incompatible.smartcar.com")
                                           << QStringLiteral("vehicle_incompatible") << 1;
        QTest::newRow("VIN, unknown level")
            << QStringLiteral("5YJ3E1EA7KF000042@hybrid.smartcar.com") << QString() << 1;
    }
    void logins()
    {
        QFETCH(QString, email);
        QFETCH(QString, error);
        QFETCH(int, vehicles);
        const LoginOutcome out = TestAccounts::login(email, brand("TESLA"));
        QCOMPARE(out.error, error);
        QCOMPARE(int(out.vehicles.size()), vehicles);
        QCOMPARE(out.errorDescription.isEmpty(), error.isEmpty());
        QSet<QString> ids;
        for (const SandboxVehicle &v : out.vehicles) {
            QCOMPARE(v.make, QStringLiteral("TESLA"));
            QVERIFY(brand("TESLA").models.contains(v.model));
            QVERIFY(v.year >= 2018 && v.year <= 2025);
            QCOMPARE(v.vin.size(), 17);
            ids.insert(v.id);
        }
        QCOMPARE(int(ids.size()), vehicles);
    }

    // Every vehicle has a powertrain (the v3 connection's powertrainType, which signals it has); a VIN login
    // names it, an electric-only brand is electric.
    void powertrain_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("make");
        QTest::addColumn<QString>("powertrain");
        QTest::newRow("Tesla") << "driver@example.com"
                               << "TESLA"
                               << "BEV";
        QTest::newRow("bev login") << "1FTFW1E84MFA00001@bev.smartcar.com"
                                   << "FORD"
                                   << "BEV";
        QTest::newRow("phev login") << "1FTFW1E84MFA00001@phev.smartcar.com"
                                    << "FORD"
                                    << "PHEV";
        QTest::newRow("fuel login") << "1FTFW1E84MFA00001@fuel.smartcar.com"
                                    << "FORD"
                                    << "ICE";
    }
    void powertrain()
    {
        QFETCH(QString, login);
        QFETCH(QString, make);
        QFETCH(QString, powertrain);
        const LoginOutcome out = TestAccounts::login(login, brand(make.toLatin1().constData()));
        QCOMPARE(out.vehicles.size(), 1);
        QCOMPARE(out.vehicles.first().powertrain, powertrain);
        for (const Brand &b : BrandCatalog::instance().brands()) {
            const QString p = TestAccounts::vehicleFor(QStringLiteral("any"), b).powertrain;
            QVERIFY2(QStringList({"BEV", "PHEV", "HEV", "ICE"}).contains(p), qPrintable(b.token));
        }
    }

    void vinLoginGivesThatVin()
    {
        const LoginOutcome out =
            TestAccounts::login(QStringLiteral("5yj3e1ea7kf000042@phev.smartcar.com"), brand("TESLA"));
        QCOMPARE(out.vehicles.first().vin, QStringLiteral("5YJ3E1EA7KF000042"));
    }

    void sameLoginSameVehicles()
    {
        const LoginOutcome a = TestAccounts::login(QStringLiteral("3-vehicles@smartcar.com"), brand("BMW"));
        const LoginOutcome b = TestAccounts::login(QStringLiteral("3-VEHICLES@smartcar.com"), brand("BMW"));
        QCOMPARE(a.vehicles.size(), b.vehicles.size());
        for (qsizetype i = 0; i < a.vehicles.size(); ++i) {
            QCOMPARE(a.vehicles.at(i).id, b.vehicles.at(i).id);
            QCOMPARE(a.vehicles.at(i).vin, b.vehicles.at(i).vin);
        }
        const LoginOutcome other =
            TestAccounts::login(QStringLiteral("3-vehicles@smartcar.com"), brand("KIA"));
        QVERIFY(other.vehicles.first().id != a.vehicles.first().id);
    }

    // Every brand's generated cars have VINs the live-mode verdict accepts (check digit and all), with the
    // brand's own prefix.
    void generatedVinsPassTheVinVerdict()
    {
        for (const Brand &b : BrandCatalog::instance().brands()) {
            for (int i = 0; i < 20; ++i) {
                const SandboxVehicle v = TestAccounts::vehicleFor(QStringLiteral("seed-%1").arg(i), b);
                const VinAssessment verdict = VinAssessment::assess(v.vin, u"live");
                QVERIFY2(verdict.findings().isEmpty(),
                         qPrintable(b.token + u' ' + v.vin + u' ' + verdict.summary()));
                if (!b.wmis.isEmpty()) {
                    QCOMPARE(v.vin.left(3), b.wmis.first());
                    QCOMPARE(BrandCatalog::instance().brandForVin(v.vin), &b);
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestTestAccounts)
#include "tst_testaccounts.moc"
