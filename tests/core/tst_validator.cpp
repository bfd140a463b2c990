#include "UrlBuilder.h"
#include "UrlParser.h"
#include "Validator.h"

#include <QTest>

using namespace connectlab;

class tst_Validator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void severityNames();
    void validRequestHasNoDiagnostics();
    void rules_data();
    void extraStandsInForEmptyField();
    void rules();
    void messagesSayHowToFix();
    void sdkTestVinsPassInSimulatedMode_data();
    void sdkTestVinsPassInSimulatedMode();
    void validateBuildsTheUrlItself();
    void registrations_data();
    void registrations();
};

namespace {

const QString ClientId = QStringLiteral("4cf82729-4275-46d9-9255-8437ba777151");

// A valid request, changed by `overrides`: '&'-separated query pieces in link encoding.
// "name=value" replaces the base value, "-name" removes it, "+name=value" appends (a duplicate),
// "@reauth" sends the link to /oauth/reauthenticate.
ConnectRequest request(const QString &overrides)
{
    QList<std::pair<QString, QString>> params = {{"response_type", "code"},
                                                 {"client_id", ClientId},
                                                 {"redirect_uri", "https://example.com/callback"},
                                                 {"scope", "read_vin%20read_odometer"},
                                                 {"state", "0123456789abcdef"},
                                                 {"approval_prompt", "auto"},
                                                 {"mode", "live"}};
    QList<std::pair<QString, QString>> appended;
    QString path = QStringLiteral("/oauth/authorize");
    const QStringList pieces = overrides.split(u'&', Qt::SkipEmptyParts);
    for (const QString &piece : pieces) {
        if (piece == u"@reauth") {
            path = QStringLiteral("/oauth/reauthenticate");
            continue;
        }
        if (piece.startsWith(u'-')) {
            params.removeIf([&](const auto &p) { return p.first == piece.mid(1); });
            continue;
        }
        const bool append = piece.startsWith(u'+');
        const QString body = append ? piece.mid(1) : piece;
        const qsizetype eq = body.indexOf(u'=');
        const std::pair<QString, QString> p{body.left(eq), body.mid(eq + 1)};
        if (append) {
            appended.append(p);
            continue;
        }
        auto it =
            std::find_if(params.begin(), params.end(), [&](const auto &q) { return q.first == p.first; });
        if (it != params.end())
            it->second = p.second;
        else
            params.append(p);
    }
    params.append(appended);
    QString url = QStringLiteral("https://connect.smartcar.com") + path + u'?';
    for (const auto &[name, value] : std::as_const(params))
        url += name + u'=' + value + u'&';
    url.chop(1);
    return UrlParser::parse(url).request;
}

QString describe(const Diagnostics &ds)
{
    QStringList lines;
    for (const Diagnostic &d : ds)
        lines << d.field + u' ' + severityName(d.severity) + u' ' + d.code;
    return lines.join(QStringLiteral("; "));
}

} // namespace

void tst_Validator::severityNames()
{
    QCOMPARE(severityName(Severity::Error), QStringLiteral("error"));
    QCOMPARE(severityName(Severity::Warning), QStringLiteral("warning"));
    QCOMPARE(severityName(Severity::Info), QStringLiteral("info"));
    QVERIFY(!hasErrors({}));
    QVERIFY(
        !hasErrors({Diagnostic{QStringLiteral("state"), Severity::Warning, QStringLiteral("x"), QString()}}));
    QVERIFY(hasErrors({Diagnostic{QStringLiteral("state"), Severity::Info, QStringLiteral("x"), QString()},
                       Diagnostic{QStringLiteral("mode"), Severity::Error, QStringLiteral("y"), QString()}}));
}

void tst_Validator::validRequestHasNoDiagnostics()
{
    const Diagnostics ds = Validator::validate(request(QString()));
    QVERIFY2(ds.isEmpty(), qPrintable(describe(ds)));
}

void tst_Validator::rules_data()
{
    QTest::addColumn<QString>("overrides");
    QTest::addColumn<QString>("field");
    QTest::addColumn<Severity>("severity");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("expected");

    const auto E = Severity::Error;
    const auto W = Severity::Warning;
    const auto I = Severity::Info;
    const QString vin = QStringLiteral("5YJ3E1EA2KF317000");
    const QString ss = QStringLiteral("single_select=true&single_select_vin=");

    auto rule = [](const char *name, const QString &overrides, const char *field, Severity severity,
                   const char *code, bool expected) {
        QTest::newRow(name) << overrides << QString::fromLatin1(field) << severity
                            << QString::fromLatin1(code) << expected;
    };

    // client_id
    rule("client_id missing", "-client_id", "client_id", E, "client-id-missing", true);
    rule("client_id present", "", "client_id", E, "client-id-missing", false);
    rule("client_id with space", "client_id=abc%20def", "client_id", E, "client-id-invalid-characters", true);
    rule("client_id with dot", "client_id=abc.def", "client_id", E, "client-id-invalid-characters", true);
    rule("client_id word chars", "client_id=abc_def-1", "client_id", E, "client-id-invalid-characters",
         false);
    rule("client_id not a UUID", "client_id=abc_def", "client_id", I, "client-id-not-uuid", true);
    // The API Client ID in the link: the most common mistake with API Authentication (issue 10).
    // What a person cannot see, on the field it is in, with the character and the place (issue 15).
    rule("BOM in client_id", "client_id=%EF%BB%BF4cf82729-4275-46d9-9255-8437ba777151", "client_id", W,
         "invisible-character", true);
    rule("zero-width space in redirect_uri", "redirect_uri=https%3A%2F%2Fexample.com%2Fcb%E2%80%8B",
         "redirect_uri", W, "invisible-character", true);
    rule("Cyrillic a in redirect_uri", "redirect_uri=https%3A%2F%2Fex%D0%B0mple.com%2Fcb", "redirect_uri", W,
         "confusable-character", true);
    rule("plain redirect_uri", "", "redirect_uri", W, "invisible-character", false);
    rule("BOM in external_id", "+external_id=%EF%BB%BFowner", "external_id", W, "invisible-character", true);
    rule("client_id is the API Client ID", "client_id=client_01HXYZabc123", "client_id", E,
         "client-id-is-api-client-id", true);
    rule("API Client ID is not just a non-UUID", "client_id=client_01HXYZabc123", "client_id", I,
         "client-id-not-uuid", false);
    rule("application_id is the API Client ID", "+application_id=client_01HXYZabc123", "application_id", E,
         "client-id-is-api-client-id", true);
    rule("only application_id, an API Client ID", "-client_id&+application_id=client_01HXYZabc123",
         "client_id", E, "client-id-is-api-client-id", true);
    rule("a name that only contains client_", "client_id=my_client_app", "client_id", E,
         "client-id-is-api-client-id", false);
    rule("client_id UUID", "", "client_id", I, "client-id-not-uuid", false);
    rule("application_id differs", "+application_id=other", "application_id", W, "application-id-mismatch",
         true);
    rule("application_id same", "+application_id=" + ClientId, "application_id", W, "application-id-mismatch",
         false);

    // redirect_uri
    rule("redirect_uri missing", "-redirect_uri", "redirect_uri", W, "redirect-uri-missing", true);
    rule("redirect_uri present", "", "redirect_uri", W, "redirect-uri-missing", false);
    rule("redirect_uri relative", "redirect_uri=test_url", "redirect_uri", E, "redirect-uri-not-absolute",
         true);
    rule("redirect_uri no host", "redirect_uri=https%3A%2F%2F", "redirect_uri", E,
         "redirect-uri-not-absolute", true);
    rule("redirect_uri absolute", "redirect_uri=https://a.b/c", "redirect_uri", E,
         "redirect-uri-not-absolute", false);
    rule("redirect_uri http remote", "redirect_uri=http://example.com/cb", "redirect_uri", E,
         "redirect-uri-insecure-http", true);
    rule("redirect_uri http localhost", "redirect_uri=http://localhost:8000/callback", "redirect_uri", E,
         "redirect-uri-insecure-http", false);
    rule("redirect_uri http localhost.evil", "redirect_uri=http://localhost.evil.com/cb", "redirect_uri", E,
         "redirect-uri-insecure-http", true);
    rule("redirect_uri http userinfo trick", "redirect_uri=http://localhost@evil.com/cb", "redirect_uri", E,
         "redirect-uri-insecure-http", true);
    rule("redirect_uri http 127.0.0.1", "redirect_uri=http://127.0.0.1:8000/cb", "redirect_uri", E,
         "redirect-uri-insecure-http", true);
    rule("redirect_uri http [::1]", "redirect_uri=http://[::1]:8000/cb", "redirect_uri", E,
         "redirect-uri-insecure-http", true);
    rule("redirect_uri fragment", "redirect_uri=https://a.b/c%23frag", "redirect_uri", E,
         "redirect-uri-fragment", true);
    rule("redirect_uri no fragment", "redirect_uri=https://a.b/c", "redirect_uri", E, "redirect-uri-fragment",
         false);
    rule("redirect_uri other custom scheme", "redirect_uri=myapp://exchange", "redirect_uri", W,
         "redirect-uri-custom-scheme", true);
    rule("redirect_uri sc<client_id>", "redirect_uri=sc" + ClientId + "://exchange", "redirect_uri", W,
         "redirect-uri-custom-scheme", false);

    // response_type and re-authentication
    rule("response_type token", "response_type=token", "response_type", E, "response-type-invalid", true);
    rule("response_type empty", "response_type=", "response_type", E, "response-type-invalid", true);
    rule("response_type code", "", "response_type", E, "response-type-invalid", false);
    rule("response_type vehicle uuid", "response_type=" + ClientId, "response_type", I,
         "response-type-vehicle-uuid", true);
    rule("response_type vehicle_id form", "@reauth&response_type=vehicle_id&vehicle_id=v1", "response_type",
         I, "response-type-vehicle-uuid", false);
    rule("response_type none", "response_type=none", "response_type", I, "response-type-none", true);
    // response_type=none needs no redirect_uri (issue 10).
    rule("response_type none without redirect", "response_type=none&-redirect_uri", "redirect_uri", W,
         "redirect-uri-missing", false);
    rule("code without redirect", "-redirect_uri", "redirect_uri", W, "redirect-uri-missing", true);
    rule("response_type code not none", "", "response_type", W, "response-type-none", false);
    rule("vehicle_id missing", "@reauth&response_type=vehicle_id", "vehicle_id", E, "vehicle-id-missing",
         true);
    rule("vehicle_id given", "@reauth&response_type=vehicle_id&vehicle_id=v1", "vehicle_id", E,
         "vehicle-id-missing", false);
    rule("re-auth on /authorize", "response_type=vehicle_id&vehicle_id=v1", "response_type", I,
         "reauth-endpoint", true);
    rule("re-auth on /reauthenticate", "@reauth&response_type=vehicle_id&vehicle_id=v1", "response_type", I,
         "reauth-endpoint", false);
    rule("reauthenticate with code", "@reauth&vehicle_id=v1", "response_type", E, "reauth-response-type",
         true);
    rule("reauthenticate with vehicle_id", "@reauth&response_type=vehicle_id&vehicle_id=v1", "response_type",
         E, "reauth-response-type", false);
    rule("vehicle_id without re-auth", "vehicle_id=v1", "vehicle_id", W, "vehicle-id-unused", true);
    rule("no vehicle_id", "", "vehicle_id", W, "vehicle-id-unused", false);

    // scope
    rule("scope missing", "-scope", "scope", W, "scope-missing", true);
    rule("scope present", "", "scope", W, "scope-missing", false);
    rule("scope upper case", "scope=Read_Vin", "scope", E, "scope-invalid-token", true);
    rule("scope dash", "scope=read-vin", "scope", E, "scope-invalid-token", true);
    rule("scope bare required:", "scope=required:", "scope", E, "scope-invalid-token", true);
    rule("scope comma separated", "scope=read_vin,read_fuel", "scope", E, "scope-invalid-token", true);
    rule("scope required:", "scope=required:read_vin%20read_fuel", "scope", E, "scope-invalid-token", false);
    rule("scope unknown name", "scope=read_everything", "scope", W, "scope-unknown-permission", true);
    rule("scope all known", "scope=control_pin%20read_charge_events", "scope", W, "scope-unknown-permission",
         false);
    rule("scope twice", "scope=read_vin%20read_vin", "scope", W, "scope-duplicate", true);
    rule("scope x and required:x", "scope=read_vin%20required:read_vin", "scope", W, "scope-duplicate", true);
    rule("scope distinct", "scope=read_vin%20required:read_fuel", "scope", W, "scope-duplicate", false);

    // state
    rule("state missing", "-state", "state", W, "state-missing", true);
    rule("state present", "", "state", W, "state-missing", false);
    rule("state 7 chars", "state=abcdefg", "state", W, "state-short", true);
    rule("state 8 chars", "state=abcdefgh", "state", W, "state-short", false);

    // enumerations
    rule("approval_prompt always", "approval_prompt=always", "approval_prompt", E, "approval-prompt-invalid",
         true);
    rule("approval_prompt force", "approval_prompt=force", "approval_prompt", E, "approval-prompt-invalid",
         false);
    rule("mode Live", "mode=Live", "mode", E, "mode-invalid", true);
    rule("mode simulated", "mode=simulated", "mode", E, "mode-invalid", false);
    rule("mode test", "mode=test", "mode", W, "mode-test-deprecated", true);
    rule("mode simulated not deprecated", "mode=simulated", "mode", W, "mode-test-deprecated", false);
    rule("single_select yes", "single_select=yes", "single_select", E, "single-select-invalid", true);
    rule("single_select false", "single_select=false", "single_select", E, "single-select-invalid", false);

    // make
    rule("make lower case", "make=tesla", "make", W, "make-not-upper-case", true);
    rule("make upper case", "make=TESLA", "make", W, "make-not-upper-case", false);
    rule("make unknown", "make=DELOREAN", "make", W, "make-unknown", true);
    rule("make with dash", "make=MERCEDES-BENZ", "make", W, "make-unknown", true);
    rule("make known", "make=MERCEDES_BENZ", "make", W, "make-unknown", false);
    rule("make with VIN", "make=TESLA&" + ss + vin, "make", W, "make-ignored-with-vin", true);
    rule("make without VIN", "make=TESLA", "make", W, "make-ignored-with-vin", false);

    // single_select_vin
    rule("VIN without single_select", "single_select_vin=" + vin, "single_select_vin", E,
         "vin-needs-single-select", true);
    rule("VIN with single_select=false", "single_select=false&single_select_vin=" + vin, "single_select_vin",
         E, "vin-needs-single-select", true);
    rule("VIN with single_select=true", ss + vin, "single_select_vin", E, "vin-needs-single-select", false);
    rule("VIN 16 chars", ss + "5YJ3E1EA2KF31700", "single_select_vin", E, "vin-format", true);
    rule("VIN lower case", ss + "5yj3e1ea2kf317000", "single_select_vin", E, "vin-format", true);
    rule("VIN 16 chars simulated", "mode=simulated&" + ss + "5YJ3E1EA2KF31700", "single_select_vin", E,
         "vin-format", true);
    rule("VIN 17 chars", ss + vin, "single_select_vin", E, "vin-format", false);
    rule("VIN with O live", ss + "0SCAUDI037A5ADB1C", "single_select_vin", E, "vin-forbidden-letters", true);
    // In simulated and test mode a test VIN is accepted, and the note says so (VinAssessment).
    rule("VIN with O simulated", "mode=simulated&" + ss + "0SCAUDI037A5ADB1C", "single_select_vin", I,
         "vin-forbidden-letters", true);
    rule("VIN with O test mode", "mode=test&" + ss + "0SCAUDI037A5ADB1C", "single_select_vin", I,
         "vin-forbidden-letters", true);
    rule("VIN check digit live", ss + "5YJ3E1EA7KF317000", "single_select_vin", E, "vin-check-digit", true);
    rule("VIN check digit correct", ss + vin, "single_select_vin", E, "vin-check-digit", false);
    rule("VIN check digit simulated", "mode=simulated&" + ss + "5YJ3E1EA7KF317000", "single_select_vin", I,
         "vin-check-digit", true);
    rule("VIN European no check digit", ss + "WVWZZZ1JZXW000001", "single_select_vin", E, "vin-check-digit",
         false);
    rule("single_select Custom plan", "single_select=true", "single_select", I, "single-select-custom-plan",
         true);
    rule("VIN alone Custom plan", "single_select_vin=" + vin, "single_select_vin", I,
         "single-select-custom-plan", true);
    rule("no single_select", "", "single_select", I, "single-select-custom-plan", false);

    // flags
    rule("flag without value", "flags=country", "flags", E, "flag-malformed", true);
    rule("flag without name", "flags=:DE", "flags", E, "flag-malformed", true);
    rule("flag name:value", "flags=country:DE", "flags", E, "flag-malformed", false);
    rule("country XX", "flags=country:XX", "flags.country", E, "flag-country-invalid", true);
    rule("country lower case", "flags=country:de", "flags.country", E, "flag-country-invalid", true);
    rule("country alpha-3", "flags=country:DEU", "flags.country", E, "flag-country-invalid", true);
    rule("country empty", "flags=country:", "flags.country", E, "flag-country-invalid", true);
    rule("country DE", "flags=country:DE", "flags.country", E, "flag-country-invalid", false);
    rule("country JP not served", "flags=country:JP", "flags.country", W, "flag-country-not-served", true);
    rule("country BR not served", "flags=country:BR", "flags.country", W, "flag-country-not-served", true);
    rule("country US served", "flags=country:US", "flags.country", W, "flag-country-not-served", false);
    rule("country CA served", "flags=country:CA", "flags.country", W, "flag-country-not-served", false);
    rule("country GB served", "flags=country:GB", "flags.country", W, "flag-country-not-served", false);
    rule("country NO served", "flags=country:NO", "flags.country", W, "flag-country-not-served", false);
    rule("user empty", "flags=user:", "flags.user", E, "flag-user-empty", true);
    rule("account_sync true", "flags=account_sync%3Atrue", "flags.account_sync", E,
         "flag-account-sync-invalid", false);
    rule("account_sync is known", "flags=account_sync%3Atrue", "flags.account_sync", I, "flag-unknown",
         false);
    rule("account_sync yes", "flags=account_sync%3Ayes", "flags.account_sync", E, "flag-account-sync-invalid",
         true);
    rule("simulated without country", "mode=simulated", "flags.country", W, "simulated-without-country",
         true);
    rule("simulated with country", "mode=simulated&flags=country%3AUS", "flags.country", W,
         "simulated-without-country", false);
    rule("live without country", "", "flags.country", W, "simulated-without-country", false);
    rule("external_id=null", "+external_id=null", "external_id", I, "external-id-null", true);
    rule("external_id plain", "+external_id=user-42", "external_id", W, "external-id-unusual", false);
    rule("external_id is known", "+external_id=user-42", "external_id", W, "unknown-parameter", false);
    rule("external_id with a space", "+external_id=user%2042", "external_id", W, "external-id-unusual", true);
    rule("external_id empty", "+external_id=", "external_id", W, "external-id-unusual", true);
    rule("user set", "flags=user:42", "flags.user", E, "flag-user-empty", false);
    rule("unknown flag", "flags=beta:1", "flags.beta", I, "flag-unknown", true);
    rule("known flags", "flags=country:DE%20user:7", "flags.country", I, "flag-unknown", false);
    rule("flag twice", "flags=country:DE%20country:FR", "flags.country", W, "flag-duplicate", true);
    rule("flags distinct", "flags=country:DE%20user:1", "flags.country", W, "flag-duplicate", false);

    // parameters
    rule("unknown parameter", "+foo=bar", "foo", W, "unknown-parameter", true);
    // Found by fuzz_linkparser: a nameless parameter ("=x") was reported on an empty field.
    rule("parameter without a name", "+=x", "url", W, "parameter-without-name", true);
    rule("parameter without a name is not unknown", "+=x", "", W, "unknown-parameter", false);
    rule("two without a name are not a duplicate", "+=x&+=x", "", W, "duplicate-parameter", false);
    rule("known extra parameter", "+external_id=x&+user=u&+sdk_platform=iOS", "external_id", W,
         "unknown-parameter", false);
    rule("state twice different", "+state=other", "state", E, "duplicate-parameter-conflict", true);
    rule("single_select twice different", "single_select=true&+single_select=false", "single_select", E,
         "duplicate-parameter-conflict", true);
    rule("user twice different", "+user=a&+user=b", "user", E, "duplicate-parameter-conflict", true);
    rule("state twice same", "+state=0123456789abcdef", "state", E, "duplicate-parameter-conflict", false);
    rule("state twice same warns", "+state=0123456789abcdef", "state", W, "duplicate-parameter", true);
    rule("Java single_select twice", "single_select=true&+single_select=true", "single_select", W,
         "duplicate-parameter", true);
    rule("state once", "", "state", W, "duplicate-parameter", false);
    rule("link over 2048", "state=" + QString(2100, u'x'), "url", W, "url-too-long", true);
    rule("link under 2048", "state=" + QString(1700, u'x'), "url", W, "url-too-long", false);
}

// `connectlab-cli build --param state=x` without --state: the link carries state once, so no duplicate.
void tst_Validator::extraStandsInForEmptyField()
{
    ConnectRequest r = request(QStringLiteral("-state"));
    r.extras.append({QStringLiteral("state"), QStringLiteral("0123456789abcdef")});
    const Diagnostics ds = Validator::validate(r);
    for (const Diagnostic &d : ds)
        QVERIFY2(!d.code.startsWith(u"duplicate-parameter"), qPrintable(describe(ds)));
    r.extras.append({QStringLiteral("state"), QStringLiteral("other-value-here")});
    const Diagnostics twice = Validator::validate(r);
    QVERIFY2(std::any_of(twice.cbegin(), twice.cend(),
                         [](const Diagnostic &d) { return d.code == u"duplicate-parameter-conflict"; }),
             qPrintable(describe(twice)));
}

void tst_Validator::rules()
{
    QFETCH(QString, overrides);
    QFETCH(QString, field);
    QFETCH(Severity, severity);
    QFETCH(QString, code);
    QFETCH(bool, expected);

    const Diagnostics ds = Validator::validate(request(overrides));
    bool found = false;
    for (const Diagnostic &d : ds) {
        if (d.code != code)
            continue;
        if (expected) {
            QCOMPARE(d.field, field);
            QCOMPARE(d.severity, severity);
            QVERIFY(!d.message.isEmpty());
        }
        found = true;
    }
    QVERIFY2(found == expected, qPrintable(describe(ds)));
    QCOMPARE(hasErrors(ds), std::any_of(ds.cbegin(), ds.cend(),
                                        [](const Diagnostic &d) { return d.severity == Severity::Error; }));
}

void tst_Validator::messagesSayHowToFix()
{
    Diagnostics ds = Validator::validate(request("flags=country:de"));
    QCOMPARE(ds.size(), 1);
    QVERIFY2(ds.first().message.contains(u"country:DE"), qPrintable(ds.first().message));

    ds = Validator::validate(
        request(QStringLiteral("single_select=true&single_select_vin=5YJ3E1EA7KF317000")));
    const auto it = std::find_if(ds.cbegin(), ds.cend(),
                                 [](const Diagnostic &d) { return d.code == u"vin-check-digit"; });
    QVERIFY(it != ds.cend());
    QVERIFY2(it->message.contains(u"should be 2"), qPrintable(it->message));

    ds = Validator::validate(request(QStringLiteral("make=tesla")));
    QVERIFY(ds.first().message.contains(u"TESLA"));

    ds = Validator::validate(request(QStringLiteral("redirect_uri=myapp://x")));
    QVERIFY(ds.first().message.contains(u"sc" + ClientId + u"://"));
}

void tst_Validator::sdkTestVinsPassInSimulatedMode_data()
{
    QTest::addColumn<QString>("vin");
    QTest::newRow("Smartcar Audi test VIN") << "0SCAUDI037A5ADB1C";
    QTest::newRow("ios test vector") << "12345678901234567";
    QTest::newRow("android test vector") << "1234567890ABCDEFG";
    QTest::newRow("with I and Q") << "1IQIQIQIQIQIQIQIQ";
}

void tst_Validator::sdkTestVinsPassInSimulatedMode()
{
    QFETCH(QString, vin);
    for (const char *mode : {"simulated", "test"}) {
        const Diagnostics ds =
            Validator::validate(request(QStringLiteral("mode=%1&single_select=true&single_select_vin=%2")
                                            .arg(QLatin1StringView(mode), vin)));
        QVERIFY2(!hasErrors(ds), qPrintable(describe(ds)));
    }
    const Diagnostics live =
        Validator::validate(request(QStringLiteral("single_select=true&single_select_vin=%1").arg(vin)));
    QVERIFY2(hasErrors(live), qPrintable(describe(live)));
}

void tst_Validator::validateBuildsTheUrlItself()
{
    ConnectRequest r = request(QString());
    r.state = QString(3000, u's');
    const Diagnostics ds = Validator::validate(r);
    QVERIFY(
        std::any_of(ds.cbegin(), ds.cend(), [](const Diagnostic &d) { return d.code == u"url-too-long"; }));
    QCOMPARE(Validator::validate(r, QStringLiteral("short")).size(), ds.size() - 1);
}

// With the target's registered apps (the local sandbox's), the validator says before a run what it will
// refuse.
void tst_Validator::registrations_data()
{
    QTest::addColumn<QString>("overrides");
    QTest::addColumn<QString>("codes"); // space-separated registration codes expected
    QTest::newRow("registered app and redirect") << ""
                                                 << "";
    QTest::newRow("redirect not registered") << "redirect_uri=https%3A%2F%2Fmyapp.example.com%2Fcallback"
                                             << "redirect-uri-not-registered";
    QTest::newRow("no redirect: the default applies") << "-redirect_uri"
                                                      << "";
    QTest::newRow("app not registered") << "client_id=9f5ad9c6-0f4e-4f2a-9e43-7d1f4e2b1a00"
                                        << "client-id-not-registered";
    QTest::newRow("API Client ID: its own error instead") << "client_id=client_01HXYZabc123"
                                                          << "";
}

void tst_Validator::registrations()
{
    QFETCH(QString, overrides);
    QFETCH(QString, codes);
    const Registrations sandbox{
        QStringLiteral("The local sandbox"),
        {{ClientId, QStringLiteral("Demo"), {QStringLiteral("https://example.com/callback")}}}};
    const ConnectRequest r = request(overrides);
    QStringList found;
    for (const Diagnostic &d : Validator::validate(r, UrlBuilder::build(r), &sandbox))
        if (d.code.endsWith(u"-not-registered")) {
            found << d.code;
            QVERIFY(d.message.contains(QStringLiteral("The local sandbox")));
            QCOMPARE(d.severity, Severity::Error);
        }
    QCOMPARE(found.join(u' '), codes);
    // Without registrations (Smartcar Connect: the Dashboard decides) nothing is said about them.
    for (const Diagnostic &d : Validator::validate(r))
        QVERIFY(!d.code.endsWith(u"-not-registered"));
}

QTEST_GUILESS_MAIN(tst_Validator)
#include "tst_validator.moc"
