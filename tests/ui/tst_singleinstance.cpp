// SingleInstance: one window per user. A second `connectlab connectlab://open?url=…` (the real binary) hands
// its link to the window in this process and exits 0; the window imports it with undo.
#include "Banner.h"
#include "ConnectLabLink.h"
#include "ConnectModel.h"
#include "MainWindow.h"
#include "SingleInstance.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <unistd.h>

using namespace connectlab;

namespace {
const QString Link = QStringLiteral(
    "https://connect.smartcar.com/oauth/authorize?response_type=code&client_id=4cf82729-4275-46d9-9255-"
    "8437ba777151&redirect_uri=https%3A%2F%2Fexample.com%2Fcb&scope=read_vin&mode=simulated");
} // namespace

class tst_SingleInstance : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        // A test-only socket: never a real Connect Lab window's.
        qputenv("CONNECTLAB_INSTANCE_NAME", m_dir.filePath(QStringLiteral("instance.socket")).toLocal8Bit());
    }

    void nameIsPerUserAndPrivateInTestMode()
    {
        const QByteArray saved = qgetenv("CONNECTLAB_INSTANCE_NAME");
        qunsetenv("CONNECTLAB_INSTANCE_NAME");
        const QString name = SingleInstance::serverName();
        qputenv("CONNECTLAB_INSTANCE_NAME", saved);
        QVERIFY2(name.contains(QString::number(::getuid())), qPrintable(name));
        QVERIFY2(name.contains(QLatin1String("-test")), qPrintable(name));
    }

    void onlyOneListens()
    {
        SingleInstance first;
        QVERIFY(first.listen());
        SingleInstance second;
        QVERIFY(!second.listen());
        QVERIFY(first.isListening());
    }

    void noneRunningMeansNoHandOver() { QVERIFY(!SingleInstance::handOver(Link, 500)); }

    void secondInstanceHandsOver_data()
    {
        QTest::addColumn<QString>("argument");
        QTest::newRow("connectlab:// link") << ConnectLabLink::build(Link);
        QTest::newRow("plain Connect link") << Link;
    }

    void secondInstanceHandsOver()
    {
        QFETCH(QString, argument);
        MainWindow window(MainWindow::Options{false, false});
        window.show();
        SingleInstance instance;
        QVERIFY(instance.listen());
        connect(&instance, &SingleInstance::linkReceived, &window, &MainWindow::openLink);
        const QString before = window.model()->url();
        const int undoBefore = window.undoStack()->index();

        QProcess second;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        // Should it open a window after all, it writes nothing of the user's.
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir.filePath(QStringLiteral("cache")));
        second.setProcessEnvironment(env);
        second.start(QStringLiteral(CONNECTLAB_APP_PATH), {argument});
        QVERIFY(second.waitForStarted());
        // This event loop answers the second instance while it waits.
        QTRY_VERIFY_WITH_TIMEOUT(second.state() == QProcess::NotRunning, 30000);
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
        QVERIFY2(second.exitCode() == 0, second.readAllStandardError().constData());

        QCOMPARE(window.model()->request().clientId, QStringLiteral("4cf82729-4275-46d9-9255-8437ba777151"));
        QCOMPARE(window.model()->request().mode, QStringLiteral("simulated"));
        QVERIFY(!window.banner()->text().isEmpty());
        // Nothing of the link before is lost: one undo brings it back.
        QVERIFY(window.undoStack()->index() > undoBefore);
        window.undoStack()->undo();
        QCOMPARE(window.model()->url(), before);
    }

    // Share → Copy as Connect Lab link puts a connectlab:// link on the clipboard that opens this very link.
    void copyAsConnectLabLink()
    {
        MainWindow window(MainWindow::Options{false, false});
        window.importText(Link);
        QAction *action = window.findChild<QAction *>(QStringLiteral("copyConnectLabLinkAction"));
        QVERIFY(action);
        action->trigger();
        const QString copied = QGuiApplication::clipboard()->text();
        QVERIFY2(copied.startsWith(QLatin1String("connectlab://open?url=")), qPrintable(copied));
        const ConnectLabLink::Parsed parsed = ConnectLabLink::parse(copied);
        QVERIFY(parsed.ok);
        QCOMPARE(parsed.link, window.model()->url());

        MainWindow other(MainWindow::Options{false, false});
        other.openLink(copied);
        QCOMPARE(other.model()->url(), window.model()->url());
    }

    void badLinkChangesNothing()
    {
        MainWindow window(MainWindow::Options{false, false});
        const QString before = window.model()->url();
        window.openLink(QStringLiteral("connectlab://open?url="));
        QCOMPARE(window.model()->url(), before);
        QVERIFY(!window.banner()->text().isEmpty());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(tst_SingleInstance)
#include "tst_singleinstance.moc"
