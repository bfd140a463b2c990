#include "UrlBuilder.h"
#include "UrlParser.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

using namespace connectlab;

class tst_UrlParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sdkUrls();
    void iosUrl();
    void androidUrl();
    void spaceEncodings_data();
    void spaceEncodings();
    void rawColonAndSlash();
    void bareQuery_data();
    void bareQuery();
    void duplicatesKeptAndFlagged();
    void applicationIdIsClientId();
    void clientIdWinsOverApplicationId();
    void applicationIdFillsAnEmptyClientId_data();
    void applicationIdFillsAnEmptyClientId();
    void fragmentIgnored();
    void badPercentKeptRaw_data();
    void badPercentKeptRaw();
    void originAndPath_data();
    void originAndPath();
    void notALink_data();
    void notALink();
    void garbageDoesNotCrash();
    void roundTrip();
};

namespace {

bool hasCode(const Diagnostics &ds, const QString &code, const QString &field = QString())
{
    for (const Diagnostic &d : ds) {
        if (d.code == code && (field.isNull() || d.field == field))
            return true;
    }
    return false;
}

QList<Permission> perms(std::initializer_list<const char *> names)
{
    QList<Permission> out;
    for (const char *n : names)
        out.append(Permission::fromToken(QString::fromLatin1(n)));
    return out;
}

} // namespace

void tst_UrlParser::sdkUrls()
{
    // node
    ParseResult p = UrlParser::parse(QStringLiteral(
        "https://connect.smartcar.com/oauth/authorize?response_type=code&client_id=4cf82729-4275-46d9-9255-"
        "8437ba777151&approval_prompt=force&redirect_uri=https%3A%2F%2Finsurance.co%2Fcallback&scope=read_"
        "odometer%20read_vehicle_info&state=fakestate&mode=live"));
    QVERIFY(p.ok);
    QVERIFY(p.diagnostics.isEmpty());
    QCOMPARE(p.request.baseUrl, QStringLiteral("https://connect.smartcar.com"));
    QCOMPARE(p.request.endpoint, Endpoint::Authorize);
    QCOMPARE(p.request.responseType, QStringLiteral("code"));
    QCOMPARE(p.request.clientId, QStringLiteral("4cf82729-4275-46d9-9255-8437ba777151"));
    QCOMPARE(p.request.approvalPrompt, QStringLiteral("force"));
    QCOMPARE(p.request.redirectUri, QStringLiteral("https://insurance.co/callback"));
    QCOMPARE(p.request.scope, perms({"read_odometer", "read_vehicle_info"}));
    QCOMPARE(p.request.state, QStringLiteral("fakestate"));
    QCOMPARE(p.request.mode, QStringLiteral("live"));
    QVERIFY(p.request.extras.isEmpty());
    QCOMPARE(p.parameters.size(), 7);

    // go: alphabetical, '+' for spaces
    p = UrlParser::parse(
        QStringLiteral("https://connect.smartcar.com/oauth/"
                       "authorize?approval_prompt=force&client_id=client-id&flags=country%"
                       "3ADE&make=TESLA&redirect_uri=https%3A%2F%2Fexample.com&response_type=code&scope=read_"
                       "odometer+read_vin&"
                       "single_select=true&single_select_vin=123456789901234567&state=state"));
    QVERIFY(p.ok);
    QCOMPARE(p.request.clientId, QStringLiteral("client-id"));
    QCOMPARE(p.request.country(), QStringLiteral("DE"));
    QCOMPARE(p.request.make, QStringLiteral("TESLA"));
    QCOMPARE(p.request.redirectUri, QStringLiteral("https://example.com"));
    QCOMPARE(p.request.scope, perms({"read_odometer", "read_vin"}));
    QCOMPARE(p.request.singleSelect, QStringLiteral("true"));
    QCOMPARE(p.request.singleSelectVin, QStringLiteral("123456789901234567"));
    QCOMPARE(p.request.state, QStringLiteral("state"));
    QCOMPARE(p.request.mode, QStringLiteral("live")); // absent: the default

    // ruby
    p = UrlParser::parse(
        QStringLiteral("https://connect.smartcar.com/oauth/authorize?client_id=SMARTCAR_CLIENT_ID"
                       "&mode=live&redirect_uri=test_url&response_type=code&scope=testing1+testing2"));
    QVERIFY(p.ok);
    QCOMPARE(p.request.clientId, QStringLiteral("SMARTCAR_CLIENT_ID"));
    QCOMPARE(p.request.redirectUri, QStringLiteral("test_url"));
    QCOMPARE(p.request.scope, perms({"testing1", "testing2"}));
    QCOMPARE(p.request.approvalPrompt, QStringLiteral("auto"));
}

void tst_UrlParser::iosUrl()
{
    const ParseResult p = UrlParser::parse(QStringLiteral(
        "https://connect.smartcar.com/oauth/"
        "authorize?application_id=ID&response_type=code&mode=simulated&sdk_"
        "platform=iOS&sdk_version=6.4.0&redirect_uri=scTesting://exchange&scope=read_vehicle_info%20read_"
        "odometer&state=S&approval_prompt=force&make=TESLA&single_select=true&single_select_vin="
        "12345678901234567&flags=country:DE%20flag:suboption&user=a60d61bb-3f7b-49bd-b7ec-bf1d87db0e47"));
    QVERIFY(p.ok);
    QCOMPARE(p.request.clientId, QStringLiteral("ID"));
    QCOMPARE(p.request.mode, QStringLiteral("simulated"));
    QCOMPARE(p.request.redirectUri, QStringLiteral("scTesting://exchange"));
    QCOMPARE(p.request.scope, perms({"read_vehicle_info", "read_odometer"}));
    QCOMPARE(p.request.state, QStringLiteral("S"));
    QCOMPARE(p.request.approvalPrompt, QStringLiteral("force"));
    QCOMPARE(p.request.make, QStringLiteral("TESLA"));
    QCOMPARE(p.request.singleSelect, QStringLiteral("true"));
    QCOMPARE(p.request.singleSelectVin, QStringLiteral("12345678901234567"));
    QCOMPARE(p.request.flags, (QList<Flag>{Flag{QStringLiteral("country"), QStringLiteral("DE")},
                                           Flag{QStringLiteral("flag"), QStringLiteral("suboption")}}));
    QCOMPARE(p.request.extras, (QList<Parameter>{{QStringLiteral("application_id"), QStringLiteral("ID")},
                                                 {QStringLiteral("sdk_platform"), QStringLiteral("iOS")},
                                                 {QStringLiteral("sdk_version"), QStringLiteral("6.4.0")},
                                                 {QStringLiteral("user"),
                                                  QStringLiteral("a60d61bb-3f7b-49bd-b7ec-bf1d87db0e47")}}));
    QCOMPARE(p.parameters.size(), 14);
    QVERIFY(p.diagnostics.isEmpty());
}

void tst_UrlParser::androidUrl()
{
    const ParseResult p = UrlParser::parse(QStringLiteral(
        "https://connect.smartcar.com/oauth/authorize?response_type=code&client_id=client123&redirect_uri="
        "scclient123%3A%2F%2Ftest&mode=live&scope=read_odometer%20read_vin&approval_prompt=force&make=BMW&"
        "state="
        "some%20state&single_select=true&single_select_vin=1234567890ABCDEFG&flags=flag%3Asuboption%"
        "20feature3&"
        "user=e9b24987-52e8-4d40-8417-bfa4402c9e16"));
    QVERIFY(p.ok);
    QCOMPARE(p.request.clientId, QStringLiteral("client123"));
    QCOMPARE(p.request.redirectUri, QStringLiteral("scclient123://test"));
    QCOMPARE(p.request.state, QStringLiteral("some state"));
    QCOMPARE(p.request.make, QStringLiteral("BMW"));
    QCOMPARE(p.request.singleSelectVin, QStringLiteral("1234567890ABCDEFG"));
    QCOMPARE(p.request.flags, (QList<Flag>{Flag{QStringLiteral("flag"), QStringLiteral("suboption")},
                                           Flag{QStringLiteral("feature3"), QString(), false}}));
    QCOMPARE(p.request.extras, (QList<Parameter>{{QStringLiteral("user"),
                                                  QStringLiteral("e9b24987-52e8-4d40-8417-bfa4402c9e16")}}));
}

void tst_UrlParser::spaceEncodings_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("state");
    QTest::newRow("%20") << "state=a%20b"
                         << "a b";
    QTest::newRow("plus") << "state=a+b"
                          << "a b";
    QTest::newRow("%2B is a literal plus") << "state=a%2Bb"
                                           << "a+b";
    QTest::newRow("mixed") << "state=a+b%20c%2Bd"
                           << "a b c+d";
    QTest::newRow("non-ASCII escaped") << "state=%C3%A9t%C3%A9" << QString::fromUtf8("été");
    QTest::newRow("non-ASCII raw") << QString::fromUtf8("state=été+x") << QString::fromUtf8("été x");
    QTest::newRow("lower-case hex") << "state=%c3%a9" << QString::fromUtf8("é");
}

void tst_UrlParser::spaceEncodings()
{
    QFETCH(QString, query);
    QFETCH(QString, state);
    const ParseResult p = UrlParser::parse(query);
    QVERIFY(p.ok);
    QCOMPARE(p.request.state, state);
    QVERIFY(p.diagnostics.isEmpty());
}

void tst_UrlParser::rawColonAndSlash()
{
    const ParseResult p = UrlParser::parse(
        QStringLiteral("https://connect.smartcar.com/oauth/authorize?redirect_uri=https://a.b/c?d"
                       "&flags=country:FR user:42"));
    QCOMPARE(p.request.redirectUri, QStringLiteral("https://a.b/c?d"));
    QCOMPARE(p.request.country(), QStringLiteral("FR"));
    QCOMPARE(p.request.flagUser(), QStringLiteral("42"));
}

void tst_UrlParser::bareQuery_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("without ?") << "client_id=abc&mode=test";
    QTest::newRow("with ?") << "?client_id=abc&mode=test";
    QTest::newRow("path and query") << "/oauth/authorize?client_id=abc&mode=test";
    QTest::newRow("surrounding whitespace") << "  client_id=abc&mode=test\n";
    QTest::newRow("empty segments") << "&&client_id=abc&&mode=test&";
}

void tst_UrlParser::bareQuery()
{
    QFETCH(QString, input);
    const ParseResult p = UrlParser::parse(input);
    QVERIFY(p.ok);
    QCOMPARE(p.request.clientId, QStringLiteral("abc"));
    QCOMPARE(p.request.mode, QStringLiteral("test"));
    QCOMPARE(p.request.baseUrl, QStringLiteral("https://connect.smartcar.com"));
    QCOMPARE(p.parameters.size(), 2);
    QVERIFY(p.diagnostics.isEmpty());
}

void tst_UrlParser::duplicatesKeptAndFlagged()
{
    // Java can emit single_select twice; someone may paste two states.
    const ParseResult p = UrlParser::parse(QStringLiteral(
        "client_id=a&single_select=true&state=one&single_select=true&state=two&scope=read_vin"));
    QCOMPARE(p.request.singleSelect, QStringLiteral("true"));
    QCOMPARE(p.request.state, QStringLiteral("one"));
    QCOMPARE(p.request.extras, (QList<Parameter>{{QStringLiteral("single_select"), QStringLiteral("true")},
                                                 {QStringLiteral("state"), QStringLiteral("two")}}));
    QCOMPARE(p.parameters.size(), 6);
    QVERIFY(hasCode(p.diagnostics, QStringLiteral("duplicate-kept"), QStringLiteral("single_select")));
    QVERIFY(hasCode(p.diagnostics, QStringLiteral("duplicate-kept"), QStringLiteral("state")));
    QCOMPARE(p.diagnostics.size(), 2);
}

void tst_UrlParser::applicationIdIsClientId()
{
    const ParseResult p = UrlParser::parse(QStringLiteral("application_id=app-1&response_type=code"));
    QCOMPARE(p.request.clientId, QStringLiteral("app-1"));
    QCOMPARE(p.request.extras,
             (QList<Parameter>{{QStringLiteral("application_id"), QStringLiteral("app-1")}}));
}

void tst_UrlParser::clientIdWinsOverApplicationId()
{
    const ParseResult p = UrlParser::parse(QStringLiteral("application_id=app-1&client_id=cid"));
    QCOMPARE(p.request.clientId, QStringLiteral("cid"));
    QVERIFY(!hasCode(p.diagnostics, QStringLiteral("duplicate-kept")));
}

void tst_UrlParser::applicationIdFillsAnEmptyClientId_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("clientId");
    QTest::newRow("client_id without a value first")
        << QStringLiteral("client_id&application_id=app-1") << QStringLiteral("app-1");
    QTest::newRow("client_id= first")
        << QStringLiteral("client_id=&application_id=app-1") << QStringLiteral("app-1");
    QTest::newRow("empty client_id after")
        << QStringLiteral("application_id=app-1&client_id=") << QStringLiteral("app-1");
    QTest::newRow("client_id wins after")
        << QStringLiteral("application_id=app-1&client_id=cid") << QStringLiteral("cid");
    QTest::newRow("client_id wins before")
        << QStringLiteral("client_id=cid&application_id=app-1") << QStringLiteral("cid");
    QTest::newRow("first application_id")
        << QStringLiteral("application_id=a&application_id=b") << QStringLiteral("a");
    QTest::newRow("empty client_id, then one with a value")
        << QStringLiteral("client_id=&client_id=cid&application_id=app-1") << QStringLiteral("cid");
    // Found by fuzz_linkparser: the rebuilt link read back another client id.
    QTest::newRow("fuzz: empty client_id then application_id")
        << QStringLiteral("\uFEFFnt_id=x?client_id&state=a&application_id=a_{kpd")
        << QStringLiteral("a_{kpd");
    QTest::newRow("fuzz: empty client_id, a repeat with a value")
        << QStringLiteral("client_id=a&redire\uFEFFnt_id=x?client_id&scope=read_vin&c=https://"
                          "connect.smartcar.com/oauth/authorize?response_type=code&client_id=4cf8")
        << QStringLiteral("4cf8");
}

void tst_UrlParser::applicationIdFillsAnEmptyClientId()
{
    QFETCH(QString, query);
    QFETCH(QString, clientId);
    const ParseResult p = UrlParser::parse(query);
    QCOMPARE(p.request.clientId, clientId);
    // What is read is written back and read again the same.
    const ParseResult again = UrlParser::parse(UrlBuilder::build(p.request));
    QCOMPARE(again.request.clientId, clientId);
    QVERIFY(again.request == p.request);
}

void tst_UrlParser::fragmentIgnored()
{
    const ParseResult p = UrlParser::parse(
        QStringLiteral("https://connect.smartcar.com/oauth/authorize?client_id=a&state=s#state=other&x=y"));
    QCOMPARE(p.request.state, QStringLiteral("s"));
    QCOMPARE(p.parameters.size(), 2);
    QVERIFY(p.request.extras.isEmpty());
}

void tst_UrlParser::badPercentKeptRaw_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::newRow("percent at end") << "state=100%"
                                    << "state"
                                    << "100%";
    QTest::newRow("one hex digit") << "state=a%2"
                                   << "state"
                                   << "a%2";
    QTest::newRow("not hex") << "state=%zz+b"
                             << "state"
                             << "%zz b";
    QTest::newRow("invalid UTF-8 escape") << "state=%FF%FE"
                                          << "state"
                                          << "%FF%FE";
    QTest::newRow("in a name") << "st%ate=1"
                               << "st%ate"
                               << "1";
    // Found by fuzz_linkparser: a nameless parameter with a bad escape gave a diagnostic on an empty field.
    QTest::newRow("without a name") << "=aBBE%F%"
                                    << ""
                                    << "aBBE%F%";
}

void tst_UrlParser::badPercentKeptRaw()
{
    QFETCH(QString, query);
    QFETCH(QString, field);
    QFETCH(QString, value);
    const ParseResult p = UrlParser::parse(query);
    QVERIFY(p.ok);
    QCOMPARE(p.parameters.size(), 1);
    QCOMPARE(p.parameters.first().name, field);
    QCOMPARE(p.parameters.first().value, value);
    QVERIFY(hasCode(p.diagnostics, QStringLiteral("bad-percent-encoding"),
                    field.isEmpty() ? QStringLiteral("url") : field));
    QCOMPARE(p.diagnostics.first().severity, Severity::Warning);
}

void tst_UrlParser::originAndPath_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<bool>("reauth");
    QTest::addColumn<bool>("unknownPath");
    QTest::newRow("default") << "https://connect.smartcar.com/oauth/authorize?client_id=a"
                             << "https://connect.smartcar.com" << false << false;
    QTest::newRow("sandbox origin") << "http://127.0.0.1:8765/oauth/authorize?client_id=a"
                                    << "http://127.0.0.1:8765" << false << false;
    QTest::newRow("reauthenticate")
        << "https://connect.smartcar.com/oauth/reauthenticate?response_type=vehicle_id"
           "&vehicle_id=v"
        << "https://connect.smartcar.com" << true << false;
    QTest::newRow("trailing slash") << "https://connect.smartcar.com/oauth/authorize/?client_id=a"
                                    << "https://connect.smartcar.com" << false << false;
    QTest::newRow("unknown path") << "https://connect.smartcar.com/oauth/other?client_id=a"
                                  << "https://connect.smartcar.com" << false << true;
    QTest::newRow("no path") << "https://example.com?client_id=a"
                             << "https://example.com" << false << true;
    QTest::newRow("scheme left off") << "connect.smartcar.com/oauth/authorize?client_id=a"
                                     << "https://connect.smartcar.com" << false << false;
    QTest::newRow("scheme left off, re-auth") << "127.0.0.1:8765/oauth/reauthenticate?client_id=a"
                                              << "https://127.0.0.1:8765" << true << false;
    QTest::newRow("path only") << "/oauth/reauthenticate?client_id=a"
                               << "https://connect.smartcar.com" << true << false;
    QTest::newRow("other relative path") << "foo/bar?client_id=a"
                                         << "https://connect.smartcar.com" << false << true;
}

void tst_UrlParser::originAndPath()
{
    QFETCH(QString, url);
    QFETCH(QString, baseUrl);
    QFETCH(bool, reauth);
    QFETCH(bool, unknownPath);
    const ParseResult p = UrlParser::parse(url);
    QVERIFY(p.ok);
    QCOMPARE(p.request.baseUrl, baseUrl);
    QCOMPARE(p.request.isReauthentication(), reauth);
    QCOMPARE(hasCode(p.diagnostics, QStringLiteral("unknown-path"), QStringLiteral("url")), unknownPath);
}

void tst_UrlParser::notALink_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("empty") << "";
    QTest::newRow("blank") << "   \n";
    QTest::newRow("words") << "hello world";
    QTest::newRow("only a fragment") << "#a=b";
}

void tst_UrlParser::notALink()
{
    QFETCH(QString, input);
    const ParseResult p = UrlParser::parse(input);
    QVERIFY(!p.ok);
    QVERIFY(!p.diagnostics.isEmpty());
    QCOMPARE(p.diagnostics.last().severity, Severity::Error);
}

void tst_UrlParser::garbageDoesNotCrash()
{
    QRandomGenerator rng(42);
    const QString alphabet = QStringLiteral("%&=+#?/:aZ09 é\u00ff\xd83d");
    QElapsedTimer timer;
    timer.start();
    for (int round = 0; round < 5; ++round) {
        QString garbage;
        garbage.reserve(100 * 1024);
        if (round == 1)
            garbage = QStringLiteral("https://connect.smartcar.com/oauth/authorize?");
        while (garbage.size() < 100 * 1024) {
            if (round == 2)
                garbage += QChar(char16_t(rng.bounded(0x10000))); // any UTF-16 unit, lone surrogates too
            else
                garbage += alphabet.at(rng.bounded(alphabet.size()));
        }
        const ParseResult p = UrlParser::parse(garbage);
        Q_UNUSED(p);
    }
    // One long value, a long run of '%', a huge scope.
    UrlParser::parse(QStringLiteral("state=") + QString(100 * 1024, u'x'));
    UrlParser::parse(QString(100 * 1024, u'%'));
    UrlParser::parse(QStringLiteral("scope=") + QStringLiteral("read_vin%20").repeated(9000));
    QVERIFY2(timer.elapsed() < 5000, "parsing 100 KB inputs must stay fast");
}

void tst_UrlParser::roundTrip()
{
    QRandomGenerator rng(20240601);
    const QStringList pieces = {"a",
                                "Z",
                                "9",
                                "-",
                                "_",
                                ".",
                                "~",
                                "+",
                                "&",
                                "=",
                                "#",
                                "%",
                                "?",
                                "/",
                                ":",
                                " ",
                                QString::fromUtf8("é"),
                                QString::fromUtf8("中"),
                                QString::fromUtf8("😀"),
                                "%20",
                                "%zz"};
    auto text = [&](int maxLen, bool allowSpace = true) {
        QString s;
        const int len = 1 + rng.bounded(maxLen);
        for (int i = 0; i < len; ++i) {
            QString piece = pieces.at(rng.bounded(pieces.size()));
            if (!allowSpace && piece.contains(u' '))
                piece = QStringLiteral("x");
            s += piece;
        }
        return s;
    };
    auto maybe = [&](int maxLen) { return rng.bounded(3) == 0 ? QString() : text(maxLen); };
    const QStringList permissionNames = {"read_vin", "read_odometer", "control_trunk", "read_fuel", "x"};
    const QStringList extraNames = {"user", "external_id", "sdk_platform", "unknown_one", "weird name&="};

    for (int i = 0; i < 400; ++i) {
        ConnectRequest r;
        if (rng.bounded(4) == 0)
            r.baseUrl = QStringLiteral("http://127.0.0.1:%1").arg(1024 + rng.bounded(60000));
        r.clientId = maybe(12);
        r.redirectUri = maybe(30);
        r.responseType = text(6);
        r.vehicleId = maybe(10);
        if (rng.bounded(5) == 0)
            r.makeReauthentication(text(10));
        const int scopeCount = rng.bounded(5);
        for (int k = 0; k < scopeCount; ++k)
            r.scope.append(Permission{rng.bounded(2) ? permissionNames.at(rng.bounded(permissionNames.size()))
                                                     : text(8, false),
                                      rng.bounded(2) == 0});
        r.state = maybe(40);
        r.approvalPrompt = text(6);
        r.mode = text(6);
        r.make = maybe(8);
        r.singleSelect = maybe(5);
        r.singleSelectVin = maybe(17);
        const int flagCount = rng.bounded(4);
        for (int k = 0; k < flagCount; ++k) {
            QString name = text(6, false);
            name.remove(u':');
            if (name.isEmpty())
                name = QStringLiteral("n");
            const bool hasValue = rng.bounded(5) != 0;
            r.flags.append(Flag{name, hasValue ? text(6, false) : QString(), hasValue});
        }
        const int extraCount = rng.bounded(4);
        for (int k = 0; k < extraCount; ++k)
            r.extras.append(Parameter{extraNames.at(rng.bounded(extraNames.size())), maybe(10)});

        const QString url = UrlBuilder::build(r);
        const ParseResult p = UrlParser::parse(url);
        QVERIFY2(p.ok, qPrintable(url));
        QVERIFY2(p.diagnostics.isEmpty(), qPrintable(url));
        if (!(p.request == r)) {
            qWarning() << "built:" << url << "\nrebuilt:" << UrlBuilder::build(p.request);
            QFAIL("parse(build(r)) != r");
        }
        QCOMPARE(p.parameters, UrlBuilder::parameters(r));
    }
}

QTEST_GUILESS_MAIN(tst_UrlParser)
#include "tst_urlparser.moc"
