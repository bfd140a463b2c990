#include "QueryString.h"
#include "UrlBuilder.h"

#include <QTest>

using namespace connectlab;

class tst_UrlBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sdkOrder();
    void minimalRequest();
    void reauthentication();
    void baseUrl();
    void encodingInEveryValue_data();
    void encodingInEveryValue();
    void parametersMatchBuild();
    void largeValues();
};

namespace {

ConnectRequest fullRequest()
{
    ConnectRequest r;
    r.clientId = QStringLiteral("4cf82729-4275-46d9-9255-8437ba777151");
    r.redirectUri = QStringLiteral("https://example.com/callback");
    r.scope = {Permission{QStringLiteral("read_vehicle_info"), true},
               Permission{QStringLiteral("read_odometer")}};
    r.state = QStringLiteral("s t+a");
    r.approvalPrompt = QStringLiteral("force");
    r.mode = QStringLiteral("simulated");
    r.make = QStringLiteral("TESLA");
    r.singleSelect = QStringLiteral("true");
    r.singleSelectVin = QStringLiteral("5YJ3E1EA2KF317000");
    r.setCountry(QStringLiteral("DE"));
    r.extras = {Parameter{QStringLiteral("user"), QStringLiteral("u-1")},
                Parameter{QStringLiteral("external_id"), QStringLiteral("e 1")}};
    return r;
}

} // namespace

void tst_UrlBuilder::sdkOrder()
{
    QCOMPARE(UrlBuilder::build(fullRequest()),
             QStringLiteral("https://connect.smartcar.com/oauth/authorize?response_type=code"
                            "&client_id=4cf82729-4275-46d9-9255-8437ba777151"
                            "&redirect_uri=https%3A%2F%2Fexample.com%2Fcallback"
                            "&scope=required%3Aread_vehicle_info%20read_odometer"
                            "&state=s%20t%2Ba&approval_prompt=force&mode=simulated&make=TESLA"
                            "&single_select=true&single_select_vin=5YJ3E1EA2KF317000&flags=country%3ADE"
                            "&user=u-1&external_id=e%201"));
}

void tst_UrlBuilder::minimalRequest()
{
    // Unset parameters are left out, approval_prompt and mode are always written.
    ConnectRequest r;
    r.clientId = QStringLiteral("abc");
    QCOMPARE(UrlBuilder::build(r),
             QStringLiteral("https://connect.smartcar.com/oauth/authorize?response_type=code"
                            "&client_id=abc&approval_prompt=auto&mode=live"));
}

void tst_UrlBuilder::reauthentication()
{
    ConnectRequest r;
    r.clientId = QStringLiteral("abc");
    r.makeReauthentication(QStringLiteral("veh-1"));
    QCOMPARE(UrlBuilder::build(r),
             QStringLiteral("https://connect.smartcar.com/oauth/reauthenticate?response_type=vehicle_id"
                            "&client_id=abc&vehicle_id=veh-1&approval_prompt=auto&mode=live"));
}

void tst_UrlBuilder::baseUrl()
{
    ConnectRequest r;
    r.baseUrl = QStringLiteral("http://127.0.0.1:8765");
    QVERIFY(UrlBuilder::build(r).startsWith(u"http://127.0.0.1:8765/oauth/authorize?response_type=code&"));
}

void tst_UrlBuilder::encodingInEveryValue_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("encoded");

    const QList<std::pair<const char *, const char *>> chars = {
        {"+", "%2B"}, {"&", "%26"},    {"=", "%3D"},        {"#", "%23"},
        {"%", "%25"}, {"?", "%3F"},    {"/", "%2F"},        {":", "%3A"},
        {" ", "%20"}, {"é", "%C3%A9"}, {"中", "%E4%B8%AD"}, {"😀", "%F0%9F%98%80"}};
    const QStringList names = {"client_id",  "redirect_uri",  "response_type",     "vehicle_id",
                               "scope",      "state",         "approval_prompt",   "mode",
                               "make",       "single_select", "single_select_vin", "flags",
                               "extra name", "extra value"};
    for (const QString &name : names) {
        for (const auto &[c, e] : chars) {
            const QString raw = QStringLiteral("a") + QString::fromUtf8(c) + QStringLiteral("b");
            const QString encoded = QStringLiteral("a") + QString::fromLatin1(e) + QStringLiteral("b");
            QTest::addRow("%s %s", qPrintable(name), c) << name << raw << encoded;
        }
    }
}

void tst_UrlBuilder::encodingInEveryValue()
{
    QFETCH(QString, name);
    QFETCH(QString, raw);
    QFETCH(QString, encoded);

    ConnectRequest r;
    QString expected;
    if (name == u"client_id") {
        r.clientId = raw;
        expected = "&client_id=" + encoded;
    } else if (name == u"redirect_uri") {
        r.redirectUri = raw;
        expected = "&redirect_uri=" + encoded;
    } else if (name == u"response_type") {
        r.responseType = raw;
        expected = "?response_type=" + encoded + "&";
    } else if (name == u"vehicle_id") {
        r.vehicleId = raw;
        expected = "&vehicle_id=" + encoded;
    } else if (name == u"scope") {
        r.scope = {Permission{raw, true}};
        expected = "&scope=required%3A" + encoded + "&";
    } else if (name == u"state") {
        r.state = raw;
        expected = "&state=" + encoded + "&";
    } else if (name == u"approval_prompt") {
        r.approvalPrompt = raw;
        expected = "&approval_prompt=" + encoded + "&";
    } else if (name == u"mode") {
        r.mode = raw;
        expected = "&mode=" + encoded;
    } else if (name == u"make") {
        r.make = raw;
        expected = "&make=" + encoded;
    } else if (name == u"single_select") {
        r.singleSelect = raw;
        expected = "&single_select=" + encoded;
    } else if (name == u"single_select_vin") {
        r.singleSelectVin = raw;
        expected = "&single_select_vin=" + encoded;
    } else if (name == u"flags") {
        r.flags = {Flag{QStringLiteral("user"), raw}};
        expected = "&flags=user%3A" + encoded;
    } else if (name == u"extra name") {
        r.extras = {Parameter{raw, QStringLiteral("v")}};
        expected = "&" + encoded + "=v";
    } else {
        r.extras = {Parameter{QStringLiteral("n"), raw}};
        expected = "&n=" + encoded;
    }
    const QString url = UrlBuilder::build(r);
    QVERIFY2(url.contains(expected), qPrintable(url + " lacks " + expected));
    // Nothing but the separators of the link itself: exactly one '?' and no raw space, '+' or '#'.
    QCOMPARE(url.count(u'?'), 1);
    QVERIFY(!url.contains(u' '));
    QVERIFY(!url.contains(u'+'));
    QVERIFY(!url.contains(u'#'));
    for (QChar c : url)
        QVERIFY2(c.unicode() < 0x80, qPrintable(url));
}

void tst_UrlBuilder::parametersMatchBuild()
{
    const ConnectRequest r = fullRequest();
    const QList<Parameter> params = UrlBuilder::parameters(r);
    QString query;
    for (const Parameter &p : params) {
        if (!query.isEmpty())
            query += u'&';
        query += QueryString::encode(p.name) + u'=' + QueryString::encode(p.value);
    }
    QCOMPARE(UrlBuilder::build(r), QStringLiteral("https://connect.smartcar.com/oauth/authorize?") + query);
    QCOMPARE(params.first().name, QStringLiteral("response_type"));
    QCOMPARE(params.at(3), (Parameter{QStringLiteral("scope"),
                                      QStringLiteral("required:read_vehicle_info read_odometer")}));
}

void tst_UrlBuilder::largeValues()
{
    // Beyond the builder's kept scratch buffer, then a small link again.
    ConnectRequest r;
    r.state = QString(3000, QChar(u'中'));
    r.extras = {Parameter{QStringLiteral("big"), QString(20000, u' ')}};
    const QString url = UrlBuilder::build(r);
    QVERIFY(url.contains(QStringLiteral("&state=") + QStringLiteral("%E4%B8%AD").repeated(3000) + u'&'));
    QVERIFY(url.endsWith(QStringLiteral("&big=") + QStringLiteral("%20").repeated(20000)));
    QCOMPARE(
        UrlBuilder::build(ConnectRequest()),
        QStringLiteral("https://connect.smartcar.com/oauth/authorize?response_type=code&approval_prompt=auto"
                       "&mode=live"));
    QCOMPARE(UrlBuilder::build(r), url);
}

QTEST_GUILESS_MAIN(tst_UrlBuilder)
#include "tst_urlbuilder.moc"
