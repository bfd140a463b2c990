#include "FakeHttpServer.h"
#include "FakeSecretStore.h"
#include "FindChild.h"
#include "SandboxFixture.h"

#include <ExchangePanel.h>
#include <SecretStore.h>

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace connectlab;
using connectlab::test::child;
using connectlab::test::FakeHttpServer;
using connectlab::test::FakeSecretStore;
using connectlab::test::SandboxFixture;

namespace {

const QString DemoId = SandboxFixture::demoId();
const QString DemoSecret = SandboxFixture::demoSecret();
const QString DemoRedirect = SandboxFixture::demoRedirect();
const QString NoDbus = FakeSecretStore::noDbusText();

} // namespace

class TestExchangePanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void nothingBeforeUse();
    void exchangeListsVehicles();
    void countdownAndRefresh();
    void reauthenticateVehicle();
    void refusedExchange_data();
    void refusedExchange();
    void missingInput();
    void codeCannotBeExchangedTwice();
    void invalidGrantClearsTheTokens_data();
    void invalidGrantClearsTheTokens();
    void invalidGrantFromTheTestServer();
    void failedExchangeOfANewCodeKeepsTheTokens();
    void rememberInKeychain();
    void keychainUnavailable();
    void realKeychainAnswers();
    void tokensSayWhichRun();
    void laterDenyIsSaidBesideTheTokens_data();
    void laterDenyIsSaidBesideTheTokens();
    void denyBeforeAnyTokens();

private:
    QString freshCode(const QString &login = QStringLiteral("driver@example.com"))
    {
        return m_sandbox.code(login);
    }
    void exchangeWith(const QString &secret);
    int tokenRequests() const { return m_sandbox.requestsTo(QStringLiteral("/oauth/token")); }
    void verifyRevoked();

    SandboxFixture m_sandbox;
    ExchangePanel *m_panel = nullptr;
    FakeSecretStore *m_store = nullptr;
};

void TestExchangePanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestExchangePanel::init()
{
    QVERIFY(m_sandbox.start());
    m_store = new FakeSecretStore(this);
    m_panel = new ExchangePanel;
    m_panel->setSecretStore(m_store);
    m_panel->setClock(m_sandbox.clock());
    m_panel->setTarget(m_sandbox.target(), DemoId);
    m_panel->resize(700, 600);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel));
}

void TestExchangePanel::cleanup()
{
    delete m_panel;
    m_panel = nullptr;
    delete m_store;
    m_store = nullptr;
    m_sandbox.stop();
}

void TestExchangePanel::exchangeWith(const QString &secret)
{
    auto *secretEdit = child<QLineEdit>(m_panel, "secretEdit");
    secretEdit->clear();
    QTest::keyClicks(secretEdit, secret);
    QTest::mouseClick(child<QPushButton>(m_panel, "exchangeButton"), Qt::LeftButton);
}

// Revoked tokens are never shown as live: the values are gone, the countdown has stopped and says so, and
// nothing offers to use them.
void TestExchangePanel::verifyRevoked()
{
    QVERIFY(!m_panel->tokens().isValid());
    QVERIFY(m_panel->vehicles().isEmpty());
    QVERIFY(child<QLineEdit>(m_panel, "accessTokenEdit")->text().isEmpty());
    QVERIFY(child<QLineEdit>(m_panel, "refreshTokenEdit")->text().isEmpty());
    QCOMPARE(child<QLineEdit>(m_panel, "accessTokenEdit")->placeholderText(), QStringLiteral("revoked"));
    QCOMPARE(child<QTreeWidget>(m_panel, "vehiclesTree")->topLevelItemCount(), 0);
    auto *expiry = child<QLabel>(m_panel, "expiryLabel");
    QVERIFY2(expiry->text().startsWith(QLatin1String("Revoked")), qPrintable(expiry->text()));
    QCOMPARE(expiry->property("state").toString(), QStringLiteral("revoked"));
    QVERIFY(!m_panel->findChild<QTimer *>(QStringLiteral("countdownTimer"))->isActive());
    for (const char *name :
         {"refreshButton", "listVehiclesButton", "revealAccessButton", "copyAccessButton", "reauthButton"})
        QVERIFY2(!child<QPushButton>(m_panel, name)->isEnabled(), name);
    // The countdown stays stopped while the clock moves on.
    const QString text = expiry->text();
    m_sandbox.now = m_sandbox.now.addSecs(5);
    QTest::qWait(1200);
    QCOMPARE(expiry->text(), text);
    // The banner says what happened and what to do.
    QVERIFY(child<QWidget>(m_panel, "errorBanner")->isVisible());
    QVERIFY2(m_panel->errorText().contains(QLatin1String("Run the flow again")),
             qPrintable(m_panel->errorText()));
    QVERIFY2(m_panel->errorText().contains(QLatin1String("cleared")), qPrintable(m_panel->errorText()));
}

void TestExchangePanel::nothingBeforeUse()
{
    // The panel as the window creates it, before the user has looked at the tab: no network access manager,
    // no keychain store (qtkeychain would start D-Bus work), whatever it is told.
    {
        ExchangePanel panel;
        panel.setTarget(ApiTarget::smartcar(), QStringLiteral("an-app"));
        panel.setSuggestedSecret(QStringLiteral("public"), QStringLiteral("a note"));
        panel.setCode(QStringLiteral("a-code"), QUrl(DemoRedirect));
        QTest::qWait(600); // longer than the keychain look-up's debounce
        QVERIFY(panel.findChildren<QNetworkAccessManager *>().isEmpty());
        QVERIFY(panel.findChildren<SecretStore *>().isEmpty());
        QVERIFY(child<QPushButton>(&panel, "exchangeButton")->isEnabled());
    }

    // With a keychain: it is asked when the field is first shown, once the client id has settled.
    ExchangePanel panel;
    FakeSecretStore store;
    panel.setSecretStore(&store);
    panel.setTarget(m_sandbox.target(), QStringLiteral("typing"));
    panel.setTarget(m_sandbox.target(), DemoId);
    QTest::qWait(600);
    QCOMPARE(store.reads, 0);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QTRY_COMPARE(store.reads, 1);
    QVERIFY(panel.findChildren<QNetworkAccessManager *>().isEmpty());

    // The first request creates the network access manager.
    panel.setCode(freshCode(), QUrl(DemoRedirect));
    child<QLineEdit>(&panel, "secretEdit")->setText(DemoSecret);
    panel.exchange();
    QCOMPARE(panel.findChildren<QNetworkAccessManager *>().size(), 1);
    QTRY_VERIFY(panel.tokens().isValid());
    QTRY_VERIFY(!panel.isBusy());
}

void TestExchangePanel::exchangeListsVehicles()
{
    const QString code = freshCode(QStringLiteral("3-vehicles@smartcar.com"));
    QVERIFY(!code.isEmpty());
    m_panel->setCode(code, QUrl(DemoRedirect));
    QCOMPARE(child<QLineEdit>(m_panel, "codeEdit")->echoMode(), QLineEdit::Password);
    QCOMPARE(child<QLineEdit>(m_panel, "redirectUriEdit")->text(), DemoRedirect);
    QVERIFY(child<QPushButton>(m_panel, "exchangeButton")->isEnabled());
    QCOMPARE(child<QLineEdit>(m_panel, "secretEdit")->echoMode(), QLineEdit::Password);

    QSignalSpy finished(m_panel, &ExchangePanel::exchangeFinished);
    QSignalSpy busy(m_panel, &ExchangePanel::busyChanged);
    exchangeWith(DemoSecret);
    auto *tree = child<QTreeWidget>(m_panel, "vehiclesTree");
    QTRY_COMPARE(tree->topLevelItemCount(), 3);
    QVERIFY2(m_panel->errorText().isEmpty(), qPrintable(m_panel->errorText()));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).toBool(), true);
    QVERIFY(!finished.first().at(1).toString().contains(m_panel->tokens().accessToken));
    for (int i = 0; i < 3; ++i) {
        const QTreeWidgetItem *item = tree->topLevelItem(i);
        QCOMPARE(item->text(0), m_panel->vehicles().at(i).id);
        QCOMPARE(item->text(1).toUpper(), QStringLiteral("TESLA"));
        QVERIFY(!item->text(2).isEmpty());
        QVERIFY(item->text(3).toInt() > 1990);
    }
    QVERIFY(!m_panel->isBusy());
    // Busy once, through the exchange and the listing, then idle.
    QCOMPARE(busy.size(), 2);
    QCOMPARE(busy.at(0).at(0).toBool(), true);
    QCOMPARE(busy.at(1).at(0).toBool(), false);
    QCOMPARE(child<QLabel>(m_panel, "statusLabel")->text(), QStringLiteral("Vehicles granted: 3."));

    // The tokens are there, masked.
    const TokenSet tokens = m_panel->tokens();
    QVERIFY(tokens.isValid());
    auto *access = child<QLineEdit>(m_panel, "accessTokenEdit");
    auto *refresh = child<QLineEdit>(m_panel, "refreshTokenEdit");
    QCOMPARE(access->text(), tokens.accessToken);
    QCOMPARE(refresh->text(), tokens.refreshToken);
    QCOMPARE(access->echoMode(), QLineEdit::Password);
    QCOMPARE(refresh->echoMode(), QLineEdit::Password);
    QVERIFY(!access->displayText().contains(tokens.accessToken));
    QVERIFY(access->isReadOnly());

    // Reveal, hide, copy.
    auto *reveal = child<QPushButton>(m_panel, "revealAccessButton");
    QTest::mouseClick(reveal, Qt::LeftButton);
    QCOMPARE(access->echoMode(), QLineEdit::Normal);
    QCOMPARE(access->displayText(), tokens.accessToken);
    QCOMPARE(reveal->text(), QStringLiteral("Hide"));
    QCOMPARE(refresh->echoMode(), QLineEdit::Password); // each token on its own
    QTest::mouseClick(reveal, Qt::LeftButton);
    QCOMPARE(access->echoMode(), QLineEdit::Password);
    QTest::mouseClick(child<QPushButton>(m_panel, "copyRefreshButton"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), tokens.refreshToken);
    QCOMPARE(child<QLabel>(m_panel, "statusLabel")->text(), QStringLiteral("Copied to the clipboard."));
    QGuiApplication::clipboard()->clear();
}

void TestExchangePanel::countdownAndRefresh()
{
    m_panel->setCode(freshCode(), QUrl(DemoRedirect));
    exchangeWith(DemoSecret);
    QTRY_VERIFY(m_panel->tokens().isValid());
    QTRY_VERIFY(!m_panel->isBusy());
    auto *expiry = child<QLabel>(m_panel, "expiryLabel");
    QCOMPARE(expiry->text(), QStringLiteral("Expires in 2:00:00"));
    QCOMPARE(expiry->property("state").toString(), QStringLiteral("live"));

    m_sandbox.now = m_sandbox.now.addSecs(61); // the label follows the clock within a second
    QTRY_COMPARE_WITH_TIMEOUT(expiry->text(), QStringLiteral("Expires in 1:58:59"), 3000);
    m_sandbox.now = m_sandbox.now.addSecs(2 * 3600);
    QTRY_VERIFY_WITH_TIMEOUT(expiry->text().startsWith(QLatin1String("Expired at")), 3000);
    QCOMPARE(expiry->property("state").toString(), QStringLiteral("expired"));

    // Refresh gives new tokens and a full countdown again.
    const QString oldAccess = m_panel->tokens().accessToken;
    auto *refreshButton = child<QPushButton>(m_panel, "refreshButton");
    QVERIFY(refreshButton->isEnabled());
    QTest::mouseClick(refreshButton, Qt::LeftButton);
    QTRY_VERIFY(m_panel->tokens().accessToken != oldAccess);
    QTRY_VERIFY(!m_panel->isBusy());
    QCOMPARE(expiry->text(), QStringLiteral("Expires in 2:00:00"));
    QCOMPARE(child<QLineEdit>(m_panel, "accessTokenEdit")->text(), m_panel->tokens().accessToken);
    QVERIFY(m_panel->errorText().isEmpty());
}

void TestExchangePanel::reauthenticateVehicle()
{
    m_panel->setCode(freshCode(QStringLiteral("2-vehicles@smartcar.com")), QUrl(DemoRedirect));
    exchangeWith(DemoSecret);
    auto *tree = child<QTreeWidget>(m_panel, "vehiclesTree");
    QTRY_COMPARE(tree->topLevelItemCount(), 2);
    auto *reauth = child<QPushButton>(m_panel, "reauthButton");
    QSignalSpy requested(m_panel, &ExchangePanel::reauthenticateRequested);
    tree->setCurrentItem(tree->topLevelItem(1));
    QVERIFY(reauth->isEnabled());
    QTest::mouseClick(reauth, Qt::LeftButton);
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.first().first().toString(), m_panel->vehicles().at(1).id);
}

void TestExchangePanel::refusedExchange_data()
{
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("redirectUri");
    QTest::addColumn<bool>("usedElsewhere");
    QTest::addColumn<bool>("unreachable");
    QTest::addColumn<QString>("says");

    QTest::newRow("wrong secret") << "wrong" << DemoRedirect << false << false
                                  << "client id or client secret is wrong";
    QTest::newRow("redirect mismatch") << DemoSecret << "http://localhost:8000/elsewhere" << false << false
                                       << "redirect_uri sent with the exchange is not the one";
    // The panel never sends a code twice (codeCannotBeExchangedTwice); another client can have used it.
    QTest::newRow("code used elsewhere") << DemoSecret << DemoRedirect << true << false << "works only once";
    QTest::newRow("no network") << DemoSecret << DemoRedirect << false << true
                                << "Could not reach 127.0.0.1:";
}

void TestExchangePanel::refusedExchange()
{
    QFETCH(QString, secret);
    QFETCH(QString, redirectUri);
    QFETCH(bool, usedElsewhere);
    QFETCH(bool, unreachable);
    QFETCH(QString, says);

    if (unreachable) {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        QUrl origin(QStringLiteral("http://127.0.0.1"));
        origin.setPort(probe.serverPort());
        probe.close();
        m_panel->setTarget(ApiTarget::singleOrigin(origin), DemoId);
    }
    QSignalSpy finished(m_panel, &ExchangePanel::exchangeFinished);
    const QString code = unreachable ? QStringLiteral("any-code") : freshCode();
    if (usedElsewhere)
        QVERIFY(m_sandbox.exchange(code).isValid());
    m_panel->setCode(code, QUrl(DemoRedirect));
    auto *redirectEdit = child<QLineEdit>(m_panel, "redirectUriEdit");
    redirectEdit->clear();
    QTest::keyClicks(redirectEdit, redirectUri);
    exchangeWith(secret);
    QTRY_VERIFY(!m_panel->errorText().isEmpty());
    QVERIFY2(m_panel->errorText().contains(says), qPrintable(m_panel->errorText()));
    QVERIFY(child<QWidget>(m_panel, "errorBanner")->isVisible());
    QTRY_VERIFY(!finished.isEmpty());
    QCOMPARE(finished.last().at(0).toBool(), false);
    QVERIFY(!m_panel->isBusy());
    QVERIFY(!finished.last().at(1).toString().contains(DemoSecret));
    QVERIFY(!m_panel->tokens().isValid());
    QCOMPARE(child<QLabel>(m_panel, "statusLabel")->text(), QStringLiteral("The exchange failed."));
    // A refused code may be tried again (with the right secret or redirect URI).
    QVERIFY(!m_panel->isCodeUsed());
    QVERIFY(child<QPushButton>(m_panel, "exchangeButton")->isEnabled());

    // A new code clears the banner.
    m_panel->setCode(QStringLiteral("next"), QUrl(DemoRedirect));
    QVERIFY(m_panel->errorText().isEmpty());
}

void TestExchangePanel::missingInput()
{
    m_panel->setCode(QStringLiteral("some-code"), QUrl(DemoRedirect));
    child<QLineEdit>(m_panel, "secretEdit")->clear();
    QTest::mouseClick(child<QPushButton>(m_panel, "exchangeButton"), Qt::LeftButton);
    QVERIFY2(m_panel->errorText().contains(QLatin1String("the client secret")),
             qPrintable(m_panel->errorText()));
    QVERIFY(!m_panel->isBusy());
    QCOMPARE(m_sandbox.server().requests().size(), 0); // nothing was sent
}

void TestExchangePanel::codeCannotBeExchangedTwice()
{
    // Issue 12: a second Exchange of the same code made the sandbox revoke the tokens (RFC 6749 section
    // 4.1.2) while the panel went on showing them. Now the used code cannot be sent again.
    const QString code = freshCode(QStringLiteral("3-vehicles@smartcar.com"));
    m_panel->setCode(code, QUrl(DemoRedirect));
    auto *exchangeButton = child<QPushButton>(m_panel, "exchangeButton");
    exchangeWith(DemoSecret);
    QTRY_COMPARE(m_panel->vehicles().size(), 3);
    QTRY_VERIFY(!m_panel->isBusy());
    QCOMPARE(tokenRequests(), 1);
    const TokenSet tokens = m_panel->tokens();

    QVERIFY(m_panel->isCodeUsed());
    QVERIFY(!exchangeButton->isEnabled());
    QVERIFY2(exchangeButton->toolTip().contains(QLatin1String("already exchanged")),
             qPrintable(exchangeButton->toolTip()));
    QVERIFY2(exchangeButton->toolTip().contains(QLatin1String("Run the flow again")),
             qPrintable(exchangeButton->toolTip()));

    // Neither the disabled button, nor Return in the secret or the code field, nor the slot sends it.
    QTest::mouseClick(exchangeButton, Qt::LeftButton);
    QTest::keyClick(child<QLineEdit>(m_panel, "secretEdit"), Qt::Key_Return);
    QTest::keyClick(child<QLineEdit>(m_panel, "codeEdit"), Qt::Key_Return);
    m_panel->exchange();
    QTest::qWait(100);
    QCOMPARE(tokenRequests(), 1);
    QVERIFY(!m_panel->isBusy());
    QVERIFY2(m_panel->errorText().contains(QLatin1String("already exchanged")),
             qPrintable(m_panel->errorText()));
    QCOMPARE(child<QWidget>(m_panel, "errorBanner")->property("severity").toString(),
             QStringLiteral("warning"));

    // The tokens stay live and keep working.
    QCOMPARE(m_panel->tokens().accessToken, tokens.accessToken);
    QCOMPARE(child<QLineEdit>(m_panel, "accessTokenEdit")->text(), tokens.accessToken);
    QCOMPARE(child<QLabel>(m_panel, "expiryLabel")->text(), QStringLiteral("Expires in 2:00:00"));
    QSignalSpy listed(m_panel, &ExchangePanel::vehiclesListed);
    QTest::mouseClick(child<QPushButton>(m_panel, "listVehiclesButton"), Qt::LeftButton);
    QTRY_COMPARE(listed.size(), 1);
    QCOMPARE(m_panel->vehicles().size(), 3);

    // The same code brought again (the window re-sends what a run caught) stays spent.
    m_panel->setCode(code, QUrl(DemoRedirect));
    QVERIFY(!exchangeButton->isEnabled());
    QVERIFY2(child<QLabel>(m_panel, "statusLabel")->text().contains(QLatin1String("already exchanged")),
             qPrintable(child<QLabel>(m_panel, "statusLabel")->text()));

    // A new run's code enables Exchange again.
    m_panel->setCode(freshCode(), QUrl(DemoRedirect));
    QVERIFY(exchangeButton->isEnabled());
    QCOMPARE(exchangeButton->toolTip(),
             QStringLiteral("POST /oauth/token: trade the code for an access and a refresh token"));
    QTest::mouseClick(exchangeButton, Qt::LeftButton);
    QTRY_VERIFY(m_panel->tokens().accessToken != tokens.accessToken);
    QTRY_VERIFY(!m_panel->isBusy());
    QVERIFY(m_panel->tokens().isValid());
    QVERIFY(m_panel->errorText().isEmpty());
    QCOMPARE(tokenRequests(), 2);
}

void TestExchangePanel::invalidGrantClearsTheTokens_data()
{
    QTest::addColumn<bool>("reuseCode");

    // Another client exchanged the same code again: the sandbox revoked everything the code bought.
    QTest::newRow("code exchanged again elsewhere") << true;
    // Another client used the refresh token (each works once): the panel's copy is dead.
    QTest::newRow("refresh token used elsewhere") << false;
}

void TestExchangePanel::invalidGrantClearsTheTokens()
{
    QFETCH(bool, reuseCode);

    const QString code = freshCode(QStringLiteral("3-vehicles@smartcar.com"));
    m_panel->setCode(code, QUrl(DemoRedirect));
    exchangeWith(DemoSecret);
    QTRY_COMPARE(m_panel->vehicles().size(), 3);
    QTRY_VERIFY(!m_panel->isBusy());
    QVERIFY(m_panel->findChild<QTimer *>(QStringLiteral("countdownTimer"))->isActive());

    if (reuseCode) {
        QVERIFY(!m_sandbox.exchange(code).isValid()); // refused, and the tokens are revoked
    } else {
        QVERIFY(m_sandbox.refresh(m_panel->tokens().refreshToken).isValid());
    }

    QSignalSpy finished(m_panel, &ExchangePanel::exchangeFinished);
    QTest::mouseClick(child<QPushButton>(m_panel, "refreshButton"), Qt::LeftButton);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY(finished.first().at(1).toString().startsWith(QLatin1String("invalid_grant")));
    QVERIFY(!m_panel->isBusy());
    verifyRevoked();
    QCOMPARE(child<QLabel>(m_panel, "statusLabel")->text(),
             QStringLiteral("The refresh failed; the tokens are revoked."));

    // A new run's code brings live tokens again.
    m_panel->setCode(freshCode(), QUrl(DemoRedirect));
    QVERIFY(m_panel->errorText().isEmpty());
    QTest::mouseClick(child<QPushButton>(m_panel, "exchangeButton"), Qt::LeftButton);
    QTRY_VERIFY(m_panel->tokens().isValid());
    QTRY_VERIFY(!m_panel->isBusy());
    QCOMPARE(child<QLabel>(m_panel, "expiryLabel")->text(), QStringLiteral("Expires in 2:00:00"));
    QVERIFY(m_panel->findChild<QTimer *>(QStringLiteral("countdownTimer"))->isActive());
}

void TestExchangePanel::invalidGrantFromTheTestServer()
{
    // The same rule against a server that is not the sandbox: the refresh answers invalid_grant.
    FakeHttpServer server;
    QVERIFY(server.start());
    server.setResponseFor(
        "/oauth/token", 200, "application/json",
        R"({"access_token":"AT-1","token_type":"Bearer","expires_in":7200,"refresh_token":"RT-1"})");
    server.setResponseFor("/v2.0/vehicles", 200, "application/json",
                          R"({"vehicles":[],"paging":{"count":0,"offset":0}})");
    m_panel->setTarget(ApiTarget::singleOrigin(server.baseUrl()), DemoId);
    m_panel->setCode(QStringLiteral("test-code"), QUrl(DemoRedirect));
    exchangeWith(QStringLiteral("test-secret"));
    QTRY_COMPARE(m_panel->tokens().accessToken, QStringLiteral("AT-1"));
    QTRY_VERIFY(!m_panel->isBusy());
    QCOMPARE(child<QLabel>(m_panel, "statusLabel")->text(), QStringLiteral("The owner granted no vehicles."));

    server.setResponseFor("/oauth/token", 400, "application/json",
                          R"({"error":"invalid_grant","error_description":"Refresh token revoked"})");
    QTest::mouseClick(child<QPushButton>(m_panel, "refreshButton"), Qt::LeftButton);
    QTRY_VERIFY(!m_panel->errorText().isEmpty());
    QVERIFY(!m_panel->isBusy());
    verifyRevoked();
    QCOMPARE(server.requests().size(), 3); // exchange, vehicles, refresh
    QCOMPARE(server.requests().last().body, QByteArray("grant_type=refresh_token&refresh_token=RT-1"));

    // Any other failure of a refresh leaves the tokens as they are.
    server.setResponseFor(
        "/oauth/token", 200, "application/json",
        R"({"access_token":"AT-2","token_type":"Bearer","expires_in":7200,"refresh_token":"RT-2"})");
    m_panel->setCode(QStringLiteral("test-code-2"), QUrl(DemoRedirect));
    QTest::mouseClick(child<QPushButton>(m_panel, "exchangeButton"), Qt::LeftButton);
    QTRY_COMPARE(m_panel->tokens().accessToken, QStringLiteral("AT-2"));
    QTRY_VERIFY(!m_panel->isBusy());
    server.setResponseFor("/oauth/token", 503, "text/plain", "busy");
    QTest::mouseClick(child<QPushButton>(m_panel, "refreshButton"), Qt::LeftButton);
    QTRY_VERIFY(!m_panel->errorText().isEmpty());
    QVERIFY(!m_panel->isBusy());
    QCOMPARE(m_panel->tokens().accessToken, QStringLiteral("AT-2"));
    QCOMPARE(child<QLabel>(m_panel, "expiryLabel")->property("state").toString(), QStringLiteral("live"));
    QVERIFY(child<QPushButton>(m_panel, "refreshButton")->isEnabled());
}

void TestExchangePanel::failedExchangeOfANewCodeKeepsTheTokens()
{
    // The tokens of code A are live; code B is refused with invalid_grant (another client used it). The
    // server revoked what B bought, not A's tokens: they stay, and the status says whose they are.
    m_panel->setCode(freshCode(QStringLiteral("2-vehicles@smartcar.com")), QUrl(DemoRedirect));
    exchangeWith(DemoSecret);
    QTRY_COMPARE(m_panel->vehicles().size(), 2);
    QTRY_VERIFY(!m_panel->isBusy());
    const TokenSet tokens = m_panel->tokens();

    const QString other = freshCode();
    QVERIFY(m_sandbox.exchange(other).isValid());
    m_panel->setCode(other, QUrl(DemoRedirect));
    QTest::mouseClick(child<QPushButton>(m_panel, "exchangeButton"), Qt::LeftButton);
    QTRY_VERIFY(!m_panel->errorText().isEmpty());
    QVERIFY2(m_panel->errorText().contains(QLatin1String("works only once")),
             qPrintable(m_panel->errorText()));
    QCOMPARE(m_panel->tokens().accessToken, tokens.accessToken);
    QCOMPARE(child<QLabel>(m_panel, "expiryLabel")->property("state").toString(), QStringLiteral("live"));
    QCOMPARE(child<QLabel>(m_panel, "statusLabel")->text(),
             QStringLiteral("The exchange failed; the tokens shown are still those of the earlier code."));
    QSignalSpy listed(m_panel, &ExchangePanel::vehiclesListed);
    QTest::mouseClick(child<QPushButton>(m_panel, "listVehiclesButton"), Qt::LeftButton);
    QTRY_COMPARE(listed.size(), 1);
    QCOMPARE(m_panel->vehicles().size(), 2);
}

void TestExchangePanel::rememberInKeychain()
{
    auto *remember = child<QCheckBox>(m_panel, "rememberCheck");
    QVERIFY(remember->isEnabled());
    remember->click(); // as a user would (emits clicked)
    QVERIFY(remember->isChecked());
    QVERIFY(m_store->secrets.isEmpty()); // saved only after an exchange that works

    m_panel->setCode(freshCode(), QUrl(DemoRedirect));
    exchangeWith(DemoSecret);
    QTRY_COMPARE(m_store->secrets.value(DemoId), DemoSecret);

    // Another app, then back: the secret comes from the keychain.
    m_panel->setTarget(m_sandbox.target(), QStringLiteral("other-app"));
    QTRY_VERIFY(child<QLineEdit>(m_panel, "secretEdit")->text().isEmpty());
    QVERIFY(!remember->isChecked());
    QVERIFY(!m_panel->tokens().isValid()); // another app's tokens are gone
    m_panel->setTarget(m_sandbox.target(), DemoId);
    QTRY_COMPARE(child<QLineEdit>(m_panel, "secretEdit")->text(), DemoSecret);
    QVERIFY(remember->isChecked());

    // Unticking forgets it.
    remember->click(); // as a user would (emits clicked)
    QTRY_VERIFY(!m_store->secrets.contains(DemoId));
}

void TestExchangePanel::keychainUnavailable()
{
    m_store->available = false;
    m_panel->setTarget(m_sandbox.target(), QStringLiteral("another"));
    auto *remember = child<QCheckBox>(m_panel, "rememberCheck");
    QTRY_VERIFY(!remember->isEnabled());
    // Plain words in the note, the keychain's technical text in its tooltip (issue 12).
    auto *note = child<QLabel>(m_panel, "keychainLabel");
    QCOMPARE(note->text(),
             QStringLiteral("No desktop keychain is running, so the secret is kept for this session only."));
    QVERIFY(!note->text().contains(QLatin1String("dbus")));
    QVERIFY2(note->toolTip().contains(NoDbus), qPrintable(note->toolTip()));

    // Without a store at all, the checkbox is off and says so.
    m_panel->setSecretStore(nullptr);
    QVERIFY(!remember->isEnabled());
    QVERIFY(note->text().contains(QLatin1String("session only")));
    QVERIFY(note->toolTip().isEmpty());
}

void TestExchangePanel::realKeychainAnswers()
{
    // The real qtkeychain store: on a headless machine there is no Secret Service, and it must say so
    // promptly instead of hanging or falling back to a file. Where a keychain exists, the read just
    // finds nothing for an unknown client id.
    if (qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS") &&
        !qEnvironmentVariableIsSet("CONNECTLAB_TEST_REAL_KEYCHAIN"))
        QSKIP("A desktop session is present: set CONNECTLAB_TEST_REAL_KEYCHAIN=1 to let this test touch its "
              "keychain");
    SecretStore store;
    QSignalSpy read(&store, &SecretStore::readFinished);
    store.read(QStringLiteral("connectlab-test-no-such-client"));
    QVERIFY(read.wait(30000));
    const auto status = read.first().at(2).value<SecretStore::Status>();
    const QString message = read.first().at(3).toString();
    const QString detail = read.first().at(4).toString();
    QVERIFY(status != SecretStore::Status::Ok);
    QVERIFY(!message.isEmpty());
    QVERIFY(!detail.isEmpty()); // the keychain's own words, for the tooltip
    QVERIFY2(!message.contains(detail), qPrintable(message));
    if (status == SecretStore::Status::Unavailable)
        QCOMPARE(
            message,
            QStringLiteral("No desktop keychain is running, so the secret is kept for this session only."));
}

// Item 12: the tab says which run its tokens came from, and a later run that brought nothing is said plainly
// beside them (never "A code arrived").
void TestExchangePanel::tokensSayWhichRun()
{
    const QDateTime first = QDateTime(QDate(2026, 3, 1), QTime(12, 4, 31));
    auto *runLabel = child<QLabel>(m_panel, "runLabel");
    QVERIFY2(runLabel->text().startsWith(QLatin1String("No run yet")), qPrintable(runLabel->text()));
    m_panel->runStarted(1, first);
    m_panel->runFinished(true, QStringLiteral("code received, state matches"));
    m_panel->setCode(freshCode(), QUrl(DemoRedirect));
    QCOMPARE(runLabel->text(), QStringLiteral("From run 1 (12:04:31): code received, state matches."));
    QVERIFY2(child<QLabel>(m_panel, "statusLabel")->text().contains(QLatin1String("from run 1 (12:04:31)")),
             qPrintable(child<QLabel>(m_panel, "statusLabel")->text()));
    exchangeWith(DemoSecret);
    QTRY_VERIFY(m_panel->tokens().isValid());
    QTRY_VERIFY(!m_panel->isBusy());

    // A second run is under way: the tokens are still run 1's.
    m_panel->runStarted(2, first.addSecs(90));
    QVERIFY2(runLabel->text().contains(QLatin1String("From run 1 (12:04:31)")), qPrintable(runLabel->text()));
    QVERIFY2(runLabel->text().contains(QLatin1String("The latest, run 2 (12:06:01), is still running.")),
             qPrintable(runLabel->text()));
    QCOMPARE(runLabel->property("state").toString(), QStringLiteral("current"));
}

void TestExchangePanel::laterDenyIsSaidBesideTheTokens_data()
{
    QTest::addColumn<QString>("summary");

    QTest::newRow("deny") << "access_denied: The user denied access to the app";
    QTest::newRow("error page") << "Connect refused the link: 400: Invalid parameter client_id";
}

void TestExchangePanel::laterDenyIsSaidBesideTheTokens()
{
    QFETCH(QString, summary);
    const QDateTime first = QDateTime(QDate(2026, 3, 1), QTime(12, 4, 31));
    m_panel->runStarted(1, first);
    m_panel->runFinished(true, QStringLiteral("code received, state matches"));
    m_panel->setCode(freshCode(), QUrl(DemoRedirect));
    exchangeWith(DemoSecret);
    QTRY_VERIFY(m_panel->tokens().isValid());
    QTRY_VERIFY(!m_panel->isBusy());
    const QString token = m_panel->tokens().accessToken;

    m_panel->runStarted(2, first.addSecs(300));
    m_panel->runFinished(false, summary);
    auto *status = child<QLabel>(m_panel, "statusLabel");
    QVERIFY2(!status->text().contains(QLatin1String("A code arrived")), qPrintable(status->text()));
    QVERIFY2(status->text().contains(
                 QLatin1String("The latest run, run 2 (12:09:31), ended without a code or user "
                               "ID: ") +
                 summary),
             qPrintable(status->text()));
    QVERIFY2(status->text().contains(QLatin1String("comes from the earlier run 1 (12:04:31)")),
             qPrintable(status->text()));
    QVERIFY2(m_panel->errorText().contains(summary), qPrintable(m_panel->errorText()));
    auto *runLabel = child<QLabel>(m_panel, "runLabel");
    QVERIFY2(runLabel->text().contains(QLatin1String("From run 1 (12:04:31)")), qPrintable(runLabel->text()));
    QVERIFY2(runLabel->text().contains(QLatin1String("The latest, run 2 (12:09:31), ended in: ") + summary),
             qPrintable(runLabel->text()));
    QCOMPARE(runLabel->property("state").toString(), QStringLiteral("stale"));
    // The earlier tokens still work and are still shown as what they are.
    QCOMPARE(m_panel->tokens().accessToken, token);
    QCOMPARE(child<QLineEdit>(m_panel, "accessTokenEdit")->text(), token);

    // A third run that works takes over.
    m_panel->runStarted(3, first.addSecs(600));
    m_panel->runFinished(true, QStringLiteral("code received, state matches"));
    m_panel->setCode(freshCode(), QUrl(DemoRedirect));
    QCOMPARE(runLabel->text(), QStringLiteral("From run 3 (12:14:31): code received, state matches."));
    QVERIFY(m_panel->errorText().isEmpty());
}

void TestExchangePanel::denyBeforeAnyTokens()
{
    m_panel->runStarted(1, QDateTime(QDate(2026, 3, 1), QTime(9, 0, 5)));
    m_panel->runFinished(false, QStringLiteral("access_denied: The user denied access to the app"));
    auto *status = child<QLabel>(m_panel, "statusLabel");
    QVERIFY2(status->text().startsWith(QLatin1String("Run 1 (09:00:05) ended without a code or user ID: "
                                                     "access_denied")),
             qPrintable(status->text()));
    QVERIFY(!m_panel->tokens().isValid());
    QVERIFY(child<QLabel>(m_panel, "runLabel")->text().contains(QLatin1String("ended in: access_denied")));
}

QTEST_MAIN(TestExchangePanel)
#include "tst_exchangepanel.moc"
