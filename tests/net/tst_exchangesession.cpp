// ExchangeSession: the token workflow without widgets, against the in-process sandbox (and the fake HTTP
// server for answers the sandbox never gives).
#include "FakeHttpServer.h"
#include "SandboxFixture.h"

#include <ExchangeSession.h>

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace connectlab;
using connectlab::test::FakeHttpServer;
using connectlab::test::SandboxFixture;

namespace {

const QString DemoId = SandboxFixture::demoId();
const QString DemoSecret = SandboxFixture::demoSecret();
const QString DemoRedirect = SandboxFixture::demoRedirect();

} // namespace

class TestExchangeSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void noNetworkUntilTheFirstRequest();
    void exchangeThenVehicles();
    void aUsedCodeIsNeverSentAgain();
    void refusedCodeCanBeRetried();
    void refresh();
    void refusedRefreshRevokes_data();
    void refusedRefreshRevokes();
    void otherFailuresKeepTheTokens_data();
    void otherFailuresKeepTheTokens();
    void invalidGrantForAnotherCodeKeepsTheTokens();
    void setTargetForgetsTokensNotCodes();
    void abortReportsNothing();

private:
    // Exchanges a fresh code from `login` on m_session and waits until it is idle again.
    QString exchangeFresh(const QString &login = QStringLiteral("driver@example.com"));
    int tokenRequests() const { return m_sandbox.requestsTo(QStringLiteral("/oauth/token")); }

    SandboxFixture m_sandbox;
    ExchangeSession *m_session = nullptr;
};

void TestExchangeSession::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestExchangeSession::init()
{
    QVERIFY(m_sandbox.start());
    m_session = new ExchangeSession(this);
    m_session->setClock(m_sandbox.clock());
    m_session->setTarget(m_sandbox.target(), DemoId);
}

void TestExchangeSession::cleanup()
{
    delete m_session;
    m_session = nullptr;
    m_sandbox.stop();
}

QString TestExchangeSession::exchangeFresh(const QString &login)
{
    const QString code = m_sandbox.code(login);
    if (!m_session->exchange(code, DemoRedirect, DemoSecret))
        return {};
    if (!QTest::qWaitFor([this] { return !m_session->isBusy(); }, 10000))
        return {};
    return code;
}

void TestExchangeSession::noNetworkUntilTheFirstRequest()
{
    ExchangeSession session;
    session.setTarget(ApiTarget::smartcar(), DemoId);
    session.setClock(m_sandbox.clock());
    session.setTimeout(std::chrono::seconds(5));
    session.clear();
    session.abort();
    // Requests that cannot start create nothing either.
    QVERIFY(!session.exchange(QString(), DemoRedirect, DemoSecret));
    QVERIFY(!session.refresh(DemoSecret));
    QVERIFY(!session.listVehicles());
    QVERIFY(!session.hasNetwork());
    QVERIFY(session.findChildren<QNetworkAccessManager *>().isEmpty());

    session.setTarget(m_sandbox.target(), DemoId);
    QVERIFY(session.exchange(m_sandbox.code(), DemoRedirect, DemoSecret));
    QVERIFY(session.hasNetwork());
    QCOMPARE(session.findChildren<QNetworkAccessManager *>().size(), 1);
    QTRY_VERIFY(!session.isBusy());
    QVERIFY(session.tokens().isValid());
}

void TestExchangeSession::exchangeThenVehicles()
{
    QSignalSpy activity(m_session, &ExchangeSession::activityChanged);
    QSignalSpy busy(m_session, &ExchangeSession::busyChanged);
    QSignalSpy received(m_session, &ExchangeSession::tokensReceived);
    QSignalSpy listed(m_session, &ExchangeSession::vehiclesListed);
    bool busyWhenReceived = false;
    connect(m_session, &ExchangeSession::tokensReceived, this,
            [&] { busyWhenReceived = m_session->isBusy(); });

    const QString code = m_sandbox.code(QStringLiteral("3-vehicles@smartcar.com"));
    const QString next = m_sandbox.code(); // (walking the screens runs the event loop: before, not during)
    QVERIFY(!m_session->isCodeUsed(code));
    QVERIFY(m_session->exchange(code, DemoRedirect, DemoSecret));
    QCOMPARE(m_session->activity(), ExchangeSession::Activity::Exchanging);
    QVERIFY(!m_session->exchange(next, DemoRedirect, DemoSecret)); // one at a time
    QVERIFY(!m_session->refresh(DemoSecret));
    QTRY_COMPARE(listed.size(), 1);

    QCOMPARE(received.size(), 1);
    QCOMPARE(received.first().at(1).toBool(), false); // an exchange, not a refresh
    QVERIFY(busyWhenReceived);                        // the listing follows at once
    QCOMPARE(activity.size(), 3);
    QCOMPARE(activity.at(0).first().value<ExchangeSession::Activity>(),
             ExchangeSession::Activity::Exchanging);
    QCOMPARE(activity.at(1).first().value<ExchangeSession::Activity>(),
             ExchangeSession::Activity::ListingVehicles);
    QCOMPARE(activity.at(2).first().value<ExchangeSession::Activity>(), ExchangeSession::Activity::Idle);
    QCOMPARE(busy.size(), 2);

    QCOMPARE(m_session->tokenState(), ExchangeSession::TokenState::Live);
    QCOMPARE(m_session->tokens().expiresIn, 7200);
    QCOMPARE(m_session->tokens().obtainedAt, m_sandbox.now);
    QCOMPARE(m_session->vehicles().size(), 3);
    QCOMPARE(listed.first().first().value<QList<VehicleInfo>>(), m_session->vehicles());
    QVERIFY(m_session->isCodeUsed(code));
}

void TestExchangeSession::aUsedCodeIsNeverSentAgain()
{
    const QString code = exchangeFresh();
    QVERIFY(!code.isEmpty());
    const TokenSet tokens = m_session->tokens();
    QCOMPARE(tokenRequests(), 1);

    QSignalSpy failed(m_session, &ExchangeSession::tokenRequestFailed);
    QVERIFY(!m_session->exchange(code, DemoRedirect, DemoSecret));
    QVERIFY(!m_session->isBusy());
    QTest::qWait(50);
    QCOMPARE(tokenRequests(), 1); // the sandbox would have revoked the tokens
    QCOMPARE(failed.size(), 0);
    QCOMPARE(m_session->tokens().accessToken, tokens.accessToken);

    // Still usable: the sandbox did not revoke them.
    QVERIFY(m_session->listVehicles());
    QTRY_VERIFY(!m_session->isBusy());
    QCOMPARE(m_session->vehicles().size(), 1);
}

void TestExchangeSession::refusedCodeCanBeRetried()
{
    const QString code = m_sandbox.code();
    QSignalSpy failed(m_session, &ExchangeSession::tokenRequestFailed);
    QVERIFY(m_session->exchange(code, DemoRedirect, QStringLiteral("wrong secret")));
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(0).value<ApiError>().error, QStringLiteral("invalid_client"));
    QCOMPARE(failed.first().at(1).toBool(), false);
    QVERIFY(!m_session->isCodeUsed(code));
    QCOMPARE(m_session->tokenState(), ExchangeSession::TokenState::None);

    QVERIFY(m_session->exchange(code, DemoRedirect, DemoSecret));
    QTRY_VERIFY(!m_session->isBusy());
    QVERIFY(m_session->tokens().isValid());
    QVERIFY(m_session->isCodeUsed(code));
}

void TestExchangeSession::refresh()
{
    QVERIFY(!exchangeFresh(QStringLiteral("2-vehicles@smartcar.com")).isEmpty());
    const TokenSet first = m_session->tokens();
    const QList<VehicleInfo> vehicles = m_session->vehicles();
    QCOMPARE(vehicles.size(), 2);

    m_sandbox.now = m_sandbox.now.addSecs(3 * 3600); // the access token has expired
    QSignalSpy received(m_session, &ExchangeSession::tokensReceived);
    QSignalSpy listed(m_session, &ExchangeSession::vehiclesListed);
    QVERIFY(m_session->refresh(DemoSecret));
    QCOMPARE(m_session->activity(), ExchangeSession::Activity::Refreshing);
    QTRY_COMPARE(received.size(), 1);
    QCOMPARE(received.first().at(1).toBool(), true);
    QVERIFY(!m_session->isBusy()); // a refresh does not list the vehicles again
    QCOMPARE(listed.size(), 0);
    QVERIFY(m_session->tokens().accessToken != first.accessToken);
    QCOMPARE(m_session->tokens().obtainedAt, m_sandbox.now);
    QCOMPARE(m_session->tokenState(), ExchangeSession::TokenState::Live);
    QCOMPARE(m_session->vehicles(), vehicles);
}

void TestExchangeSession::refusedRefreshRevokes_data()
{
    QTest::addColumn<QString>("how");

    QTest::newRow("code exchanged again elsewhere") << "reuse";
    QTest::newRow("refresh token used elsewhere") << "refresh";
    QTest::newRow("refresh token expired") << "expire";
}

void TestExchangeSession::refusedRefreshRevokes()
{
    QFETCH(QString, how);

    const QString code = exchangeFresh(QStringLiteral("3-vehicles@smartcar.com"));
    QVERIFY(!code.isEmpty());
    if (how == QLatin1String("reuse")) {
        QVERIFY(!m_sandbox.exchange(code).isValid());
    } else if (how == QLatin1String("refresh")) {
        QVERIFY(m_sandbox.refresh(m_session->tokens().refreshToken).isValid());
    } else {
        m_sandbox.now = m_sandbox.now.addDays(61);
    }

    QSignalSpy changed(m_session, &ExchangeSession::tokensChanged);
    QSignalSpy failed(m_session, &ExchangeSession::tokenRequestFailed);
    QVERIFY(m_session->refresh(DemoSecret));
    QTRY_COMPARE(failed.size(), 1);
    const ApiError error = failed.first().at(0).value<ApiError>();
    QCOMPARE(error.error, QStringLiteral("invalid_grant"));
    QCOMPARE(error.operation, ApiError::Operation::Refresh);
    QCOMPARE(failed.first().at(1).toBool(), true);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_session->tokenState(), ExchangeSession::TokenState::Revoked);
    QVERIFY(!m_session->tokens().isValid());
    QVERIFY(m_session->tokens().refreshToken.isEmpty());
    QVERIFY(m_session->vehicles().isEmpty());
    QVERIFY(!m_session->isBusy());
    // Nothing is left to use.
    QVERIFY(!m_session->refresh(DemoSecret));
    QVERIFY(!m_session->listVehicles());
    QVERIFY(m_session->isCodeUsed(code));

    // A new code brings live tokens again.
    QVERIFY(!exchangeFresh().isEmpty());
    QCOMPARE(m_session->tokenState(), ExchangeSession::TokenState::Live);
}

void TestExchangeSession::otherFailuresKeepTheTokens_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("server error") << 500 << QByteArray("boom");
    QTest::newRow("invalid_client") << 401 << QByteArray(R"({"error":"invalid_client"})");
    QTest::newRow("rate limited") << 429 << QByteArray(R"({"error":"rate_limited"})");
}

void TestExchangeSession::otherFailuresKeepTheTokens()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);

    FakeHttpServer server;
    QVERIFY(server.start());
    server.setResponseFor(
        "/oauth/token", 200, "application/json",
        R"({"access_token":"AT","token_type":"Bearer","expires_in":7200,"refresh_token":"RT"})");
    server.setResponseFor("/v2.0/vehicles", 200, "application/json",
                          R"({"vehicles":[],"paging":{"count":0}})");
    m_session->setTarget(ApiTarget::singleOrigin(server.baseUrl()), DemoId);
    QVERIFY(m_session->exchange(QStringLiteral("c"), DemoRedirect, DemoSecret));
    QTRY_VERIFY(!m_session->isBusy());
    QCOMPARE(m_session->tokens().accessToken, QStringLiteral("AT"));

    server.setResponseFor("/oauth/token", status, "application/json", body);
    QSignalSpy failed(m_session, &ExchangeSession::tokenRequestFailed);
    QVERIFY(m_session->refresh(DemoSecret));
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(1).toBool(), false);
    QCOMPARE(m_session->tokenState(), ExchangeSession::TokenState::Live);
    QCOMPARE(m_session->tokens().refreshToken, QStringLiteral("RT"));
}

void TestExchangeSession::invalidGrantForAnotherCodeKeepsTheTokens()
{
    QVERIFY(!exchangeFresh(QStringLiteral("2-vehicles@smartcar.com")).isEmpty());
    const TokenSet tokens = m_session->tokens();

    // Another client already used this code: the sandbox refuses it (and revokes what it bought there).
    const QString other = m_sandbox.code();
    QVERIFY(m_sandbox.exchange(other).isValid());
    QSignalSpy failed(m_session, &ExchangeSession::tokenRequestFailed);
    QVERIFY(m_session->exchange(other, DemoRedirect, DemoSecret));
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(0).value<ApiError>().error, QStringLiteral("invalid_grant"));
    QCOMPARE(failed.first().at(1).toBool(), false);
    QCOMPARE(m_session->tokenState(), ExchangeSession::TokenState::Live);
    QCOMPARE(m_session->tokens().accessToken, tokens.accessToken);
    QCOMPARE(m_session->vehicles().size(), 2);

    // They still work.
    QVERIFY(m_session->listVehicles());
    QTRY_VERIFY(!m_session->isBusy());
    QCOMPARE(m_session->vehicles().size(), 2);
}

void TestExchangeSession::setTargetForgetsTokensNotCodes()
{
    const QString code = exchangeFresh();
    QVERIFY(!code.isEmpty());
    QSignalSpy changed(m_session, &ExchangeSession::tokensChanged);

    m_session->setTarget(m_sandbox.target(), DemoId); // the same: nothing happens
    QCOMPARE(changed.size(), 0);
    QVERIFY(m_session->tokens().isValid());

    m_session->setTarget(m_sandbox.target(), QStringLiteral("another-app"));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_session->tokenState(), ExchangeSession::TokenState::None);
    QVERIFY(m_session->vehicles().isEmpty());
    QCOMPARE(m_session->clientId(), QStringLiteral("another-app"));

    m_session->setTarget(m_sandbox.target(), DemoId);
    QVERIFY(!m_session->tokens().isValid());
    QVERIFY(m_session->isCodeUsed(code)); // a code stays spent
    QVERIFY(!m_session->exchange(code, DemoRedirect, DemoSecret));

    m_session->setTarget(m_sandbox.target(), QString());
    QVERIFY(!m_session->exchange(m_sandbox.code(), DemoRedirect, DemoSecret)); // no client id
}

void TestExchangeSession::abortReportsNothing()
{
    FakeHttpServer silent;
    QVERIFY(silent.start());
    silent.setSilent();
    m_session->setTarget(ApiTarget::singleOrigin(silent.baseUrl()), DemoId);
    QSignalSpy failed(m_session, &ExchangeSession::tokenRequestFailed);
    QSignalSpy received(m_session, &ExchangeSession::tokensReceived);
    QSignalSpy busy(m_session, &ExchangeSession::busyChanged);
    QVERIFY(m_session->exchange(QStringLiteral("c"), DemoRedirect, DemoSecret));
    QTRY_COMPARE(silent.requests().size(), 1);
    QVERIFY(m_session->isBusy());

    // Another target aborts the request in flight.
    m_session->setTarget(m_sandbox.target(), DemoId);
    QVERIFY(!m_session->isBusy());
    QCOMPARE(busy.size(), 2);
    QTest::qWait(100);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(received.size(), 0);
    QVERIFY(!m_session->isCodeUsed(QStringLiteral("c")));
}

QTEST_GUILESS_MAIN(TestExchangeSession)
#include "tst_exchangesession.moc"
