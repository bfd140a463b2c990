#include "ConnectRequest.h"

#include <QTest>

using namespace connectlab;

class tst_ConnectRequest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults();
    void permissionTokens_data();
    void permissionTokens();
    void flagTokens_data();
    void flagTokens();
    void scopeString();
    void countryAndUserFlags();
    void reauthentication();
    void otherFlags();
    void extrasByName();
};

void tst_ConnectRequest::defaults()
{
    const ConnectRequest r;
    QCOMPARE(r.baseUrl, QStringLiteral("https://connect.smartcar.com"));
    QCOMPARE(r.path(), QStringLiteral("/oauth/authorize"));
    QCOMPARE(r.responseType, QStringLiteral("code"));
    QCOMPARE(r.approvalPrompt, QStringLiteral("auto"));
    QCOMPARE(r.mode, QStringLiteral("live"));
    QVERIFY(!r.isReauthentication());
}

void tst_ConnectRequest::permissionTokens_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("required");
    QTest::newRow("plain") << "read_vin"
                           << "read_vin" << false;
    QTest::newRow("required") << "required:read_vin"
                              << "read_vin" << true;
    QTest::newRow("bare prefix") << "required:"
                                 << "" << true;
    QTest::newRow("upper-case prefix is not required") << "REQUIRED:read_vin"
                                                       << "REQUIRED:read_vin" << false;
}

void tst_ConnectRequest::permissionTokens()
{
    QFETCH(QString, token);
    QFETCH(QString, name);
    QFETCH(bool, required);
    const Permission p = Permission::fromToken(token);
    QCOMPARE(p.name, name);
    QCOMPARE(p.required, required);
    QCOMPARE(p.token(), token);
}

void tst_ConnectRequest::flagTokens_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("hasValue");
    QTest::newRow("country") << "country:DE"
                             << "country"
                             << "DE" << true;
    QTest::newRow("value with colon") << "user:a:b"
                                      << "user"
                                      << "a:b" << true;
    QTest::newRow("empty value") << "user:"
                                 << "user"
                                 << "" << true;
    QTest::newRow("no colon") << "feature3"
                              << "feature3"
                              << "" << false;
}

void tst_ConnectRequest::flagTokens()
{
    QFETCH(QString, token);
    QFETCH(QString, name);
    QFETCH(QString, value);
    QFETCH(bool, hasValue);
    const Flag f = Flag::fromToken(token);
    QCOMPARE(f.name, name);
    QCOMPARE(f.value, value);
    QCOMPARE(f.hasValue, hasValue);
    QCOMPARE(f.token(), token);
}

void tst_ConnectRequest::scopeString()
{
    ConnectRequest r;
    r.setScopeString(QStringLiteral("  read_vin\trequired:read_fuel  read_vin "));
    QCOMPARE(r.scope.size(), 3);
    QCOMPARE(r.scope.at(1), (Permission{QStringLiteral("read_fuel"), true}));
    QCOMPARE(r.scopeString(), QStringLiteral("read_vin required:read_fuel read_vin"));
    r.setFlagsString(QStringLiteral("flag:suboption feature3"));
    QCOMPARE(r.flagsString(), QStringLiteral("flag:suboption feature3"));
    r.setScopeString(QString());
    QVERIFY(r.scope.isEmpty());
}

void tst_ConnectRequest::countryAndUserFlags()
{
    ConnectRequest r;
    r.setFlagsString(QStringLiteral("beta:1"));
    r.setFlagUser(QStringLiteral("u1"));
    QCOMPARE(r.flagsString(), QStringLiteral("user:u1 beta:1")); // no country: user goes first
    r.setCountry(QStringLiteral("DE"));
    QCOMPARE(r.flagsString(), QStringLiteral("country:DE user:u1 beta:1"));
    r.setCountry(QStringLiteral("FR")); // keeps its position
    QCOMPARE(r.country(), QStringLiteral("FR"));
    QCOMPARE(r.flagsString(), QStringLiteral("country:FR user:u1 beta:1"));
    r.setFlagUser(QString());
    QCOMPARE(r.flagsString(), QStringLiteral("country:FR beta:1"));
    r.setFlagUser(QStringLiteral("u2")); // after country
    QCOMPARE(r.flagsString(), QStringLiteral("country:FR user:u2 beta:1"));
    r.setCountry(QString());
    QCOMPARE(r.flagsString(), QStringLiteral("user:u2 beta:1"));
    QCOMPARE(r.flag(QStringLiteral("beta")), QStringLiteral("1"));
    QCOMPARE(r.flagUser(), QStringLiteral("u2"));
    QVERIFY(r.country().isEmpty());
}

void tst_ConnectRequest::reauthentication()
{
    ConnectRequest r;
    r.makeReauthentication(QStringLiteral("veh"));
    QVERIFY(r.isReauthentication());
    QCOMPARE(r.path(), QStringLiteral("/oauth/reauthenticate"));
    QCOMPARE(r.responseType, QStringLiteral("vehicle_id"));
    QCOMPARE(r.vehicleId, QStringLiteral("veh"));
}

void tst_ConnectRequest::otherFlags()
{
    ConnectRequest r;
    r.setFlagsString(QStringLiteral("beta:1 country:DE user:u-1 country:FR account_sync:true"));
    // The first country, user and account_sync have fields of their own; a second country is another flag.
    QCOMPARE(r.otherFlags(), (QList<Flag>{Flag::fromToken(QStringLiteral("beta:1")),
                                          Flag::fromToken(QStringLiteral("country:FR"))}));
    r.setOtherFlags({Flag::fromToken(QStringLiteral("x:y"))});
    QCOMPARE(r.flagsString(), QStringLiteral("country:DE user:u-1 account_sync:true x:y"));
    r.setOtherFlags({});
    QCOMPARE(r.flagsString(), QStringLiteral("country:DE user:u-1 account_sync:true"));
    QCOMPARE(r.accountSync(), QStringLiteral("true"));
    r.setAccountSync(QString());
    r.setCountry(QString());
    QCOMPARE(r.otherFlags(), QList<Flag>());
    QCOMPARE(r.flagsString(), QStringLiteral("user:u-1"));
    r.setAccountSync(QStringLiteral("false"));
    QCOMPARE(r.flagsString(), QStringLiteral("user:u-1 account_sync:false"));
}

void tst_ConnectRequest::extrasByName()
{
    ConnectRequest r;
    QVERIFY(!r.hasExtra(QStringLiteral("external_id")));
    r.setExtra(QStringLiteral("external_id"), QStringLiteral("u-1"));
    r.extras.append({QStringLiteral("sdk_platform"), QStringLiteral("iOS")});
    r.extras.append({QStringLiteral("external_id"), QStringLiteral("second")});
    QCOMPARE(r.extra(QStringLiteral("external_id")), QStringLiteral("u-1"));
    r.setExtra(QStringLiteral("external_id"), QStringLiteral("u-2")); // the first occurrence changes
    QCOMPARE(r.extras.first().value, QStringLiteral("u-2"));
    QCOMPARE(r.extras.last().value, QStringLiteral("second"));
    // The form edits the first external_id in a field of its own, the rest in a table.
    QCOMPARE(r.otherExtras(), (QList<Parameter>{{QStringLiteral("sdk_platform"), QStringLiteral("iOS")},
                                                {QStringLiteral("external_id"), QStringLiteral("second")}}));
    r.setOtherExtras({{QStringLiteral("a"), QStringLiteral("1")}});
    QCOMPARE(r.extras, (QList<Parameter>{{QStringLiteral("external_id"), QStringLiteral("u-2")},
                                         {QStringLiteral("a"), QStringLiteral("1")}}));
    r.setExtra(QStringLiteral("external_id"), QString()); // every occurrence goes
    QCOMPARE(r.extras.size(), 1);
    QCOMPARE(r.extras.first().name, QStringLiteral("a"));
}

QTEST_GUILESS_MAIN(tst_ConnectRequest)
#include "tst_connectrequest.moc"
