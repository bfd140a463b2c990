// FaultInjector through a real SandboxServer: every fault as a client sees it (latency that blocks nobody
// else, 5xx/429 in the shape of each endpoint, "times" counting down, expired and used codes, a Connect that
// never redirects or redirects to a broken URL) and the loopback control endpoint GET/PUT /_sandbox/faults.
#include "FaultInjector.h"
#include "SandboxClient.h"
#include "SandboxServer.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace connectlab::sandbox;
using namespace connectlab::sandbox::testing;

namespace {
const QString DemoId = QString::fromLatin1(SandboxConfig::DemoClientId);
const QString DemoRedirect = QString::fromLatin1(SandboxConfig::DemoRedirectUri);

SandboxFaults faultsFrom(const QByteArray &json)
{
    SandboxFaults faults;
    QString error;
    if (!SandboxFaults::fromJson(QJsonDocument::fromJson(json).object(), &faults, &error))
        qFatal("bad faults in the test: %s", qPrintable(error));
    return faults;
}
} // namespace

class TestFaultInjector : public QObject
{
    Q_OBJECT

private:
    SandboxServer *m_server = nullptr;
    SandboxClient *m_client = nullptr;

    Params link() const
    {
        return {{QStringLiteral("response_type"), QStringLiteral("code")},
                {QStringLiteral("client_id"), DemoId},
                {QStringLiteral("redirect_uri"), DemoRedirect},
                {QStringLiteral("scope"), QStringLiteral("read_vehicle_info read_odometer")},
                {QStringLiteral("state"), QStringLiteral("s1")},
                {QStringLiteral("make"), QStringLiteral("TESLA")},
                {QStringLiteral("approval_prompt"), QStringLiteral("force")},
                {QStringLiteral("mode"), QStringLiteral("simulated")}};
    }

    // Preamble -> login -> every vehicle -> Allow: the screens' last answer.
    HttpReply lastAnswer()
    {
        HttpReply page = m_client->authorize(link());
        page = m_client->step(page, {{QStringLiteral("action"), QStringLiteral("continue")}});
        page = m_client->step(page, {{QStringLiteral("username"), QStringLiteral("qa@example.com")},
                                     {QStringLiteral("password"), QStringLiteral("pw")}});
        Params chosen;
        for (const QString &id : page.inputValues(QStringLiteral("vehicle")))
            chosen.append({QStringLiteral("vehicle"), id});
        page = m_client->step(page, chosen);
        Params allow{{QStringLiteral("action"), QStringLiteral("allow")}};
        for (const QString &p : page.inputValues(QStringLiteral("permission")))
            allow.append({QStringLiteral("permission"), p});
        return m_client->step(page, allow);
    }

    HttpReply exchange(const QString &code)
    {
        return m_client->token({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                                {QStringLiteral("code"), code},
                                {QStringLiteral("redirect_uri"), DemoRedirect}});
    }

    HttpReply put(const QByteArray &json)
    {
        return m_client->send("PUT", m_client->url(QStringLiteral("/_sandbox/faults")), json,
                              {{"Content-Type", "application/json"}});
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_server = new SandboxServer;
        QVERIFY(m_server->listen());
        m_client = new SandboxClient(m_server);
    }
    void cleanup()
    {
        delete m_client;
        delete m_server;
    }

    void latencyDelaysOnlyItsAnswer()
    {
        m_server->setFaults(faultsFrom(R"({"latency": [{"path": "/oauth/token", "ms": 700}]})"));
        QElapsedTimer clock;
        clock.start();
        QNetworkReply *slow = m_client->start("POST", m_client->url(QStringLiteral("/oauth/token")),
                                              "grant_type=authorization_code&code=x",
                                              {{"Content-Type", "application/x-www-form-urlencoded"}});
        // Other connections are served meanwhile: the event loop is not blocked.
        SandboxClient other(m_server);
        const HttpReply start = other.get(other.url(QStringLiteral("/")));
        const qint64 otherMs = clock.elapsed();
        QCOMPARE(start.status, 200);
        QVERIFY2(otherMs < 500, qPrintable(QString::number(otherMs)));
        QVERIFY(!slow->isFinished());
        QTRY_VERIFY_WITH_TIMEOUT(slow->isFinished(), 5000);
        const qint64 slowMs = clock.elapsed();
        const HttpReply token = SandboxClient::collect(slow);
        QCOMPARE(token.status, 401); // the endpoint's own answer (no client auth), only later
        QVERIFY2(slowMs >= 680, qPrintable(QString::number(slowMs)));

        // A prefix that does not match is not delayed; "*" delays everything but the control endpoint.
        clock.restart();
        QCOMPARE(m_client->get(m_client->url(QStringLiteral("/static/sandbox.css"))).status, 200);
        QVERIFY(clock.elapsed() < 500);
        m_server->setFaults(faultsFrom(R"({"latency": [{"path": "*", "ms": 400}]})"));
        m_server->setControlEnabled(true);
        clock.restart();
        QCOMPARE(m_client->get(m_client->url(QStringLiteral("/_sandbox/faults"))).status, 200);
        QVERIFY(clock.elapsed() < 300);
        clock.restart();
        QCOMPARE(m_client->get(m_client->url(QStringLiteral("/"))).status, 200);
        QVERIFY(clock.elapsed() >= 380);
    }

    void latencyKeepsPipelinedOrder()
    {
        // Two requests on one keep-alive connection: the second waits for the delayed first, in order.
        m_server->setFaults(faultsFrom(R"({"latency": [{"path": "/oauth/authorize", "ms": 300}]})"));
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(socket.waitForConnected(2000));
        socket.write("GET /oauth/authorize HTTP/1.1\r\nHost: x\r\n\r\nGET / HTTP/1.1\r\nHost: x\r\n\r\n");
        QByteArray received;
        QTRY_VERIFY_WITH_TIMEOUT((received += socket.readAll()).count("HTTP/1.1 ") >= 2, 5000);
        QVERIFY(received.startsWith("HTTP/1.1 400 "));                        // the link, answered first
        QVERIFY(received.indexOf("HTTP/1.1 200 ") > received.indexOf("400")); // then the start page
    }

    void statusFaults_data()
    {
        QTest::addColumn<QByteArray>("faults");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("shape"); // "oauth:<error>", "api:<type>", "page"
        QTest::addColumn<QByteArray>("retryAfter");

        QTest::newRow("token 503") << QByteArray(R"({"status": [{"path": "/oauth/token", "status": 503}]})")
                                   << QByteArray("POST") << QStringLiteral("/oauth/token") << 503
                                   << QStringLiteral("oauth:temporarily_unavailable") << QByteArray("1");
        QTest::newRow("token 500") << QByteArray(R"({"status": [{"path": "/oauth", "status": 500}]})")
                                   << QByteArray("POST") << QStringLiteral("/oauth/token") << 500
                                   << QStringLiteral("oauth:server_error") << QByteArray();
        QTest::newRow("v3 token 429") << QByteArray(R"({"status": [{"path": "/oauth2/", "status": 429}]})")
                                      << QByteArray("POST") << QStringLiteral("/oauth2/token") << 429
                                      << QStringLiteral("oauth:temporarily_unavailable") << QByteArray("1");
        QTest::newRow("api 429") << QByteArray(R"({"status": [{"path": "/v2.0/vehicles", "status": 429}]})")
                                 << QByteArray("GET") << QStringLiteral("/v2.0/vehicles") << 429
                                 << QStringLiteral("api:RATE_LIMIT") << QByteArray("1");
        QTest::newRow("api 500 by *")
            << QByteArray(R"({"status": [{"path": "*", "status": 500}]})") << QByteArray("GET")
            << QStringLiteral("/v2.0/vehicles/abc") << 500 << QStringLiteral("api:SERVER") << QByteArray();
        QTest::newRow("v3 api 502") << QByteArray(R"({"status": [{"path": "/v3", "status": 502}]})")
                                    << QByteArray("GET") << QStringLiteral("/v3/vehicles/abc/signals") << 502
                                    << QStringLiteral("api:UPSTREAM") << QByteArray();
        QTest::newRow("Connect page 503")
            << QByteArray(R"({"status": [{"path": "/oauth/authorize", "status": 503}]})") << QByteArray("GET")
            << QStringLiteral("/oauth/authorize") << 503 << QStringLiteral("page") << QByteArray("1");
        QTest::newRow("first match wins")
            << QByteArray(R"({"status": [{"path": "/v2.0", "status": 504}, {"path": "*", "status": 500}]})")
            << QByteArray("GET") << QStringLiteral("/v2.0/vehicles") << 504 << QStringLiteral("api:UPSTREAM")
            << QByteArray();
    }
    void statusFaults()
    {
        QFETCH(QByteArray, faults);
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(int, status);
        QFETCH(QString, shape);
        QFETCH(QByteArray, retryAfter);
        m_server->setFaults(faultsFrom(faults));
        const HttpReply r = m_client->send(method, m_client->url(path), method == "POST" ? "a=b" : "",
                                           {{"Content-Type", "application/x-www-form-urlencoded"}});
        QCOMPARE(r.status, status);
        QCOMPARE(r.header("Retry-After"), retryAfter);
        if (shape.startsWith(QLatin1String("oauth:"))) {
            QCOMPARE(r.json().value(QLatin1String("error")).toString(), shape.mid(6));
            QVERIFY(r.json()
                        .value(QLatin1String("error_description"))
                        .toString()
                        .contains(QLatin1String("fault")));
        } else if (shape.startsWith(QLatin1String("api:"))) {
            const QJsonObject e = r.json();
            QCOMPARE(e.value(QLatin1String("type")).toString(), shape.mid(4));
            QCOMPARE(e.value(QLatin1String("statusCode")).toInt(), status);
            QVERIFY(!e.value(QLatin1String("code")).toString().isEmpty());
            QVERIFY(e.value(QLatin1String("docURL"))
                        .toString()
                        .startsWith(QLatin1String("https://smartcar.com/")));
            QVERIFY(!e.value(QLatin1String("requestId")).toString().isEmpty());
            QCOMPARE(e.value(QLatin1String("resolution")).toObject().value(QLatin1String("type")).toString(),
                     QStringLiteral("RETRY_LATER"));
        } else {
            QVERIFY(r.header("Content-Type").startsWith("text/html"));
            QVERIFY(r.text().contains(QStringLiteral("status fault")));
        }
        QVERIFY(m_server->requests().constLast().summary.startsWith(
            QStringLiteral("fault: %1 instead of the answer").arg(status)));
    }

    void timesCountDown()
    {
        QSignalSpy changed(m_server, &SandboxServer::faultsChanged);
        m_server->setFaults(faultsFrom(R"({"status": [{"path": "/v2.0", "status": 503, "times": 2}]})"));
        QCOMPARE(m_client->get(m_client->url(QStringLiteral("/v2.0/vehicles"))).status, 503);
        QCOMPARE(m_server->faults().status.constFirst().times, 1);
        QCOMPARE(m_client->get(m_client->url(QStringLiteral("/v2.0/vehicles"))).status, 503);
        QVERIFY(m_server->faults().isEmpty()); // used up
        // Then the real answer: no token.
        QCOMPARE(m_client->get(m_client->url(QStringLiteral("/v2.0/vehicles"))).status, 401);
        QCOMPARE(changed.count(), 3); // set, counted down, used up
    }

    void codeFaults_data()
    {
        QTest::addColumn<QByteArray>("faults");
        QTest::addColumn<QString>("because");
        QTest::newRow("expired") << QByteArray(R"({"code": "expired"})") << QStringLiteral("expired");
        QTest::newRow("used") << QByteArray(R"({"code": "used"})") << QStringLiteral("already used");
    }
    void codeFaults()
    {
        QFETCH(QByteArray, faults);
        QFETCH(QString, because);
        m_server->setFaults(faultsFrom(faults));
        const HttpReply redirect = lastAnswer();
        QCOMPARE(redirect.status, 302);
        const QString code = redirect.redirectParams().value(QStringLiteral("code"));
        QVERIFY(!code.isEmpty()); // the app gets a code as always...
        const HttpReply token = exchange(code);
        QCOMPARE(token.status, 400); // ...that cannot be exchanged
        QCOMPARE(token.json().value(QLatin1String("error")).toString(), QStringLiteral("invalid_grant"));
        QVERIFY2(token.json().value(QLatin1String("error_description")).toString().contains(because),
                 token.body.constData());

        // Cleared: the next code works.
        m_server->setFaults({});
        QCOMPARE(exchange(lastAnswer().redirectParams().value(QStringLiteral("code"))).status, 200);
    }

    void redirectNever()
    {
        m_server->setFaults(faultsFrom(R"({"redirect": "never"})"));
        const HttpReply last = lastAnswer();
        QCOMPARE(last.status, 200);
        QVERIFY(last.location().isEmpty());
        QVERIFY(last.hasId(QStringLiteral("waiting-heading")));
        QVERIFY(last.text().contains(QStringLiteral("Returning you to the application")));
        QVERIFY(!last.text().contains(QStringLiteral("http-equiv"))); // no meta refresh either
        QVERIFY(!last.text().contains(QStringLiteral("code=")));
        QVERIFY(m_server->requests().constLast().summary.contains(QStringLiteral("fault: redirect never")));
    }

    void redirectMalformed()
    {
        m_server->setFaults(faultsFrom(R"({"redirect": "malformed"})"));
        const HttpReply last = lastAnswer();
        QCOMPARE(last.status, 302);
        const QByteArray location = last.location();
        QVERIFY2(location.startsWith("http://[localhost:8000/callback?code="), location.constData());
        QVERIFY(!QUrl(QString::fromLatin1(location), QUrl::StrictMode).isValid());
    }

    void malformedLocation_data()
    {
        QTest::addColumn<QByteArray>("location");
        QTest::addColumn<QByteArray>("broken");
        QTest::newRow("http") << QByteArray("http://localhost:8000/cb?code=1")
                              << QByteArray("http://[localhost:8000/cb?code=1");
        QTest::newRow("custom scheme")
            << QByteArray("sc123://exchange?code=1") << QByteArray("sc123://[exchange?code=1");
        QTest::newRow("no authority")
            << QByteArray("myapp:done?code=1") << QByteArray("myapp://[done?code=1");
    }
    void malformedLocation()
    {
        QFETCH(QByteArray, location);
        QFETCH(QByteArray, broken);
        QCOMPARE(FaultInjector::malformedLocation(location), broken);
        QVERIFY(!QUrl(QString::fromLatin1(broken), QUrl::StrictMode).isValid());
    }

    void controlEndpointOffByDefault()
    {
        QVERIFY(!m_server->isControlEnabled());
        QCOMPARE(m_client->get(m_client->url(QStringLiteral("/_sandbox/faults"))).status, 404);
        QCOMPARE(put(R"({"redirect": "never"})").status, 404);
        QVERIFY(m_server->faults().isEmpty());
    }

    void controlEndpoint()
    {
        m_server->setControlEnabled(true);
        QSignalSpy changed(m_server, &SandboxServer::faultsChanged);
        HttpReply r = m_client->get(m_client->url(QStringLiteral("/_sandbox/faults")));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json(), QJsonObject());

        r = put(R"({"status": [{"path": "/oauth/token", "status": 503, "times": 1}], "code": "used"})");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("code")).toString(), QStringLiteral("used"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m_server->faults().code, SandboxFaults::Code::Used);
        QCOMPARE(m_server->faults().status.size(), 1);
        QCOMPARE(m_server->faults().status.constFirst().status, 503);

        // Faults never touch the control endpoint: "*" 503 and it still answers, so faults can be cleared.
        QCOMPARE(put(R"({"status": [{"path": "*", "status": 503}]})").status, 200);
        QCOMPARE(m_client->get(m_client->url(QStringLiteral("/"))).status, 503);
        r = m_client->get(m_client->url(QStringLiteral("/_sandbox/faults")));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("status")).toArray().size(), 1);
        QCOMPARE(put("{}").status, 200);
        QVERIFY(m_server->faults().isEmpty());
        QCOMPARE(m_client->get(m_client->url(QStringLiteral("/"))).status, 200);
    }

    void controlEndpointRefuses_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        QTest::newRow("not JSON") << QByteArray("PUT") << QByteArray("{redirect: never}") << 400
                                  << QStringLiteral("The body is not JSON");
        QTest::newRow("not an object") << QByteArray("PUT") << QByteArray("[]") << 400
                                       << QStringLiteral("The body must be a JSON object");
        QTest::newRow("bad fault") << QByteArray("PUT") << QByteArray(R"({"code": "stale"})") << 400
                                   << QStringLiteral("faults.code must be");
        QTest::newRow("POST") << QByteArray("POST") << QByteArray("{}") << 405 << QString();
        QTest::newRow("DELETE") << QByteArray("DELETE") << QByteArray() << 405 << QString();
    }
    void controlEndpointRefuses()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, message);
        m_server->setControlEnabled(true);
        m_server->setFaults(faultsFrom(R"({"redirect": "never"})"));
        const HttpReply r = m_client->send(method, m_client->url(QStringLiteral("/_sandbox/faults")), body,
                                           {{"Content-Type", "application/json"}});
        QCOMPARE(r.status, status);
        if (status == 405)
            QCOMPARE(r.header("Allow"), QByteArray("GET, PUT"));
        else
            QVERIFY2(r.json().value(QLatin1String("error_description")).toString().startsWith(message),
                     r.body.constData());
        QCOMPARE(m_server->faults().redirect, SandboxFaults::Redirect::Never); // unchanged
    }
};

QTEST_GUILESS_MAIN(TestFaultInjector)
#include "tst_faultinjector.moc"
