// SandboxPanel inside MainWindow (issue 4): registered apps edited in the window reach the running sandbox,
// "Use in the link" is an undoable edit, requests show up (masked), and typed secrets never reach a file.
#include "ConnectModel.h"
#include "ExchangePanel.h"
#include "MainWindow.h"
#include "ProfileStore.h"
#include "SandboxController.h"
#include "SandboxPanel.h"
#include "UiTestHelpers.h"
#include "sandbox/SandboxServer.h"

#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
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
};

QTEST_MAIN(TestSandboxPanel)
#include "tst_sandboxpanel.moc"
