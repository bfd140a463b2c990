// SandboxPanel inside MainWindow (issue 4): registered apps edited in the window reach the running sandbox,
// "Use in the link" is an undoable edit, requests show up (masked), and typed secrets never reach a file.
#include "ConnectModel.h"
#include "ExchangePanel.h"
#include "MainWindow.h"
#include "ProfileStore.h"
#include "SandboxController.h"
#include "SandboxFaultsBox.h"
#include "SandboxFlow.h"
#include "SandboxPanel.h"
#include "SandboxWebhooksBox.h"
#include "UiTestHelpers.h"
#include "WebhookSignature.h"
#include "sandbox/SandboxServer.h"

#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUndoStack>

using namespace connectlab;
using connectlab::testing::child;

namespace {

const QString appId = QStringLiteral("qa-app-7f3e");
const QString appRedirect = QStringLiteral("http://localhost:9000/cb");
const QString typedSecret = QStringLiteral("typed-secret-Zq81xV");

int getStatus(const QUrl &url)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = nam.get(request);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !done.wait(5000))
        return -1;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status;
}

int rowOf(QTableWidget *table, const QString &clientId)
{
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, 1) && table->item(row, 1)->text() == clientId)
            return row;
    return -1;
}

// Adds the QA app through the Add… form, as a user would.
void addAppThroughTheDialog(SandboxPanel *panel)
{
    QTest::mouseClick(child<QPushButton>(panel, "sandboxAddButton"), Qt::LeftButton);
    QDialog *dialog = panel->appDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QLineEdit *secret = child<QLineEdit>(dialog, "sandboxAppSecretEdit");
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    child<QLineEdit>(dialog, "sandboxAppNameEdit")->setText(QStringLiteral("QA app"));
    QLineEdit *id = child<QLineEdit>(dialog, "sandboxAppClientIdEdit");
    id->selectAll();
    QTest::keyClicks(id, appId);
    QTest::keyClicks(secret, typedSecret);
    child<QPlainTextEdit>(dialog, "sandboxAppRedirectsEdit")->setPlainText(appRedirect);
    QTest::mouseClick(child<QPushButton>(dialog, "sandboxAppOkButton"), Qt::LeftButton);
    QTRY_VERIFY(!panel->appDialog());
}

// A webhook receiver that answers VERIFY right (with the demo v3 app's management token) and takes the rest.
class Receiver : public QTcpServer
{
public:
    QList<QByteArray> bodies;
    Receiver()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                    QByteArray buffer = socket->property("b").toByteArray() + socket->readAll();
                    socket->setProperty("b", buffer);
                    const qsizetype end = buffer.indexOf("\r\n\r\n");
                    const qsizetype length = buffer.toLower().indexOf("content-length:");
                    if (end < 0 || length < 0)
                        return;
                    const int size =
                        buffer.mid(length + 15, buffer.indexOf('\r', length) - length - 15).trimmed().toInt();
                    if (buffer.size() < end + 4 + size)
                        return;
                    const QByteArray body = buffer.mid(end + 4, size);
                    bodies.append(body);
                    const QString challenge = QJsonDocument::fromJson(body)
                                                  .object()
                                                  .value(QLatin1String("data"))
                                                  .toObject()
                                                  .value(QLatin1String("challenge"))
                                                  .toString();
                    const QByteArray answer = R"({"challenge":")" +
                                              WebhookSignature::challengeAnswer(
                                                  sandbox::SandboxConfig::DemoV3ManagementToken, challenge)
                                                  .toLatin1() +
                                              "\"}";
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                                  QByteArray::number(answer.size()) + "\r\nConnection: close\r\n\r\n" +
                                  answer);
                    socket->disconnectFromHost();
                });
            }
        });
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1/webhooks").arg(serverPort()); }
};

const QString v3Id = QString::fromLatin1(sandbox::SandboxConfig::DemoV3ApplicationId);

} // namespace

// The sandbox normally starts right after the first paint; asking for its server starts it at once.
static SandboxPanel *startedPanel(MainWindow &w)
{
    return w.sandboxServer() ? w.sandboxPanel() : nullptr;
}

class TestSandboxPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        QDir(ProfileStore::defaultDirectory()).removeRecursively();
        QDir(ProfileStore::defaultStateDirectory()).removeRecursively();
    }

    void theTabComesWithTheSandbox()
    {
        MainWindow w;
        // The sandbox starts right after the first paint (start-up waits for nothing), and its tab with it.
        QVERIFY(!w.sandbox()->isRunning());
        QVERIFY(!w.sandboxPanel());
        w.show();
        QTRY_VERIFY(w.sandboxPanel());
        QVERIFY(w.sandbox()->isRunning());
        SandboxPanel *panel = w.sandboxPanel();
        QCOMPARE(panel->objectName(), QStringLiteral("sandboxPanel"));
        QVERIFY(child<QTabWidget>(&w, "sideTabs")->indexOf(panel) >= 0);
        QVERIFY(child<QLabel>(panel, "sandboxAddress")
                    ->text()
                    .contains(w.sandboxServer()->baseUrl().toString(QUrl::StripTrailingSlash)));
        QTableWidget *apps = panel->appsTable();
        const QString demoId = QString::fromLatin1(sandbox::SandboxConfig::DemoClientId);
        const int demoRow = rowOf(apps, demoId);
        QVERIFY(demoRow >= 0);
        apps->selectRow(demoRow);
        QVERIFY(!child<QPushButton>(panel, "sandboxRemoveButton")->isEnabled()); // the demo app stays
        QVERIFY(!panel->removeApp(demoId));
        QVERIFY(w.sandboxServer()->config().app(demoId));
    }

    void addUseRemoveAnApp()
    {
        MainWindow w;
        w.show();
        SandboxPanel *panel = startedPanel(w);
        QVERIFY(panel);

        // Not registered yet: the sandbox refuses the link with its error page.
        ConnectRequest request = w.model()->request();
        request.clientId = appId;
        request.redirectUri = appRedirect;
        w.model()->setRequest(request);
        w.undoStack()->clear();
        QCOMPARE(getStatus(QUrl(w.model()->url())), 400);

        addAppThroughTheDialog(panel);
        if (QTest::currentTestFailed())
            return;
        const sandbox::RegisteredApp *app = w.sandboxServer()->config().app(appId);
        QVERIFY(app);
        QCOMPARE(app->clientSecret, typedSecret);
        QCOMPARE(app->redirectUris, QStringList{appRedirect});
        QCOMPARE(getStatus(QUrl(w.model()->url())), 200);

        // "Use in the link", from the demo app's link: undoable.
        w.loadSample();
        w.undoStack()->clear();
        const QString demoId = QString::fromLatin1(sandbox::SandboxConfig::DemoClientId);
        QCOMPARE(w.model()->clientId(), demoId);
        const int row = rowOf(panel->appsTable(), appId);
        QVERIFY(row >= 0);
        panel->appsTable()->selectRow(row);
        QTest::mouseClick(child<QPushButton>(panel, "sandboxUseButton"), Qt::LeftButton);
        QCOMPARE(w.model()->clientId(), appId);
        QCOMPARE(w.model()->redirectUri(), appRedirect);
        QCOMPARE(w.undoStack()->count(), 1);
        QCOMPARE(getStatus(QUrl(w.model()->url())), 200);
        w.undoStack()->undo();
        QCOMPARE(w.model()->clientId(), demoId);
        w.undoStack()->redo();
        QCOMPARE(w.model()->clientId(), appId);

        // The Tokens tab knows the secret typed for this app this session.
        ExchangePanel *tokens = w.showExchange();
        QCOMPARE(child<QLineEdit>(tokens, "secretEdit")->text(), typedSecret);
        QVERIFY(tokens->isSecretSuggested());

        // Removed: unknown client again.
        panel->appsTable()->selectRow(rowOf(panel->appsTable(), appId));
        QPushButton *remove = child<QPushButton>(panel, "sandboxRemoveButton");
        QVERIFY(remove->isEnabled());
        QTest::mouseClick(remove, Qt::LeftButton);
        QVERIFY(!w.sandboxServer()->config().app(appId));
        QCOMPARE(rowOf(panel->appsTable(), appId), -1);
        QCOMPARE(getStatus(QUrl(w.model()->url())), 400);
    }

    void badAppIsRefusedInTheDialog()
    {
        MainWindow w;
        SandboxPanel *panel = startedPanel(w);
        const int before = int(w.sandboxServer()->config().apps.size());
        QTest::mouseClick(child<QPushButton>(panel, "sandboxAddButton"), Qt::LeftButton);
        QDialog *dialog = panel->appDialog();
        QVERIFY(dialog);
        child<QLineEdit>(dialog, "sandboxAppClientIdEdit")
            ->setText(QString::fromLatin1(sandbox::SandboxConfig::DemoClientId)); // taken
        QTest::mouseClick(child<QPushButton>(dialog, "sandboxAppOkButton"), Qt::LeftButton);
        QVERIFY(panel->appDialog());
        QVERIFY(!child<QLabel>(dialog, "sandboxAppError")->isHidden());
        QCOMPARE(int(w.sandboxServer()->config().apps.size()), before);
        dialog->reject();
    }

    void requestsAreListedAndMasked()
    {
        MainWindow w;
        SandboxPanel *panel = startedPanel(w);
        QTableWidget *requests = panel->requestsTable();
        const int before = requests->rowCount();
        QCOMPARE(getStatus(QUrl(w.model()->url())), 200);
        QUrl probe = w.sandboxServer()->authorizeUrl();
        probe.setQuery(QStringLiteral("client_id=nobody&code=CODE123&client_secret=SEKRIT&access_token=AT9"));
        QCOMPARE(getStatus(probe), 400);
        QTRY_COMPARE(requests->rowCount(), before + 2);
        const int last = requests->rowCount() - 1;
        QCOMPARE(requests->item(last, 1)->text(), QStringLiteral("GET"));
        QCOMPARE(requests->item(last, 2)->text(), QStringLiteral("/oauth/authorize"));
        QCOMPARE(requests->item(last, 3)->text(), QStringLiteral("400"));
        const QString tip = requests->item(last, 2)->toolTip();
        QVERIFY2(tip.contains(QStringLiteral("client_id=nobody")), qPrintable(tip));
        QVERIFY2(!tip.contains(QStringLiteral("CODE123")) && !tip.contains(QStringLiteral("SEKRIT")) &&
                     !tip.contains(QStringLiteral("AT9")),
                 qPrintable(tip));
        QCOMPARE(requests->item(last - 1, 3)->text(), QStringLiteral("200"));

        QCOMPARE(SandboxPanel::maskedQuery(QStringLiteral("a=1&refresh_token=x&state=code=y")),
                 QStringLiteral("a=1&refresh_token=•••&state=code=y"));

        QTest::mouseClick(child<QPushButton>(panel, "sandboxClearRequestsButton"), Qt::LeftButton);
        QCOMPARE(requests->rowCount(), 0);
        QVERIFY(w.sandboxServer()->requests().isEmpty());
    }

    void typedSecretNeverReachesAFile()
    {
        {
            MainWindow w;
            w.show();
            addAppThroughTheDialog(startedPanel(w));
            if (QTest::currentTestFailed())
                return;
            w.sandboxPanel()->appsTable()->selectRow(rowOf(w.sandboxPanel()->appsTable(), appId));
            QTest::mouseClick(child<QPushButton>(w.sandboxPanel(), "sandboxUseButton"), Qt::LeftButton);
            w.saveProfile(QStringLiteral("with-qa-app"));
            w.close();
            QVERIFY(QFile::exists(w.profiles()->sessionPath()));
        }
        QFile session(ProfileStore(ProfileStore::defaultDirectory()).sessionPath());
        QVERIFY(session.open(QIODevice::ReadOnly));
        const QByteArray sessionText = session.readAll();
        QVERIFY(sessionText.contains(appId.toUtf8())); // the link is saved, with the app's client id
        QVERIFY(!sessionText.contains(typedSecret.toUtf8()));
        const QStringList roots = {ProfileStore::defaultDirectory(),
                                   QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
                                   QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation),
                                   QStandardPaths::writableLocation(QStandardPaths::CacheLocation)};
        int files = 0;
        for (const QString &root : roots) {
            QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                QVERIFY(f.open(QIODevice::ReadOnly));
                ++files;
                QVERIFY2(!f.readAll().contains(typedSecret.toUtf8()), qPrintable(f.fileName()));
            }
        }
        QVERIFY(files >= 2); // the session and the profile at least
    }

    // At the window's default size the apps table shows every column without a horizontal scroll bar.
    // CONNECTLAB_SANDBOX_SCREENSHOT=/path.png also saves a picture of the tab and of the app form.
    void fitsTheWindow()
    {
        MainWindow w;
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.sandboxServer());
        getStatus(QUrl(w.model()->url()));
        QUrl probe = w.sandboxServer()->authorizeUrl();
        probe.setQuery(QStringLiteral("client_id=nobody"));
        getStatus(probe);
        auto *tabs = child<QTabWidget>(&w, "sideTabs");
        tabs->setCurrentWidget(w.sandboxPanel());
        auto *apps = child<QTableView>(w.sandboxPanel(), "sandboxAppsTable");
        QTRY_VERIFY(apps->isVisible());
        QVERIFY(!apps->horizontalScrollBar()->isVisible());
        auto *requests = child<QTableView>(w.sandboxPanel(), "sandboxRequestsTable");
        QTRY_VERIFY(requests->model()->rowCount() >= 2);
        const QString out = qEnvironmentVariable("CONNECTLAB_SANDBOX_SCREENSHOT");
        if (!out.isEmpty()) {
            QVERIFY(w.grab().save(out));
            QTest::mouseClick(child<QPushButton>(w.sandboxPanel(), "sandboxEditButton"), Qt::LeftButton);
            QTest::qWait(100);
            QVERIFY(w.sandboxPanel()->appDialog()->grab().save(out + QStringLiteral(".dialog.png")));
        }
    }
    // The Webhooks section, on a panel of its own (no window): type the URL, send a verify, see it listed.
    void webhookVerifiedAndListed()
    {
        sandbox::SandboxServer server;
        QVERIFY(server.listen());
        Receiver receiver;
        QVERIFY(receiver.listen(QHostAddress::LocalHost, 0));
        SandboxPanel panel(&server);
        panel.resize(900, 900);
        panel.show();
        panel.appsTable()->selectRow(rowOf(panel.appsTable(), v3Id));
        QCOMPARE(panel.webhooksBox()->app(), v3Id);
        QPushButton *verify = child<QPushButton>(&panel, "sandboxWebhookVerifyButton");
        QVERIFY(!verify->isEnabled()); // no URL yet

        QLineEdit *url = child<QLineEdit>(&panel, "sandboxWebhookUrlEdit");
        QTest::keyClicks(url, receiver.url());
        QTest::keyClick(url, Qt::Key_Return);
        QCOMPARE(server.config().app(v3Id)->webhookUrl, receiver.url());
        QVERIFY(verify->isEnabled());
        QTest::mouseClick(verify, Qt::LeftButton);

        QTableWidget *deliveries = child<QTableWidget>(&panel, "sandboxWebhookDeliveriesTable");
        QTRY_COMPARE(deliveries->rowCount(), 1);
        QCOMPARE(deliveries->item(0, 1)->text(), QStringLiteral("VERIFY"));
        QCOMPARE(deliveries->item(0, 2)->text(), QStringLiteral("200"));
        QVERIFY2(deliveries->item(0, 3)->text().startsWith(QStringLiteral("verified")),
                 qPrintable(deliveries->item(0, 3)->text()));
        QCOMPARE(receiver.bodies.size(), 1);
    }

    void webhookElsewhereRefused()
    {
        sandbox::SandboxServer server;
        QVERIFY(server.listen());
        SandboxPanel panel(&server);
        panel.show();
        panel.appsTable()->selectRow(rowOf(panel.appsTable(), v3Id));
        QLineEdit *url = child<QLineEdit>(&panel, "sandboxWebhookUrlEdit");
        QTest::keyClicks(url, QStringLiteral("https://myapp.example.com/webhooks"));
        QTest::mouseClick(child<QPushButton>(&panel, "sandboxWebhookSetButton"), Qt::LeftButton);
        QLabel *error = child<QLabel>(&panel, "sandboxWebhookError");
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("only to this machine")), qPrintable(error->text()));
        QVERIFY(server.config().app(v3Id)->webhookUrl.isEmpty());
        QCOMPARE(url->text(), QStringLiteral("https://myapp.example.com/webhooks")); // the typing is kept
        QTest::keyClick(url, Qt::Key_Backspace);
        QVERIFY(!error->isVisible()); // editing clears it
    }

    void vehicleStateAfterAConnectionThenAVehicleError()
    {
        sandbox::SandboxServer server;
        QVERIFY(server.listen());
        Receiver receiver;
        QVERIFY(receiver.listen(QHostAddress::LocalHost, 0));
        SandboxPanel panel(&server);
        panel.resize(900, 900);
        panel.show();
        panel.appsTable()->selectRow(rowOf(panel.appsTable(), v3Id));
        QTest::keyClicks(child<QLineEdit>(&panel, "sandboxWebhookUrlEdit"), receiver.url());
        QTest::mouseClick(child<QPushButton>(&panel, "sandboxWebhookSetButton"), Qt::LeftButton);
        QComboBox *vehicles = child<QComboBox>(&panel, "sandboxWebhookVehicleCombo");
        QCOMPARE(vehicles->count(), 0);

        // A connection through the sandbox's screens, for the v3 demo app.
        QUrl link = test::SandboxFlow::demoAuthorizeUrl(server.baseUrl());
        QUrlQuery query(link);
        query.removeAllQueryItems(QStringLiteral("client_id"));
        query.addQueryItem(QStringLiteral("client_id"), v3Id);
        link.setQuery(query);
        QNetworkAccessManager nam;
        test::SandboxFlow::obtainCode(nam, link); // v3: the redirect may carry user_id only

        QTableWidget *deliveries = child<QTableWidget>(&panel, "sandboxWebhookDeliveriesTable");
        QTRY_COMPARE(deliveries->rowCount(), 1);
        QCOMPARE(deliveries->item(0, 1)->text(), QStringLiteral("VEHICLE_STATE"));
        QCOMPARE(deliveries->item(0, 2)->text(), QStringLiteral("200"));
        QCOMPARE(deliveries->item(0, 3)->text(), QStringLiteral("delivered: HTTP 200"));
        QCOMPARE(vehicles->count(), 1);
        QPushButton *vehicleError = child<QPushButton>(&panel, "sandboxWebhookVehicleErrorButton");
        QVERIFY(vehicleError->isEnabled());
        QVERIFY(vehicleError->isVisible());
        QCOMPARE(vehicles->currentText(), server.connectedVehicles(v3Id).constFirst());
        QTest::mouseClick(vehicleError, Qt::LeftButton);
        QTRY_COMPARE(deliveries->rowCount(), 2);
        QCOMPARE(deliveries->item(1, 1)->text(), QStringLiteral("VEHICLE_ERROR"));
        QVERIFY(receiver.bodies.constLast().contains("REAUTHENTICATE"));
    }

    void faultsFromTheControls()
    {
        sandbox::SandboxServer server;
        QVERIFY(server.listen());
        SandboxPanel panel(&server);
        panel.resize(900, 900);
        panel.show();
        QTabWidget *tools = child<QTabWidget>(&panel, "sandboxToolTabs");
        QCOMPARE(tools->currentWidget(), panel.webhooksBox());
        QTest::keyClick(tools->tabBar(), Qt::Key_Right); // to the Faults tab, from the keyboard
        QCOMPARE(tools->currentWidget(), panel.faultsBox());
        QLineEdit *latencyPath = child<QLineEdit>(&panel, "sandboxFaultLatencyPath");
        QSpinBox *latencyMs = child<QSpinBox>(&panel, "sandboxFaultLatencyMs");
        QLabel *error = child<QLabel>(&panel, "sandboxFaultsError");
        QLabel *inForce = child<QLabel>(&panel, "sandboxFaultsInForce");
        QVERIFY(inForce->text().startsWith(QStringLiteral("No faults")));

        // A path without its slash: the rule's own words, nothing applied.
        QTest::keyClicks(latencyPath, QStringLiteral("oauth/token"));
        latencyMs->selectAll();
        QTest::keyClicks(latencyMs, QStringLiteral("800"));
        QTest::mouseClick(child<QPushButton>(&panel, "sandboxFaultsApplyButton"), Qt::LeftButton);
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().startsWith(QStringLiteral("faults.latency[0].path must start with /")),
                 qPrintable(error->text()));
        QVERIFY(server.faults().isEmpty());

        latencyPath->selectAll();
        QTest::keyClicks(latencyPath, QStringLiteral("/oauth/token"));
        QTest::keyClicks(child<QLineEdit>(&panel, "sandboxFaultStatusPath"), QStringLiteral("/v3/vehicles"));
        QComboBox *status = child<QComboBox>(&panel, "sandboxFaultStatusCombo");
        status->setCurrentIndex(status->findData(503));
        QSpinBox *times = child<QSpinBox>(&panel, "sandboxFaultStatusTimes");
        times->selectAll();
        QTest::keyClicks(times, QStringLiteral("2"));
        QComboBox *redirect = child<QComboBox>(&panel, "sandboxFaultRedirectCombo");
        redirect->setCurrentIndex(redirect->findData(QStringLiteral("never")));
        QTest::keyClick(latencyPath, Qt::Key_Return);
        QVERIFY(!error->isVisible());

        sandbox::SandboxFaults expected;
        expected.latency = {{QStringLiteral("/oauth/token"), 800}};
        expected.status = {{QStringLiteral("/v3/vehicles"), 503, 2}};
        expected.redirect = sandbox::SandboxFaults::Redirect::Never;
        QCOMPARE(server.faults(), expected);
        QVERIFY2(inForce->text().contains(QStringLiteral("503")), qPrintable(inForce->text()));
        // A request uses one of the two: the line follows.
        QCOMPARE(getStatus(QUrl(server.baseUrl().toString() + QStringLiteral("/v3/vehicles/x"))), 503);
        QTRY_VERIFY(inForce->text().contains(QStringLiteral("&quot;times&quot;:1")) ||
                    inForce->text().contains(QStringLiteral("\"times\":1")));

        QTest::mouseClick(child<QPushButton>(&panel, "sandboxFaultsClearButton"), Qt::LeftButton);
        QVERIFY(server.faults().isEmpty());
        QVERIFY(inForce->text().startsWith(QStringLiteral("No faults")));
        QVERIFY(latencyPath->text().isEmpty());
    }
};

QTEST_MAIN(TestSandboxPanel)
#include "tst_sandboxpanel.moc"
