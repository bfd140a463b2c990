// From link to vehicles in the real window: the composer with the real flow panel, Run against the local
// sandbox (the test walks Connect's screens with ClickThrough inside the panel's page), the Tokens tab
// (the demo secret is filled in), Exchange, List vehicles, Re-authenticate one of them, and the composer's
// link is that vehicle's re-authentication link. Then, with HOME and the XDG folders in a temporary
// folder, no file the app (or Chromium) wrote there holds the secret, the code or a token.
#include "ClickThrough.h"
#include "ConnectModel.h"
#include "ExchangePanel.h"
#include "FindChild.h"
#include "FlowPage.h"
#include "FlowPanel.h"
#include "MainWindow.h"
#include "ProfileStore.h"
#include "SandboxServer.h"
#include "SecretScan.h"
#include "WebIntegration.h"

#include <QAction>
#include <QApplication>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUrlQuery>

using namespace connectlab;
using connectlab::sandbox::SandboxConfig;
using connectlab::test::child;
using connectlab::web::ClickThrough;
using connectlab::web::FlowPanel;

namespace {

QString folder(const char *name)
{
    return test::isolatedFolder(name);
}

// CONNECTLAB_E2E_SHOTS=DIR saves the window at each step, for the README and for a look.
void saveShot(QWidget *window, const char *name)
{
    const QString dir = qEnvironmentVariable("CONNECTLAB_E2E_SHOTS");
    if (!dir.isEmpty())
        window->grab().save(dir + u'/' + QLatin1StringView(name) + QStringLiteral(".png"));
}

void isolateHome()
{
    test::isolateHome();
    // The desktop's keychain is the user's: never reach the real session bus from a test.
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
}

} // namespace

class TestEndToEnd : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void linkToVehiclesThenNothingOnDisk();

private:
    // Every file under the temporary root holding one of `needles`: raw, percent-encoded or Base64.
    static QStringList filesContaining(const QList<QByteArray> &needles);
};

void TestEndToEnd::initTestCase()
{
    QVERIFY(QStandardPaths::isTestModeEnabled());
    QVERIFY(ProfileStore::defaultDirectory().startsWith(test::isolatedRoot()->path()));
    QVERIFY(QDir::tempPath().startsWith(folder("tmp")));
}

void TestEndToEnd::cleanupTestCase()
{
    delete test::isolatedRoot();
    test::isolatedRoot() = nullptr;
}

QStringList TestEndToEnd::filesContaining(const QList<QByteArray> &needles)
{
    return test::filesContaining(test::isolatedRoot()->path(), needles);
}

void TestEndToEnd::linkToVehiclesThenNothingOnDisk()
{
    const QString clientId = QString::fromLatin1(SandboxConfig::DemoClientId);
    const QString secret = QString::fromLatin1(SandboxConfig::DemoClientSecret);
    QList<QByteArray> needles{secret.toUtf8(), (clientId + u':' + secret).toUtf8()};
    QString vehicleId;
    {
        MainWindow w;
        w.setFlowRunnerFactory([](QWidget *parent) { return web::createFlowPanel(parent); });
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));

        // The sample link, on the window's own sandbox, with the grant screen forced.
        QVERIFY(w.sandboxServer() && w.sandboxServer()->isListening());
        QCOMPARE(w.model()->clientId(), clientId);
        w.model()->setApprovalPrompt(QStringLiteral("force"));
        QVERIFY(w.model()->url().contains(QStringLiteral("approval_prompt=force")));
        QVERIFY(w.model()->isValid());

        w.findChild<QAction *>(QStringLiteral("runAction"))->trigger();
        auto *panel = qobject_cast<FlowPanel *>(w.flowRunner());
        QVERIFY(panel);
        QVERIFY(panel->page());
        ClickThrough::install(panel->page(), ClickThrough::Decision::Approve,
                              QString::fromLatin1(ClickThrough::DefaultLogin));
        QTRY_VERIFY_WITH_TIMEOUT(panel->hasResult(), 20000);
        QVERIFY2(panel->result().outcome() == flow::CallbackResult::Outcome::Code,
                 qPrintable(panel->resultText()));
        const QString code = panel->result().code();
        QVERIFY(!code.isEmpty());
        saveShot(&w, "run");
        needles << code.toUtf8();

        // The Tokens tab: the code, the link's redirect URI, the sandbox and its demo secret.
        ExchangePanel *tokens = w.exchangePanel();
        QVERIFY(tokens);
        QCOMPARE(tokens->objectName(), QStringLiteral("exchangePanel"));
        auto *tabs = child<QTabWidget>(&w, "sideTabs");
        QVERIFY(tabs->indexOf(tokens) >= 0);
        tabs->setCurrentWidget(tokens);
        QCOMPARE(child<QLineEdit>(tokens, "codeEdit")->text(), code);
        QCOMPARE(child<QLineEdit>(tokens, "redirectUriEdit")->text(),
                 QString::fromLatin1(SandboxConfig::DemoRedirectUri));
        QCOMPARE(tokens->target(), ApiTarget::singleOrigin(w.sandboxServer()->baseUrl()));
        QCOMPARE(child<QLineEdit>(tokens, "secretEdit")->text(), secret);
        QVERIFY(child<QLabel>(tokens, "secretNoteLabel")->isVisible());

        QSignalSpy listed(tokens, &ExchangePanel::vehiclesListed);
        auto *exchange = child<QPushButton>(tokens, "exchangeButton");
        QVERIFY(exchange->isEnabled());
        QTest::mouseClick(exchange, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(tokens->tokens().isValid() || !tokens->errorText().isEmpty(), 10000);
        QVERIFY2(tokens->errorText().isEmpty(), qPrintable(tokens->errorText()));
        needles << tokens->tokens().accessToken.toUtf8() << tokens->tokens().refreshToken.toUtf8();

        // The panel lists the vehicles by itself after an exchange; List vehicles asks again.
        QTRY_COMPARE_WITH_TIMEOUT(listed.size(), 1, 10000);
        QTRY_VERIFY(!tokens->isBusy());
        auto *list = child<QPushButton>(tokens, "listVehiclesButton");
        QVERIFY(list->isEnabled());
        QTest::mouseClick(list, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(listed.size(), 2, 10000);
        auto *tree = child<QTreeWidget>(tokens, "vehiclesTree");
        QVERIFY(tree->topLevelItemCount() >= 1);
        QCOMPARE(tree->topLevelItemCount(), int(tokens->vehicles().size()));

        saveShot(&w, "tokens");

        // Pick the last vehicle and re-authenticate it.
        QTreeWidgetItem *picked = tree->topLevelItem(tree->topLevelItemCount() - 1);
        tree->setCurrentItem(picked);
        vehicleId = picked->text(0);
        QVERIFY(!vehicleId.isEmpty());
        auto *reauth = child<QPushButton>(tokens, "reauthButton");
        QVERIFY(reauth->isEnabled());
        QTest::mouseClick(reauth, Qt::LeftButton);

        const QUrl link(w.model()->url());
        QCOMPARE(link.path(), QStringLiteral("/oauth/reauthenticate"));
        QCOMPARE(link.port(), w.sandboxServer()->baseUrl().port());
        const QUrlQuery query(link);
        QCOMPARE(query.queryItemValue(QStringLiteral("response_type")), QStringLiteral("vehicle_id"));
        QCOMPARE(query.queryItemValue(QStringLiteral("vehicle_id")), vehicleId);
        QCOMPARE(query.queryItemValue(QStringLiteral("client_id")), clientId);

        // Closing writes the session and the history.
        QVERIFY(w.close());
        QVERIFY(QFile::exists(w.profiles()->sessionPath()));
        QVERIFY(QFile::exists(w.profiles()->historyPath()));
        QVERIFY(QFile(w.profiles()->sessionPath()).open(QIODevice::ReadOnly));
    }
    QTest::qWait(200); // let pages and profiles go (deleteLater)

    // The search works: a canary, written percent-encoded deep down, is found, and no longer once gone.
    const QByteArray canary =
        "canary/" + QByteArray::number(QRandomGenerator::system()->generate()) + "+=" + "end";
    const QString canaryPath = folder("data") + QStringLiteral("/deep/down/.canary");
    QVERIFY(QDir().mkpath(QFileInfo(canaryPath).path()));
    QFile file(canaryPath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("x" + QUrl::toPercentEncoding(QString::fromLatin1(canary)) + "y");
    file.close();
    QCOMPARE(filesContaining({canary}).size(), 1);
    QVERIFY(QFile::remove(canaryPath));
    QVERIFY(filesContaining({canary}).isEmpty());

    // The session holds the re-authentication link: the search reads the files the app wrote.
    QVERIFY(!filesContaining({vehicleId.toUtf8()}).isEmpty());

    for (const QByteArray &needle : std::as_const(needles))
        QVERIFY(needle.size() >= 8);
    const QStringList hits = filesContaining(needles);
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1String(", "))));
}

int main(int argc, char *argv[])
{
    isolateHome();
    QStandardPaths::setTestModeEnabled(true);
    web::registerUrlSchemes(QStringList{});
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("connectlab"));
    app.setAttribute(Qt::AA_Use96Dpi, true);
    TestEndToEnd test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_endtoend.moc"
