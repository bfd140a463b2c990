#include "ConnectModel.h"
#include "UrlBuilder.h"
#include "Validator.h"

#include <QSignalSpy>
#include <QTest>

using namespace connectlab;

class tst_ConnectModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initialState();
    void stringSetters_data();
    void stringSetters();
    void noOpSetEmitsNothing_data();
    void noOpSetEmitsNothing();
    void validityFlips();
    void scopeAndPermissions();
    void countryAndUser();
    void reauthentication();
    void setRequestEmitsOnlyWhatChanged();
    void diagnosticsFor();
    void properties();
};

namespace {

// Every signal of the model, spied.
struct Spies
{
    explicit Spies(ConnectModel *m)
        : url(m, &ConnectModel::urlChanged), diagnostics(m, &ConnectModel::diagnosticsChanged),
          valid(m, &ConnectModel::validChanged), changed(m, &ConnectModel::changed),
          clientId(m, &ConnectModel::clientIdChanged), state(m, &ConnectModel::stateChanged),
          scope(m, &ConnectModel::scopeChanged), country(m, &ConnectModel::countryChanged),
          user(m, &ConnectModel::userChanged), flags(m, &ConnectModel::flagsChanged),
          reauth(m, &ConnectModel::reauthenticationChanged),
          responseType(m, &ConnectModel::responseTypeChanged)
    {
    }
    QSignalSpy url, diagnostics, valid, changed, clientId, state, scope, country, user, flags, reauth,
        responseType;
};

using Setter = void (ConnectModel::*)(const QString &);
using Getter = QString (ConnectModel::*)() const;
using Signal = void (ConnectModel::*)();

} // namespace

Q_DECLARE_METATYPE(Setter)
Q_DECLARE_METATYPE(Getter)
Q_DECLARE_METATYPE(Signal)

void tst_ConnectModel::initialState()
{
    ConnectModel m;
    QCOMPARE(m.url(), UrlBuilder::build(ConnectRequest()));
    QCOMPARE(m.diagnostics(), Validator::validate(ConnectRequest()));
    QVERIFY(!m.isValid()); // no client_id
    QCOMPARE(m.mode(), QStringLiteral("live"));
}

void tst_ConnectModel::stringSetters_data()
{
    QTest::addColumn<Setter>("setter");
    QTest::addColumn<Getter>("getter");
    QTest::addColumn<Signal>("signal");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("inUrl");

    QTest::newRow("clientId") << &ConnectModel::setClientId << &ConnectModel::clientId
                              << &ConnectModel::clientIdChanged << "abc"
                              << "&client_id=abc";
    QTest::newRow("redirectUri") << &ConnectModel::setRedirectUri << &ConnectModel::redirectUri
                                 << &ConnectModel::redirectUriChanged << "https://x.y/cb"
                                 << "&redirect_uri=https%3A%2F%2Fx.y%2Fcb";
    QTest::newRow("responseType") << &ConnectModel::setResponseType << &ConnectModel::responseType
                                  << &ConnectModel::responseTypeChanged << "none"
                                  << "?response_type=none";
    QTest::newRow("vehicleId") << &ConnectModel::setVehicleId << &ConnectModel::vehicleId
                               << &ConnectModel::vehicleIdChanged << "v1"
                               << "&vehicle_id=v1";
    QTest::newRow("state") << &ConnectModel::setState << &ConnectModel::state << &ConnectModel::stateChanged
                           << "a+b c"
                           << "&state=a%2Bb%20c";
    QTest::newRow("approvalPrompt") << &ConnectModel::setApprovalPrompt << &ConnectModel::approvalPrompt
                                    << &ConnectModel::approvalPromptChanged << "force"
                                    << "&approval_prompt=force";
    QTest::newRow("mode") << &ConnectModel::setMode << &ConnectModel::mode << &ConnectModel::modeChanged
                          << "simulated"
                          << "&mode=simulated";
    QTest::newRow("make") << &ConnectModel::setMake << &ConnectModel::make << &ConnectModel::makeChanged
                          << "KIA"
                          << "&make=KIA";
    QTest::newRow("singleSelect") << &ConnectModel::setSingleSelect << &ConnectModel::singleSelect
                                  << &ConnectModel::singleSelectChanged << "true"
                                  << "&single_select=true";
    QTest::newRow("singleSelectVin") << &ConnectModel::setSingleSelectVin << &ConnectModel::singleSelectVin
                                     << &ConnectModel::singleSelectVinChanged << "5YJ3E1EA2KF317000"
                                     << "&single_select_vin=5YJ3E1EA2KF317000";
    QTest::newRow("country") << &ConnectModel::setCountry << &ConnectModel::country
                             << &ConnectModel::countryChanged << "DE"
                             << "&flags=country%3ADE";
    QTest::newRow("user") << &ConnectModel::setUser << &ConnectModel::user << &ConnectModel::userChanged
                          << "u1"
                          << "&flags=user%3Au1";
    QTest::newRow("baseUrl") << &ConnectModel::setBaseUrl << &ConnectModel::baseUrl
                             << &ConnectModel::baseUrlChanged << "http://127.0.0.1:8765"
                             << "http://127.0.0.1:8765/oauth/authorize?";
}

void tst_ConnectModel::stringSetters()
{
    QFETCH(Setter, setter);
    QFETCH(Getter, getter);
    QFETCH(Signal, signal);
    QFETCH(QString, value);
    QFETCH(QString, inUrl);

    ConnectModel m;
    QSignalSpy specific(&m, signal);
    QSignalSpy url(&m, &ConnectModel::urlChanged);
    QSignalSpy changed(&m, &ConnectModel::changed);
    QSignalSpy clientId(&m, &ConnectModel::clientIdChanged);
    QList<int> order;
    connect(&m, signal, this, [&order] { order << 1; });
    connect(&m, &ConnectModel::urlChanged, this, [&order] { order << 2; });
    connect(&m, &ConnectModel::changed, this, [&order] { order << 3; });

    (m.*setter)(value);
    QCOMPARE((m.*getter)(), value);
    QCOMPARE(specific.size(), 1);
    QCOMPARE(url.size(), 1);
    QCOMPARE(changed.size(), 1);
    if (signal != static_cast<Signal>(&ConnectModel::clientIdChanged))
        QCOMPARE(clientId.size(), 0); // only the parameter that changed
    QVERIFY2(m.url().contains(inUrl), qPrintable(m.url()));
    QCOMPARE(m.url(), UrlBuilder::build(m.request()));
    QCOMPARE(m.diagnostics(), Validator::validate(m.request()));
    QCOMPARE(order, (QList<int>{1, 2, 3}));

    // The same value again: nothing at all.
    (m.*setter)(value);
    QCOMPARE(specific.size(), 1);
    QCOMPARE(url.size(), 1);
    QCOMPARE(changed.size(), 1);
}

void tst_ConnectModel::noOpSetEmitsNothing_data()
{
    QTest::addColumn<Setter>("setter");
    QTest::addColumn<QString>("value");
    QTest::newRow("mode default") << &ConnectModel::setMode << "live";
    QTest::newRow("approval default") << &ConnectModel::setApprovalPrompt << "auto";
    QTest::newRow("response type default") << &ConnectModel::setResponseType << "code";
    QTest::newRow("empty state") << &ConnectModel::setState << "";
    QTest::newRow("empty country") << &ConnectModel::setCountry << "";
    QTest::newRow("empty user") << &ConnectModel::setUser << "";
    QTest::newRow("base url default") << &ConnectModel::setBaseUrl << "https://connect.smartcar.com";
}

void tst_ConnectModel::noOpSetEmitsNothing()
{
    QFETCH(Setter, setter);
    QFETCH(QString, value);
    ConnectModel m;
    const QString urlBefore = m.url();
    Spies s(&m);
    (m.*setter)(value);
    m.setScope({});
    m.setFlags({});
    m.setExtras({});
    m.setReauthentication(false);
    m.setRequest(m.request());
    QCOMPARE(s.changed.size(), 0);
    QCOMPARE(s.url.size(), 0);
    QCOMPARE(s.diagnostics.size(), 0);
    QCOMPARE(s.flags.size(), 0);
    QCOMPARE(m.url(), urlBefore);
}

void tst_ConnectModel::validityFlips()
{
    ConnectModel m;
    Spies s(&m);
    QVERIFY(!m.isValid());
    m.setClientId(QStringLiteral("4cf82729-4275-46d9-9255-8437ba777151"));
    QVERIFY(m.isValid());
    QCOMPARE(s.valid.size(), 1);
    QCOMPARE(s.diagnostics.size(), 1);
    m.setState(
        QStringLiteral("0123456789abcdef")); // state-missing goes away: diagnostics change, validity not
    QCOMPARE(s.valid.size(), 1);
    QCOMPARE(s.diagnostics.size(), 2);
    m.setMode(QStringLiteral("bogus"));
    QVERIFY(!m.isValid());
    QCOMPARE(s.valid.size(), 2);
    m.setMode(
        QStringLiteral("BOGUS")); // still an error, other message: diagnostics change, validity does not
    QCOMPARE(s.valid.size(), 2);
    QCOMPARE(s.diagnostics.size(), 4);
    m.setMake(QStringLiteral("TESLA")); // URL changes, diagnostics do not
    QCOMPARE(s.diagnostics.size(), 4);
    QCOMPARE(s.url.size(), 5);
    QCOMPARE(s.changed.size(), 5);
}

void tst_ConnectModel::scopeAndPermissions()
{
    ConnectModel m;
    Spies s(&m);
    m.setScope({QStringLiteral("read_vin"), QStringLiteral("required:read_odometer read_fuel")});
    QCOMPARE(m.scope(), (QStringList{"read_vin", "required:read_odometer", "read_fuel"}));
    QCOMPARE(m.permissions().at(1), (Permission{QStringLiteral("read_odometer"), true}));
    QCOMPARE(s.scope.size(), 1);
    m.setPermissions(m.permissions());
    m.setScope(
        {QStringLiteral("read_vin"), QStringLiteral("required:read_odometer"), QStringLiteral("read_fuel")});
    QCOMPARE(s.scope.size(), 1);
    QCOMPARE(s.changed.size(), 1);
    QVERIFY(m.url().contains(u"&scope=read_vin%20required%3Aread_odometer%20read_fuel&"));
}

void tst_ConnectModel::countryAndUser()
{
    ConnectModel m;
    Spies s(&m);
    m.setCountry(QStringLiteral("DE"));
    QCOMPARE(s.country.size(), 1);
    QCOMPARE(s.flags.size(), 1);
    QCOMPARE(s.user.size(), 0);
    m.setUser(QStringLiteral("owner"));
    QCOMPARE(s.user.size(), 1);
    QCOMPARE(s.country.size(), 1);
    QCOMPARE(m.flags().size(), 2);
    m.setFlags({Flag{QStringLiteral("country"), QStringLiteral("FR")}});
    QCOMPARE(m.country(), QStringLiteral("FR"));
    QVERIFY(m.user().isEmpty());
    QCOMPARE(s.country.size(), 2);
    QCOMPARE(s.user.size(), 2);
    QCOMPARE(s.flags.size(), 3);
    QCOMPARE(s.changed.size(), 3);
}

void tst_ConnectModel::reauthentication()
{
    ConnectModel m;
    Spies s(&m);
    m.setVehicleId(QStringLiteral("veh"));
    m.setReauthentication(true);
    QVERIFY(m.reauthentication());
    QCOMPARE(m.responseType(), QStringLiteral("vehicle_id"));
    QCOMPARE(s.reauth.size(), 1);
    QCOMPARE(s.responseType.size(), 1);
    QVERIFY(
        m.url().startsWith(u"https://connect.smartcar.com/oauth/reauthenticate?response_type=vehicle_id&"));
    m.setReauthentication(true);
    QCOMPARE(s.reauth.size(), 1);
    m.setReauthentication(false);
    QCOMPARE(m.responseType(), QStringLiteral("code"));
    QCOMPARE(s.reauth.size(), 2);
}

void tst_ConnectModel::setRequestEmitsOnlyWhatChanged()
{
    ConnectModel m;
    ConnectRequest r = m.request();
    r.clientId = QStringLiteral("abc");
    r.state = QStringLiteral("s1234567");
    Spies s(&m);
    QSignalSpy mode(&m, &ConnectModel::modeChanged);
    m.setRequest(r);
    QCOMPARE(s.clientId.size(), 1);
    QCOMPARE(s.state.size(), 1);
    QCOMPARE(mode.size(), 0);
    QCOMPARE(s.changed.size(), 1);
    QCOMPARE(s.url.size(), 1);
    QCOMPARE(m.request(), r);
}

void tst_ConnectModel::diagnosticsFor()
{
    ConnectModel m;
    m.setFlags(
        {Flag{QStringLiteral("country"), QStringLiteral("XX")}, Flag{QStringLiteral("user"), QString()}});
    m.setState(QStringLiteral("abc"));
    QCOMPARE(m.diagnosticsFor(QStringLiteral("flags")).size(), 2);
    QCOMPARE(m.diagnosticsFor(QStringLiteral("flags.country")).size(), 1);
    QCOMPARE(m.diagnosticsFor(QStringLiteral("flags.country")).first().code,
             QStringLiteral("flag-country-invalid"));
    QCOMPARE(m.diagnosticsFor(QStringLiteral("state")).first().code, QStringLiteral("state-short"));
    QVERIFY(m.diagnosticsFor(QStringLiteral("flag")).isEmpty());
    QVERIFY(m.diagnosticsFor(QStringLiteral("make")).isEmpty());
}

void tst_ConnectModel::properties()
{
    ConnectModel m;
    QSignalSpy changed(&m, &ConnectModel::changed);
    QVERIFY(m.setProperty("clientId", QStringLiteral("abc")));
    QVERIFY(m.setProperty("scope", QStringList{"read_vin"}));
    QCOMPARE(changed.size(), 2);
    QCOMPARE(m.property("url").toString(), m.url());
    QCOMPARE(m.property("valid").toBool(), m.isValid());
}

QTEST_GUILESS_MAIN(tst_ConnectModel)
#include "tst_connectmodel.moc"
