#include "FakeHttpServer.h"
#include "SandboxFixture.h"

#include <ApiError.h>
#include <TokenClient.h>
#include <VehicleClient.h>

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

using namespace connectlab;
using connectlab::test::FakeHttpServer;
using connectlab::test::SandboxFixture;

namespace {

const QString DemoId = SandboxFixture::demoId();
const QString DemoSecret = SandboxFixture::demoSecret();
const QString DemoRedirect = SandboxFixture::demoRedirect();

} // namespace

class TestTokenClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void requestOnTheWire_data();
    void requestOnTheWire();
    void exchange();
    void refresh();
    void refusedExchange_data();
    void refusedExchange();
    void reusedCodeRevokesTokens();
    void bogusRefreshToken();
    void unreachableHost();
    void timeout();
    void unexpectedAnswer_data();
    void unexpectedAnswer();
    void newRequestCancelsOld();

private:
    // Runs a request on `client` and waits for its one answer.
    static bool waitForAnswer(TokenClient &client, QSignalSpy &ok, QSignalSpy &failed);
    static ApiError errorFrom(const QSignalSpy &failed) { return failed.first().first().value<ApiError>(); }
    static TokenSet tokensFrom(const QSignalSpy &ok) { return ok.last().first().value<TokenSet>(); }
    TokenClient *newClient();

    SandboxFixture m_sandbox;
    QNetworkAccessManager *m_network = nullptr;
};

void TestTokenClient::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestTokenClient::init()
{
    QVERIFY(m_sandbox.start());
    m_network = new QNetworkAccessManager(this);
}

void TestTokenClient::cleanup()
{
    delete m_network;
    m_network = nullptr;
    m_sandbox.stop();
}

TokenClient *TestTokenClient::newClient()
{
    auto *client = new TokenClient(m_network, m_network);
    client->setTarget(m_sandbox.target());
    client->setCredentials(DemoId, DemoSecret);
    client->setClock(m_sandbox.clock());
    return client;
}

bool TestTokenClient::waitForAnswer(TokenClient &, QSignalSpy &ok, QSignalSpy &failed)
{
    const qsizetype before = ok.size() + failed.size();
    return QTest::qWaitFor([&] { return ok.size() + failed.size() > before; }, 10000);
}

void TestTokenClient::requestOnTheWire_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("redirectUri");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("plain") << "abc123"
                           << "http://localhost:8000/callback"
                           << QByteArray("grant_type=authorization_code&code=abc123"
                                         "&redirect_uri=http%3A%2F%2Flocalhost%3A8000%2Fcallback");
    QTest::newRow("plus stays a plus")
        << "a+b"
        << "https://app.example/cb?x=1+2"
        << QByteArray("grant_type=authorization_code&code=a%2Bb"
                      "&redirect_uri=https%3A%2F%2Fapp.example%2Fcb%3Fx%3D1%2B2");
    QTest::newRow("reserved and space")
        << "c&d=e#f%g?h i"
        << "scX://exchange"
        << QByteArray("grant_type=authorization_code&code=c%26d%3De%23f%25g%3Fh%20i"
                      "&redirect_uri=scX%3A%2F%2Fexchange");
    QTest::newRow("non-ASCII") << QString::fromUtf8("k\xC3\xB6") << "http://localhost/\xC3\xA9"
                               << QByteArray("grant_type=authorization_code&code=k%C3%B6"
                                             "&redirect_uri=http%3A%2F%2Flocalhost%2F%C3%A9");
}

void TestTokenClient::requestOnTheWire()
{
    QFETCH(QString, code);
    QFETCH(QString, redirectUri);
    QFETCH(QByteArray, body);

    FakeHttpServer raw;
    QVERIFY(raw.start());
    raw.setResponse(200, "application/json",
                    R"({"access_token":"AT","token_type":"Bearer","expires_in":7200,"refresh_token":"RT"})");
    TokenClient client(m_network);
    client.setTarget(ApiTarget::singleOrigin(raw.baseUrl()));
    client.setCredentials(QStringLiteral("my-id"), QStringLiteral("s3cr:et+"));
    QSignalSpy ok(&client, &TokenClient::succeeded);
    QSignalSpy failed(&client, &TokenClient::failed);
    client.exchangeCode(code, redirectUri);
    QVERIFY(waitForAnswer(client, ok, failed));
    QCOMPARE(failed.size(), 0);

    QCOMPARE(raw.requests().size(), 1);
    const FakeHttpServer::Request request = raw.requests().first();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.target, QByteArray("/oauth/token"));
    QCOMPARE(request.header("Authorization"), "Basic " + QByteArray("my-id:s3cr:et+").toBase64());
    QCOMPARE(request.header("Content-Type"), QByteArray("application/x-www-form-urlencoded"));
    QVERIFY2(request.header("User-Agent").startsWith("ConnectLab/"),
             request.header("User-Agent").constData());
    QCOMPARE(request.body, body);

    const TokenSet tokens = tokensFrom(ok);
    QCOMPARE(tokens.accessToken, QStringLiteral("AT"));
    QCOMPARE(tokens.refreshToken, QStringLiteral("RT"));
    QCOMPARE(tokens.tokenType, QStringLiteral("Bearer"));
    QCOMPARE(tokens.expiresIn, 7200);
}

void TestTokenClient::exchange()
{
    const QString code = m_sandbox.code();
    QVERIFY(!code.isEmpty());
    TokenClient *client = newClient();
    QSignalSpy ok(client, &TokenClient::succeeded);
    QSignalSpy failed(client, &TokenClient::failed);
    client->exchangeCode(code, QUrl(DemoRedirect));
    QVERIFY(waitForAnswer(*client, ok, failed));
    QVERIFY2(failed.isEmpty(), qPrintable(failed.isEmpty() ? QString() : errorFrom(failed).summary()));
    const TokenSet tokens = tokensFrom(ok);
    QVERIFY(!tokens.accessToken.isEmpty());
    QVERIFY(!tokens.refreshToken.isEmpty());
    QCOMPARE(tokens.tokenType, QStringLiteral("Bearer"));
    QCOMPARE(tokens.expiresIn, 7200);
    QCOMPARE(tokens.obtainedAt, m_sandbox.now);
    QCOMPARE(tokens.secondsLeft(m_sandbox.now.addSecs(100)), 7100);
    QCOMPARE(tokens.secondsLeft(m_sandbox.now.addSecs(8000)), 0);
    QCOMPARE(tokens.toJson().keys(),
             (QStringList{"access_token", "expires_in", "refresh_token", "token_type"}));
}

void TestTokenClient::refresh()
{
    const QString code = m_sandbox.code();
    QVERIFY(!code.isEmpty());
    TokenClient *client = newClient();
    QSignalSpy ok(client, &TokenClient::succeeded);
    QSignalSpy failed(client, &TokenClient::failed);
    client->exchangeCode(code, DemoRedirect);
    QVERIFY(waitForAnswer(*client, ok, failed));
    QCOMPARE(ok.size(), 1);
    const TokenSet first = tokensFrom(ok);

    // Three hours later the access token has expired; the refresh token still works.
    m_sandbox.now = m_sandbox.now.addSecs(3 * 3600);
    client->refresh(first.refreshToken);
    QVERIFY(waitForAnswer(*client, ok, failed));
    QVERIFY2(failed.isEmpty(), qPrintable(failed.isEmpty() ? QString() : errorFrom(failed).summary()));
    const TokenSet second = tokensFrom(ok);
    QVERIFY(!second.accessToken.isEmpty());
    QVERIFY(second.accessToken != first.accessToken);
    QCOMPARE(second.obtainedAt, m_sandbox.now);
    QCOMPARE(second.secondsLeft(m_sandbox.now), 7200);
}

void TestTokenClient::refusedExchange_data()
{
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("redirectUri");
    QTest::addColumn<int>("minutesLater");
    QTest::addColumn<QString>("error");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("explanationSays");

    QTest::newRow("expired code") << DemoSecret << DemoRedirect << 11 << "invalid_grant" << 400
                                  << "has expired";
    QTest::newRow("still valid at 9 min") << DemoSecret << DemoRedirect << 9 << "" << 200 << "";
    QTest::newRow("redirect mismatch") << DemoSecret << "http://localhost:8000/other" << 0 << "invalid_grant"
                                       << 400 << "redirect_uri sent with the exchange is not the one";
    QTest::newRow("redirect differs by a slash")
        << DemoSecret << DemoRedirect + u'/' << 0 << "invalid_grant" << 400 << "redirect_uri";
    QTest::newRow("wrong secret") << "not-the-secret" << DemoRedirect << 0 << "invalid_client" << 401
                                  << "client id or client secret is wrong";
    QTest::newRow("empty secret") << "" << DemoRedirect << 0 << "invalid_client" << 401
                                  << "client secret is wrong";
    QTest::newRow("no redirect_uri") << DemoSecret << "" << 0 << "invalid_request" << 400 << "malformed";
}

void TestTokenClient::refusedExchange()
{
    QFETCH(QString, secret);
    QFETCH(QString, redirectUri);
    QFETCH(int, minutesLater);
    QFETCH(QString, error);
    QFETCH(int, status);
    QFETCH(QString, explanationSays);

    const QString code = m_sandbox.code();
    QVERIFY(!code.isEmpty());
    m_sandbox.now = m_sandbox.now.addSecs(minutesLater * 60);
    TokenClient *client = newClient();
    client->setCredentials(DemoId, secret);
    QSignalSpy ok(client, &TokenClient::succeeded);
    QSignalSpy failed(client, &TokenClient::failed);
    client->exchangeCode(code, redirectUri);
    QVERIFY(waitForAnswer(*client, ok, failed));
    if (error.isEmpty()) {
        QCOMPARE(ok.size(), 1);
        return;
    }
    QCOMPARE(failed.size(), 1);
    const ApiError e = errorFrom(failed);
    QCOMPARE(e.kind, ApiError::Kind::OAuth);
    QCOMPARE(e.error, error);
    QCOMPARE(e.httpStatus, status);
    QVERIFY2(e.explanation().contains(explanationSays), qPrintable(e.explanation()));
    QVERIFY(e.summary().startsWith(error));
    // The explanation and summary never repeat the secret.
    QVERIFY(secret.isEmpty() || !e.explanation().contains(secret));
    QVERIFY(secret.isEmpty() || !e.summary().contains(secret));
}

void TestTokenClient::reusedCodeRevokesTokens()
{
    const QString code = m_sandbox.code();
    QVERIFY(!code.isEmpty());
    TokenClient *client = newClient();
    QSignalSpy ok(client, &TokenClient::succeeded);
    QSignalSpy failed(client, &TokenClient::failed);
    client->exchangeCode(code, DemoRedirect);
    QVERIFY(waitForAnswer(*client, ok, failed));
    QCOMPARE(ok.size(), 1);

    client->exchangeCode(code, DemoRedirect);
    QVERIFY(waitForAnswer(*client, ok, failed));
    QCOMPARE(failed.size(), 1);
    const ApiError e = errorFrom(failed);
    QCOMPARE(e.error, QStringLiteral("invalid_grant"));
    QCOMPARE(e.httpStatus, 400);
    QVERIFY2(e.explanation().contains(QLatin1String("works only once")), qPrintable(e.explanation()));

    // The first exchange's access token no longer lists vehicles.
    VehicleClient vehicles(m_network);
    vehicles.setTarget(m_sandbox.target());
    QSignalSpy vehiclesFailed(&vehicles, &VehicleClient::failed);
    vehicles.listVehicles(tokensFrom(ok).accessToken);
    QTRY_COMPARE(vehiclesFailed.size(), 1);
    QCOMPARE(vehiclesFailed.first().first().value<ApiError>().httpStatus, 401);
}

void TestTokenClient::bogusRefreshToken()
{
    TokenClient *client = newClient();
    QSignalSpy ok(client, &TokenClient::succeeded);
    QSignalSpy failed(client, &TokenClient::failed);
    client->refresh(QStringLiteral("not-a-refresh-token"));
    QVERIFY(waitForAnswer(*client, ok, failed));
    QCOMPARE(failed.size(), 1);
    const ApiError e = errorFrom(failed);
    QCOMPARE(e.operation, ApiError::Operation::Refresh);
    QCOMPARE(e.error, QStringLiteral("invalid_grant"));
    QVERIFY2(e.explanation().contains(QLatin1String("refresh token was refused")),
             qPrintable(e.explanation()));
}

void TestTokenClient::unreachableHost()
{
    // A port that was just free and is closed again: nothing listens there.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();

    TokenClient *client = newClient();
    QUrl origin(QStringLiteral("http://127.0.0.1"));
    origin.setPort(port);
    client->setTarget(ApiTarget::singleOrigin(origin));
    QSignalSpy ok(client, &TokenClient::succeeded);
    QSignalSpy failed(client, &TokenClient::failed);
    client->exchangeCode(QStringLiteral("code"), DemoRedirect);
    QVERIFY(waitForAnswer(*client, ok, failed));
    QCOMPARE(failed.size(), 1);
    const ApiError e = errorFrom(failed);
    QCOMPARE(e.kind, ApiError::Kind::Network);
    QCOMPARE(e.httpStatus, 0);
    QCOMPARE(e.host, QStringLiteral("127.0.0.1:%1").arg(port));
    QVERIFY2(e.explanation().startsWith(QStringLiteral("Could not reach 127.0.0.1:%1").arg(port)),
             qPrintable(e.explanation()));
    QVERIFY2(e.summary().contains(QLatin1String("connection refused")), qPrintable(e.summary()));
}

void TestTokenClient::timeout()
{
    FakeHttpServer raw;
    QVERIFY(raw.start());
    raw.setSilent();
    TokenClient *client = newClient();
    client->setTarget(ApiTarget::singleOrigin(raw.baseUrl()));
    client->setTimeout(std::chrono::milliseconds(300));
    QSignalSpy ok(client, &TokenClient::succeeded);
    QSignalSpy failed(client, &TokenClient::failed);
    client->exchangeCode(QStringLiteral("code"), DemoRedirect);
    QVERIFY(waitForAnswer(*client, ok, failed));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(errorFrom(failed).kind, ApiError::Kind::Timeout);
    QVERIFY(errorFrom(failed).explanation().contains(QLatin1String("did not answer in time")));
}

void TestTokenClient::unexpectedAnswer_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<QString>("explanationSays");

    QTest::newRow("HTML page") << 200 << QByteArray("text/html") << QByteArray("<html>hello</html>")
                               << ApiError::Kind::BadResponse << "not with what the endpoint returns";
    QTest::newRow("JSON without token")
        << 200 << QByteArray("application/json") << QByteArray(R"({"ok":true})")
        << ApiError::Kind::BadResponse << "no access_token";
    QTest::newRow("server error") << 500 << QByteArray("text/plain") << QByteArray("boom")
                                  << ApiError::Kind::Http << "server had a problem (HTTP 500)";
    QTest::newRow("not found") << 404 << QByteArray("text/html") << QByteArray("<h1>nope</h1>")
                               << ApiError::Kind::Http << "token endpoint is not at this address";
    QTest::newRow("OAuth error, other code")
        << 400 << QByteArray("application/json") << QByteArray(R"({"error":"unsupported_grant_type"})")
        << ApiError::Kind::OAuth << "does not support this grant type";
}

void TestTokenClient::unexpectedAnswer()
{
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(ApiError::Kind, kind);
    QFETCH(QString, explanationSays);

    FakeHttpServer raw;
    QVERIFY(raw.start());
    raw.setResponse(status, contentType, body);
    TokenClient *client = newClient();
    client->setTarget(ApiTarget::singleOrigin(raw.baseUrl()));
    QSignalSpy ok(client, &TokenClient::succeeded);
    QSignalSpy failed(client, &TokenClient::failed);
    client->exchangeCode(QStringLiteral("code"), DemoRedirect);
    QVERIFY(waitForAnswer(*client, ok, failed));
    QCOMPARE(failed.size(), 1);
    const ApiError e = errorFrom(failed);
    QCOMPARE(e.kind, kind);
    QVERIFY2(e.explanation().contains(explanationSays) || e.summary().contains(explanationSays),
             qPrintable(e.explanation() + u'|' + e.summary()));
}

void TestTokenClient::newRequestCancelsOld()
{
    FakeHttpServer silent;
    QVERIFY(silent.start());
    silent.setSilent();
    TokenClient *client = newClient();
    client->setTarget(ApiTarget::singleOrigin(silent.baseUrl()));
    QSignalSpy ok(client, &TokenClient::succeeded);
    QSignalSpy failed(client, &TokenClient::failed);
    client->exchangeCode(QStringLiteral("first"), DemoRedirect);
    QTRY_COMPARE(silent.requests().size(), 1);
    QVERIFY(client->isBusy());

    const QString code = m_sandbox.code();
    client->setTarget(m_sandbox.target());
    client->exchangeCode(code, DemoRedirect);
    QTRY_COMPARE(ok.size(), 1);
    QTest::qWait(50);
    QCOMPARE(failed.size(), 0); // the abandoned request reported nothing
    QVERIFY(!client->isBusy());
}

QTEST_GUILESS_MAIN(TestTokenClient)
#include "tst_tokenclient.moc"
