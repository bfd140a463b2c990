#include "Catalog.h"
#include "ParameterSpec.h"

#include <QSet>
#include <QTest>

using namespace connectlab;

class tst_Catalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void permissions();
    void permissionKinds_data();
    void permissionKinds();
    void makes_data();
    void makes();
    void countries_data();
    void countries();
    void allCountries();
    void flags();
    void parameters_data();
    void parameters();
    void loadRejectsBadData_data();
    void loadRejectsBadData();
    void loadCustomData();
};

void tst_Catalog::permissions()
{
    const Catalog &c = Catalog::instance();
    QCOMPARE(c.permissions().size(), 28);
    QSet<QString> names;
    int control = 0;
    for (const PermissionInfo &p : c.permissions()) {
        QVERIFY2(!p.description.isEmpty(), qPrintable(p.name));
        names.insert(p.name);
        control += p.kind == u"control";
        QVERIFY(p.kind == u"read" || p.kind == u"control");
        QCOMPARE(c.permission(p.name), &p);
    }
    QCOMPARE(names.size(), 28);
    QCOMPARE(control, 6);
    QVERIFY(!c.permission(QStringLiteral("read_everything")));
    QVERIFY(!c.permission(QStringLiteral("READ_VIN")));
}

void tst_Catalog::permissionKinds_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("kind");
    QTest::newRow("read_vin") << "read_vin"
                              << "read";
    QTest::newRow("read_charge_events") << "read_charge_events"
                                        << "read";
    QTest::newRow("read_user_profile") << "read_user_profile"
                                       << "read";
    QTest::newRow("control_pin") << "control_pin"
                                 << "control";
    QTest::newRow("control_trunk") << "control_trunk"
                                   << "control";
    QTest::newRow("control_navigation") << "control_navigation"
                                        << "control";
}

void tst_Catalog::permissionKinds()
{
    QFETCH(QString, name);
    QFETCH(QString, kind);
    const PermissionInfo *p = Catalog::instance().permission(name);
    QVERIFY(p);
    QCOMPARE(p->kind, kind);
}

void tst_Catalog::makes_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("name");
    QTest::newRow("TESLA") << "TESLA"
                           << "Tesla";
    QTest::newRow("MERCEDES_BENZ") << "MERCEDES_BENZ"
                                   << "Mercedes-Benz";
    QTest::newRow("LAND_ROVER") << "LAND_ROVER"
                                << "Land Rover";
    QTest::newRow("BMW") << "BMW"
                         << "BMW";
    QTest::newRow("KIA") << "KIA"
                         << "Kia";
    QTest::newRow("CUPRA") << "CUPRA"
                           << "Cupra";
    QTest::newRow("ALFA_ROMEO") << "ALFA_ROMEO"
                                << "Alfa Romeo";
}

void tst_Catalog::makes()
{
    QFETCH(QString, token);
    QFETCH(QString, name);
    const Catalog &c = Catalog::instance();
    QVERIFY(c.makes().size() >= 40);
    const MakeInfo *m = c.make(token);
    QVERIFY(m);
    QCOMPARE(m->name, name);
    QVERIFY(!c.make(token.toLower()));
}

void tst_Catalog::countries_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("served");
    QTest::newRow("US") << "US"
                        << "United States" << true;
    QTest::newRow("CA") << "CA"
                        << "Canada" << true;
    QTest::newRow("DE") << "DE"
                        << "Germany" << true;
    QTest::newRow("GB") << "GB"
                        << "United Kingdom" << true;
    QTest::newRow("CH") << "CH"
                        << "Switzerland" << true;
    QTest::newRow("NO") << "NO"
                        << "Norway" << true;
    QTest::newRow("MX") << "MX"
                        << "Mexico" << false;
    QTest::newRow("JP") << "JP"
                        << "Japan" << false;
    QTest::newRow("AQ") << "AQ"
                        << "Antarctica" << false;
}

void tst_Catalog::countries()
{
    QFETCH(QString, code);
    QFETCH(QString, name);
    QFETCH(bool, served);
    const CountryInfo *c = Catalog::instance().country(code);
    QVERIFY(c);
    QCOMPARE(c->name, name);
    QCOMPARE(c->served, served);
}

void tst_Catalog::allCountries()
{
    const Catalog &c = Catalog::instance();
    QCOMPARE(c.countries().size(), 249); // every ISO 3166-1 alpha-2 code
    for (const CountryInfo &ci : c.countries()) {
        QCOMPARE(ci.code.size(), 2);
        QCOMPARE(ci.code, ci.code.toUpper());
        QVERIFY(!ci.name.isEmpty());
    }
    QVERIFY(!c.country(QStringLiteral("XX")));
    QVERIFY(!c.country(QStringLiteral("UK"))); // the ISO code is GB
    QVERIFY(!c.country(QStringLiteral("de")));
}

void tst_Catalog::flags()
{
    const Catalog &c = Catalog::instance();
    QVERIFY(c.flag(QStringLiteral("country")));
    QVERIFY(c.flag(QStringLiteral("user")));
    QVERIFY(!c.flag(QStringLiteral("country"))->description.isEmpty());
    QVERIFY(!c.flag(QStringLiteral("beta")));
}

void tst_Catalog::parameters_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("unsetText"); // what applies when absent, as ParameterSpec says it
    QTest::newRow("client_id") << "client_id"
                               << "";
    QTest::newRow("response_type") << "response_type"
                                   << "code";
    QTest::newRow("approval_prompt") << "approval_prompt"
                                     << "auto";
    QTest::newRow("mode") << "mode"
                          << "live";
    QTest::newRow("single_select") << "single_select"
                                   << "false";
    QTest::newRow("scope") << "scope"
                           << "the Dashboard's Vehicle Access settings";
    QTest::newRow("flags") << "flags"
                           << "";
    QTest::newRow("user") << "user"
                          << "";
    QTest::newRow("application_id") << "application_id"
                                    << "";
    QTest::newRow("sdk_version") << "sdk_version"
                                 << "";
}

void tst_Catalog::parameters()
{
    QFETCH(QString, name);
    QFETCH(QString, unsetText);
    const ParameterInfo *p = Catalog::instance().parameter(name);
    QVERIFY(p);
    QVERIFY(!p->description.isEmpty());
    const ParameterSpec *spec = ParameterSpec::find(name);
    QCOMPARE(spec ? spec->unsetText() : QString(), unsetText);
}

void tst_Catalog::loadRejectsBadData_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("errorPart");
    QTest::newRow("not JSON") << QByteArray("{") << "offset";
    QTest::newRow("array") << QByteArray("[]") << "object";
    QTest::newRow("missing section") << QByteArray(R"({"permissions": []})") << "makes";
    QTest::newRow("bad kind") << QByteArray(R"({"permissions": [{"name": "x", "kind": "write"}], "makes": [],
        "countries": [], "flags": [], "parameters": []})")
                              << "kind";
    QTest::newRow("bad country") << QByteArray(R"({"permissions": [], "makes": [],
        "countries": [{"code": "DEU"}], "flags": [], "parameters": []})")
                                 << "two-letter";
}

void tst_Catalog::loadRejectsBadData()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, errorPart);
    Catalog c;
    QString error;
    QVERIFY(!c.load(json, &error));
    QVERIFY2(error.contains(errorPart), qPrintable(error));
}

void tst_Catalog::loadCustomData()
{
    Catalog c;
    QString error;
    QVERIFY2(c.load(R"({"permissions": [{"name": "read_x", "kind": "read", "description": "X"}],
        "makes": [{"token": "ACME", "name": "Acme"}], "countries": [{"code": "ZZ", "name": "Zed", "served": true}],
        "flags": [], "parameters": []})",
                    &error),
             qPrintable(error));
    QCOMPARE(c.permissions().size(), 1);
    QCOMPARE(c.make(QStringLiteral("ACME"))->name, QStringLiteral("Acme"));
    QVERIFY(c.country(QStringLiteral("ZZ"))->served);
    QVERIFY(!c.permission(QStringLiteral("read_vin")));
}

QTEST_GUILESS_MAIN(tst_Catalog)
#include "tst_catalog.moc"
