// CodeGenerator (issue 13): for each official SDK, the code for a link written with the SDK's own names,
// checked against the SDK's own test vectors (connect-facts.md and the SDKs' test sources, named per row):
// the code holds the calls the SDK's test makes, and what those calls write (as the SDK's source writes it)
// is the vector's parameters. What an SDK cannot say is set on the URL with a reason, never dropped.
#include "RandomRequests.h"

#include <CodeGenerator.h>
#include <StringLiteral.h>
#include <UrlBuilder.h>
#include <UrlParser.h>

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

using namespace connectlab;

Q_DECLARE_METATYPE(connectlab::CodeLanguage)

namespace {

QHash<QString, QStringList> grouped(const QList<Parameter> &parameters, const QSet<QString> &without = {})
{
    QHash<QString, QStringList> out;
    for (const Parameter &p : parameters)
        if (!without.contains(p.name))
            out[p.name].append(p.value);
    return out;
}

QList<Parameter> parametersOf(const QString &link)
{
    return UrlParser::parse(link).parameters;
}

ConnectRequest requestOf(const QString &link)
{
    const ParseResult parsed = UrlParser::parse(link);
    if (!parsed.ok)
        qFatal("not a link: %s", qPrintable(link));
    return parsed.request;
}

const QString NodeVector = QStringLiteral(
    "https://connect.smartcar.com/oauth/"
    "authorize?response_type=code&client_id=4cf82729-4275-46d9-9255-8437ba777151"
    "&approval_prompt=force&redirect_uri=https%3A%2F%2Finsurance.co%2Fcallback&scope=read_odometer%20"
    "read_vehicle_info&state=fakestate&mode=live");
const QString GoVector = QStringLiteral(
    "https://connect.smartcar.com/oauth/"
    "authorize?approval_prompt=force&client_id=client-id&flags=country%3ADE"
    "&make=TESLA&redirect_uri=https%3A%2F%2Fexample.com&response_type=code&scope=read_odometer+read_vin"
    "&single_select=true&single_select_vin=123456789901234567&state=state");
const QString AndroidVector = QStringLiteral(
    "https://connect.smartcar.com/oauth/"
    "authorize?response_type=code&client_id=client123&redirect_uri=scclient123%3A"
    "%2F%2Ftest&mode=live&scope=read_odometer%20read_vin&approval_prompt=force&make=BMW&state=some%20state"
    "&single_select=true&single_select_vin=1234567890ABCDEFG&flags=flag%3Asuboption%20feature3"
    "&user=e9b24987-52e8-4d40-8417-bfa4402c9e16");
const QString RubyVector =
    QStringLiteral("https://connect.smartcar.com/oauth/authorize?client_id=SMARTCAR_CLIENT_ID"
                   "&mode=live&redirect_uri=test_url&response_type=code&scope=testing1+testing2");
// SCUrlBuilderTests.swift testSCUrlBuilderSetAllSupportedParametersApplicationId, with the test's UUIDs fixed
// and SmartcarAuthVersion.current (6.5.0); connect-facts.md quotes the same test from 6.4.0.
const QString IosVector = QStringLiteral(
    "https://connect.smartcar.com/oauth/authorize?application_id=ID&response_type=code&mode=simulated"
    "&sdk_platform=iOS&sdk_version=6.5.0&redirect_uri=scTesting://"
    "exchange&scope=read_vehicle_info%20read_odometer"
    "&state=S&approval_prompt=force&make=TESLA&single_select=true&single_select_vin=12345678901234567"
    "&flags=country:DE%20flag:suboption&user=a60d61bb-3f7b-49bd-b7ec-bf1d87db0e47");

} // namespace

class TestCodeGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void sdkVectors_data();
    void sdkVectors();
    void whatAnSdkCannotSay_data();
    void whatAnSdkCannotSay();
    void everyParameterIsWrittenOrSetOnTheUrl();
    void secretsStayInTheEnvironment_data();
    void secretsStayInTheEnvironment();
    void hostileValuesStayInsideTheirLiterals();
    void rawUrlIsTheLinkByteForByte();
    void curl_data();
    void curl();
    void languageKeys();
};

void TestCodeGenerator::sdkVectors_data()
{
    QTest::addColumn<CodeLanguage>("language");
    QTest::addColumn<QString>("link");       // Connect Lab's request, read from this link
    QTest::addColumn<QString>("sdkLink");    // what the SDK's test says its calls write
    QTest::addColumn<QStringList>("calls");  // the calls the code must hold (regular expressions)
    QTest::addColumn<QStringList>("absent"); // and must not
    QTest::addColumn<bool>("exact");

    // smartcar/node-sdk (connect-facts.md node vector; test/unit/lib/auth-client.js).
    QTest::newRow("node: connect-facts vector")
        << CodeLanguage::Node << NodeVector << NodeVector
        << QStringList{QStringLiteral("clientId: '4cf82729-4275-46d9-9255-8437ba777151',"),
                       QStringLiteral("clientSecret: process\\.env\\.SMARTCAR_CLIENT_SECRET,"),
                       QStringLiteral("redirectUri: 'https://insurance\\.co/callback',"),
                       QStringLiteral("const scope = \\['read_odometer', 'read_vehicle_info'\\];"),
                       QStringLiteral("forcePrompt: true,"),
                       QStringLiteral("state: 'fakestate',"),
                       QStringLiteral("const authUrl = client\\.getAuthUrl\\(scope, options\\);")}
        << QStringList{QStringLiteral("new URL\\("), QStringLiteral("mode:")} << true;
    const QString nodeFlags = QStringLiteral(
        "https://connect.smartcar.com/oauth/authorize?response_type=code&client_id=4cf82729-4275-46d9-9255-"
        "8437ba777151&redirect_uri=https%3A%2F%2Finsurance.co%2Fcallback&approval_prompt=force&scope=read_"
        "odometer"
        "%20read_vehicle_info&state=fakestate&make=TESLA&flags=country%3ADE%20flag%3Asuboption&mode=test");
    QTest::newRow("node: getAuthUrl - with options (auth-client.js)")
        << CodeLanguage::Node << nodeFlags << nodeFlags
        << QStringList{QStringLiteral("mode: 'test',"), QStringLiteral("makeBypass: 'TESLA',"),
                       QStringLiteral("flags: \\{country: 'DE', flag: 'suboption'\\},")}
        << QStringList{QStringLiteral("new URL\\(")} << true;
    const QString nodeVin = QStringLiteral(
        "https://connect.smartcar.com/oauth/authorize?response_type=code&client_id=4cf82729-4275-46d9-9255-"
        "8437ba777151&redirect_uri=https%3A%2F%2Finsurance.co%2Fcallback&approval_prompt=force&scope=read_"
        "odometer"
        "%20read_vehicle_info&state=fakestate&single_select=true&single_select_vin=01234567890123&user=test-"
        "user-"
        "param&mode=live");
    QTest::newRow("node: single select vin and user (auth-client.js)")
        << CodeLanguage::Node << nodeVin << nodeVin
        << QStringList{QStringLiteral("singleSelect: \\{vin: '01234567890123'\\},"),
                       QStringLiteral("user: 'test-user-param',")}
        << QStringList{QStringLiteral("new URL\\(")} << true;

    // smartcar/javascript-sdk test/unit/sdk.test.js "generates simulated mode link" (state: the SDK wraps
    // it).
    const QString jsLink =
        QStringLiteral("https://connect.smartcar.com/oauth/"
                       "authorize?response_type=code&application_id=applicationId&redirect_uri="
                       "https%3A%2F%2Fsmartcar.com&approval_prompt=force&scope=read_vehicle_info%20read_"
                       "odometer&mode=simulated"
                       "&state=originalState");
    QTest::newRow("js: generates simulated mode link (sdk.test.js)")
        << CodeLanguage::BrowserJs
        << QString(jsLink).replace(QStringLiteral("application_id="), QStringLiteral("client_id=")) << jsLink
        << QStringList{QStringLiteral("import Smartcar from '@smartcar/auth';"),
                       QStringLiteral("applicationId: 'applicationId',"),
                       QStringLiteral("redirectUri: 'https://smartcar\\.com',"),
                       QStringLiteral("scope: \\['read_vehicle_info', 'read_odometer'\\],"),
                       QStringLiteral("mode: 'simulated',"),
                       QStringLiteral("onComplete\\(error, code, state\\)"),
                       QStringLiteral("state: 'originalState',"),
                       QStringLiteral("forcePrompt: true,")}
        << QStringList{QStringLiteral("new URL\\("), QStringLiteral("clientId")} << false;

    // smartcar/python-sdk tests/unit/test_auth_client.py test_get_auth_url_with_options (client id, redirect
    // URI and mode from the test's environment).
    const QString python =
        QStringLiteral("https://connect.smartcar.com/oauth/"
                       "authorize?response_type=code&client_id=ID&redirect_uri=https%3A%2F%2F"
                       "example.com%2Fcallback&approval_prompt=force&scope=read_odometer+read_vehicle_info&"
                       "mode=test&state=WEEEEEEEEE"
                       "&make=Ford&single_select_vin=abcdefghi12345678&single_select=true&flags=flag_1%3AYay+"
                       "flag_2%3Atrue+flag_3"
                       "%3A123&user=3ee54ada-54d8-40a3-a315-150beb578a3f");
    QTest::newRow("python: test_get_auth_url_with_options")
        << CodeLanguage::Python << python << python
        << QStringList{QStringLiteral("client_id=\"ID\","),
                       QStringLiteral("mode=\"test\","),
                       QStringLiteral("client_secret=os\\.environ\\[\"SMARTCAR_CLIENT_SECRET\"\\],"),
                       QStringLiteral("\"force_prompt\": True,"),
                       QStringLiteral("\"state\": \"WEEEEEEEEE\","),
                       QStringLiteral("\"make_bypass\": \"Ford\","),
                       QStringLiteral("\"single_select\": \\{\"vin\": \"abcdefghi12345678\"\\},"),
                       QStringLiteral(
                           "\"flags\": \\{\"flag_1\": \"Yay\", \"flag_2\": True, \"flag_3\": \"123\"\\},"),
                       QStringLiteral("\"user\": \"3ee54ada-54d8-40a3-a315-150beb578a3f\","),
                       QStringLiteral("auth_url = client\\.get_auth_url\\(scope, options\\)")}
        << QStringList{QStringLiteral("urlsplit")} << true;

    // smartcar/java-sdk src/test/java/com/smartcar/sdk/AuthClientTest.java testAuthUrlBuilderWithOptions. The
    // SDK's test calls singleSelect(true) and singleSelectVin(), which writes single_select twice; the
    // generated code calls singleSelectVin() alone, so the vector is taken with one single_select.
    const QString java = QStringLiteral(
        "https://connect.smartcar.com/oauth/authorize?response_type=code&client_id=cl13nt1d-t35t-46dc-aa25-"
        "bdd042f54e7d&mode=live&redirect_uri=https%3A%2F%2Fexample.com%2F&scope=read_vehicle_info%20read_"
        "location"
        "%20read_odometer&state=sampleState&approval_prompt=force&make=TESLA&single_select=true&single_"
        "select_vin="
        "sampleVin&user=709ed6e4-cc69-4ae0-a385-6e0cf8efba8a&flags=foo%3Abar%20test%3Atrue");
    QTest::newRow("java: testAuthUrlBuilderWithOptions")
        << CodeLanguage::Java << java << java
        << QStringList{QStringLiteral("new AuthClient\\.Builder\\(\\)"),
                       QStringLiteral("\\.clientId\\(\"cl13nt1d-t35t-46dc-aa25-bdd042f54e7d\"\\)"),
                       QStringLiteral("\\.clientSecret\\(System\\.getenv\\(\"SMARTCAR_CLIENT_SECRET\"\\)\\)"),
                       QStringLiteral("String\\[\\] scope = \\{\"read_vehicle_info\", \"read_location\", "
                                      "\"read_odometer\"\\};"),
                       QStringLiteral("String authUrl = client\\.authUrlBuilder\\(scope\\)"),
                       QStringLiteral("\\.state\\(\"sampleState\"\\)"),
                       QStringLiteral("\\.approvalPrompt\\(true\\)"),
                       QStringLiteral("\\.makeBypass\\(\"TESLA\"\\)"),
                       QStringLiteral("\\.singleSelectVin\\(\"sampleVin\"\\)"),
                       QStringLiteral("\\.addFlag\\(\"foo\", \"bar\"\\)"),
                       QStringLiteral("\\.addFlag\\(\"test\", true\\)"),
                       QStringLiteral("\\.addUser\\(\"709ed6e4-cc69-4ae0-a385-6e0cf8efba8a\"\\)")}
        << QStringList{QStringLiteral("\\.singleSelect\\(true\\)"), QStringLiteral("HttpUrl")} << true;
    // testAuthUrlBuilderWithSimulatedMode; Connect Lab always writes approval_prompt, so the code calls
    // approvalPrompt(false) and the SDK adds approval_prompt=auto to the vector.
    QTest::newRow("java: testAuthUrlBuilderWithSimulatedMode")
        << CodeLanguage::Java
        << QStringLiteral(
               "https://connect.smartcar.com/oauth/authorize?response_type=code&client_id=cl13nt1d-t35t-"
               "46dc-aa25-bdd042f54e7d&mode=simulated&redirect_uri=https%3A%2F%2Fexample.com%2F&scope="
               "read_vehicle_info%20read_location%20read_odometer")
        << QStringLiteral(
               "https://connect.smartcar.com/oauth/authorize?response_type=code&client_id=cl13nt1d-t35t-"
               "46dc-aa25-bdd042f54e7d&mode=simulated&redirect_uri=https%3A%2F%2Fexample.com%2F&scope="
               "read_vehicle_info%20read_location%20read_odometer&approval_prompt=auto")
        << QStringList{QStringLiteral("\\.mode\\(\"simulated\"\\)"),
                       QStringLiteral("\\.approvalPrompt\\(false\\)")}
        << QStringList{QStringLiteral("HttpUrl")} << true;

    // smartcar/ruby-sdk spec/smartcar/unit/auth_client_spec.rb (connect-facts.md ruby vector), plus
    // approval_prompt=auto for force_prompt: false.
    QTest::newRow("ruby: check url of default constructor")
        << CodeLanguage::Ruby << RubyVector << RubyVector + QStringLiteral("&approval_prompt=auto")
        << QStringList{QStringLiteral("Smartcar::AuthClient\\.new\\("),
                       QStringLiteral("client_id: 'SMARTCAR_CLIENT_ID',"),
                       QStringLiteral(
                           "client_secret: ENV\\.fetch\\('SMARTCAR_CLIENT_SECRET'\\), # never in the code"),
                       QStringLiteral("redirect_uri: 'test_url'\\n"),
                       QStringLiteral("\\['testing1', 'testing2'\\],"),
                       QStringLiteral("force_prompt: false")}
        << QStringList{QStringLiteral("URI\\("), QStringLiteral("mode:")} << true;
    const QString rubyVin = QStringLiteral(
        "https://connect.smartcar.com/oauth/authorize?client_id=ID&flags=country%3ADE&make=blah&mode=test&"
        "redirect_uri=test_url&response_type=code&scope=testing1+testing2&single_select=true&single_select_"
        "vin=vin"
        "&state=blah&approval_prompt=auto");
    QTest::newRow("ruby: authorization_url with single select vin")
        << CodeLanguage::Ruby << rubyVin << rubyVin
        << QStringList{QStringLiteral("mode: 'test'\\n"), QStringLiteral("flags: \\{ country: 'DE' \\},"),
                       QStringLiteral("state: 'blah',"), QStringLiteral("make_bypass: 'blah',"),
                       QStringLiteral("single_select: \\{ vin: 'vin' \\}\\n\\)")}
        << QStringList{QStringLiteral("URI\\(")} << true;

    // smartcar/go-sdk authentication_test.go TestGetAuthURLAllParams (connect-facts.md go vector). The vector
    // has no mode; Connect Lab's link says mode=live, which GetAuthURL cannot write: the code sets it on the
    // URL.
    QTest::newRow("go: TestGetAuthURLAllParams")
        << CodeLanguage::Go << GoVector << GoVector
        << QStringList{QStringLiteral("smartcar \"github\\.com/smartcar/go-sdk\""),
                       QStringLiteral("smartcar\\.NewClient\\(\\)\\.NewAuth\\(&smartcar\\.AuthParams\\{"),
                       QStringLiteral("ClientID: +\"client-id\","),
                       QStringLiteral("ClientSecret: os\\.Getenv\\(\"SMARTCAR_CLIENT_SECRET\"\\),"),
                       QStringLiteral("RedirectURI: +\"https://example\\.com\","),
                       QStringLiteral("Scope: +\\[\\]string\\{\"read_odometer\", \"read_vin\"\\},"),
                       QStringLiteral("auth\\.GetAuthURL\\(&smartcar\\.AuthURLParams\\{"),
                       QStringLiteral("ForceApproval: true,"),
                       QStringLiteral("State: +\"state\","),
                       QStringLiteral("Flags: +\\[\\]string\\{\"country:DE\"\\},"),
                       QStringLiteral("MakeBypass: +smartcar\\.MakeBypass\\{Make: \"TESLA\"\\},"),
                       QStringLiteral(
                           "SingleSelect: +smartcar\\.SingleSelect\\{VIN: \"123456789901234567\"\\},"),
                       QStringLiteral("q\\.Add\\(\"mode\", \"live\"\\)")}
        << QStringList{QStringLiteral("TestMode:")} << true;

    // smartcar/ios-sdk SmartcarAuthTests/SCUrlBuilderTests.swift.
    QTest::newRow("swift: testSCUrlBuilderSetAllSupportedParametersApplicationId")
        << CodeLanguage::Swift
        << QString(IosVector).replace(QStringLiteral("application_id="), QStringLiteral("client_id="))
        << IosVector
        << QStringList{QStringLiteral("import SmartcarAuth"),
                       QStringLiteral("applicationId: \"ID\","),
                       QStringLiteral("redirectUri: \"scTesting://exchange\","),
                       QStringLiteral("scope: \\[\"read_vehicle_info\", \"read_odometer\"\\],"),
                       QStringLiteral("mode: \\.simulated\\n"),
                       QStringLiteral("\\.setState\\(state: \"S\"\\)"),
                       QStringLiteral("\\.setForcePrompt\\(forcePrompt: true\\)"),
                       QStringLiteral("\\.setMakeBypass\\(make: \"TESLA\"\\)"),
                       QStringLiteral("\\.setSingleSelect\\(singleSelect: true\\)"),
                       QStringLiteral("\\.setSingleSelectVin\\(vin: \"12345678901234567\"\\)"),
                       QStringLiteral("\\.setFlags\\(flags: \\[\"country:DE\", \"flag:suboption\"\\]\\)"),
                       QStringLiteral("\\.setUser\\(user: \"a60d61bb-3f7b-49bd-b7ec-bf1d87db0e47\"\\)")}
        << QStringList{QStringLiteral("components")} << true;
    const QString iosExternal =
        QStringLiteral("https://connect.smartcar.com/oauth/"
                       "authorize?application_id=ID&response_type=code&mode=live&sdk_platform=iOS"
                       "&sdk_version=6.5.0&redirect_uri=scTesting://"
                       "exchange&scope=read_vehicle_info%20read_odometer&external_id="
                       "a60d61bb-3f7b-49bd-b7ec-bf1d87db0e47");
    QTest::newRow("swift: testSCUrlBuilderSetExternalIdApplicationId")
        << CodeLanguage::Swift
        << QString(iosExternal).replace(QStringLiteral("application_id="), QStringLiteral("client_id="))
        << iosExternal + QStringLiteral("&approval_prompt=auto")
        << QStringList{QStringLiteral(
                           "\\.setExternalId\\(externalId: \"a60d61bb-3f7b-49bd-b7ec-bf1d87db0e47\"\\)"),
                       QStringLiteral("\\.setForcePrompt\\(forcePrompt: false\\)")}
        << QStringList{QStringLiteral("setUser"), QStringLiteral("components")} << true;

    // smartcar/android-sdk SmartcarAuthTest.kt smartcarAuth_authUrlBuilderWithSetters (connect-facts.md
    // android).
    QTest::newRow("kotlin: smartcarAuth_authUrlBuilderWithSetters")
        << CodeLanguage::Kotlin << AndroidVector << AndroidVector
        << QStringList{QStringLiteral("import com\\.smartcar\\.sdk\\.SmartcarAuth"),
                       QStringLiteral(
                           "SmartcarAuth\\(\\n    \"client123\",\\n    \"scclient123://test\",\\n    "
                           "arrayOf\\(\"read_odometer\", \"read_vin\"\\)\\n\\) \\{ response ->"),
                       QStringLiteral("\\.setForcePrompt\\(true\\)"),
                       QStringLiteral("\\.setMakeBypass\\(\"BMW\"\\)"),
                       QStringLiteral("\\.setState\\(\"some state\"\\)"),
                       QStringLiteral("\\.setSingleSelect\\(true\\)"),
                       QStringLiteral("\\.setSingleSelectVin\\(\"1234567890ABCDEFG\"\\)"),
                       QStringLiteral("\\.setFlags\\(arrayOf\\(\"flag:suboption\", \"feature3\"\\)\\)"),
                       QStringLiteral("\\.setUser\\(\"e9b24987-52e8-4d40-8417-bfa4402c9e16\"\\)")}
        << QStringList{QStringLiteral("Uri\\.parse")} << true;
}

void TestCodeGenerator::sdkVectors()
{
    QFETCH(CodeLanguage, language);
    QFETCH(QString, link);
    QFETCH(QString, sdkLink);
    QFETCH(QStringList, calls);
    QFETCH(QStringList, absent);
    QFETCH(bool, exact);

    const GeneratedCode code = CodeGenerator::generate(language, requestOf(link));
    QCOMPARE(code.language, language);
    for (const QString &call : std::as_const(calls))
        QVERIFY2(QRegularExpression(call).match(code.code).hasMatch(),
                 qPrintable(QStringLiteral("missing /%1/ in:\n%2").arg(call, code.code)));
    for (const QString &pattern : std::as_const(absent))
        QVERIFY2(!QRegularExpression(pattern).match(code.code).hasMatch(),
                 qPrintable(QStringLiteral("unexpected /%1/ in:\n%2").arg(pattern, code.code)));
    // What the SDK's calls write, as its source writes it, is the SDK test's vector (the browser SDK's state
    // is its own wrapped value).
    const QSet<QString> own =
        language == CodeLanguage::BrowserJs ? QSet<QString>{QStringLiteral("state")} : QSet<QString>{};
    QCOMPARE(grouped(code.sdkParameters, own), grouped(parametersOf(sdkLink), own));
    QCOMPARE(code.exactLink, exact);
}

void TestCodeGenerator::whatAnSdkCannotSay_data()
{
    QTest::addColumn<CodeLanguage>("language");
    QTest::addColumn<QString>("link");
    QTest::addColumn<QStringList>("code");  // regular expressions the code holds
    QTest::addColumn<QStringList>("notes"); // words a note holds
    QTest::addColumn<bool>("exact");

    const QString reauth = QStringLiteral("https://connect.smartcar.com/oauth/"
                                          "reauthenticate?response_type=vehicle_id&client_id=ID&vehicle_id=V1"
                                          "&approval_prompt=auto&mode=live&external_id=42");
    QTest::newRow("node: external_id and re-authentication")
        << CodeLanguage::Node << reauth
        << QStringList{QStringLiteral("url\\.searchParams\\.set\\('response_type', 'vehicle_id'\\);"),
                       QStringLiteral("url\\.searchParams\\.append\\('vehicle_id', 'V1'\\);"),
                       QStringLiteral("url\\.searchParams\\.append\\('external_id', '42'\\);"),
                       QStringLiteral("url\\.pathname = '/oauth/reauthenticate';"),
                       QStringLiteral("// getAuthUrl has no option for external_id\\.")}
        << QStringList{QStringLiteral("no option for external_id"), QStringLiteral("/oauth/reauthenticate")}
        << true;
    QTest::newRow("node: the sandbox's origin from SMARTCAR_API_ORIGIN")
        << CodeLanguage::Node
        << QStringLiteral(
               "http://127.0.0.1:8765/oauth/authorize?response_type=code&client_id=ID&approval_prompt=auto"
               "&mode=simulated")
        << QStringList{QStringLiteral("process\\.env\\.SMARTCAR_API_ORIGIN = 'http://127\\.0\\.0\\.1:8765';")}
        << QStringList{QStringLiteral("SMARTCAR_API_ORIGIN")} << true;
    QTest::newRow("node: a flag without a value, a bad mode")
        << CodeLanguage::Node
        << QStringLiteral("https://connect.smartcar.com/oauth/authorize?response_type=code&client_id=ID"
                          "&approval_prompt=auto&mode=sandbox&flags=country:DE%20feature3")
        << QStringList{QStringLiteral("url\\.searchParams\\.append\\('flags', 'country:DE feature3'\\);"),
                       QStringLiteral("url\\.searchParams\\.set\\('mode', 'sandbox'\\);")}
        << QStringList{QStringLiteral("flags as an object"), QStringLiteral("mode test, live or simulated")}
        << true;
    QTest::newRow("js: external_id and user are options, state is wrapped")
        << CodeLanguage::BrowserJs
        << QStringLiteral("https://connect.smartcar.com/oauth/authorize?response_type=none&client_id=ID"
                          "&approval_prompt=auto&mode=live&state=S&external_id=null&user=U")
        << QStringList{QStringLiteral("externalId: null,"), QStringLiteral("responseType: 'none',"),
                       QStringLiteral("user: 'U',")}
        << QStringList{QStringLiteral("originalState"), QStringLiteral("app_origin")} << false;
    QTest::newRow("python: no redirect URI, no scope")
        << CodeLanguage::Python
        << QStringLiteral("https://connect.smartcar.com/oauth/authorize?response_type=code&client_id=ID"
                          "&approval_prompt=auto&mode=live")
        << QStringList{QStringLiteral("redirect_uri=os\\.environ\\[\"SMARTCAR_REDIRECT_URI\"\\],"),
                       QStringLiteral("if name not in \\{\"redirect_uri\", \"scope\"\\}\\]")}
        << QStringList{QStringLiteral("requires a redirect URI"), QStringLiteral("always writes scope")}
        << true;
    QTest::newRow("java: a flag without a value")
        << CodeLanguage::Java
        << QStringLiteral("https://connect.smartcar.com/oauth/authorize?response_type=code&client_id=ID"
                          "&approval_prompt=auto&mode=live&flags=feature3")
        << QStringList{QStringLiteral("url\\.addQueryParameter\\(\"flags\", \"feature3\"\\);"),
                       QStringLiteral("import okhttp3\\.HttpUrl;")}
        << QStringList{QStringLiteral("flag without a value")} << true;
    QTest::newRow("go: simulated mode, user, single_select=false")
        << CodeLanguage::Go
        << QStringLiteral(
               "https://connect.smartcar.com/oauth/authorize?response_type=code&client_id=ID&redirect_uri="
               "https%3A%2F%2Fexample.com&approval_prompt=auto&mode=simulated&single_select=false&user=U")
        << QStringList{QStringLiteral("q\\.Add\\(\"mode\", \"simulated\"\\)"),
                       QStringLiteral("q\\.Add\\(\"user\", \"U\"\\)"),
                       QStringLiteral("q\\.Add\\(\"single_select\", \"false\"\\)")}
        << QStringList{QStringLiteral("mode only for test mode"), QStringLiteral("no option for user")}
        << true;
    QTest::newRow("swift: a '+' in the state, no redirect URI")
        << CodeLanguage::Swift
        << QStringLiteral("https://connect.smartcar.com/oauth/authorize?response_type=code&client_id=ID"
                          "&approval_prompt=auto&mode=live&state=a%2Bb")
        << QStringList{QStringLiteral("let sdkUrl = SCUrlBuilder\\("),
                       QStringLiteral("items\\.append\\(URLQueryItem\\(name: \"state\", value: "
                                      "encoded\\(\"a\\+b\"\\)\\)\\)")}
        << QStringList{QStringLiteral("leaves '+' raw"), QStringLiteral("sdk_platform=iOS")} << false;
    QTest::newRow("kotlin: simulated mode, no scope")
        << CodeLanguage::Kotlin
        << QStringLiteral(
               "https://connect.smartcar.com/oauth/authorize?response_type=code&client_id=ID&redirect_uri="
               "sc1%3A%2F%2Fx&approval_prompt=auto&mode=simulated")
        << QStringList{QStringLiteral("val replaced = setOf\\(\"mode\", \"scope\"\\)"),
                       QStringLiteral("adjusted\\.appendQueryParameter\\(\"mode\", \"simulated\"\\)")}
        << QStringList{QStringLiteral("test mode (testMode) and live only"),
                       QStringLiteral("sdk_platform=android")}
        << true;
    QTest::newRow("ruby: the origin from SMARTCAR_CONNECT_ORIGIN")
        << CodeLanguage::Ruby
        << QStringLiteral(
               "http://127.0.0.1:8765/oauth/authorize?response_type=code&client_id=ID&approval_prompt=auto"
               "&mode=live")
        << QStringList{QStringLiteral("ENV\\['SMARTCAR_CONNECT_ORIGIN'\\] = 'http://127\\.0\\.0\\.1:8765'")}
        << QStringList{QStringLiteral("SMARTCAR_CONNECT_ORIGIN")} << true;
}

void TestCodeGenerator::whatAnSdkCannotSay()
{
    QFETCH(CodeLanguage, language);
    QFETCH(QString, link);
    QFETCH(QStringList, code);
    QFETCH(QStringList, notes);
    QFETCH(bool, exact);

    const GeneratedCode generated = CodeGenerator::generate(language, requestOf(link));
    for (const QString &pattern : std::as_const(code))
        QVERIFY2(QRegularExpression(pattern).match(generated.code).hasMatch(),
                 qPrintable(QStringLiteral("missing /%1/ in:\n%2").arg(pattern, generated.code)));
    const QString allNotes = generated.notes.join(u'\n');
    for (const QString &words : std::as_const(notes))
        QVERIFY2(allNotes.contains(words),
                 qPrintable(QStringLiteral("no note says \"%1\":\n%2").arg(words, allNotes)));
    QCOMPARE(generated.exactLink, exact);
}

// For a few hundred random requests and every SDK: what the SDK's calls write plus the code's URL edits is
// the link (the SDK's own wrapped state and sdk_* parameters aside), and every edit has its reason as a note
// and a comment. Nothing is dropped without a word.
void TestCodeGenerator::everyParameterIsWrittenOrSetOnTheUrl()
{
    testing::RandomRequests random(7);
    const QList<CodeLanguage> sdks = {CodeLanguage::Node,  CodeLanguage::BrowserJs, CodeLanguage::Python,
                                      CodeLanguage::Java,  CodeLanguage::Ruby,      CodeLanguage::Go,
                                      CodeLanguage::Swift, CodeLanguage::Kotlin};
    for (int i = 0; i < 200; ++i) {
        const ConnectRequest r = random.next();
        for (CodeLanguage language : sdks) {
            const GeneratedCode code = CodeGenerator::generate(language, r);
            QSet<QString> own;
            if (language == CodeLanguage::BrowserJs)
                own = {QStringLiteral("state"), QStringLiteral("app_origin")};
            if (language == CodeLanguage::Swift)
                own = {QStringLiteral("sdk_platform"), QStringLiteral("sdk_version")};
            const QHash<QString, QStringList> wanted = grouped(UrlBuilder::parameters(r), own);
            QHash<QString, QStringList> result = grouped(code.sdkParameters, own);
            if ((language == CodeLanguage::BrowserJs || language == CodeLanguage::Swift) &&
                !wanted.contains(QStringLiteral("application_id")))
                if (result.contains(QStringLiteral("application_id")))
                    result.insert(QStringLiteral("client_id"), result.take(QStringLiteral("application_id")));
            for (const LinkAdjustment &edit : code.urlEdits) {
                QVERIFY2(code.notes.contains(edit.reason), qPrintable(edit.reason));
                // The reason is a comment right before the edit (wrapped): its first words are in the code.
                const QString start = edit.reason.section(u' ', 0, 2);
                QVERIFY2(code.code.contains(start), qPrintable(start + u'\n' + code.code));
                QString name = edit.name;
                if (name == u"application_id" && !wanted.contains(name))
                    name = QStringLiteral("client_id");
                if (edit.kind != LinkAdjustment::Kind::Append)
                    result.remove(name);
                if (!edit.values.isEmpty())
                    result[name] += edit.values;
            }
            QVERIFY2(result == wanted, qPrintable(QStringLiteral("%1, request %2:\n%3")
                                                      .arg(CodeLanguages::key(language))
                                                      .arg(i)
                                                      .arg(code.code)));
        }
    }
}

void TestCodeGenerator::secretsStayInTheEnvironment_data()
{
    QTest::addColumn<CodeLanguage>("language");
    QTest::addColumn<QString>("read");
    QTest::newRow("node") << CodeLanguage::Node << QStringLiteral("process.env.SMARTCAR_CLIENT_SECRET");
    QTest::newRow("python") << CodeLanguage::Python
                            << QStringLiteral("os.environ[\"SMARTCAR_CLIENT_SECRET\"]");
    QTest::newRow("java") << CodeLanguage::Java
                          << QStringLiteral("System.getenv(\"SMARTCAR_CLIENT_SECRET\")");
    QTest::newRow("ruby") << CodeLanguage::Ruby << QStringLiteral("ENV.fetch('SMARTCAR_CLIENT_SECRET')");
    QTest::newRow("go") << CodeLanguage::Go << QStringLiteral("os.Getenv(\"SMARTCAR_CLIENT_SECRET\")");
    QTest::newRow("curl") << CodeLanguage::Curl << QStringLiteral("${SMARTCAR_CLIENT_SECRET:?");
}

void TestCodeGenerator::secretsStayInTheEnvironment()
{
    QFETCH(CodeLanguage, language);
    QFETCH(QString, read);
    const GeneratedCode code = CodeGenerator::generate(language, requestOf(NodeVector));
    QVERIFY2(code.code.contains(read), qPrintable(code.code));
    // The front-end SDKs never see a secret at all.
    for (CodeLanguage front :
         {CodeLanguage::BrowserJs, CodeLanguage::Swift, CodeLanguage::Kotlin, CodeLanguage::RawUrl})
        QVERIFY(
            !CodeGenerator::generate(front, requestOf(NodeVector)).code.contains(QStringLiteral("SECRET")));
}

void TestCodeGenerator::hostileValuesStayInsideTheirLiterals()
{
    ConnectRequest r = requestOf(NodeVector);
    r.state = QString::fromUtf8("'\"\\\n$x ${y} #{z} \\(w) \xef\xbb\xbf");
    for (CodeLanguage language : CodeLanguages::all()) {
        if (language == CodeLanguage::Curl)
            continue;
        const GeneratedCode code = CodeGenerator::generate(language, r);
        if (language == CodeLanguage::BrowserJs) {
            // window.btoa cannot wrap U+FEFF: the state is left out, and a note says so.
            QVERIFY(!code.code.contains(QStringLiteral("state: ")));
            QVERIFY(code.notes.join(u' ').contains(QStringLiteral("window.btoa")));
            continue;
        }
        QVERIFY2(code.code.contains(StringLiteral::quote(r.state, language)),
                 qPrintable(CodeLanguages::key(language) + u'\n' + code.code));
        // The line break and the byte-order mark are escapes: no line of the code holds a part of the state.
        QVERIFY2(!code.code.contains(QStringLiteral("\n$x")), qPrintable(code.code));
        QVERIFY(!code.code.contains(QChar(0xfeff)));
    }
    QCOMPARE(StringLiteral::javaScript(r.state),
             QStringLiteral("'\\'\"\\\\\\n$x ${y} #{z} \\\\(w) \\ufeff'"));
}

void TestCodeGenerator::rawUrlIsTheLinkByteForByte()
{
    ConnectRequest r = requestOf(AndroidVector);
    r.extras.append({QStringLiteral("external_id"), QStringLiteral("a&b=c d+e")});
    const GeneratedCode code = CodeGenerator::generate(CodeLanguage::RawUrl, r);
    QVERIFY(code.notes.isEmpty());
    QVERIFY(code.exactLink);
    for (const Parameter &p : UrlBuilder::parameters(r))
        QVERIFY2(code.code.contains(QStringLiteral("[") + StringLiteral::javaScript(p.name)),
                 qPrintable(p.name));
    QVERIFY(code.code.contains(QStringLiteral("['external_id', 'a&b=c d+e'],")));
    QVERIFY(code.code.contains(
        QStringLiteral("const authUrl = 'https://connect.smartcar.com/oauth/authorize?' +")));
}

void TestCodeGenerator::curl_data()
{
    QTest::addColumn<QString>("link");
    QTest::addColumn<int>("model");
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("absent");

    const QStringList v2 = {
        QStringLiteral("curl --request POST 'https://auth.smartcar.com/oauth/token' \\"),
        QStringLiteral("--user '4cf82729-4275-46d9-9255-8437ba777151:'\"${SMARTCAR_CLIENT_SECRET:?"),
        QStringLiteral("--header 'Content-Type: application/x-www-form-urlencoded'"),
        QStringLiteral("--data-urlencode 'grant_type=authorization_code'"),
        QStringLiteral("--data-urlencode \"code=${SMARTCAR_CODE:?"),
        QStringLiteral("--data-urlencode 'redirect_uri=https://insurance.co/callback'")};
    const QStringList v3 = {
        QStringLiteral("curl --request POST 'https://iam.smartcar.com/oauth2/token' \\"),
        QStringLiteral("--data-urlencode 'grant_type=client_credentials'"),
        QStringLiteral("--data-urlencode \"client_id=${SMARTCAR_API_CLIENT_ID:?"),
        QStringLiteral("--data-urlencode \"client_secret=${SMARTCAR_API_CLIENT_SECRET:?")};
    QTest::newRow("both") << NodeVector << int(CodeOptions::TokenModel::Both) << v2 + v3 << QStringList{};
    QTest::newRow("v2") << NodeVector << int(CodeOptions::TokenModel::PerVehicle) << v2
                        << QStringList{QStringLiteral("iam.smartcar.com"),
                                       QStringLiteral("client_credentials")};
    QTest::newRow("v3") << NodeVector << int(CodeOptions::TokenModel::ApiAuthentication) << v3
                        << QStringList{QStringLiteral("auth.smartcar.com"),
                                       QStringLiteral("authorization_code")};
    QTest::newRow("sandbox")
        << QStringLiteral(
               "http://127.0.0.1:8765/oauth/authorize?response_type=code&client_id=ID&redirect_uri=http%3A"
               "%2F%2Flocalhost%3A8000%2Fcallback&approval_prompt=auto&mode=simulated")
        << int(CodeOptions::TokenModel::PerVehicle)
        << QStringList{QStringLiteral("curl --request POST 'http://127.0.0.1:8765/oauth/token' \\"),
                       QStringLiteral("'redirect_uri=http://localhost:8000/callback'")}
        << QStringList{QStringLiteral("auth.smartcar.com")};
}

void TestCodeGenerator::curl()
{
    QFETCH(QString, link);
    QFETCH(int, model);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);
    CodeOptions options;
    options.tokenModel = CodeOptions::TokenModel(model);
    const GeneratedCode code = CodeGenerator::generate(CodeLanguage::Curl, requestOf(link), options);
    for (const QString &text : std::as_const(present))
        QVERIFY2(code.code.contains(text), qPrintable(text + u'\n' + code.code));
    for (const QString &text : std::as_const(absent))
        QVERIFY2(!code.code.contains(text), qPrintable(text + u'\n' + code.code));
}

void TestCodeGenerator::languageKeys()
{
    QCOMPARE(CodeLanguages::keys(),
             (QStringList{QStringLiteral("node"), QStringLiteral("js"), QStringLiteral("python"),
                          QStringLiteral("java"), QStringLiteral("ruby"), QStringLiteral("go"),
                          QStringLiteral("swift"), QStringLiteral("kotlin"), QStringLiteral("raw"),
                          QStringLiteral("curl")}));
    for (CodeLanguage language : CodeLanguages::all()) {
        QCOMPARE(CodeLanguages::fromKey(CodeLanguages::key(language)), std::optional<CodeLanguage>(language));
        QVERIFY(!CodeLanguages::displayName(language).isEmpty());
        QVERIFY(!CodeLanguages::source(language).isEmpty());
    }
    QVERIFY(!CodeLanguages::fromKey(u"cobol"));
}

QTEST_GUILESS_MAIN(TestCodeGenerator)
#include "tst_codegenerator.moc"
