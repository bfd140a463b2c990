// AuthorizeRequest: Connect's rules for a link, in the order Connect applies them (error page for who and
// where, configuration_error for the rest), with core's facts: the catalog's permissions and countries and
// the VIN verdict the validator reports.
#include "AuthorizeRequest.h"
#include "Catalog.h"
#include "SandboxConfig.h"
#include "UrlParser.h"
#include "Validator.h"

#include <QStandardPaths>

#include <QTest>
#include <algorithm>

using namespace connectlab;
using namespace connectlab::sandbox;

namespace {

const QString Demo = QString::fromLatin1(SandboxConfig::DemoClientId);

SandboxConfig config()
{
    SandboxConfig c = SandboxConfig::defaults();
    RegisteredApp standard;
    standard.clientId = QStringLiteral("standard-app");
    standard.clientSecret = QStringLiteral("s");
    standard.redirectUris = {QStringLiteral("https://app.example.com/cb")};
    standard.defaultScope = {QStringLiteral("required:read_odometer"), QStringLiteral("read_location")};
    standard.plan = QStringLiteral("standard");
    c.apps.append(standard);
    RegisteredApp noDefaults;
    noDefaults.clientId = QStringLiteral("bare-app");
    noDefaults.clientSecret = QStringLiteral("s");
    c.apps.append(noDefaults);
    RegisteredApp noScope;
    noScope.clientId = QStringLiteral("scopeless-app");
    noScope.clientSecret = QStringLiteral("s");
    noScope.redirectUris = {QStringLiteral("https://s.example/cb")};
    c.apps.append(noScope);
    return c;
}

// The demo app's valid link changed by `changes` ('&'-joined, encoded): "name=value" replaces that
// parameter or adds it, "+name=value" sends it once more.
QByteArray link(const QByteArray &changes = {})
{
    QList<QPair<QByteArray, QByteArray>> params{{"response_type", "code"},
                                                {"client_id", Demo.toLatin1()},
                                                {"redirect_uri", "http%3A%2F%2Flocalhost%3A8000%2Fcallback"},
                                                {"scope", "read_vin%20read_odometer"},
                                                {"state", "s1"}};
    const QList<QByteArray> list = changes.split('&');
    for (const QByteArray &change : list) {
        if (change.isEmpty())
            continue;
        const bool again = change.startsWith('+');
        const QByteArray pair = again ? change.mid(1) : change;
        const qsizetype eq = pair.indexOf('=');
        const QByteArray name = pair.left(eq);
        const QByteArray value = pair.mid(eq + 1);
        auto it = std::find_if(params.begin(), params.end(), [&](const auto &p) { return p.first == name; });
        if (again || it == params.end())
            params.append({name, value});
        else
            it->second = value;
    }
    QByteArray q;
    for (const auto &p : std::as_const(params)) {
        if (!q.isEmpty())
            q += '&';
        q += p.first + '=' + p.second;
    }
    return q;
}

AuthorizeRequest parse(const QByteArray &query, bool reauthenticateEndpoint = false)
{
    return AuthorizeRequest::parse(FormData::parse(query), config(), reauthenticateEndpoint);
}

} // namespace

Q_DECLARE_METATYPE(AuthorizeRequest::Outcome)

class TestAuthorizeRequest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void outcomes_data()
    {
        using O = AuthorizeRequest::Outcome;
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<bool>("reauthEndpoint");
        QTest::addColumn<AuthorizeRequest::Outcome>("outcome");
        QTest::addColumn<QString>("message");

        QTest::newRow("valid") << link() << false << O::Ok << QString();
        QTest::newRow("application_id") << QByteArray("response_type=code&application_id=" + Demo.toLatin1())
                                        << false << O::Ok << QString();
        // Who and where: an error page, never a redirect.
        QTest::newRow("no client_id")
            << QByteArray("response_type=code") << false << O::ErrorPage << QStringLiteral("no client_id");
        QTest::newRow("empty client_id") << QByteArray("response_type=code&client_id=") << false
                                         << O::ErrorPage << QStringLiteral("no client_id");
        QTest::newRow("unknown client") << QByteArray("response_type=code&client_id=nope") << false
                                        << O::ErrorPage << QStringLiteral("No application");
        QTest::newRow("client and application id differ")
            << QByteArray("client_id=" + Demo.toLatin1() + "&application_id=other") << false << O::ErrorPage
            << QStringLiteral("different applications");
        QTest::newRow("client_id twice, different") << link("+client_id=other") << false << O::ErrorPage
                                                    << QStringLiteral("client_id more than once");
        QTest::newRow("redirect_uri twice, different")
            << link("+redirect_uri=https%3A%2F%2Fevil.example") << false << O::ErrorPage
            << QStringLiteral("redirect_uri more than once");
        QTest::newRow("unregistered redirect")
            << link("redirect_uri=https%3A%2F%2Fevil.example") << false << O::ErrorPage
            << QStringLiteral("not one of the application's");
        QTest::newRow("redirect prefix only")
            << QByteArray("response_type=code&client_id=" + Demo.toLatin1() +
                          "&redirect_uri=http%3A%2F%2Flocalhost%3A8000%2Fcallbackx")
            << false << O::ErrorPage << QStringLiteral("not one of the application's registered");
        QTest::newRow("no redirect and none registered")
            << QByteArray("response_type=code&client_id=bare-app") << false << O::ErrorPage
            << QStringLiteral("none registered");
        // The rest: back to the app as configuration_error.
        QTest::newRow("no response_type")
            << QByteArray("client_id=" + Demo.toLatin1()) << false << O::ConfigurationError
            << QStringLiteral("response_type is missing");
        QTest::newRow("response_type token") << link("response_type=token") << false << O::ConfigurationError
                                             << QStringLiteral("response_type must be code");
        QTest::newRow("reauthenticate endpoint with code")
            << link() << true << O::ConfigurationError << QStringLiteral("needs response_type=vehicle_id");
        QTest::newRow("re-authentication without vehicle_id")
            << QByteArray("response_type=vehicle_id&client_id=" + Demo.toLatin1()) << true
            << O::ConfigurationError << QStringLiteral("needs a vehicle_id");
        QTest::newRow("vehicle_id not an id")
            << QByteArray("response_type=vehicle_id&vehicle_id=a%2Fb&client_id=" + Demo.toLatin1()) << true
            << O::ConfigurationError << QStringLiteral("not a vehicle id");
        QTest::newRow("re-authentication")
            << QByteArray("response_type=vehicle_id&vehicle_id=abc-123&client_id=" + Demo.toLatin1()) << true
            << O::Ok << QString();
        QTest::newRow("malformed permission")
            << link("scope=read_vin%20Read-Odometer") << false << O::ConfigurationError
            << QStringLiteral("malformed permission: Read-Odometer");
        QTest::newRow("only spaces in scope: the app's default")
            << link("scope=%20%20") << false << O::Ok << QString();
        QTest::newRow("no scope, no default")
            << QByteArray("response_type=code&client_id=scopeless-app") << false << O::ConfigurationError
            << QStringLiteral("no default Vehicle Access scope");
        QTest::newRow("approval_prompt")
            << link("approval_prompt=sometimes") << false << O::ConfigurationError
            << QStringLiteral("approval_prompt must be auto or force");
        QTest::newRow("mode") << link("mode=prod") << false << O::ConfigurationError
                              << QStringLiteral("mode must be live, simulated or test");
        QTest::newRow("single_select value") << link("single_select=yes") << false << O::ConfigurationError
                                             << QStringLiteral("single_select must be true or false");
        QTest::newRow("vin without single select")
            << link("single_select_vin=5YJ3E1EA7KF000001") << false << O::ConfigurationError
            << QStringLiteral("needs single_select=true");
        QTest::newRow("single select on the standard plan")
            << QByteArray("response_type=code&client_id=standard-app&single_select=true") << false
            << O::ConfigurationError << QStringLiteral("Custom plan");
        QTest::newRow("country lower case") << link("flags=country:de") << false << O::ConfigurationError
                                            << QStringLiteral("write country:DE");
        QTest::newRow("country three letters") << link("flags=country:DEU") << false << O::ConfigurationError
                                               << QStringLiteral("ISO 3166-1 alpha-2");
        QTest::newRow("country not in the catalog")
            << link("flags=country:XX") << false << O::ConfigurationError
            << QStringLiteral("ISO 3166-1 alpha-2");
        QTest::newRow("flag without a name")
            << link("flags=%3Ax") << false << O::ConfigurationError << QStringLiteral("no name");
        QTest::newRow("repeated state") << link("+state=other") << false << O::ConfigurationError
                                        << QStringLiteral("state is sent more than once");
        QTest::newRow("repeated equal state") << link("+state=s1") << false << O::Ok << QString();
    }
    void outcomes()
    {
        QFETCH(QByteArray, query);
        QFETCH(bool, reauthEndpoint);
        QFETCH(AuthorizeRequest::Outcome, outcome);
        QFETCH(QString, message);
        const AuthorizeRequest r = parse(query, reauthEndpoint);
        QCOMPARE(r.outcome, outcome);
        if (outcome == AuthorizeRequest::Outcome::Ok)
            QVERIFY2(r.errorMessage.isEmpty(), qPrintable(r.errorMessage));
        else
            QVERIFY2(r.errorMessage.contains(message), qPrintable(r.errorMessage));
        if (outcome == AuthorizeRequest::Outcome::ConfigurationError)
            QVERIFY(!r.redirectUri.isEmpty()); // where the error goes
    }

    void defaultsApply()
    {
        const AuthorizeRequest r = parse("response_type=code&client_id=standard-app");
        QCOMPARE(r.outcome, AuthorizeRequest::Outcome::Ok);
        QVERIFY(r.redirectUriDefaulted);
        QCOMPARE(r.redirectUri, QStringLiteral("https://app.example.com/cb"));
        QVERIFY(r.scopeDefaulted);
        QCOMPARE(r.scope, (QStringList{QStringLiteral("read_odometer"), QStringLiteral("read_location")}));
        QCOMPARE(r.requiredScope, QStringList{QStringLiteral("read_odometer")});
        QCOMPARE(r.approvalPrompt, QStringLiteral("auto"));
        QCOMPARE(r.mode, QStringLiteral("live"));
        QVERIFY(!r.hasState);
    }

    void scopeIsReadOnce()
    {
        const AuthorizeRequest r =
            parse(link("scope=required:read_vin%20read_vin%20read_odometer%20required:read_odometer"));
        QCOMPARE(r.outcome, AuthorizeRequest::Outcome::Ok);
        QCOMPARE(r.scope, (QStringList{QStringLiteral("read_vin"), QStringLiteral("read_odometer")}));
        QCOMPARE(r.requiredScope, (QStringList{QStringLiteral("read_vin"), QStringLiteral("read_odometer")}));
        QCOMPARE(r.scope.size(), 2);
    }

    // Known means known to core's catalog: every one of its permissions passes without a notice.
    void permissionsAreTheCatalogs()
    {
        QStringList names;
        for (const PermissionInfo &p : Catalog::instance().permissions())
            names.append(p.name);
        QCOMPARE(names.size(), 28);
        const AuthorizeRequest all = parse(link("scope=" + names.join(QStringLiteral("%20")).toLatin1()));
        QCOMPARE(all.outcome, AuthorizeRequest::Outcome::Ok);
        QCOMPARE(all.scope, names);
        QVERIFY2(all.notices.isEmpty(), qPrintable(all.notices.join(u'\n')));
        const AuthorizeRequest unknown = parse(link("scope=read_vin%20read_everything"));
        QCOMPARE(unknown.outcome, AuthorizeRequest::Outcome::Ok);
        QCOMPARE(unknown.notices.size(), 1);
        QVERIFY(unknown.notices.first().contains(QLatin1String("read_everything")));
    }

    void countryNotServedIsANotice()
    {
        const AuthorizeRequest r = parse(link("flags=country:JP%20user:u1"));
        QCOMPARE(r.outcome, AuthorizeRequest::Outcome::Ok);
        QCOMPARE(r.country, QStringLiteral("JP"));
        QCOMPARE(r.user, QStringLiteral("u1"));
        QCOMPARE(r.notices.size(), 1);
        QVERIFY(r.notices.first().contains(QLatin1String("does not serve JP")));
    }

    void makeAndVin_data()
    {
        QTest::addColumn<QByteArray>("extra");
        QTest::addColumn<QString>("make");
        QTest::addColumn<int>("notices");
        QTest::newRow("make") << QByteArray("make=TESLA") << QStringLiteral("TESLA") << 0;
        QTest::newRow("make in lower case") << QByteArray("make=bmw") << QStringLiteral("BMW") << 0;
        QTest::newRow("a catalog make") << QByteArray("make=LUCID") << QStringLiteral("LUCID") << 0;
        QTest::newRow("unknown make") << QByteArray("make=DELOREAN") << QString() << 1;
        QTest::newRow("VIN wins over make")
            << QByteArray("make=BMW&single_select=true&single_select_vin=5YJ3E1EA7KF000001&mode=simulated")
            << QStringLiteral("TESLA") << 0;
        QTest::newRow("VIN of no known brand keeps the make")
            << QByteArray("make=BMW&single_select=true&single_select_vin=ZZZ3E1EA7KF000001&mode=simulated")
            << QStringLiteral("BMW") << 0;
    }
    void makeAndVin()
    {
        QFETCH(QByteArray, extra);
        const AuthorizeRequest r = parse(link(extra));
        QCOMPARE(r.outcome, AuthorizeRequest::Outcome::Ok);
        QTEST(r.make, "make");
        QTEST(int(r.notices.size()), "notices");
    }

    // The sandbox refuses a single_select_vin exactly when the validator reports an error on it, for every
    // mode: both read core's VinAssessment.
    void vinAgreesWithTheValidator_data()
    {
        QTest::addColumn<QString>("vin");
        QTest::addColumn<QString>("mode");
        const QStringList vins{
            QStringLiteral("1HGCM82633A004352"),  // North-American, check digit right
            QStringLiteral("1HGCM82643A004352"),  // check digit wrong
            QStringLiteral("5YJ3E1EA7KF000001"),  // Tesla, check digit wrong
            QStringLiteral("0SCAUDI037A5ADB1C"),  // Smartcar's test VIN: I in it
            QStringLiteral("WVWZZZ1KZ6W000001"),  // European: no check digit
            QStringLiteral("1hgcm82633a004352"),  // lower case
            QStringLiteral("5YJ3E1"),             // short
            QStringLiteral("1HGCM82633A0043521"), // 18 characters
            QStringLiteral("1HGCM-2633A004352"),  // punctuation
        };
        for (const QString &vin : vins) {
            for (const QString &mode :
                 {QStringLiteral("live"), QStringLiteral("simulated"), QStringLiteral("test"), QString()}) {
                QTest::addRow("%s %s", qPrintable(vin), mode.isEmpty() ? "no mode" : qPrintable(mode))
                    << vin << mode;
            }
        }
    }
    void vinAgreesWithTheValidator()
    {
        QFETCH(QString, vin);
        QFETCH(QString, mode);
        QByteArray query = link("single_select=true&single_select_vin=" + vin.toLatin1());
        if (!mode.isEmpty())
            query += "&mode=" + mode.toLatin1();
        const AuthorizeRequest sandbox = parse(query);
        bool validatorError = false;
        QString validatorMessage;
        for (const Diagnostic &d :
             Validator::validate(UrlParser::parse(QString::fromLatin1(query)).request)) {
            if (d.field == QLatin1String("single_select_vin") && d.severity == Severity::Error) {
                validatorError = true;
                validatorMessage = d.message;
            }
        }
        QCOMPARE(sandbox.outcome != AuthorizeRequest::Outcome::Ok, validatorError);
        if (validatorError) {
            QCOMPARE(sandbox.outcome, AuthorizeRequest::Outcome::ConfigurationError);
            QCOMPARE(sandbox.errorMessage, validatorMessage); // one wording
        } else {
            QCOMPARE(sandbox.singleSelectVin, vin);
        }
    }

    void sentParametersAreKept()
    {
        const AuthorizeRequest r = parse(link("x=1&+x=2&empty="));
        QCOMPARE(r.sent.values(QStringLiteral("x")), (QStringList{QStringLiteral("1"), QStringLiteral("2")}));
        QVERIFY(r.sent.contains(QStringLiteral("empty")));
        QCOMPARE(r.state, QStringLiteral("s1"));
        QVERIFY(r.hasState);
    }
};

QTEST_GUILESS_MAIN(TestAuthorizeRequest)
#include "tst_authorizerequest.moc"
