#include "DataLocation.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace connectlab;

class tst_DataLocation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // An installed app under any prefix finds PREFIX/share/connectlab/plans from PREFIX/bin.
    void besideTheExecutable_data()
    {
        QTest::addColumn<QString>("prefix");
        QTest::newRow("/usr") << QStringLiteral("usr");
        QTest::newRow("/opt/connectlab") << QStringLiteral("opt/connectlab");
        QTest::newRow("a build tree") << QStringLiteral("build");
    }

    void besideTheExecutable()
    {
        QFETCH(QString, prefix);
        QTemporaryDir root;
        QVERIFY(root.isValid());
        const QString bin = root.filePath(prefix + QStringLiteral("/bin"));
        const QString plans = root.filePath(prefix + QStringLiteral("/share/connectlab/plans"));
        QVERIFY(QDir().mkpath(bin) && QDir().mkpath(plans));
        const QStringList found = DataLocation::directories(QStringLiteral("plans"), bin);
        QVERIFY(!found.isEmpty());
        QCOMPARE(found.constFirst(), QFileInfo(plans).canonicalFilePath());
    }

    void environmentFirst()
    {
        QTemporaryDir root;
        const QString bin = root.filePath(QStringLiteral("usr/bin"));
        QVERIFY(QDir().mkpath(bin) &&
                QDir().mkpath(root.filePath(QStringLiteral("usr/share/connectlab/plans"))));
        QVERIFY(QDir().mkpath(root.filePath(QStringLiteral("mine/plans"))));
        qputenv("CONNECTLAB_DATA_DIR", root.filePath(QStringLiteral("mine")).toLocal8Bit());
        const QStringList found = DataLocation::directories(QStringLiteral("plans"), bin);
        qunsetenv("CONNECTLAB_DATA_DIR");
        QCOMPARE(found.size(), 2);
        QCOMPARE(found.at(0), QFileInfo(root.filePath(QStringLiteral("mine/plans"))).canonicalFilePath());
    }

    void missingFoldersAreLeftOut()
    {
        QTemporaryDir root;
        const QString bin = root.filePath(QStringLiteral("usr/bin"));
        QVERIFY(QDir().mkpath(bin));
        QVERIFY(DataLocation::directories(QStringLiteral("no-such-folder"), bin).isEmpty());
        QVERIFY(DataLocation::findFile(QStringLiteral("no-such-folder"), QStringLiteral("x.json")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_DataLocation)
#include "tst_datalocation.moc"
