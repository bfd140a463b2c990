// HTTP-level tests of SandboxServer: every Connect screen, error, test login, the token rules, the vehicle
// API, and hostile input. Runs a sandbox in-process on 127.0.0.1; redirects are never followed.
#include "SandboxClient.h"
#include "SandboxServer.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTest>
#include <QTimeZone>

#include <memory>
#include <vector>

using namespace connectlab::sandbox;
using namespace connectlab::sandbox::testing;

namespace {
const QString DemoId = QString::fromLatin1(SandboxConfig::DemoClientId);
const QString DemoRedirect = QString::fromLatin1(SandboxConfig::DemoRedirectUri);
const QString StandardId = QStringLiteral("standard-plan-app");
} // namespace

class TestSandboxServer : public QObject
{
    Q_OBJECT

private:
    SandboxServer *m_server = nullptr;
    SandboxClient *m_client = nullptr;
    QDateTime m_now;

    Params base(const Params &extra = {}) const
    {
        Params p{{QStringLiteral("response_type"), QStringLiteral("code")},
                 {QStringLiteral("client_id"), DemoId},
                 {QStringLiteral("redirect_uri"), DemoRedirect},
                 {QStringLiteral("scope"), QStringLiteral("read_vehicle_info read_odometer")},
                 {QStringLiteral("state"), QStringLiteral("s1")},
                 {QStringLiteral("mode"), QStringLiteral("simulated")}};
        for (const auto &e : extra) {
            bool replaced = false;
            for (auto &q : p) {
                if (q.first == e.first) {
                    q.second = e.second;
                    replaced = true;
                }
            }
            if (!replaced)
                p.append(e);
        }
        p.removeIf([](const auto &q) { return q.second == QLatin1String("\x01remove"); });
        return p;
    }
    static QPair<QString, QString> without(const QString &name)
    {
        return {name, QStringLiteral("\x01remove")};
    }

    // Walks preamble -> brand -> login and returns the page after sign-in.
    HttpReply toAfterLogin(const Params &params, const QString &login,
                           const QString &make = QStringLiteral("TESLA"))
    {
        HttpReply page = m_client->authorize(params);
        if (page.status != 200 || page.step() != QLatin1String("preamble"))
            return page;
        page = m_client->step(page, {{QStringLiteral("action"), QStringLiteral("continue")}});
        if (page.step() == QLatin1String("brand"))
            page = m_client->step(page, {{QStringLiteral("make"), make}});
        return m_client->step(
            page, {{QStringLiteral("username"), login}, {QStringLiteral("password"), QStringLiteral("pw")}});
    }

    // A whole flow with every vehicle and permission; returns the final 302.
    HttpReply fullFlow(const Params &params, const QString &login = QStringLiteral("driver@example.com"))
    {
        HttpReply page = toAfterLogin(params, login);
        if (page.step() != QLatin1String("vehicles"))
            return page;
        Params chosen;
        for (const QString &id : page.inputValues(QStringLiteral("vehicle")))
            chosen.append({QStringLiteral("vehicle"), id});
        page = m_client->step(page, chosen);
        if (page.step() != QLatin1String("permissions"))
            return page;
        Params allow{{QStringLiteral("action"), QStringLiteral("allow")}};
        for (const QString &p : page.inputValues(QStringLiteral("permission")))
            allow.append({QStringLiteral("permission"), p});
        return m_client->step(page, allow);
    }

    QString codeFrom(const HttpReply &redirect)
    {
        return redirect.redirectParams().value(QStringLiteral("code"));
    }

    QJsonObject exchange(const QString &code, int expectStatus = 200)
    {
        const HttpReply r =
            m_client->token({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                             {QStringLiteral("code"), code},
                             {QStringLiteral("redirect_uri"), DemoRedirect}});
        if (r.status != expectStatus)
            qWarning() << "token status" << r.status << r.body;
        return r.json();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_now = QDateTime(QDate(2025, 1, 1), QTime(12, 0), Qt::UTC);
        m_server = new SandboxServer;
        SandboxConfig config = SandboxConfig::defaults();
        RegisteredApp standard;
        standard.clientId = StandardId;
        standard.clientSecret = QStringLiteral("standard-secret");
        standard.redirectUris = {QStringLiteral("https://app.example.com/cb?app_origin=x")};
        standard.defaultScope = {QStringLiteral("required:read_odometer"), QStringLiteral("read_location")};
        standard.plan = QStringLiteral("standard");
        config.apps.append(standard);
        m_server->setConfig(config);
        m_server->setClock([this] { return m_now; });
        QVERIFY(m_server->listen());
        m_client = new SandboxClient(m_server);
    }

    void cleanup()
    {
        delete m_client;
        delete m_server;
        m_client = nullptr;
        m_server = nullptr;
    }

    void listensOnLoopbackOnly()
    {
        QVERIFY(m_server->isListening());
        QVERIFY(m_server->port() != 0);
        QCOMPARE(m_server->baseUrl(), QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server->port())));
        QCOMPARE(m_server->authorizeUrl().path(), QStringLiteral("/oauth/authorize"));
        const HttpReply index = m_client->get(m_server->baseUrl());
        QCOMPARE(index.status, 200);
        QVERIFY(index.text().contains(DemoId));
    }

    void pagesAreSelfContained()
    {
        const HttpReply page = m_client->authorize(base());
        QCOMPARE(page.status, 200);
        const QByteArray csp = page.header("Content-Security-Policy");
        QVERIFY(csp.contains("default-src 'none'"));
        QVERIFY(csp.contains("form-action 'self' http://localhost:8000"));
        QCOMPARE(page.header("X-Content-Type-Options"), QByteArray("nosniff"));
        QVERIFY(!page.text().contains(QLatin1String("src=\"http")));
        QVERIFY(!page.text().contains(QLatin1String("href=\"http")));
        QVERIFY(page.text().contains(QLatin1String("SANDBOX")));
        QVERIFY(page.text().contains(QLatin1String("simulated mode")));
        const HttpReply css = m_client->get(m_client->url(QStringLiteral("/static/sandbox.css")));
        QCOMPARE(css.status, 200);
        QVERIFY(css.header("Content-Type").startsWith("text/css"));
        QVERIFY(css.body.contains(".brand-list-item"));
        QVERIFY(!css.body.contains("url(http"));
        QCOMPARE(m_client->get(m_client->url(QStringLiteral("/static/sandbox.js"))).status, 200);
    }

    // Unknown client or redirect URI: an error page, never a redirect.
    void authorizeErrorPage_data()
    {
        QTest::addColumn<Params>("params");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown client") << base({{QStringLiteral("client_id"), QStringLiteral("nope")}})
                                        << QStringLiteral("No application with this client_id");
        QTest::newRow("no client") << base({without(QStringLiteral("client_id"))})
                                   << QStringLiteral("no client_id");
        QTest::newRow("unregistered redirect")
            << base({{QStringLiteral("redirect_uri"), QStringLiteral("https://evil.example/cb")}})
            << QStringLiteral("not one of the");
        QTest::newRow("redirect prefix") << base({{QStringLiteral("redirect_uri"), DemoRedirect + u'x'}})
                                         << QStringLiteral("registered redirect URIs");
        QTest::newRow("client and application id differ")
            << base({{QStringLiteral("application_id"), QStringLiteral("other")}})
            << QStringLiteral("different applications");
    }
    void authorizeErrorPage()
    {
        QFETCH(Params, params);
        QFETCH(QString, message);
        const HttpReply r = m_client->authorize(params);
        QCOMPARE(r.status, 400);
        QVERIFY(r.location().isEmpty());
        QVERIFY2(r.text().contains(message), qPrintable(r.text()));
        QVERIFY(r.header("Content-Type").startsWith("text/html"));
    }

    void applicationIdIsAccepted()
    {
        const HttpReply r = m_client->authorize(
            base({without(QStringLiteral("client_id")), {QStringLiteral("application_id"), DemoId}}));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.step(), QStringLiteral("preamble"));
    }

    void configurationError_data()
    {
        QTest::addColumn<Params>("params");
        QTest::addColumn<QString>("message");
        QTest::newRow("single select on standard plan")
            << Params{{QStringLiteral("response_type"), QStringLiteral("code")},
                      {QStringLiteral("client_id"), StandardId},
                      {QStringLiteral("single_select"), QStringLiteral("true")},
                      {QStringLiteral("state"), QStringLiteral("s1")}}
            << QStringLiteral("Custom plan");
        QTest::newRow("approval_prompt")
            << base({{QStringLiteral("approval_prompt"), QStringLiteral("sometimes")}})
            << QStringLiteral("approval_prompt");
        QTest::newRow("mode") << base({{QStringLiteral("mode"), QStringLiteral("prod")}})
                              << QStringLiteral("mode must");
        QTest::newRow("single_select value")
            << base({{QStringLiteral("single_select"), QStringLiteral("yes")}})
            << QStringLiteral("single_select must");
        QTest::newRow("vin without single select")
            << base({{QStringLiteral("single_select_vin"), QStringLiteral("5YJ3E1EA7KF000001")}})
            << QStringLiteral("needs single_select=true");
        QTest::newRow("short vin") << base({{QStringLiteral("single_select"), QStringLiteral("true")},
                                            {QStringLiteral("single_select_vin"), QStringLiteral("5YJ3E1")}})
                                   << QStringLiteral("exactly 17 characters"); // core's VIN verdict
        QTest::newRow("malformed scope")
            << base({{QStringLiteral("scope"), QStringLiteral("read_odometer read-vin!")}})
            << QStringLiteral("malformed permission");
        QTest::newRow("country flag") << base({{QStringLiteral("flags"), QStringLiteral("country:DEU")}})
                                      << QStringLiteral("country flag");
        QTest::newRow("response_type token")
            << base({{QStringLiteral("response_type"), QStringLiteral("token")}})
            << QStringLiteral("response_type must be code");
        QTest::newRow("no response_type")
            << base({without(QStringLiteral("response_type"))}) << QStringLiteral("response_type is missing");
        QTest::newRow("repeated state")
            << (base() << Params{{QStringLiteral("state"), QStringLiteral("other")}})
            << QStringLiteral("state is sent more than once");
    }
    void configurationError()
    {
        QFETCH(Params, params);
        QFETCH(QString, message);
        const HttpReply r = m_client->authorize(params);
        QCOMPARE(r.status, 302);
        const FormData q = r.redirectParams();
        QCOMPARE(q.value(QStringLiteral("error")), QStringLiteral("configuration_error"));
        QCOMPARE(q.value(QStringLiteral("status_code")), QStringLiteral("400"));
        QVERIFY2(q.value(QStringLiteral("error_message")).contains(message),
                 qPrintable(q.value(QStringLiteral("error_message"))));
        QVERIFY(!q.value(QStringLiteral("error_description")).isEmpty());
        QCOMPARE(q.value(QStringLiteral("state")), QStringLiteral("s1"));
    }

    void repeatedEqualParametersAreFine()
    {
        // Java can emit single_select=true twice.
        const HttpReply r =
            m_client->authorize(base() << Params{{QStringLiteral("single_select"), QStringLiteral("true")},
                                                 {QStringLiteral("single_select"), QStringLiteral("true")}});
        QCOMPARE(r.status, 200);
    }

    void screensInOrder()
    {
        HttpReply page = m_client->authorize(base());
        QCOMPARE(page.status, 200);
        QCOMPARE(page.step(), QStringLiteral("preamble"));
        QVERIFY(page.hasId(QStringLiteral("continue-button")));
        QVERIFY(page.hasId(QStringLiteral("back-to-application")));
        QVERIFY(page.hasId(QStringLiteral("sent-parameters")));

        page = m_client->step(page, {{QStringLiteral("action"), QStringLiteral("continue")}});
        QCOMPARE(page.step(), QStringLiteral("brand"));
        QVERIFY(page.hasId(QStringLiteral("brand-search")));
        QVERIFY(page.text().contains(QLatin1String("id=\"TESLA\" class=\"brand-list-item\"")));

        page = m_client->step(page, {{QStringLiteral("make"), QStringLiteral("TESLA")}});
        QCOMPARE(page.step(), QStringLiteral("login"));
        QVERIFY(page.text().contains(QLatin1String("Sign in to Tesla")));
        QVERIFY(page.hasId(QStringLiteral("username")));
        QVERIFY(page.hasId(QStringLiteral("password")));
        QVERIFY(page.hasId(QStringLiteral("sign-in-button")));

        // An empty login stays on the page with a message.
        const HttpReply empty = m_client->step(page, {{QStringLiteral("username"), QString()}});
        QCOMPARE(empty.step(), QStringLiteral("login"));
        QVERIFY(empty.text().contains(QLatin1String("role=\"alert\"")));

        page = m_client->step(empty, {{QStringLiteral("username"), QStringLiteral("2-vehicles@smartcar.com")},
                                      {QStringLiteral("password"), QStringLiteral("x")}});
        QCOMPARE(page.step(), QStringLiteral("vehicles"));
        const QStringList vehicles = page.inputValues(QStringLiteral("vehicle"));
        QCOMPARE(vehicles.size(), 2);
        QVERIFY(page.text().contains(QLatin1String("type=\"checkbox\" name=\"vehicle\"")));

        const HttpReply none = m_client->step(page, {});
        QCOMPARE(none.step(), QStringLiteral("vehicles"));
        QVERIFY(none.text().contains(QLatin1String("at least one vehicle")));

        page = m_client->step(none, {{QStringLiteral("vehicle"), vehicles.first()}});
        QCOMPARE(page.step(), QStringLiteral("permissions"));
        QVERIFY(page.hasId(QStringLiteral("approval-button")));
        QVERIFY(page.hasId(QStringLiteral("deny-button")));
        // The grant names the app as the Dashboard would, not by its client id.
        QVERIFY(page.text().contains(QLatin1String("Allow <strong class=\"app-name\" title=\"client_id ")));
        QVERIFY(page.text().contains(QLatin1String(">Connect Lab demo app</strong>")));
        QCOMPARE(page.inputValues(QStringLiteral("permission")),
                 QStringList({QStringLiteral("read_vehicle_info"), QStringLiteral("read_odometer")}));

        const HttpReply done =
            m_client->step(page, {{QStringLiteral("action"), QStringLiteral("allow")},
                                  {QStringLiteral("permission"), QStringLiteral("read_vehicle_info")},
                                  {QStringLiteral("permission"), QStringLiteral("read_odometer")}});
        QCOMPARE(done.status, 302);
        QVERIFY(done.location().startsWith("http://localhost:8000/callback?code="));
        QCOMPARE(done.redirectParams().value(QStringLiteral("state")), QStringLiteral("s1"));
        QCOMPARE(codeFrom(done).size(), 36);

        // The session is over: its forms no longer work.
        const HttpReply stale = m_client->step(page, {{QStringLiteral("action"), QStringLiteral("allow")}});
        QCOMPARE(stale.status, 400);
        QVERIFY(stale.location().isEmpty());
    }

    void stateRoundTrips_data()
    {
        QTest::addColumn<QString>("state");
        QTest::newRow("plus") << QStringLiteral("a+b");
        QTest::newRow("reserved") << QStringLiteral("x y&z=1#?%/:");
        QTest::newRow("non-ascii") << QStringLiteral("zürich-東京-🚗");
        QTest::newRow("script") << QStringLiteral("<script>alert(1)</script>");
        QTest::newRow("base64 json") << QStringLiteral("eyJpbnN0YW5jZUlkIjoiYSJ9==");
    }
    void stateRoundTrips()
    {
        QFETCH(QString, state);
        const HttpReply done = fullFlow(base({{QStringLiteral("state"), state}}));
        QCOMPARE(done.status, 302);
        QCOMPARE(done.redirectParams().value(QStringLiteral("state")), state);
        QVERIFY(!done.location().contains(' '));
    }

    void htmlIsEscaped()
    {
        const QString evil = QStringLiteral("<script>alert(1)</script>\"'&");
        const HttpReply page = m_client->authorize(
            base({{QStringLiteral("state"), evil}, {QStringLiteral("<img src=x onerror=alert(2)>"), evil}}));
        QCOMPARE(page.status, 200);
        QVERIFY(!page.text().contains(QLatin1String("<script>alert")));
        QVERIFY(!page.text().contains(QLatin1String("<img src=x")));
        QVERIFY(page.text().contains(QLatin1String("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp;")));

        const HttpReply error = m_client->authorize(base({{QStringLiteral("client_id"), evil}}));
        QCOMPARE(error.status, 400);
        QVERIFY(!error.text().contains(QLatin1String("<script>alert")));

        // The login name is echoed back on a failed sign-in.
        HttpReply login = m_client->authorize(base({{QStringLiteral("make"), QStringLiteral("KIA")}}));
        login = m_client->step(login, {});
        QCOMPARE(login.step(), QStringLiteral("login"));
        const HttpReply again =
            m_client->step(login, {{QStringLiteral("username"), QStringLiteral("\"><script>x</script>")}});
        QCOMPARE(again.step(), QStringLiteral("login"));
        QVERIFY(!again.text().contains(QLatin1String("<script>x")));
    }

    void defaultsApply()
    {
        // No redirect_uri: the app's first; no scope: its Vehicle Access default.
        HttpReply page = m_client->authorize(
            base({without(QStringLiteral("redirect_uri")), without(QStringLiteral("scope"))}));
        QCOMPARE(page.status, 200);
        QVERIFY(page.text().contains(QLatin1String("using the app's default")));
        page = toAfterLogin(base({without(QStringLiteral("redirect_uri")), without(QStringLiteral("scope"))}),
                            QStringLiteral("a@b.c"));
        page = m_client->step(
            page, {{QStringLiteral("vehicle"), page.inputValues(QStringLiteral("vehicle")).first()}});
        QCOMPARE(page.inputValues(QStringLiteral("permission")),
                 SandboxConfig::defaults().apps.first().defaultScope);
        const HttpReply done =
            m_client->step(page, {{QStringLiteral("action"), QStringLiteral("allow")},
                                  {QStringLiteral("permission"), QStringLiteral("read_vin")}});
        QVERIFY(done.location().startsWith(QByteArray(DemoRedirect.toUtf8() + "?code=")));
    }

    void redirectUriWithQueryKeepsIt()
    {
        const HttpReply r = m_client->authorize({{QStringLiteral("response_type"), QStringLiteral("code")},
                                                 {QStringLiteral("client_id"), StandardId},
                                                 {QStringLiteral("mode"), QStringLiteral("bad")}});
        QCOMPARE(r.status, 302);
        QVERIFY(r.location().startsWith("https://app.example.com/cb?app_origin=x&error=configuration_error"));
    }

    void makeSkipsBrandSelector()
    {
        HttpReply page = m_client->authorize(base({{QStringLiteral("make"), QStringLiteral("bmw")}}));
        page = m_client->step(page, {});
        QCOMPARE(page.step(), QStringLiteral("login"));
        QVERIFY(page.text().contains(QLatin1String("Sign in to BMW")));
    }

    void unknownMakeShowsSelector()
    {
        HttpReply page = m_client->authorize(base({{QStringLiteral("make"), QStringLiteral("DELOREAN")}}));
        QCOMPARE(page.status, 200);
        QVERIFY(page.text().contains(QLatin1String("Unknown make")));
        page = m_client->step(page, {});
        QCOMPARE(page.step(), QStringLiteral("brand"));
    }

    void vinWinsOverMake()
    {
        const QString vin = QStringLiteral("5YJ3E1EA7KF000001");
        HttpReply page = toAfterLogin(base({{QStringLiteral("make"), QStringLiteral("BMW")},
                                            {QStringLiteral("single_select"), QStringLiteral("true")},
                                            {QStringLiteral("single_select_vin"), vin}}),
                                      QStringLiteral("3-vehicles@smartcar.com"));
        QCOMPARE(page.step(), QStringLiteral("vehicles"));
        QCOMPARE(page.inputValues(QStringLiteral("vehicle")).size(), 1);
        QVERIFY(page.text().contains(vin));
        QVERIFY(page.text().contains(QLatin1String("Tesla")));
        QVERIFY(page.text().contains(QLatin1String("type=\"radio\"")));
    }

    void singleSelectIsRadio()
    {
        HttpReply page = toAfterLogin(base({{QStringLiteral("single_select"), QStringLiteral("true")}}),
                                      QStringLiteral("3-vehicles@smartcar.com"));
        QCOMPARE(page.step(), QStringLiteral("vehicles"));
        const QStringList ids = page.inputValues(QStringLiteral("vehicle"));
        QCOMPARE(ids.size(), 3);
        QVERIFY(page.text().contains(QLatin1String("type=\"radio\" name=\"vehicle\"")));
        QVERIFY(!page.text().contains(QLatin1String("type=\"checkbox\" name=\"vehicle\"")));
        const HttpReply two =
            m_client->step(page, {{QStringLiteral("vehicle"), ids[0]}, {QStringLiteral("vehicle"), ids[1]}});
        QCOMPARE(two.step(), QStringLiteral("vehicles"));
        const HttpReply one = m_client->step(page, {{QStringLiteral("vehicle"), ids[1]}});
        QCOMPARE(one.step(), QStringLiteral("permissions"));
    }

    void countryFiltersBrands_data()
    {
        QTest::addColumn<QString>("flags");
        QTest::addColumn<QStringList>("present");
        QTest::addColumn<QStringList>("absent");
        QTest::newRow("DE") << QStringLiteral("country:DE")
                            << QStringList{QStringLiteral("VOLKSWAGEN"), QStringLiteral("RENAULT"),
                                           QStringLiteral("TESLA")}
                            << QStringList{QStringLiteral("CHEVROLET"), QStringLiteral("RAM")};
        QTest::newRow("US with other flags")
            << QStringLiteral("flag:suboption country:US")
            << QStringList{QStringLiteral("CHEVROLET"), QStringLiteral("TESLA")}
            << QStringList{QStringLiteral("RENAULT"), QStringLiteral("SKODA")};
        QTest::newRow("none") << QString()
                              << QStringList{QStringLiteral("CHEVROLET"), QStringLiteral("RENAULT")}
                              << QStringList{};
    }
    void countryFiltersBrands()
    {
        QFETCH(QString, flags);
        QFETCH(QStringList, present);
        QFETCH(QStringList, absent);
        HttpReply page =
            m_client->authorize(flags.isEmpty() ? base() : base({{QStringLiteral("flags"), flags}}));
        page = m_client->step(page, {});
        QCOMPARE(page.step(), QStringLiteral("brand"));
        const QStringList makes = page.inputValues(QStringLiteral("make"));
        for (const QString &m : present)
            QVERIFY2(makes.contains(m), qPrintable(m));
        for (const QString &m : absent)
            QVERIFY2(!makes.contains(m), qPrintable(m));
    }

    void brandSearchFilters()
    {
        HttpReply page = m_client->step(m_client->authorize(base()), {});
        page = m_client->step(page, {{QStringLiteral("q"), QStringLiteral("tes")},
                                     {QStringLiteral("action"), QStringLiteral("search")}});
        QCOMPARE(page.step(), QStringLiteral("brand"));
        QCOMPARE(page.inputValues(QStringLiteral("make")), QStringList{QStringLiteral("TESLA")});
        page = m_client->step(page, {{QStringLiteral("q"), QStringLiteral("zzz")},
                                     {QStringLiteral("action"), QStringLiteral("search")}});
        QVERIFY(page.inputValues(QStringLiteral("make")).isEmpty());
        QVERIFY(page.text().contains(QLatin1String("No brand matches")));
        // A make that is not offered is refused.
        page = m_client->step(page, {{QStringLiteral("make"), QStringLiteral("NOPE")}});
        QCOMPARE(page.step(), QStringLiteral("brand"));
    }

    void testLogins_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("error");
        QTest::addColumn<int>("vehicles");
        QTest::newRow("any address") << QStringLiteral("someone@example.org") << QString() << 1;
        QTest::newRow("3 vehicles") << QStringLiteral("3-vehicles@smartcar.com") << QString() << 3;
        QTest::newRow("7 vehicles upper case") << QStringLiteral("7-VEHICLES@smartcar.com") << QString() << 7;
        QTest::newRow("0 vehicles") << QStringLiteral("0-vehicles@smartcar.com")
                                    << QStringLiteral("no_vehicles") << 0;
        QTest::newRow("incompatible") << QStringLiteral("smartcar@vehicle-incompatible.com")
                                      << QStringLiteral("vehicle_incompatible") << 0;
        QTest::newRow("subscription") << QStringLiteral("smartcar@invalid-subscription.com")
                                      << QStringLiteral("invalid_subscription") << 0;
        QTest::newRow("no vehicles") << QStringLiteral("smartcar@no-vehicles.com")
                                     << QStringLiteral("no_vehicles") << 0;
        QTest::newRow("VIN login") << QStringLiteral("5YJ3E1EA7KF000042@bev.smartcar.com") << QString() << 1;
        QTest::newRow("VIN incompatible") << QStringLiteral("5YJ3E1EA7KF000042@incompatible.smartcar.com")
                                          << QStringLiteral("vehicle_incompatible") << 0;
    }
    void testLogins()
    {
        QFETCH(QString, login);
        QFETCH(QString, error);
        QFETCH(int, vehicles);
        const HttpReply page = toAfterLogin(base(), login);
        if (error.isEmpty()) {
            QCOMPARE(page.step(), QStringLiteral("vehicles"));
            QCOMPARE(page.inputValues(QStringLiteral("vehicle")).size(), vehicles);
            if (login.contains(QLatin1String("@bev.")))
                QVERIFY(page.text().contains(QLatin1String("5YJ3E1EA7KF000042")));
            return;
        }
        QCOMPARE(page.status, 302);
        const FormData q = page.redirectParams();
        QCOMPARE(q.value(QStringLiteral("error")), error);
        QVERIFY(!q.value(QStringLiteral("error_description")).isEmpty());
        QCOMPARE(q.value(QStringLiteral("state")), QStringLiteral("s1"));
        if (error == QLatin1String("vehicle_incompatible")) {
            QCOMPARE(q.value(QStringLiteral("vin")).size(), 17);
            QCOMPARE(q.value(QStringLiteral("make")), QStringLiteral("TESLA"));
            QVERIFY(!q.value(QStringLiteral("model")).isEmpty());
            QVERIFY(q.value(QStringLiteral("year")).toInt() >= 2018);
        }
    }

    void sameLoginSameVehicles()
    {
        const HttpReply a = toAfterLogin(base(), QStringLiteral("2-vehicles@smartcar.com"));
        const HttpReply b = toAfterLogin(base(), QStringLiteral("2-vehicles@smartcar.com"));
        QCOMPARE(a.inputValues(QStringLiteral("vehicle")), b.inputValues(QStringLiteral("vehicle")));
    }

    void denyGivesAccessDenied()
    {
        HttpReply page = toAfterLogin(base(), QStringLiteral("a@b.c"));
        page = m_client->step(
            page, {{QStringLiteral("vehicle"), page.inputValues(QStringLiteral("vehicle")).first()}});
        const HttpReply done = m_client->step(page, {{QStringLiteral("action"), QStringLiteral("deny")}});
        QCOMPARE(done.status, 302);
        const FormData q = done.redirectParams();
        QCOMPARE(q.value(QStringLiteral("error")), QStringLiteral("access_denied"));
        QVERIFY(!q.value(QStringLiteral("error_description")).isEmpty());
        QCOMPARE(q.value(QStringLiteral("state")), QStringLiteral("s1"));
        QVERIFY(!q.contains(QStringLiteral("code")));
    }

    void backToApplication()
    {
        const HttpReply page = m_client->authorize(base({without(QStringLiteral("state"))}));
        const HttpReply back = m_client->get(
            m_client->url(QStringLiteral("/connect/back"), "session=" + page.session().toLatin1()));
        QCOMPARE(back.status, 302);
        const FormData q = back.redirectParams();
        QCOMPARE(q.value(QStringLiteral("error")), QStringLiteral("user_manually_returned_to_application"));
        QVERIFY(!q.contains(QStringLiteral("state"))); // none was sent
        const HttpReply again = m_client->get(
            m_client->url(QStringLiteral("/connect/back"), "session=" + page.session().toLatin1()));
        QCOMPARE(again.status, 400);
        QVERIFY(again.location().isEmpty());
    }

    void requiredPermissionsAreLocked()
    {
        HttpReply page =
            toAfterLogin(base({{QStringLiteral("scope"), QStringLiteral("required:read_odometer read_vin")}}),
                         QStringLiteral("a@b.c"));
        page = m_client->step(
            page, {{QStringLiteral("vehicle"), page.inputValues(QStringLiteral("vehicle")).first()}});
        QCOMPARE(page.step(), QStringLiteral("permissions"));
        QVERIFY(page.text().contains(QLatin1String("checked disabled id=\"permission-read_odometer\"")));
        QCOMPARE(page.inputValues(QStringLiteral("permission")), QStringList{QStringLiteral("read_vin")});
        // Untick the optional one: the code carries only the required permission.
        const HttpReply done = m_client->step(page, {{QStringLiteral("action"), QStringLiteral("allow")}});
        QCOMPARE(done.status, 302);
        const QJsonObject tokens = exchange(codeFrom(done));
        QCOMPARE(tokens.value(QStringLiteral("scope")).toString(), QStringLiteral("read_odometer"));
    }

    void approvalMemory()
    {
        const QString login = QStringLiteral("memory@example.com");
        QCOMPARE(fullFlow(base(), login).status, 302);

        auto afterVehicles = [&](const Params &params, const QString &who) {
            HttpReply page = toAfterLogin(params, who);
            return m_client->step(
                page, {{QStringLiteral("vehicle"), page.inputValues(QStringLiteral("vehicle")).first()}});
        };
        // auto, same login, same scope: the grant screen is skipped.
        HttpReply r =
            afterVehicles(base({{QStringLiteral("approval_prompt"), QStringLiteral("auto")}}), login);
        QCOMPARE(r.status, 302);
        QVERIFY(!codeFrom(r).isEmpty());
        // A subset is also already approved.
        r = afterVehicles(base({{QStringLiteral("scope"), QStringLiteral("read_odometer")}}), login);
        QCOMPARE(r.status, 302);
        // force always asks.
        r = afterVehicles(base({{QStringLiteral("approval_prompt"), QStringLiteral("force")}}), login);
        QCOMPARE(r.step(), QStringLiteral("permissions"));
        // More than was approved asks.
        r = afterVehicles(base({{QStringLiteral("scope"), QStringLiteral("read_odometer read_location")}}),
                          login);
        QCOMPARE(r.step(), QStringLiteral("permissions"));
        // Another login asks.
        r = afterVehicles(base(), QStringLiteral("other@example.com"));
        QCOMPARE(r.step(), QStringLiteral("permissions"));
        // A new sandbox run forgets.
        cleanup();
        init();
        r = afterVehicles(base(), login);
        QCOMPARE(r.step(), QStringLiteral("permissions"));
    }

    void reauthenticate()
    {
        // Connect a vehicle first, so the sandbox knows its brand.
        HttpReply page = toAfterLogin(base(), QStringLiteral("owner@example.com"), QStringLiteral("KIA"));
        const QString vehicleId = page.inputValues(QStringLiteral("vehicle")).first();

        const Params reauth{{QStringLiteral("response_type"), QStringLiteral("vehicle_id")},
                            {QStringLiteral("vehicle_id"), vehicleId},
                            {QStringLiteral("client_id"), DemoId},
                            {QStringLiteral("redirect_uri"), DemoRedirect},
                            {QStringLiteral("state"), QStringLiteral("re 1")}};
        page = m_client->authorize(reauth, QStringLiteral("/oauth/reauthenticate"));
        QCOMPARE(page.status, 200);
        QVERIFY(page.text().contains(QLatin1String("Reconnect")));
        page = m_client->step(page, {});
        QCOMPARE(page.step(), QStringLiteral("login")); // brand known from the vehicle
        QVERIFY(page.text().contains(QLatin1String("Sign in to Kia")));
        const HttpReply done =
            m_client->step(page, {{QStringLiteral("username"), QStringLiteral("owner@example.com")}});
        QCOMPARE(done.status, 302);
        const FormData q = done.redirectParams();
        QCOMPARE(q.value(QStringLiteral("vehicle_id")), vehicleId);
        QCOMPARE(q.value(QStringLiteral("state")), QStringLiteral("re 1"));
        QVERIFY(!q.contains(QStringLiteral("code")));

        // An unknown vehicle goes through the brand selector; a missing vehicle_id is a configuration error.
        page = m_client->authorize({{QStringLiteral("response_type"), QStringLiteral("vehicle_id")},
                                    {QStringLiteral("vehicle_id"), QStringLiteral("abc-123")},
                                    {QStringLiteral("client_id"), DemoId}},
                                   QStringLiteral("/oauth/reauthenticate"));
        QCOMPARE(m_client->step(page, {}).step(), QStringLiteral("brand"));
        const HttpReply missing =
            m_client->authorize({{QStringLiteral("response_type"), QStringLiteral("vehicle_id")},
                                 {QStringLiteral("client_id"), DemoId}},
                                QStringLiteral("/oauth/reauthenticate"));
        QCOMPARE(missing.status, 302);
        QCOMPARE(missing.redirectParams().value(QStringLiteral("error")),
                 QStringLiteral("configuration_error"));
        const HttpReply wrongType =
            m_client->authorize({{QStringLiteral("response_type"), QStringLiteral("code")},
                                 {QStringLiteral("client_id"), DemoId}},
                                QStringLiteral("/oauth/reauthenticate"));
        QCOMPARE(wrongType.redirectParams().value(QStringLiteral("error")),
                 QStringLiteral("configuration_error"));
    }

    void tokenExchange()
    {
        const HttpReply done = fullFlow(base());
        const HttpReply r =
            m_client->token({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                             {QStringLiteral("code"), codeFrom(done)},
                             {QStringLiteral("redirect_uri"), DemoRedirect}});
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("Content-Type").startsWith("application/json"));
        QCOMPARE(r.header("Cache-Control"), QByteArray("no-store"));
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
        QCOMPARE(o.value(QStringLiteral("expires_in")).toInt(), 7200);
        QCOMPARE(o.value(QStringLiteral("access_token")).toString().size(), 36);
        QCOMPARE(o.value(QStringLiteral("refresh_token")).toString().size(), 36);
        QVERIFY(o.value(QStringLiteral("access_token")) != o.value(QStringLiteral("refresh_token")));
    }

    // QT_LOGGING_RULES=connectlab.sandbox.debug=true shows each request the sandbox answers: method, path,
    // status, what it did. Off by default; never a query, a body, a code or a token.
    void debugLogNamesRequestsWithoutSecrets()
    {
        static QStringList lines;
        lines.clear();
        const QtMessageHandler previous =
            qInstallMessageHandler([](QtMsgType, const QMessageLogContext &context, const QString &message) {
                if (QByteArray(context.category).startsWith("connectlab."))
                    lines.append(QString::fromLatin1(context.category) + QStringLiteral(": ") + message);
            });
        fullFlow(base());
        QVERIFY2(lines.isEmpty(), qPrintable(lines.join(QLatin1Char('\n'))));

        QLoggingCategory::setFilterRules(QStringLiteral("connectlab.sandbox.debug=true"));
        const HttpReply done = fullFlow(base());
        const QString code = codeFrom(done);
        const HttpReply r =
            m_client->token({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                             {QStringLiteral("code"), code},
                             {QStringLiteral("redirect_uri"), DemoRedirect}});
        QLoggingCategory::setFilterRules(QString());
        qInstallMessageHandler(previous);
        QCOMPARE(r.status, 200);
        const QString all = lines.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("connectlab.sandbox: GET /oauth/authorize -> ")),
                 qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("connectlab.sandbox: POST /oauth/token -> 200")),
                 qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("redirect with code")), qPrintable(all));
        QVERIFY(!code.isEmpty());
        QVERIFY2(!all.contains(code), "the code is in the log");
        QVERIFY2(!all.contains(r.json().value(QStringLiteral("access_token")).toString()),
                 "a token is in the log");
        QVERIFY2(!all.contains(QStringLiteral("state=")), "a query is in the log");
    }

    void tokenErrors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        const QByteArray good =
            "Basic " + (DemoId + QStringLiteral(":sandbox-demo-secret")).toUtf8().toBase64();
        const QByteArray form = "application/x-www-form-urlencoded";
        const QByteArray redirect = "&redirect_uri=" + QUrl::toPercentEncoding(DemoRedirect);
        QTest::newRow("wrong secret")
            << QByteArray("grant_type=authorization_code&code=CODE" + redirect)
            << QByteArray("Basic " + (DemoId + QStringLiteral(":nope")).toUtf8().toBase64()) << form << 401
            << QStringLiteral("invalid_client");
        QTest::newRow("unknown client")
            << QByteArray("grant_type=authorization_code&code=CODE" + redirect)
            << QByteArray("Basic " + QByteArray("who:sandbox-demo-secret").toBase64()) << form << 401
            << QStringLiteral("invalid_client");
        QTest::newRow("no client auth") << QByteArray("grant_type=authorization_code&code=CODE" + redirect)
                                        << QByteArray() << form << 401 << QStringLiteral("invalid_client");
        QTest::newRow("bad basic") << QByteArray("grant_type=authorization_code&code=CODE" + redirect)
                                   << QByteArray("Basic !!!") << form << 401
                                   << QStringLiteral("invalid_client");
        QTest::newRow("json body") << QByteArray("{\"grant_type\":\"authorization_code\"}") << good
                                   << QByteArray("application/json") << 400
                                   << QStringLiteral("invalid_request");
        QTest::newRow("no grant type")
            << QByteArray("code=CODE" + redirect) << good << form << 400 << QStringLiteral("invalid_request");
        QTest::newRow("password grant") << QByteArray("grant_type=password&username=a&password=b") << good
                                        << form << 400 << QStringLiteral("unsupported_grant_type");
        QTest::newRow("no code") << QByteArray("grant_type=authorization_code" + redirect) << good << form
                                 << 400 << QStringLiteral("invalid_request");
        QTest::newRow("no redirect") << QByteArray("grant_type=authorization_code&code=CODE") << good << form
                                     << 400 << QStringLiteral("invalid_request");
        QTest::newRow("redirect mismatch") << QByteArray("grant_type=authorization_code&code=CODE&redirect_"
                                                         "uri=http%3A%2F%2Flocalhost%3A8000%2Fother")
                                           << good << form << 400 << QStringLiteral("invalid_grant");
        QTest::newRow("unknown code") << QByteArray("grant_type=authorization_code&code=nope" + redirect)
                                      << good << form << 400 << QStringLiteral("invalid_grant");
        QTest::newRow("repeated code")
            << QByteArray("grant_type=authorization_code&code=CODE&code=CODE" + redirect) << good << form
            << 400 << QStringLiteral("invalid_request");
        QTest::newRow("unknown refresh") << QByteArray("grant_type=refresh_token&refresh_token=nope") << good
                                         << form << 400 << QStringLiteral("invalid_grant");
    }
    void tokenErrors()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, authorization);
        QFETCH(QByteArray, contentType);
        QFETCH(int, status);
        QFETCH(QString, error);
        const QString code = codeFrom(fullFlow(base()));
        body.replace("CODE", code.toLatin1());
        QList<QPair<QByteArray, QByteArray>> headers{{"Content-Type", contentType}};
        if (!authorization.isEmpty())
            headers.append({"Authorization", authorization});
        const HttpReply r = m_client->send("POST", m_server->tokenUrl(), body, headers);
        QCOMPARE(r.status, status);
        QCOMPARE(r.json().value(QStringLiteral("error")).toString(), error);
        QVERIFY(!r.json().value(QStringLiteral("error_description")).toString().isEmpty());
        if (status == 401)
            QVERIFY(r.header("WWW-Authenticate").startsWith("Basic"));
        // A failed attempt does not burn the code.
        QVERIFY(exchange(code).contains(QStringLiteral("access_token")));
    }

    void tokenGetIsNotAllowed()
    {
        const HttpReply r = m_client->get(m_server->tokenUrl());
        QCOMPARE(r.status, 405);
        QCOMPARE(r.header("Allow"), QByteArray("POST"));
    }

    void clientSecretInBody()
    {
        const QString code = codeFrom(fullFlow(base()));
        const HttpReply r = m_client->postForm(
            m_server->tokenUrl(),
            encodeParams({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                          {QStringLiteral("code"), code},
                          {QStringLiteral("redirect_uri"), DemoRedirect},
                          {QStringLiteral("client_id"), DemoId},
                          {QStringLiteral("client_secret"), QStringLiteral("sandbox-demo-secret")}}));
        QCOMPARE(r.status, 200);
    }

    // RFC 6749 §4.1.3: the exchange repeats redirect_uri only when the Connect URL carried one.
    void tokenRedirectUriRequiredOnlyWhenSent()
    {
        const Params tokenParams{{QStringLiteral("grant_type"), QStringLiteral("authorization_code")}};
        const QString withUri = codeFrom(fullFlow(base()));
        HttpReply r = m_client->token(tokenParams + Params{{QStringLiteral("code"), withUri}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_request"));

        const QString defaulted = codeFrom(fullFlow(base({without(QStringLiteral("redirect_uri"))})));
        QVERIFY(!defaulted.isEmpty());
        r = m_client->token(tokenParams + Params{{QStringLiteral("code"), defaulted}});
        QCOMPARE(r.status, 200);
        QVERIFY(!r.json().value(QStringLiteral("access_token")).toString().isEmpty());
    }

    void codeIsSingleUse()
    {
        const QString code = codeFrom(fullFlow(base()));
        const QJsonObject first = exchange(code);
        const QString access = first.value(QStringLiteral("access_token")).toString();
        QCOMPARE(m_client->api(QStringLiteral("/v2.0/vehicles"), access).status, 200);
        const QJsonObject second = exchange(code, 400);
        QCOMPARE(second.value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
        // Reuse revokes what the code bought.
        QCOMPARE(m_client->api(QStringLiteral("/v2.0/vehicles"), access).status, 401);
    }

    void codeExpiresAfterTenMinutes_data()
    {
        QTest::addColumn<int>("seconds");
        QTest::addColumn<bool>("valid");
        QTest::newRow("9:59") << 599 << true;
        QTest::newRow("10:00") << 600 << false;
        QTest::newRow("1 hour") << 3600 << false;
    }
    void codeExpiresAfterTenMinutes()
    {
        QFETCH(int, seconds);
        QFETCH(bool, valid);
        const QString code = codeFrom(fullFlow(base()));
        m_now = m_now.addSecs(seconds);
        const QJsonObject o = exchange(code, valid ? 200 : 400);
        QCOMPARE(o.contains(QStringLiteral("access_token")), valid);
        if (!valid)
            QCOMPARE(o.value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
    }

    void codeBelongsToItsClient()
    {
        const QString code = codeFrom(fullFlow(base()));
        const HttpReply r =
            m_client->token({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                             {QStringLiteral("code"), code},
                             {QStringLiteral("redirect_uri"), DemoRedirect}},
                            StandardId, QStringLiteral("standard-secret"));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
    }

    void refreshToken()
    {
        const QJsonObject first = exchange(codeFrom(fullFlow(base())));
        const QString refresh = first.value(QStringLiteral("refresh_token")).toString();
        m_now = m_now.addSecs(7300); // the access token has expired
        QCOMPARE(m_client
                     ->api(QStringLiteral("/v2.0/vehicles"),
                           first.value(QStringLiteral("access_token")).toString())
                     .status,
                 401);

        const HttpReply r = m_client->token({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                             {QStringLiteral("refresh_token"), refresh}});
        QCOMPARE(r.status, 200);
        const QString access = r.json().value(QStringLiteral("access_token")).toString();
        QVERIFY(r.json().value(QStringLiteral("refresh_token")).toString() != refresh);
        QCOMPARE(m_client->api(QStringLiteral("/v2.0/vehicles"), access).status, 200);

        // Refresh tokens rotate: the old one is spent.
        const HttpReply again =
            m_client->token({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                             {QStringLiteral("refresh_token"), refresh}});
        QCOMPARE(again.status, 400);
        QCOMPARE(again.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));

        // Other clients cannot use it; after 60 days it is gone.
        const QString next = r.json().value(QStringLiteral("refresh_token")).toString();
        const HttpReply other =
            m_client->token({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                             {QStringLiteral("refresh_token"), next}},
                            StandardId, QStringLiteral("standard-secret"));
        QCOMPARE(other.status, 400);
        m_now = m_now.addDays(61);
        const HttpReply expired =
            m_client->token({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                             {QStringLiteral("refresh_token"), next}});
        QCOMPARE(expired.status, 400);
        QCOMPARE(expired.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
    }

    void vehicleEndpoints()
    {
        HttpReply page =
            toAfterLogin(base(), QStringLiteral("3-vehicles@smartcar.com"), QStringLiteral("FORD"));
        const QStringList ids = page.inputValues(QStringLiteral("vehicle"));
        QCOMPARE(ids.size(), 3);
        page =
            m_client->step(page, {{QStringLiteral("vehicle"), ids[0]}, {QStringLiteral("vehicle"), ids[2]}});
        const HttpReply done =
            m_client->step(page, {{QStringLiteral("action"), QStringLiteral("allow")},
                                  {QStringLiteral("permission"), QStringLiteral("read_vehicle_info")}});
        const QString access = exchange(codeFrom(done)).value(QStringLiteral("access_token")).toString();

        const HttpReply list = m_client->api(QStringLiteral("/v2.0/vehicles"), access);
        QCOMPARE(list.status, 200);
        const QJsonObject o = list.json();
        QCOMPARE(o.value(QStringLiteral("vehicles")).toArray(), QJsonArray({ids[0], ids[2]}));
        QCOMPARE(o.value(QStringLiteral("paging")).toObject().value(QStringLiteral("count")).toInt(), 2);
        QCOMPARE(o.value(QStringLiteral("paging")).toObject().value(QStringLiteral("offset")).toInt(), 0);

        const HttpReply one = m_client->api(QStringLiteral("/v2.0/vehicles/") + ids[2], access);
        QCOMPARE(one.status, 200);
        QCOMPARE(one.json().value(QStringLiteral("id")).toString(), ids[2]);
        QCOMPARE(one.json().value(QStringLiteral("make")).toString(), QStringLiteral("FORD"));
        QVERIFY(!one.json().value(QStringLiteral("model")).toString().isEmpty());
        QVERIFY(one.json().value(QStringLiteral("year")).toInt() >= 2018);
        QVERIFY(page.text().contains(one.json().value(QStringLiteral("model")).toString()));

        QCOMPARE(m_client->api(QStringLiteral("/v2.0/vehicles/") + ids[1], access).status, 404); // not shared
        QCOMPARE(m_client->get(m_client->url(QStringLiteral("/v2.0/vehicles"))).status, 401);
        const HttpReply bad = m_client->api(QStringLiteral("/v2.0/vehicles"), QStringLiteral("nope"));
        QCOMPARE(bad.status, 401);
        QVERIFY(bad.header("WWW-Authenticate").startsWith("Bearer"));
        QCOMPARE(m_client->api(QStringLiteral("/v2.0/nothing"), access).status, 404);
    }

    void vehicleInfoNeedsPermission()
    {
        HttpReply page = toAfterLogin(base({{QStringLiteral("scope"), QStringLiteral("read_odometer")}}),
                                      QStringLiteral("a@b.c"));
        const QString id = page.inputValues(QStringLiteral("vehicle")).first();
        page = m_client->step(page, {{QStringLiteral("vehicle"), id}});
        const HttpReply done =
            m_client->step(page, {{QStringLiteral("action"), QStringLiteral("allow")},
                                  {QStringLiteral("permission"), QStringLiteral("read_odometer")}});
        const QString access = exchange(codeFrom(done)).value(QStringLiteral("access_token")).toString();
        QCOMPARE(m_client->api(QStringLiteral("/v2.0/vehicles"), access).status, 200);
        const HttpReply info = m_client->api(QStringLiteral("/v2.0/vehicles/") + id, access);
        QCOMPARE(info.status, 403);
        QCOMPARE(info.json().value(QStringLiteral("type")).toString(), QStringLiteral("PERMISSION"));
    }

    void requestsAreRecorded()
    {
        QSignalSpy spy(m_server, &SandboxServer::requestRecorded);
        m_client->authorize(base({{QStringLiteral("client_id"), QStringLiteral("unknown")}}));
        m_client->get(m_server->tokenUrl());
        QCOMPARE(spy.count(), 2);
        const QList<RecordedRequest> all = m_server->requests();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all[0].method, QStringLiteral("GET"));
        QCOMPARE(all[0].path, QStringLiteral("/oauth/authorize"));
        QVERIFY(all[0].query.contains(QLatin1String("client_id=unknown")));
        QCOMPARE(all[0].status, 400);
        QVERIFY(all[0].summary.contains(QLatin1String("error page")));
        QCOMPARE(all[0].time, m_now);
        QCOMPARE(all[1].status, 405);
        const auto fromSignal = spy.at(0).at(0).value<RecordedRequest>();
        QCOMPARE(fromSignal.path, QStringLiteral("/oauth/authorize"));
        m_server->clearRequests();
        QVERIFY(m_server->requests().isEmpty());
    }

    // Text from a link reaches the request log escaped: a %0A cannot forge a line, an ESC cannot colour.
    void requestLogHasNoControlCharacters()
    {
        QSignalSpy spy(m_server, &SandboxServer::requestRecorded);
        const HttpReply r = m_client->authorize(base(
            {{QStringLiteral("scope"), QStringLiteral("read_vin\n2025-01-01T00:00:00Z\x1b[31mforged")}}));
        QCOMPARE(r.status, 302); // configuration_error: a malformed permission, quoted in the summary
        QCOMPARE(spy.count(), 1);
        const RecordedRequest record = m_server->requests().constLast();
        QVERIFY2(record.summary.contains(QLatin1String("read_vin\\n2025-01-01T00:00:00Z\\x1B[31mforged")),
                 qPrintable(record.summary));
        for (const QString &field : {record.method, record.path, record.query, record.summary}) {
            for (const QChar c : field)
                QVERIFY2(c.unicode() >= 0x20 && c.unicode() != 0x7f, qPrintable(field));
        }
        QCOMPARE(spy.at(0).at(0).value<RecordedRequest>().summary, record.summary);
    }

    // Issue 15's finding: slow clients that never finish a head no longer lock the sandbox out.
    void slowClientsDoNotStallTheSandbox()
    {
        std::vector<std::unique_ptr<QTcpSocket>> slow;
        for (int i = 0; i < 300; ++i) {
            slow.push_back(std::make_unique<QTcpSocket>());
            slow.back()->connectToHost(QHostAddress::LocalHost, m_server->port());
            slow.back()->write("GET /oauth/authorize HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ");
        }
        QTest::qWait(200);
        for (auto &s : slow)
            s->write("a");
        QElapsedTimer timer;
        timer.start();
        const HttpReply page = m_client->authorize(base());
        QCOMPARE(page.status, 200);
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(fullFlow(base()).status, 302);
    }

    void connectionCloseIsHonoured()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(socket.waitForConnected(2000));
        socket.write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        QElapsedTimer timer;
        timer.start();
        QByteArray received;
        QTRY_VERIFY_WITH_TIMEOUT(
            (received += socket.readAll(), socket.state() == QAbstractSocket::UnconnectedState), 1000);
        QVERIFY(timer.elapsed() < 1000);
        QVERIFY(received.startsWith("HTTP/1.1 200 OK\r\n"));
        QVERIFY(received.contains("Connection: close\r\n"));
    }

    void oversizedRequestIsRefused()
    {
        const HttpReply r = m_client->postForm(m_server->tokenUrl(), QByteArray(200 * 1024, 'a'));
        QVERIFY(r.status == 413 || r.error != QNetworkReply::NoError);
        QCOMPARE(fullFlow(base()).status, 302);
    }

    // A thousand malformed or random requests, then the sandbox still answers correctly.
    void survivesHostileInput()
    {
        auto *rng = QRandomGenerator::global();
        auto randomBytes = [rng](int max) {
            QByteArray b(int(rng->bounded(max + 1)), Qt::Uninitialized);
            for (char &c : b)
                c = char(rng->bounded(256));
            return b;
        };
        const QList<QByteArray> methods{"GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "BREW"};
        const QStringList paths{QStringLiteral("/oauth/authorize"),   QStringLiteral("/oauth/reauthenticate"),
                                QStringLiteral("/oauth/token"),       QStringLiteral("/connect/step"),
                                QStringLiteral("/connect/back"),      QStringLiteral("/v2.0/vehicles"),
                                QStringLiteral("/v2.0/vehicles/x/y"), QStringLiteral("/"),
                                QStringLiteral("/static/x")};
        const QStringList names{
            QStringLiteral("client_id"), QStringLiteral("redirect_uri"),  QStringLiteral("scope"),
            QStringLiteral("state"),     QStringLiteral("session"),       QStringLiteral("step"),
            QStringLiteral("make"),      QStringLiteral("flags"),         QStringLiteral("grant_type"),
            QStringLiteral("code"),      QStringLiteral("single_select"), QStringLiteral("response_type")};
        const QString session = m_client->authorize(base()).session();

        // 600 well-formed HTTP requests with random content, in parallel batches.
        int answered = 0;
        for (int batch = 0; batch < 12; ++batch) {
            QList<QNetworkReply *> replies;
            for (int i = 0; i < 50; ++i) {
                QByteArray query;
                const int n = int(rng->bounded(6));
                for (int k = 0; k < n; ++k) {
                    const QString value = rng->bounded(3) == 0
                                              ? DemoId
                                              : QString::fromLatin1(randomBytes(40).toPercentEncoding());
                    query += names.at(rng->bounded(names.size())).toLatin1() + '=' +
                             (rng->bounded(2) ? QUrl::toPercentEncoding(value)
                                              : randomBytes(20).toPercentEncoding()) +
                             '&';
                }
                if (rng->bounded(4) == 0)
                    query += "session=" + session.toLatin1();
                QString path = paths.at(rng->bounded(paths.size()));
                if (rng->bounded(5) == 0)
                    path += QString::fromLatin1(randomBytes(10).toPercentEncoding());
                QUrl url = m_server->baseUrl();
                url.setPath(path, QUrl::TolerantMode);
                url.setQuery(QString::fromLatin1(query), QUrl::TolerantMode);
                QList<QPair<QByteArray, QByteArray>> headers;
                if (rng->bounded(2))
                    headers.append(qMakePair(QByteArray("Content-Type"),
                                             QByteArray("application/x-www-form-urlencoded")));
                if (rng->bounded(3) == 0)
                    headers.append(qMakePair(QByteArray("Authorization"),
                                             rng->bounded(2)
                                                 ? QByteArray("Basic " + randomBytes(30).toBase64())
                                                 : QByteArray("Bearer " + randomBytes(10).toHex())));
                const QByteArray method = methods.at(rng->bounded(methods.size()));
                const QByteArray body =
                    method == "GET" || method == "HEAD" ? QByteArray() : query + randomBytes(200);
                replies.append(m_client->start(method, url, body, headers));
            }
            for (QNetworkReply *reply : std::as_const(replies)) {
                QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
                const HttpReply r = SandboxClient::collect(reply);
                QVERIFY2(r.status >= 200 && r.status < 500,
                         qPrintable(QString::number(r.status) + u' ' + r.text().left(200)));
                ++answered;
            }
        }
        QCOMPARE(answered, 600);

        // 400 raw TCP connections of garbage, truncated and oversized requests.
        const QList<QByteArray> shapes{
            "GET / HTTP/1.1\r\nHost: x\r\n",                                      // never finishes
            "POST /oauth/token HTTP/1.1\r\nContent-Length: 100000000\r\n\r\nabc", // lies about its size
            "GET /oauth/authorize?client_id=%ZZ%%& HTTP/1.1\r\nHost: \xff\r\n\r\n",
            "\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", // a TLS hello
            "GET / HTTP/9.9\r\n\r\n",
            "POST /connect/step HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
            "GET /" + QByteArray(70000, 'a') + " HTTP/1.1\r\n\r\n",
        };
        for (int batch = 0; batch < 10; ++batch) {
            QList<QTcpSocket *> sockets;
            for (int i = 0; i < 40; ++i) {
                auto *socket = new QTcpSocket;
                socket->connectToHost(QHostAddress::LocalHost, m_server->port());
                const int kind = int(rng->bounded(shapes.size() + 2));
                socket->write(kind < shapes.size() ? shapes.at(kind)
                              : kind == shapes.size()
                                  ? randomBytes(2000)
                                  : "GET / HTTP/1.1\r\nHost: x\r\n\r\n" + randomBytes(300));
                sockets.append(socket);
            }
            QTest::qWait(60);
            for (QTcpSocket *socket : std::as_const(sockets)) {
                socket->abort();
                delete socket;
            }
        }

        // Still answering, and correctly.
        QTRY_COMPARE_WITH_TIMEOUT(m_client->get(m_server->baseUrl()).status, 200, 5000);
        const HttpReply done = fullFlow(base({{QStringLiteral("state"), QStringLiteral("after the storm")}}));
        QCOMPARE(done.status, 302);
        QCOMPARE(done.redirectParams().value(QStringLiteral("state")), QStringLiteral("after the storm"));
        const QJsonObject tokens = exchange(codeFrom(done));
        QCOMPARE(m_client
                     ->api(QStringLiteral("/v2.0/vehicles"),
                           tokens.value(QStringLiteral("access_token")).toString())
                     .status,
                 200);
    }
};

QTEST_GUILESS_MAIN(TestSandboxServer)
#include "tst_sandboxserver.moc"
