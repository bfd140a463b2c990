// ProfileStore: named profiles in a folder, safe file names, session and history files kept apart.
#include "ProfileStore.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace connectlab;

class TestProfileStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void defaultFolderIsTheAppDataFolder()
    {
        QVERIFY(ProfileStore::defaultDirectory().startsWith(
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
        QVERIFY(ProfileStore::defaultDirectory().endsWith(QStringLiteral("/profiles")));
    }

    void fileNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("file");
        QTest::newRow("plain") << "Demo"
                               << "demo.json";
        QTest::newRow("spaces") << "My test app"
                                << "my-test-app.json";
        QTest::newRow("path tricks") << "../../etc/passwd"
                                     << "-etc-passwd.json";
        QTest::newRow("session") << "session"
                                 << "session-profile.json";
        QTest::newRow("empty") << "  "
                               << "profile.json";
    }

    void fileNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, file);
        ProfileStore store(QStringLiteral("/x"));
        QCOMPARE(store.pathFor(name), QStringLiteral("/x/") + file);
    }

    void saveListLoadRemove()
    {
        QTemporaryDir dir;
        ProfileStore store(dir.path());
        Profile p;
        p.name = QStringLiteral("Fleet app");
        p.request.clientId = QStringLiteral("abc");
        p.request.state = QStringLiteral("s1");
        QString error;
        QVERIFY2(store.save(p, &error), qPrintable(error));
        Profile session;
        session.name = QStringLiteral("session");
        QVERIFY(session.save(store.sessionPath(), &error));
        QCOMPARE(store.names(), QStringList({QStringLiteral("Fleet app")}));
        Profile back;
        QVERIFY(store.load(QStringLiteral("Fleet app"), &back, &error));
        QCOMPARE(back.request.clientId, QStringLiteral("abc"));
        QVERIFY(store.remove(QStringLiteral("Fleet app")));
        QVERIFY(store.names().isEmpty());
    }
};

QTEST_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
