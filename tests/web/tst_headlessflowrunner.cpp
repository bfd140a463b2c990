#include "ClickThrough.h"
#include "ConnectionStore.h"
#include "FlowRun.h"
#include "HeadlessFlowRunner.h"
#include "SandboxServer.h"
#include "TestHttpServer.h"
#include "WebTestMain.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using connectlab::sandbox::RegisteredApp;
using connectlab::sandbox::SandboxConfig;
using connectlab::sandbox::SandboxServer;
using connectlab::web::HeadlessFlowRunner;

namespace {
const QString demoClient = QString::fromLatin1(SandboxConfig::DemoClientId);
const QString demoScheme = QStringLiteral("sc") + demoClient;
} // namespace

// The headless `--run-flow` mode: in-process against a sandbox served by this test (every outcome and
// error login), then through QProcess, with the real `connectlab` binary and the test stand-in, for the
// contract (JSON shape and exit codes).
class TestHeadlessFlowRunner : public QObject
{
    Q_OBJECT
private:
    SandboxServer m_sandbox;
    TestHttpServer m_app; // a registered redirect URI's host: must count zero hits

    QString link(const QString &extra, const QString &clientId = demoClient) const
    {
        return m_sandbox.baseUrl().toString() +
               QStringLiteral("/oauth/authorize?response_type=code&client_id=") + clientId +
               QStringLiteral(
                   "&scope=read_vehicle_info%20read_odometer&state=s1&mode=test&approval_prompt=force") +
               extra;
    }

    struct Outcome
    {
        int exitCode = -1;
        QJsonObject json;
    };

    Outcome runInProcess(const QStringList &arguments)
    {
        HeadlessFlowRunner::Options options;
        QString error;
        if (!HeadlessFlowRunner::parseArguments(QStringList{QStringLiteral("connectlab")} + arguments,
                                                &options, &error)) {
            qWarning() << error;
            return {};
        }
        HeadlessFlowRunner runner(options);
        QSignalSpy finished(&runner, &HeadlessFlowRunner::finished);
        runner.start();
        if (!runner.isFinished() && !finished.wait(30000))
            return {};
        return {runner.exitCode(), runner.toJson()};
    }

    // `connectlab --run-flow` and the test stand-in: both are built with this test (CMake passes their
    // paths), so a missing one is a broken build.
    static QStringList executables()
    {
        return {QStringLiteral(CONNECTLAB_APP), QStringLiteral(CONNECTLAB_RUNFLOW_TEST)};
    }

    Outcome runProcess(const QString &program, const QStringList &arguments, QByteArray *stderrOut = nullptr,
                       const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
    {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.setProgram(program);
        process.setArguments(arguments);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start();
        // The sandbox lives in this process: keep the event loop turning while the child runs.
        if (!finished.wait(60000)) {
            process.kill();
            process.waitForFinished();
            return {};
        }
        if (stderrOut)
            *stderrOut = process.readAllStandardError();
        const QByteArray out = process.readAllStandardOutput();
        return {process.exitCode(), QJsonDocument::fromJson(out).object()};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_app.start());
        SandboxConfig config = SandboxConfig::defaults();
        RegisteredApp zero;
        zero.clientId = QStringLiteral("zero-hits-app");
        zero.clientSecret = QStringLiteral("secret");
        zero.redirectUris = {m_app.url(QStringLiteral("/callback")).toString()};
        zero.defaultScope = {QStringLiteral("read_vehicle_info")};
        config.apps.append(zero);
        m_sandbox.setConfig(config);
        QVERIFY(m_sandbox.listen());
    }

    void parseArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("ok");
        const QString url = QStringLiteral("http://127.0.0.1:1/oauth/authorize?client_id=x");
        QTest::newRow("url only") << QStringList{"--run-flow", url} << true;
        QTest::newRow("inline url") << QStringList{"--run-flow=" + url} << true;
        QTest::newRow("everything") << QStringList{"--run-flow", url,       "--click-through=deny",
                                                   "--login",    "a@b.com", "--timeout",
                                                   "5",          "--json"}
                                    << true;
        QTest::newRow("no url") << QStringList{"--run-flow"} << false;
        QTest::newRow("not http") << QStringList{"--run-flow", "ftp://x/y"} << false;
        QTest::newRow("bad decision") << QStringList{"--run-flow", url, "--click-through=maybe"} << false;
        QTest::newRow("bad timeout") << QStringList{"--run-flow", url, "--timeout", "soon"} << false;
        QTest::newRow("zero timeout") << QStringList{"--run-flow", url, "--timeout=0"} << false;
        QTest::newRow("bad login") << QStringList{"--run-flow", url, "--login", "nobody"} << false;
        QTest::newRow("unknown option") << QStringList{"--run-flow", url, "--fast"} << false;
    }

    void parseArguments()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, ok);
        HeadlessFlowRunner::Options options;
        QString error;
        QCOMPARE(HeadlessFlowRunner::parseArguments(QStringList{QStringLiteral("connectlab")} + arguments,
                                                    &options, &error),
                 ok);
        QCOMPARE(error.isEmpty(), ok);
    }

    void defaults()
    {
        HeadlessFlowRunner::Options options;
        QString error;
        QVERIFY(HeadlessFlowRunner::parseArguments(
            {QStringLiteral("connectlab"), QStringLiteral("--run-flow"),
             QStringLiteral("http://127.0.0.1:1/a"), QStringLiteral("--click-through")},
            &options, &error));
        QVERIFY(options.clickThrough);
        QCOMPARE(options.decision, connectlab::web::ClickThrough::Decision::Approve);
        QCOMPARE(options.login, QStringLiteral("3-vehicles@smartcar.com"));
        QVERIFY(!options.json);
    }

    // The link is read by core's UrlParser, as everywhere else: the redirect URI to catch and the state.
    void readsTheLink_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("redirect"); // "" for "any callback"
        QTest::addColumn<QString>("state");
        const QString demo = QString::fromLatin1(SandboxConfig::DemoRedirectUri);
        QTest::newRow("explicit") << "client_id=x&redirect_uri=https%3A%2F%2Fapp.example%2Fcb&state=s1"
                                  << "https://app.example/cb"
                                  << "s1";
        QTest::newRow("raw colon and slashes") << "redirect_uri=https://app.example/cb&client_id=x"
                                               << "https://app.example/cb"
                                               << "";
        QTest::newRow("first of two")
            << "redirect_uri=https%3A%2F%2Fa.example%2Fcb&redirect_uri=https%3A%2F%2Fb"
            << "https://a.example/cb"
            << "";
        QTest::newRow("demo client") << "client_id=" + demoClient << demo << "";
        QTest::newRow("demo as application_id") << "application_id=" + demoClient + "&state=x" << demo << "x";
        QTest::newRow("other client") << "client_id=other&state=s%201"
                                      << ""
                                      << "s 1";
        QTest::newRow("plus is a space") << "client_id=other&state=a+b"
                                         << ""
                                         << "a b";
        QTest::newRow("first state") << "client_id=other&state=one&state=two"
                                     << ""
                                     << "one";
    }

    void readsTheLink()
    {
        QFETCH(QString, query);
        QFETCH(QString, redirect);
        QFETCH(QString, state);
        const QUrl link(QStringLiteral("http://h/oauth/authorize?") + query);
        const auto matcher = HeadlessFlowRunner::matcherFor(link);
        QCOMPARE(matcher.isAnyCallback(), redirect.isEmpty());
        if (!redirect.isEmpty())
            QCOMPARE(matcher.redirectUri(), QUrl(redirect));
        QCOMPARE(HeadlessFlowRunner::sentStateOf(link), state);
    }

    void approve()
    {
        const Outcome outcome =
            runInProcess({QStringLiteral("--run-flow"), link({}), QStringLiteral("--click-through")});
        QCOMPARE(outcome.exitCode, 0);
        QCOMPARE(outcome.json.value(QStringLiteral("outcome")).toString(), QStringLiteral("code"));
        QCOMPARE(outcome.json.value(QStringLiteral("state_check")).toString(), QStringLiteral("match"));
        const QJsonObject params = outcome.json.value(QStringLiteral("params")).toObject();
        QVERIFY(!params.value(QStringLiteral("code")).toString().isEmpty());
        // No redirect_uri in the link: the demo app's default was caught.
        QVERIFY(outcome.json.value(QStringLiteral("callback_url"))
                    .toString()
                    .startsWith(QString::fromLatin1(SandboxConfig::DemoRedirectUri) + QLatin1Char('?')));
    }

    void deny()
    {
        const Outcome outcome =
            runInProcess({QStringLiteral("--run-flow"), link({}), QStringLiteral("--click-through=deny")});
        QCOMPARE(outcome.exitCode, 1);
        QCOMPARE(outcome.json.value(QStringLiteral("outcome")).toString(), QStringLiteral("error"));
        QCOMPARE(
            outcome.json.value(QStringLiteral("params")).toObject().value(QStringLiteral("error")).toString(),
            QStringLiteral("access_denied"));
        QCOMPARE(outcome.json.value(QStringLiteral("state_check")).toString(), QStringLiteral("match"));
    }

    // The repro: after an approve with qa@example.com, a deny with the same login in the same
    // sandbox (approval_prompt auto) gets a code, because the sandbox rightly skipped the approval screen.
    // That is not a pass: exit 4, and the detail says what was skipped and how to force it.
    void denyWhoseApprovalScreenWasSkipped_fails()
    {
        const QString autoLink =
            link({}).replace(QStringLiteral("approval_prompt=force"), QStringLiteral("approval_prompt=auto"));
        const QString login = QStringLiteral("qa-%1@example.com").arg(QDateTime::currentMSecsSinceEpoch());
        const Outcome approved =
            runInProcess({QStringLiteral("--run-flow"), autoLink, QStringLiteral("--click-through"),
                          QStringLiteral("--login"), login});
        QCOMPARE(approved.exitCode, 0);
        QVERIFY(approved.json.value(QStringLiteral("steps")).toArray().contains(QStringLiteral("approve")));
        const Outcome denied =
            runInProcess({QStringLiteral("--run-flow"), autoLink, QStringLiteral("--click-through=deny"),
                          QStringLiteral("--login"), login});
        QCOMPARE(denied.exitCode, int(HeadlessFlowRunner::ExitCode_NotPerformed));
        QCOMPARE(denied.json.value(QStringLiteral("outcome")).toString(), QStringLiteral("code"));
        const QString detail = denied.json.value(QStringLiteral("detail")).toString();
        QVERIFY2(detail.startsWith(QLatin1String("Asked to deny, but the approval screen never came")),
                 qPrintable(detail));
        QVERIFY(detail.contains(QLatin1String("approval_prompt=force")));
        QVERIFY(detail.contains(QLatin1String("another login")));
        QCOMPARE(denied.json.value(QStringLiteral("not_performed")).toString(), detail);
        // Forced, the same deny happens.
        const Outcome forced =
            runInProcess({QStringLiteral("--run-flow"), link({}), QStringLiteral("--click-through=deny"),
                          QStringLiteral("--login"), login});
        QCOMPARE(forced.exitCode, 1);
        QVERIFY(forced.json.value(QStringLiteral("steps")).toArray().contains(QStringLiteral("deny")));
    }

    void brandNotOffered_fails()
    {
        const Outcome outcome =
            runInProcess({QStringLiteral("--run-flow"), link({}), QStringLiteral("--click-through"),
                          QStringLiteral("--brand"), QStringLiteral("NOSUCHBRAND")});
        QCOMPARE(outcome.exitCode, int(HeadlessFlowRunner::ExitCode_NotPerformed));
        QCOMPARE(outcome.json.value(QStringLiteral("outcome")).toString(), QStringLiteral("not_performed"));
        QVERIFY2(outcome.json.value(QStringLiteral("detail"))
                     .toString()
                     .contains(QLatin1String("does not offer NOSUCHBRAND")),
                 qPrintable(outcome.json.value(QStringLiteral("detail")).toString()));
        const Outcome tesla =
            runInProcess({QStringLiteral("--run-flow"), link({}), QStringLiteral("--click-through"),
                          QStringLiteral("--brand"), QStringLiteral("tesla")});
        QCOMPARE(tesla.exitCode, 0);
        QVERIFY(tesla.json.value(QStringLiteral("steps")).toArray().contains(QStringLiteral("brand: TESLA")));
    }

    void errorLogins_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QStringList>("extras");
        QTest::newRow("vehicle incompatible")
            << "smartcar@vehicle-incompatible.com"
            << "vehicle_incompatible" << QStringList{"vin", "make", "model", "year"};
        QTest::newRow("invalid subscription") << "smartcar@invalid-subscription.com"
                                              << "invalid_subscription" << QStringList();
        QTest::newRow("no vehicles") << "smartcar@no-vehicles.com"
                                     << "no_vehicles" << QStringList();
    }

    void errorLogins()
    {
        QFETCH(QString, login);
        QFETCH(QString, error);
        QFETCH(QStringList, extras);
        const Outcome outcome =
            runInProcess({QStringLiteral("--run-flow"), link({}), QStringLiteral("--click-through"),
                          QStringLiteral("--login"), login});
        QCOMPARE(outcome.exitCode, 1);
        const QJsonObject params = outcome.json.value(QStringLiteral("params")).toObject();
        QCOMPARE(params.value(QStringLiteral("error")).toString(), error);
        QVERIFY(!params.value(QStringLiteral("error_description")).toString().isEmpty());
        for (const QString &extra : extras)
            QVERIFY2(params.contains(extra), qPrintable(extra));
        QVERIFY(!outcome.json.value(QStringLiteral("detail")).toString().isEmpty());
    }

    void customSchemeRedirect()
    {
        const QString redirect = demoScheme + QStringLiteral("://exchange");
        const Outcome outcome = runInProcess(
            {QStringLiteral("--run-flow"),
             link(QStringLiteral("&redirect_uri=") + QString::fromUtf8(QUrl::toPercentEncoding(redirect))),
             QStringLiteral("--click-through")});
        QCOMPARE(outcome.exitCode, 0);
        QVERIFY(outcome.json.value(QStringLiteral("callback_url"))
                    .toString()
                    .startsWith(demoScheme + QStringLiteral("://exchange")));
    }

    void redirectHostNeverHit()
    {
        const QString redirect = m_app.url(QStringLiteral("/callback")).toString();
        for (const QString &decision :
             {QStringLiteral("--click-through"), QStringLiteral("--click-through=deny")}) {
            const Outcome outcome = runInProcess(
                {QStringLiteral("--run-flow"),
                 link(QStringLiteral("&redirect_uri=") + QString::fromUtf8(QUrl::toPercentEncoding(redirect)),
                      QStringLiteral("zero-hits-app")),
                 decision});
            QVERIFY(outcome.exitCode == 0 || outcome.exitCode == 1);
            QVERIFY(outcome.json.value(QStringLiteral("callback_url")).toString().startsWith(redirect));
        }
        QTest::qWait(100);
        QCOMPARE(m_app.connectionCount(), 0);
        QCOMPARE(m_app.requestCount(), 0);
    }

    void timeout()
    {
        const Outcome outcome = runInProcess(
            {QStringLiteral("--run-flow"), link({}), QStringLiteral("--timeout"), QStringLiteral("1")});
        QCOMPARE(outcome.exitCode, 3);
        QCOMPARE(outcome.json.value(QStringLiteral("outcome")).toString(), QStringLiteral("timeout"));
        QCOMPARE(outcome.json.value(QStringLiteral("state_check")).toString(), QStringLiteral("missing"));
        QCOMPARE(outcome.json.value(QStringLiteral("callback_url")).toString(), QString());
    }

    // The sandbox answers an unknown client_id, and an API Client ID in the link, with Connect's own
    // "400: Invalid parameter client_id: …" page: the run recognises it and ends at once.
    void sandboxClientIdPageEndsTheRun_data()
    {
        QTest::addColumn<QString>("clientId");
        QTest::newRow("unknown") << QStringLiteral("no-such-client");
        QTest::newRow("API Client ID") << QString::fromLatin1(SandboxConfig::DemoV3ApiClientId);
    }
    void sandboxClientIdPageEndsTheRun()
    {
        QFETCH(QString, clientId);
        QElapsedTimer clock;
        clock.start();
        const Outcome outcome =
            runInProcess({QStringLiteral("--run-flow"), link({}, clientId), QStringLiteral("--click-through"),
                          QStringLiteral("--timeout"), QStringLiteral("30")});
        QCOMPARE(outcome.exitCode, 1);
        QCOMPARE(outcome.json.value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("connect_error_page"));
        QCOMPARE(outcome.json.value(QStringLiteral("error_page")).toString(),
                 QStringLiteral("invalid_client_id"));
        QVERIFY(outcome.json.value(QStringLiteral("detail"))
                    .toString()
                    .startsWith(QStringLiteral("400: Invalid parameter client_id: ") + clientId +
                                QStringLiteral(" — ")));
        QVERIFY2(clock.elapsed() < 15000, "ended by the timeout, not by the page");
    }

    // `connectlab --run-flow` with the demo v3 Application ID against the built-in sandbox (started by
    // connectlab itself on a free port): the screens clicked through, the redirect carries the login's
    // user_id, exit 0. Reports the wall time from launch to the result.
    void v3DemoAgainstBuiltInSandbox()
    {
        QTcpServer probe; // a port nothing listens on, for the built-in sandbox to take
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        const QString url =
            QStringLiteral("http://127.0.0.1:%1/oauth/authorize?response_type=code&client_id=").arg(port) +
            QString::fromLatin1(SandboxConfig::DemoV3ApplicationId) +
            QStringLiteral("&redirect_uri=http%3A%2F%2Flocalhost%3A8000%2Fcallback"
                           "&scope=read_vehicle_info%20read_odometer&state=v3state123&mode=simulated");
        QElapsedTimer clock;
        clock.start();
        const Outcome outcome =
            runProcess(QStringLiteral(CONNECTLAB_APP),
                       {QStringLiteral("--run-flow"), url, QStringLiteral("--click-through"),
                        QStringLiteral("--timeout"), QStringLiteral("60"), QStringLiteral("--json")});
        const qint64 elapsed = clock.elapsed();
        qInfo("connectlab --run-flow, v3 demo app, built-in sandbox: launch to user_id in %lld ms",
              static_cast<long long>(elapsed));
        QCOMPARE(outcome.exitCode, 0);
        QCOMPARE(outcome.json.value(QStringLiteral("outcome")).toString(), QStringLiteral("user_id"));
        QCOMPARE(outcome.json.value(QStringLiteral("user_id")).toString(),
                 connectlab::sandbox::ConnectionStore::userIdFor(
                     QString::fromLatin1(SandboxConfig::DemoV3ApplicationId),
                     QString::fromLatin1(connectlab::web::ClickThrough::DefaultLogin)));
        QCOMPARE(outcome.json.value(QStringLiteral("state_check")).toString(), QStringLiteral("match"));
    }

    // API Authentication (issue 10): a redirect with user_id and no code is a success, exit 0, and the
    // owner's id comes first; the redirect host is never reached.
    void apiAuthenticationRedirect()
    {
        TestHttpServer connect, app;
        QVERIFY(connect.start());
        QVERIFY(app.start());
        const QString userId = QStringLiteral("725146a3-0b4d-4f7e-9c3a-1d2e3f4a5b6c");
        QUrl callback = app.url(QStringLiteral("/cb"));
        callback.setQuery(QStringLiteral("user_id=") + userId + QStringLiteral("&state=abcdefgh12"));
        connect.redirect(QStringLiteral("/oauth/authorize"), callback);
        const QString url =
            connect.url(QStringLiteral("/oauth/authorize")).toString() +
            QStringLiteral("?response_type=code&client_id=4cf82729-4275-46d9-9255-8437ba777151"
                           "&redirect_uri=") +
            QString::fromLatin1(QUrl::toPercentEncoding(app.url(QStringLiteral("/cb")).toString())) +
            QStringLiteral("&state=abcdefgh12");
        const Outcome outcome = runInProcess(
            {QStringLiteral("--run-flow"), url, QStringLiteral("--timeout"), QStringLiteral("20")});
        QCOMPARE(outcome.exitCode, 0);
        QCOMPARE(outcome.json.value(QStringLiteral("outcome")).toString(), QStringLiteral("user_id"));
        QCOMPARE(outcome.json.value(QStringLiteral("user_id")).toString(), userId);
        QCOMPARE(outcome.json.value(QStringLiteral("auth_model")).toString(),
                 QStringLiteral("api-authentication"));
        QCOMPARE(outcome.json.value(QStringLiteral("state_check")).toString(), QStringLiteral("match"));
        QCOMPARE(app.requestCount(), 0);
    }

    // Connect's own 400 pages never redirect: the run ends at once with the page explained, not a timeout.
    void connectErrorPageEndsTheRun_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::addColumn<QString>("kind");
        QTest::newRow("API Client ID")
            << QByteArray("<html><head><title>Smartcar</title></head><body><h1>400: "
                          "Invalid parameter client_id: client_01HXYZabc123</h1></body>"
                          "</html>")
            << "invalid_client_id";
        QTest::newRow("unregistered redirect")
            << QByteArray("<html><body><p>400: Unauthorized redirect_uri</p></body></html>")
            << "unauthorized_redirect_uri";
    }

    void connectErrorPageEndsTheRun()
    {
        QFETCH(QByteArray, html);
        QFETCH(QString, kind);
        TestHttpServer connect;
        QVERIFY(connect.start());
        connect.errorPage(QStringLiteral("/oauth/authorize"), 400, html);
        const QString url = connect.url(QStringLiteral("/oauth/authorize")).toString() +
                            QStringLiteral("?response_type=code&client_id=client_01HXYZabc123"
                                           "&redirect_uri=https%3A%2F%2Fapp.example%2Fcb&state=abcdefgh12");
        QElapsedTimer clock;
        clock.start();
        const Outcome outcome = runInProcess(
            {QStringLiteral("--run-flow"), url, QStringLiteral("--timeout"), QStringLiteral("30")});
        QCOMPARE(outcome.exitCode, 1);
        QCOMPARE(outcome.json.value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("connect_error_page"));
        QCOMPARE(outcome.json.value(QStringLiteral("error_page")).toString(), kind);
        QVERIFY(outcome.json.value(QStringLiteral("detail")).toString().startsWith(QStringLiteral("400: ")));
        QVERIFY2(clock.elapsed() < 15000, "ended by the timeout, not by the page");
    }

    void processContract()
    {
        const QStringList programs = executables();
        for (const QString &program : programs)
            QVERIFY2(QFileInfo(program).isExecutable(),
                     qPrintable(program + QStringLiteral(" is not built")));
        for (const QString &program : programs) {
            // Exit 0, and the JSON object exactly as documented.
            const Outcome ok =
                runProcess(program, {QStringLiteral("--run-flow"), link({}),
                                     QStringLiteral("--click-through"), QStringLiteral("--json")});
            QCOMPARE(ok.exitCode, 0);
            QStringList keys = ok.json.keys();
            keys.removeAll(QStringLiteral("detail"));
            QCOMPARE(keys, (QStringList{"auth_model", "callback_url", "elapsed_ms", "navigations", "outcome",
                                        "params", "state_check", "steps"}));
            QCOMPARE(ok.json.value(QStringLiteral("outcome")).toString(), QStringLiteral("code"));
            QCOMPARE(ok.json.value(QStringLiteral("auth_model")).toString(),
                     QStringLiteral("per-vehicle-tokens"));
            QVERIFY(ok.json.value(QStringLiteral("elapsed_ms")).toInteger() > 0);
            const QJsonArray navigations = ok.json.value(QStringLiteral("navigations")).toArray();
            QVERIFY(navigations.size() >= 3);
            qint64 last = -1;
            for (const QJsonValue &value : navigations) {
                const QJsonObject navigation = value.toObject();
                QCOMPARE(navigation.keys(), (QStringList{"kind", "t_ms", "url"}));
                QVERIFY(navigation.value(QStringLiteral("t_ms")).toInteger() >= last);
                last = navigation.value(QStringLiteral("t_ms")).toInteger();
            }
            QCOMPARE(navigations.first().toObject().value(QStringLiteral("kind")).toString(),
                     QStringLiteral("typed"));

            // Exit 1: an error came back.
            const Outcome denied =
                runProcess(program, {QStringLiteral("--run-flow"), link({}),
                                     QStringLiteral("--click-through=deny"), QStringLiteral("--json")});
            QCOMPARE(denied.exitCode, 1);
            QCOMPARE(denied.json.value(QStringLiteral("outcome")).toString(), QStringLiteral("error"));

            // Exit 2: usage.
            QByteArray err;
            const Outcome usage = runProcess(
                program, {QStringLiteral("--run-flow"), link({}), QStringLiteral("--click-through=perhaps")},
                &err);
            QCOMPARE(usage.exitCode, 2);
            QVERIFY(err.contains("Usage: connectlab --run-flow"));

            // Exit 3: timeout.
            const Outcome late =
                runProcess(program, {QStringLiteral("--run-flow"), link({}), QStringLiteral("--timeout=1"),
                                     QStringLiteral("--json")});
            QCOMPARE(late.exitCode, 3);
            QCOMPARE(late.json.value(QStringLiteral("outcome")).toString(), QStringLiteral("timeout"));

            // Exit 3: the link does not load (nothing listens on that port).
            const Outcome refused = runProcess(
                program, {QStringLiteral("--run-flow"),
                          QStringLiteral("http://127.0.0.1:1/oauth/authorize?client_id=x&redirect_uri="
                                         "http%3A%2F%2Flocalhost%3A8000%2Fcallback"),
                          QStringLiteral("--timeout=20"), QStringLiteral("--json")});
            QCOMPARE(refused.exitCode, 3);
            QCOMPARE(refused.json.value(QStringLiteral("outcome")).toString(), QStringLiteral("load_failed"));
            QVERIFY(!refused.json.value(QStringLiteral("detail")).toString().isEmpty());
        }
    }

    // Quiet by default: a run prints its result and nothing else. QT_LOGGING_RULES turns on the app's own
    // diagnostics (connectlab.flow here), which show each navigation and the catch but never the code or
    // the link's query.
    void diagnosticsOnlyWhenAsked()
    {
        QProcessEnvironment quiet = QProcessEnvironment::systemEnvironment();
        quiet.remove(QStringLiteral("QT_LOGGING_RULES"));
        quiet.remove(QStringLiteral("CONNECTLAB_VERBOSE"));
        quiet.remove(QStringLiteral("QT_MESSAGE_PATTERN"));
        const QStringList arguments{QStringLiteral("--run-flow"), link({}), QStringLiteral("--click-through"),
                                    QStringLiteral("--json")};
        QByteArray err;
        const Outcome plain = runProcess(QStringLiteral(CONNECTLAB_APP), arguments, &err, quiet);
        QCOMPARE(plain.exitCode, 0);
        QVERIFY2(err.isEmpty(), err.constData());

        QProcessEnvironment verbose = quiet;
        verbose.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("connectlab.*.debug=true"));
        const Outcome traced = runProcess(QStringLiteral(CONNECTLAB_APP), arguments, &err, verbose);
        QCOMPARE(traced.exitCode, 0);
        const QString code =
            traced.json.value(QStringLiteral("params")).toObject().value(QStringLiteral("code")).toString();
        QVERIFY(!code.isEmpty());
        const QString log = QString::fromUtf8(err);
        QVERIFY2(log.contains(QStringLiteral("connectlab.flow: run ") + m_sandbox.baseUrl().toString() +
                              QStringLiteral("/oauth/authorize, waiting for")),
                 qPrintable(log));
        QVERIFY2(log.contains(QStringLiteral("connectlab.flow: caught the redirect to ")), qPrintable(log));
        QVERIFY2(log.contains(QStringLiteral(": code")), qPrintable(log));
        QVERIFY2(!log.contains(code), "the code is in the diagnostics");
        QVERIFY2(!log.contains(QStringLiteral("client_id=")), "the link's query is in the diagnostics");
    }
};

CONNECTLAB_WEBTEST_MAIN(TestHeadlessFlowRunner, QStringLiteral("--url"))
#include "tst_headlessflowrunner.moc"
