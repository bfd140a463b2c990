// The Tokens tab's "API Authentication" model, driven through the real widgets as a user would: the user_id
// from the redirect picks the model, the API Client ID and secret are typed, Enter gets the application
// token, the owner's connections are listed and a vehicle's signals read, with sc-user-id on every call.
// Against a fake server that records what was sent.
#include "FakeHttpServer.h"
#include "FakeSecretStore.h"
#include "FindChild.h"
#include "SandboxFixture.h"

#include <ApiAuthPanel.h>
#include <ExchangePanel.h>

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

using namespace connectlab;
using connectlab::test::child;
using connectlab::test::FakeHttpServer;
using connectlab::test::FakeSecretStore;

namespace {

const QString ApplicationId = QStringLiteral("5d3b6a0e-2c8f-4b71-9e14-6a7f0c2d9b35");
const QString ApiClientId = QStringLiteral("client_01JCONNECTLABDEMO0000000000");
const QString ApiSecret = QStringLiteral("sandbox-demo-v3-secret");
const QString UserId = QStringLiteral("725146a3-0000-5000-8000-000000000001");
const QByteArray Json = "application/json";

QByteArray connection(const char *vehicle, const char *make, int year)
{
    return QByteArray(R"({"id":"c-)") + vehicle +
           R"(","type":"connection","attributes":{"userId":"725146a3-0000-5000-8000-000000000001","vehicleId":")" +
           vehicle +
           R"(","connectedAt":"2026-03-01T12:00:00Z","mode":"simulated","permissions":["read_odometer"],"vehicle":{"make":")" +
           make + R"(","model":"M","year":)" + QByteArray::number(year) + "}}}";
}

} // namespace

class TestApiAuthPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void userIdPicksTheModel();
    void tokenConnectionsSignals();
    void expiredTokenIsRequestedAgain();
    void notAnApiClientId_data();
    void notAnApiClientId();
    void refusedToken();
    void refusedTokenMidway();
    void suggestedCredentials();
    void switchModelsByKeyboard();
    void reauthenticateVehicle();
    void againstTheSandbox();

private:
    void typeCredentials(const QString &id = ApiClientId, const QString &secret = ApiSecret);
    int requestsTo(const QByteArray &path) const
    {
        int n = 0;
        for (const auto &r : m_server->requests())
            n += r.path() == path ? 1 : 0;
        return n;
    }

    QDateTime m_now = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
    FakeHttpServer *m_server = nullptr;
    FakeSecretStore *m_store = nullptr;
    ExchangePanel *m_panel = nullptr;
};

void TestApiAuthPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestApiAuthPanel::init()
{
    m_now = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
    m_server = new FakeHttpServer(this);
    QVERIFY(m_server->start());
    m_server->setResponseFor("/oauth2/token", 200, Json,
                             R"({"access_token":"APP-TOKEN-1","token_type":"Bearer","expires_in":3600})");
    m_server->setResponseFor("/v3/connections", 200, Json,
                             R"({"data":[)" + connection("v1", "TESLA", 2021) + "," +
                                 connection("v2", "KIA", 2023) + R"(],"meta":{"paging":{"cursor":null}}})");
    m_server->setResponseFor(
        "/v3/vehicles/v2/signals", 200, Json,
        R"({"data":[{"id":"odometer-traveleddistance","type":"signal","attributes":{"code":"odometer-traveleddistance","body":{"value":4210.5,"unit":"km"}},"meta":{"retrievedAt":1772366400000}}],"meta":{}})");
    m_store = new FakeSecretStore(this);
    m_panel = new ExchangePanel;
    m_panel->setSecretStore(m_store);
    m_panel->setClock([this] { return m_now; });
    m_panel->setTarget(ApiTarget::singleOrigin(m_server->baseUrl()), ApplicationId);
    m_panel->resize(800, 700);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel));
}

void TestApiAuthPanel::cleanup()
{
    delete m_panel;
    m_panel = nullptr;
    delete m_store;
    delete m_server;
}

void TestApiAuthPanel::typeCredentials(const QString &id, const QString &secret)
{
    auto *idEdit = child<QLineEdit>(m_panel, "apiClientIdEdit");
    idEdit->clear();
    QTest::keyClicks(idEdit, id);
    auto *secretEdit = child<QLineEdit>(m_panel, "apiSecretEdit");
    secretEdit->clear();
    QTest::keyClicks(secretEdit, secret);
}

void TestApiAuthPanel::userIdPicksTheModel()
{
    QCOMPARE(m_panel->model(), ExchangePanel::Model::PerVehicle);
    QVERIFY(child<QRadioButton>(m_panel, "perVehicleRadio")->isChecked());
    m_panel->setUserId(UserId);
    QCOMPARE(m_panel->model(), ExchangePanel::Model::ApiAuthentication);
    QVERIFY(child<QRadioButton>(m_panel, "apiAuthRadio")->isChecked());
    QCOMPARE(child<QStackedWidget>(m_panel, "modelStack")->currentWidget(), m_panel->apiAuthPanel());
    QVERIFY(child<QLineEdit>(m_panel, "apiClientIdEdit")->isVisible());
    QVERIFY(!child<QLineEdit>(m_panel, "codeEdit")->isVisible());
    QCOMPARE(child<QLineEdit>(m_panel, "userIdEdit")->text(), UserId);
    QVERIFY2(child<QLabel>(m_panel, "statusLabel")->text().contains(QLatin1String("Get application token")),
             qPrintable(child<QLabel>(m_panel, "statusLabel")->text()));
    QCOMPARE(m_server->requests().size(), 0); // nothing is sent before the user asks

    // A later code without a user id (a v2 app) switches back.
    m_panel->runStarted(2, m_now);
    m_panel->setCode(QStringLiteral("a-code"), QUrl(QStringLiteral("http://localhost:8000/callback")));
    QCOMPARE(m_panel->model(), ExchangePanel::Model::PerVehicle);
    // A code alongside a user id in one run: the app uses API Authentication.
    m_panel->runStarted(3, m_now);
    m_panel->setCode(QStringLiteral("b-code"), QUrl(QStringLiteral("http://localhost:8000/callback")));
    m_panel->setUserId(UserId);
    QCOMPARE(m_panel->model(), ExchangePanel::Model::ApiAuthentication);
}

void TestApiAuthPanel::tokenConnectionsSignals()
{
    m_panel->setUserId(UserId);
    typeCredentials();
    // Enter in the secret field gets the token; the owner's connections follow at once.
    QTest::keyClick(child<QLineEdit>(m_panel, "apiSecretEdit"), Qt::Key_Return);
    auto *tree = child<QTreeWidget>(m_panel, "connectionsTree");
    QTRY_COMPARE(tree->topLevelItemCount(), 2);
    QTRY_VERIFY(!m_panel->isBusy());
    QVERIFY(m_panel->errorText().isEmpty());
    QCOMPARE(tree->topLevelItem(1)->text(1), QStringLiteral("KIA"));
    QCOMPARE(tree->topLevelItem(1)->text(3), QStringLiteral("2023"));

    auto *tokenEdit = child<QLineEdit>(m_panel, "appTokenEdit");
    QCOMPARE(tokenEdit->echoMode(), QLineEdit::Password);
    QCOMPARE(tokenEdit->text(), QStringLiteral("APP-TOKEN-1"));
    auto *expiry = child<QLabel>(m_panel, "appTokenExpiryLabel");
    QCOMPARE(expiry->text(), QStringLiteral("Expires in 1:00:00"));
    QCOMPARE(expiry->property("state").toString(), QStringLiteral("live"));
    m_now = m_now.addSecs(61);
    QTRY_COMPARE(expiry->text(), QStringLiteral("Expires in 0:58:59"));

    const auto requests = m_server->requests();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(0).body, QByteArray("grant_type=client_credentials&client_id=") +
                                      ApiClientId.toUtf8() + "&client_secret=" + ApiSecret.toUtf8());
    QCOMPARE(requests.at(1).target, "/v3/connections?user_id=" + UserId.toUtf8());
    QCOMPARE(requests.at(1).header("sc-user-id"), UserId.toUtf8());
    QCOMPARE(requests.at(1).header("Authorization"), QByteArray("Bearer APP-TOKEN-1"));

    // The keyboard picks the second vehicle; Read signals reads it.
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Down);
    QCOMPARE(tree->currentItem()->text(0), QStringLiteral("v2"));
    QTest::mouseClick(child<QPushButton>(m_panel, "readSignalsButton"), Qt::LeftButton);
    auto *signalsTree = child<QTreeWidget>(m_panel, "signalsTree");
    QTRY_COMPARE(signalsTree->topLevelItemCount(), 1);
    QCOMPARE(signalsTree->topLevelItem(0)->text(0), QStringLiteral("odometer-traveleddistance"));
    QCOMPARE(signalsTree->topLevelItem(0)->text(1), QStringLiteral("4210.5 km"));
    const auto last = m_server->requests().last();
    QCOMPARE(last.target, QByteArray("/v3/vehicles/v2/signals"));
    QCOMPARE(last.header("sc-user-id"), UserId.toUtf8());
    QCOMPARE(last.header("Authorization"), QByteArray("Bearer APP-TOKEN-1"));
    QVERIFY(child<QLabel>(m_panel, "statusLabel")->text().contains(QLatin1String("Signals read: 1")));
}

void TestApiAuthPanel::expiredTokenIsRequestedAgain()
{
    m_panel->setUserId(UserId);
    typeCredentials();
    QTest::mouseClick(child<QPushButton>(m_panel, "appTokenButton"), Qt::LeftButton);
    QTRY_COMPARE(child<QTreeWidget>(m_panel, "connectionsTree")->topLevelItemCount(), 2);
    QTRY_VERIFY(!m_panel->isBusy());
    QCOMPARE(requestsTo("/oauth2/token"), 1);

    // An hour later the token has expired: said so, and no refresh is offered, only a new token.
    m_now = m_now.addSecs(3600);
    auto *expiry = child<QLabel>(m_panel, "appTokenExpiryLabel");
    QTRY_COMPARE(expiry->property("state").toString(), QStringLiteral("expired"));
    QVERIFY2(expiry->text().contains(QLatin1String("get a new application token")),
             qPrintable(expiry->text()));
    QCOMPARE(child<QPushButton>(m_panel, "appTokenButton")->text(),
             QStringLiteral("Get a new application token"));

    // The next call gets a new token first, then lists.
    m_server->setResponseFor("/oauth2/token", 200, Json,
                             R"({"access_token":"APP-TOKEN-2","token_type":"Bearer","expires_in":3600})");
    QTest::mouseClick(child<QPushButton>(m_panel, "listConnectionsButton"), Qt::LeftButton);
    QTRY_COMPARE(requestsTo("/v3/connections"), 2);
    QTRY_VERIFY(!m_panel->isBusy());
    QCOMPARE(requestsTo("/oauth2/token"), 2);
    QCOMPARE(m_server->requests().last().header("Authorization"), QByteArray("Bearer APP-TOKEN-2"));
    QCOMPARE(expiry->property("state").toString(), QStringLiteral("live"));
    QCOMPARE(m_panel->apiAuthPanel()->appToken().accessToken, QStringLiteral("APP-TOKEN-2"));
}

void TestApiAuthPanel::notAnApiClientId_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("says");

    QTest::newRow("the Application ID") << ApplicationId << "is not an API Client ID";
    QTest::newRow("nothing") << ""
                             << "The API Client ID is missing";
}

void TestApiAuthPanel::notAnApiClientId()
{
    QFETCH(QString, id);
    QFETCH(QString, says);
    m_panel->setModel(ExchangePanel::Model::ApiAuthentication);
    typeCredentials(id, ApiSecret);
    QTest::mouseClick(child<QPushButton>(m_panel, "appTokenButton"), Qt::LeftButton);
    QVERIFY2(m_panel->errorText().contains(says), qPrintable(m_panel->errorText()));
    QCOMPARE(m_server->requests().size(), 0);
    QCOMPARE(child<QLineEdit>(m_panel, "apiClientIdEdit")->text(), id); // the input stays
}

void TestApiAuthPanel::refusedToken()
{
    m_server->setResponseFor(
        "/oauth2/token", 401, Json,
        R"({"error":"invalid_client","error_description":"Invalid client credentials"})");
    QSignalSpy finished(m_panel, &ExchangePanel::exchangeFinished);
    m_panel->setUserId(UserId);
    typeCredentials(ApiClientId, QStringLiteral("wrong"));
    QTest::keyClick(child<QLineEdit>(m_panel, "apiSecretEdit"), Qt::Key_Return);
    QTRY_VERIFY(!m_panel->errorText().isEmpty());
    QVERIFY2(m_panel->errorText().contains(QLatin1String("The API Client ID or its secret is wrong")),
             qPrintable(m_panel->errorText()));
    QVERIFY(!m_panel->apiAuthPanel()->appToken().isValid());
    QCOMPARE(child<QLabel>(m_panel, "appTokenExpiryLabel")->property("state").toString(),
             QStringLiteral("none"));
    QCOMPARE(requestsTo("/v3/connections"), 0);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY(!finished.first().at(1).toString().contains(QLatin1String("wrong")));
}

void TestApiAuthPanel::refusedTokenMidway()
{
    // The server stops accepting the token (revoked, or its clock differs): it is not shown as live.
    m_panel->setUserId(UserId);
    typeCredentials();
    QTest::keyClick(child<QLineEdit>(m_panel, "apiSecretEdit"), Qt::Key_Return);
    QTRY_COMPARE(child<QTreeWidget>(m_panel, "connectionsTree")->topLevelItemCount(), 2);
    QTRY_VERIFY(!m_panel->isBusy());
    m_server->setResponseFor(
        "/v3/vehicles/v1/signals", 401, Json,
        R"({"type":"AUTHENTICATION","code":"INVALID_TOKEN","description":"expired","statusCode":401})");
    QTest::mouseClick(child<QPushButton>(m_panel, "readSignalsButton"), Qt::LeftButton);
    QTRY_VERIFY(!m_panel->errorText().isEmpty());
    QVERIFY(m_panel->errorText().contains(QLatin1String("application token was refused")));
    QVERIFY(child<QLineEdit>(m_panel, "appTokenEdit")->text().isEmpty());
    QCOMPARE(child<QLabel>(m_panel, "appTokenExpiryLabel")->property("state").toString(),
             QStringLiteral("none"));
}

void TestApiAuthPanel::suggestedCredentials()
{
    const QString note = QStringLiteral("The sandbox demo v3 app's documented API Client secret.");
    m_panel->setSuggestedApiCredentials(ApiClientId, ApiSecret, note);
    m_panel->setModel(ExchangePanel::Model::ApiAuthentication);
    QCOMPARE(child<QLineEdit>(m_panel, "apiClientIdEdit")->text(), ApiClientId);
    QCOMPARE(child<QLineEdit>(m_panel, "apiSecretEdit")->text(), ApiSecret);
    QTRY_VERIFY(child<QLabel>(m_panel, "apiSecretNoteLabel")->isVisible());
    QCOMPARE(child<QLabel>(m_panel, "apiSecretNoteLabel")->text(), note);
    // The per-vehicle secret is another field: untouched.
    QVERIFY(child<QLineEdit>(m_panel, "secretEdit")->text().isEmpty());

    // What the user typed is never replaced by a suggestion.
    auto *idEdit = child<QLineEdit>(m_panel, "apiClientIdEdit");
    idEdit->selectAll();
    QTest::keyClicks(idEdit, QStringLiteral("client_mine"));
    m_panel->setSuggestedApiCredentials(ApiClientId, ApiSecret, note);
    QCOMPARE(idEdit->text(), QStringLiteral("client_mine"));
    // Another target's app without v3 credentials takes only a suggestion back out.
    m_panel->setSuggestedApiCredentials({}, {}, {});
    QCOMPARE(idEdit->text(), QStringLiteral("client_mine"));
}

void TestApiAuthPanel::switchModelsByKeyboard()
{
    auto *perVehicle = child<QRadioButton>(m_panel, "perVehicleRadio");
    perVehicle->setFocus();
    QTest::keyClick(perVehicle, Qt::Key_Right); // arrows move between the two, as in any radio group
    QCOMPARE(m_panel->model(), ExchangePanel::Model::ApiAuthentication);
    QVERIFY(child<QLineEdit>(m_panel, "apiClientIdEdit")->isVisible());
    QTest::keyClick(child<QRadioButton>(m_panel, "apiAuthRadio"), Qt::Key_Left);
    QCOMPARE(m_panel->model(), ExchangePanel::Model::PerVehicle);
    QVERIFY(child<QLineEdit>(m_panel, "codeEdit")->isVisible());
}

void TestApiAuthPanel::reauthenticateVehicle()
{
    QSignalSpy reauth(m_panel, &ExchangePanel::reauthenticateRequested);
    m_panel->setUserId(UserId);
    typeCredentials();
    QTest::keyClick(child<QLineEdit>(m_panel, "apiSecretEdit"), Qt::Key_Return);
    auto *tree = child<QTreeWidget>(m_panel, "connectionsTree");
    QTRY_COMPARE(tree->topLevelItemCount(), 2);
    tree->setCurrentItem(tree->topLevelItem(1));
    QTest::mouseClick(child<QPushButton>(m_panel, "v3ReauthButton"), Qt::LeftButton);
    QCOMPARE(reauth.size(), 1);
    QCOMPARE(reauth.first().first().toString(), QStringLiteral("v2"));
}

// The whole way against an in-process sandbox: the demo v3 app's screens bring the user_id, the demo API
// Client ID and secret are suggested as the window does, Enter gets the token, a signal is read.
void TestApiAuthPanel::againstTheSandbox()
{
    connectlab::test::SandboxFixture sandbox;
    QVERIFY(sandbox.start());
    const auto flow = connectlab::test::SandboxFlow::obtainCode(
        sandbox.network(), connectlab::test::SandboxFlow::demoV3AuthorizeUrl(sandbox.baseUrl()),
        QStringLiteral("3-vehicles@smartcar.com"));
    QVERIFY2(!flow.userId.isEmpty(), qPrintable(flow.error));
    m_panel->setClock(sandbox.clock());
    m_panel->setTarget(sandbox.target(), QLatin1String(sandbox::SandboxConfig::DemoV3ApplicationId));
    m_panel->setSuggestedApiCredentials(QLatin1String(sandbox::SandboxConfig::DemoV3ApiClientId),
                                        QLatin1String(sandbox::SandboxConfig::DemoV3ApiClientSecret),
                                        QStringLiteral("documented demo secret"));
    m_panel->runStarted(1, QDateTime::currentDateTime());
    m_panel->runFinished(true, QStringLiteral("user_id received"));
    m_panel->setUserId(flow.userId);
    QTest::keyClick(child<QLineEdit>(m_panel, "apiSecretEdit"), Qt::Key_Return);
    auto *tree = child<QTreeWidget>(m_panel, "connectionsTree");
    QTRY_COMPARE(tree->topLevelItemCount(), 3);
    QTRY_VERIFY(!m_panel->isBusy());
    QVERIFY2(m_panel->errorText().isEmpty(), qPrintable(m_panel->errorText()));
    QTest::mouseClick(child<QPushButton>(m_panel, "readSignalsButton"), Qt::LeftButton);
    auto *signalsTree = child<QTreeWidget>(m_panel, "signalsTree");
    QTRY_VERIFY(signalsTree->topLevelItemCount() > 0);
    QVERIFY2(m_panel->errorText().isEmpty(), qPrintable(m_panel->errorText()));
    QStringList codes;
    for (int i = 0; i < signalsTree->topLevelItemCount(); ++i)
        codes << signalsTree->topLevelItem(i)->text(0);
    QVERIFY2(codes.contains(QStringLiteral("odometer-traveleddistance")), qPrintable(codes.join(u',')));
    QVERIFY(child<QLabel>(m_panel, "runLabel")->text().startsWith(QLatin1String("From run 1")));
    QCOMPARE(sandbox.requestsTo(QStringLiteral("/oauth2/token")), 1);
}

QTEST_MAIN(TestApiAuthPanel)
#include "tst_apiauthpanel.moc"
