// SecretStore: what a keychain answer means for the user. The keychain itself is only touched by
// tst_exchangepanel's realKeychainAnswers (skipped inside a desktop session).
#include <SecretStore.h>

#include <QTest>

using namespace connectlab;

class TestSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keys();
    void meansNoKeychain_data();
    void meansNoKeychain();
    void messages_data();
    void messages();
};

void TestSecretStore::keys()
{
    QCOMPARE(SecretStore::serviceName(), QStringLiteral("Connect Lab"));
    QCOMPARE(SecretStore::keyFor(QStringLiteral("8229df9f")), QStringLiteral("client-secret/8229df9f"));
}

void TestSecretStore::meansNoKeychain_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("noKeychain");

    // What qtkeychain 0.13 passes on, seen on Debian 12 without a desktop session.
    QTest::newRow("no dbus-launch")
        << QStringLiteral(
               "Failed to execute child process \u201Cdbus-launch\u201D (No such file or directory)")
        << true;
    QTest::newRow("no X11 for autolaunch") << "Cannot autolaunch D-Bus without X11 $DISPLAY" << true;
    QTest::newRow("no Secret Service")
        << "The name org.freedesktop.secrets was not provided by any .service files" << true;
    QTest::newRow("no KWallet") << "Could not open wallet: kwalletd not running" << true;
    QTest::newRow("access denied") << "Access to keychain denied" << false;
    QTest::newRow("unknown") << "Unknown error" << false;
    QTest::newRow("empty") << "" << false;
}

void TestSecretStore::meansNoKeychain()
{
    QFETCH(QString, text);
    QFETCH(bool, noKeychain);
    QCOMPARE(SecretStore::meansNoKeychain(text), noKeychain);
}

void TestSecretStore::messages_data()
{
    QTest::addColumn<SecretStore::Status>("status");
    QTest::addColumn<int>("action");
    QTest::addColumn<QString>("message");

    using Status = SecretStore::Status;
    using Action = SecretStore::Action;
    QTest::newRow("loaded") << Status::Ok << int(Action::Read) << "Secret loaded from the keychain.";
    QTest::newRow("saved") << Status::Ok << int(Action::Write) << "Secret saved in the keychain.";
    QTest::newRow("removed") << Status::Ok << int(Action::Remove) << "Secret removed from the keychain.";
    QTest::newRow("not found") << Status::NotFound << int(Action::Read)
                               << "No secret is stored in the keychain for this client id.";
    // Plain words whatever the action; the keychain's own text goes to the tooltip.
    for (Action action : {Action::Read, Action::Write, Action::Remove})
        QTest::addRow("no keychain (%d)", int(action))
            << Status::Unavailable << int(action)
            << "No desktop keychain is running, so the secret is kept for this session only.";
    QTest::newRow("refused to save") << Status::Failed << int(Action::Write)
                                     << "The keychain would not save the secret, so it is kept for this "
                                        "session only.";
}

void TestSecretStore::messages()
{
    QFETCH(SecretStore::Status, status);
    QFETCH(int, action);
    QFETCH(QString, message);
    QCOMPARE(SecretStore::messageFor(status, SecretStore::Action(action)), message);
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
