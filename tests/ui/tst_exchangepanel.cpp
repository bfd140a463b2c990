#include "SandboxFlow.h"

#include <ExchangePanel.h>
#include <SandboxServer.h>
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
using connectlab::sandbox::SandboxConfig;
using connectlab::sandbox::SandboxServer;
using connectlab::test::SandboxFlow;

namespace {

const QString DemoId = QLatin1String(SandboxConfig::DemoClientId);
const QString DemoSecret = QLatin1String(SandboxConfig::DemoClientSecret);
const QString DemoRedirect = QLatin1String(SandboxConfig::DemoRedirectUri);

// An in-memory keychain, so the tests never depend on a Secret Service being there.
class FakeSecretStore : public SecretStore
{
public:
    using SecretStore::SecretStore;
    QHash<QString, QString> secrets;
    bool available = true;

    void read(const QString &clientId) override
    {
        QTimer::singleShot(0, this, [this, clientId] {
            if (!available)
                Q_EMIT readFinished(clientId, {}, Status::Unavailable,
                                    QStringLiteral("No keychain is available."));
            else if (secrets.contains(clientId))
                Q_EMIT readFinished(clientId, secrets.value(clientId), Status::Ok, QStringLiteral("Loaded."));
            else
                Q_EMIT readFinished(clientId, {}, Status::NotFound, QStringLiteral("Nothing stored."));
        });
    }
    void write(const QString &clientId, const QString &secret) override
    {
        QTimer::singleShot(0, this, [this, clientId, secret] {
            if (available)
                secrets.insert(clientId, secret);
            Q_EMIT writeFinished(clientId, available ? Status::Ok : Status::Unavailable,
                                 available ? QStringLiteral("Saved.")
                                           : QStringLiteral("No keychain is available."));
        });
    }
    void remove(const QString &clientId) override
    {
        QTimer::singleShot(0, this, [this, clientId] {
            const bool had = secrets.remove(clientId) > 0;
            Q_EMIT removeFinished(clientId, had ? Status::Ok : Status::NotFound, QStringLiteral("Removed."));
        });
    }
};

template <typename T> T *child(QWidget *parent, const char *name)
{
    T *widget = parent->findChild<T *>(QLatin1String(name));
    if (!widget)
        qFatal("no child %s", name);
    return widget;
}

} // namespace

class TestExchangePanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void exchangeListsVehicles();
    void countdownAndRefresh();
    void reauthenticateVehicle();
    void refusedExchange_data();
    void refusedExchange();
    void missingInput();
    void rememberInKeychain();
    void keychainUnavailable();
    void realKeychainAnswers();

private:
    QString freshCode(const QString &login = QStringLiteral("driver@example.com"));
    void exchangeWith(const QString &secret);

    std::unique_ptr<SandboxServer> m_sandbox;
    QNetworkAccessManager *m_network = nullptr;
    ExchangePanel *m_panel = nullptr;
    FakeSecretStore *m_store = nullptr;
    QDateTime m_now;
};

void TestExchangePanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestExchangePanel::init()
{
    m_now = QDateTime(QDate(2025, 3, 1), QTime(12, 0), Qt::UTC);
    m_sandbox = std::make_unique<SandboxServer>();
    m_sandbox->setConfig(SandboxConfig::defaults());
    m_sandbox->setClock([this] { return m_now; });
    QVERIFY(m_sandbox->listen());
    m_network = new QNetworkAccessManager(this);
    m_store = new FakeSecretStore(this);
    m_panel = new ExchangePanel;
    m_panel->setSecretStore(m_store);
    m_panel->setClock([this] { return m_now; });
    m_panel->setTarget(ApiTarget::singleOrigin(m_sandbox->baseUrl()), DemoId);
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
    delete m_network;
    m_network = nullptr;
    m_sandbox.reset();
}

QString TestExchangePanel::freshCode(const QString &login)
{
    const SandboxFlow::Result flow =
        SandboxFlow::obtainCode(*m_network, SandboxFlow::demoAuthorizeUrl(m_sandbox->baseUrl()), login);
    if (flow.code.isEmpty())
        qWarning("%s", qPrintable(flow.error));
    return flow.code;
}

void TestExchangePanel::exchangeWith(const QString &secret)
{
    auto *secretEdit = child<QLineEdit>(m_panel, "secretEdit");
    secretEdit->clear();
    QTest::keyClicks(secretEdit, secret);
    QTest::mouseClick(child<QPushButton>(m_panel, "exchangeButton"), Qt::LeftButton);
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

    m_now = m_now.addSecs(61); // the label follows the clock within a second
    QTRY_COMPARE_WITH_TIMEOUT(expiry->text(), QStringLiteral("Expires in 1:58:59"), 3000);
    m_now = m_now.addSecs(2 * 3600);
    QTRY_VERIFY_WITH_TIMEOUT(expiry->text().startsWith(QLatin1String("Expired at")), 3000);

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
    QTest::addColumn<bool>("useTwice");
    QTest::addColumn<bool>("unreachable");
    QTest::addColumn<QString>("says");

    QTest::newRow("wrong secret") << "wrong" << DemoRedirect << false << false
                                  << "client id or client secret is wrong";
    QTest::newRow("redirect mismatch") << DemoSecret << "http://localhost:8000/elsewhere" << false << false
                                       << "redirect_uri sent with the exchange is not the one";
    QTest::newRow("code used twice") << DemoSecret << DemoRedirect << true << false << "works only once";
    QTest::newRow("no network") << DemoSecret << DemoRedirect << false << true
                                << "Could not reach 127.0.0.1:";
}

void TestExchangePanel::refusedExchange()
{
    QFETCH(QString, secret);
    QFETCH(QString, redirectUri);
    QFETCH(bool, useTwice);
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
    m_panel->setCode(unreachable ? QStringLiteral("any-code") : freshCode(), QUrl(DemoRedirect));
    auto *redirectEdit = child<QLineEdit>(m_panel, "redirectUriEdit");
    redirectEdit->clear();
    QTest::keyClicks(redirectEdit, redirectUri);
    if (useTwice) {
        exchangeWith(DemoSecret);
        QTRY_VERIFY(m_panel->tokens().isValid());
        QTRY_VERIFY(!m_panel->isBusy());
        QTest::mouseClick(child<QPushButton>(m_panel, "exchangeButton"), Qt::LeftButton);
    } else {
        exchangeWith(secret);
    }
    QTRY_VERIFY(!m_panel->errorText().isEmpty());
    QVERIFY2(m_panel->errorText().contains(says), qPrintable(m_panel->errorText()));
    QVERIFY(child<QWidget>(m_panel, "errorBanner")->isVisible());
    QTRY_VERIFY(!finished.isEmpty());
    QCOMPARE(finished.last().at(0).toBool(), false);
    QVERIFY(!m_panel->isBusy());
    QVERIFY(!finished.last().at(1).toString().contains(DemoSecret));

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
    QCOMPARE(m_sandbox->requests().size(), 0); // nothing was sent
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
    m_panel->setTarget(ApiTarget::singleOrigin(m_sandbox->baseUrl()), QStringLiteral("other-app"));
    QTRY_VERIFY(child<QLineEdit>(m_panel, "secretEdit")->text().isEmpty());
    QVERIFY(!remember->isChecked());
    QVERIFY(!m_panel->tokens().isValid()); // another app's tokens are gone
    m_panel->setTarget(ApiTarget::singleOrigin(m_sandbox->baseUrl()), DemoId);
    QTRY_COMPARE(child<QLineEdit>(m_panel, "secretEdit")->text(), DemoSecret);
    QVERIFY(remember->isChecked());

    // Unticking forgets it.
    remember->click(); // as a user would (emits clicked)
    QTRY_VERIFY(!m_store->secrets.contains(DemoId));
}

void TestExchangePanel::keychainUnavailable()
{
    m_store->available = false;
    m_panel->setTarget(ApiTarget::singleOrigin(m_sandbox->baseUrl()), QStringLiteral("another"));
    auto *remember = child<QCheckBox>(m_panel, "rememberCheck");
    QTRY_VERIFY(!remember->isEnabled());
    QVERIFY(child<QLabel>(m_panel, "keychainLabel")->text().contains(QLatin1String("No keychain")));

    // Without a store at all, the checkbox is off and says so.
    m_panel->setSecretStore(nullptr);
    QVERIFY(!remember->isEnabled());
    QVERIFY(child<QLabel>(m_panel, "keychainLabel")->text().contains(QLatin1String("session only")));
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
    QVERIFY(status != SecretStore::Status::Ok);
    QVERIFY(!read.first().at(3).toString().isEmpty());
    if (status == SecretStore::Status::Unavailable)
        QVERIFY(read.first().at(3).toString().contains(QLatin1String("No keychain is available")));
}

QTEST_MAIN(TestExchangePanel)
#include "tst_exchangepanel.moc"
