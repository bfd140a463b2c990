// SecretInput: the client secret field, the suggested sandbox secret, and the keychain (asked lazily,
// saved only after the secret worked, explained in plain words).
#include "FakeSecretStore.h"
#include "FindChild.h"

#include <SecretInput.h>

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace connectlab;
using connectlab::test::child;
using connectlab::test::FakeSecretStore;

namespace {

const QString App = QStringLiteral("8229df9f-91a0-4ff0-a1ae-a1f38ee24d07");

} // namespace

class TestSecretInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void masked();
    void suggestedSecret();
    void keychainIsAskedWhenShown();
    void defaultStoreIsCreatedOnFirstNeed();
    void secretFromTheKeychain();
    void rememberSavesOnlyASecretThatWorked();
    void publicSecretIsNeverSaved();
    void keychainUnavailable();
    void keychainRefusesToSave();
    void keychainOff();
    void answersForAnotherAppAreIgnored();

private:
    void showInput();
    QLineEdit *edit() const { return child<QLineEdit>(m_input, "secretEdit"); }
    QCheckBox *remember() const { return child<QCheckBox>(m_input, "rememberCheck"); }
    QLabel *keychainNote() const { return child<QLabel>(m_input, "keychainLabel"); }

    SecretInput *m_input = nullptr;
    FakeSecretStore *m_store = nullptr;
};

void TestSecretInput::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSecretInput::init()
{
    m_store = new FakeSecretStore(this);
    m_input = new SecretInput;
    m_input->setSecretStore(m_store);
}

void TestSecretInput::cleanup()
{
    delete m_input;
    m_input = nullptr;
    delete m_store;
    m_store = nullptr;
}

void TestSecretInput::showInput()
{
    m_input->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_input));
}

void TestSecretInput::masked()
{
    QCOMPARE(edit()->echoMode(), QLineEdit::Password);
    QVERIFY(edit()->text().isEmpty());
    QSignalSpy changed(m_input, &SecretInput::secretChanged);
    QSignalSpy returned(m_input, &SecretInput::returnPressed);
    showInput();
    QTest::keyClicks(edit(), QStringLiteral("s3cret"));
    QCOMPARE(m_input->secret(), QStringLiteral("s3cret"));
    QCOMPARE(changed.size(), 6);
    QTest::keyClick(edit(), Qt::Key_Return);
    QCOMPARE(returned.size(), 1);
}

void TestSecretInput::suggestedSecret()
{
    showInput();
    auto *note = child<QLabel>(m_input, "secretNoteLabel");
    QVERIFY(!note->isVisible());

    m_input->setSuggestedSecret(QStringLiteral("sandbox-demo-secret"),
                                QStringLiteral("The demo app's secret."));
    QCOMPARE(m_input->secret(), QStringLiteral("sandbox-demo-secret"));
    QVERIFY(m_input->isSecretSuggested());
    QVERIFY(note->isVisible());
    QCOMPARE(note->text(), QStringLiteral("The demo app's secret."));

    // Taken back out.
    m_input->setSuggestedSecret(QString(), QString());
    QVERIFY(m_input->secret().isEmpty());
    QVERIFY(!note->isVisible());

    // A secret the user typed stays, and no note claims it.
    QTest::keyClicks(edit(), QStringLiteral("typed"));
    m_input->setSuggestedSecret(QStringLiteral("sandbox-demo-secret"), QStringLiteral("note"));
    QCOMPARE(m_input->secret(), QStringLiteral("typed"));
    QVERIFY(!m_input->isSecretSuggested());
    QVERIFY(!note->isVisible());
}

void TestSecretInput::keychainIsAskedWhenShown()
{
    // Hidden (the Tokens tab not looked at yet): nothing asks the keychain, however long it waits.
    m_input->setClientId(QStringLiteral("8"));
    m_input->setClientId(QStringLiteral("82"));
    m_input->setClientId(App);
    QTest::qWait(600);
    QCOMPARE(m_store->reads, 0);

    // Shown: one read, once the client id has settled.
    showInput();
    QTRY_COMPARE(m_store->reads, 1);
    QTest::qWait(500);
    QCOMPARE(m_store->reads, 1);

    // Typing a client id: one read for the last one.
    m_input->setClientId(QStringLiteral("a"));
    m_input->setClientId(QStringLiteral("ab"));
    m_input->setClientId(QStringLiteral("abc"));
    QTRY_COMPARE(m_store->reads, 2);
    QTest::qWait(500);
    QCOMPARE(m_store->reads, 2);

    // No client id, no read.
    m_input->setClientId(QString());
    QTest::qWait(500);
    QCOMPARE(m_store->reads, 2);
}

void TestSecretInput::defaultStoreIsCreatedOnFirstNeed()
{
    // Without setSecretStore the input makes its own qtkeychain store, but only when it needs one: a
    // hidden input with a client id and a secret has none (no D-Bus work at start-up).
    SecretInput input;
    input.setClientId(App);
    input.setSuggestedSecret(QStringLiteral("public"), QStringLiteral("note"));
    QTest::qWait(600);
    QVERIFY(input.findChildren<SecretStore *>().isEmpty());
    QVERIFY(child<QCheckBox>(&input, "rememberCheck")->isEnabled());
    // Choosing "no keychain" then keeps it that way.
    input.setSecretStore(nullptr);
    QVERIFY(!child<QCheckBox>(&input, "rememberCheck")->isEnabled());
    input.show();
    QVERIFY(QTest::qWaitForWindowExposed(&input));
    QTest::qWait(600);
    QVERIFY(input.findChildren<SecretStore *>().isEmpty());
}

void TestSecretInput::secretFromTheKeychain()
{
    m_store->secrets.insert(App, QStringLiteral("kept"));
    showInput();
    m_input->setClientId(App);
    QTRY_COMPARE(m_input->secret(), QStringLiteral("kept"));
    QVERIFY(remember()->isChecked());
    QCOMPARE(keychainNote()->text(), QStringLiteral("Secret loaded from the keychain."));
    QVERIFY(keychainNote()->toolTip().isEmpty());

    // Another app: the field and the tick go, and its own secret is looked up (none).
    m_input->setClientId(QStringLiteral("other"));
    QVERIFY(m_input->secret().isEmpty());
    QVERIFY(!remember()->isChecked());
    QTRY_COMPARE(m_store->reads, 2);
    QTest::qWait(50);
    QVERIFY(m_input->secret().isEmpty());
    QVERIFY(keychainNote()->text().isEmpty());

    // A secret typed before the answer arrives is not overwritten.
    m_input->setClientId(App);
    QTest::keyClicks(edit(), QStringLiteral("mine"));
    QTRY_COMPARE(m_store->reads, 3);
    QTRY_VERIFY(remember()->isChecked());
    QCOMPARE(m_input->secret(), QStringLiteral("mine"));
}

void TestSecretInput::rememberSavesOnlyASecretThatWorked()
{
    showInput();
    m_input->setClientId(App);
    QTRY_COMPARE(m_store->reads, 1);
    QTest::keyClicks(edit(), QStringLiteral("typed-secret"));

    remember()->click(); // as a user would (emits clicked)
    QVERIFY(remember()->isChecked());
    QCOMPARE(keychainNote()->text(),
             QStringLiteral("The secret will be saved in the keychain after an exchange that works."));
    QTest::qWait(20);
    QCOMPARE(m_store->writes, 0);

    m_input->secretWorked();
    QTRY_COMPARE(m_store->secrets.value(App), QStringLiteral("typed-secret"));
    QCOMPARE(keychainNote()->text(), QStringLiteral("Secret saved in the keychain."));

    // Unticking removes it; unticking again finds nothing.
    remember()->click();
    QTRY_VERIFY(!m_store->secrets.contains(App));
    QTRY_COMPARE(keychainNote()->text(), QStringLiteral("Secret removed from the keychain."));
    remember()->click(); // ticked: the secret worked, so it is saved at once
    QTRY_COMPARE(m_store->secrets.value(App), QStringLiteral("typed-secret"));

    // An edited secret has not worked yet: ticking waits for the next exchange.
    remember()->click();
    QTRY_VERIFY(!m_store->secrets.contains(App));
    QTest::keyClicks(edit(), QStringLiteral("-edited"));
    const int writes = m_store->writes;
    remember()->click();
    QTest::qWait(20);
    QCOMPARE(m_store->writes, writes);
    QCOMPARE(keychainNote()->text(),
             QStringLiteral("The secret will be saved in the keychain after an exchange that works."));
}

void TestSecretInput::publicSecretIsNeverSaved()
{
    showInput();
    m_input->setClientId(App);
    QTRY_COMPARE(m_store->reads, 1);
    m_input->setSuggestedSecret(QStringLiteral("sandbox-demo-secret"), QStringLiteral("public"));
    remember()->click();
    QCOMPARE(keychainNote()->text(),
             QStringLiteral("This secret is public: there is nothing to keep in the keychain."));
    m_input->secretWorked();
    QTest::qWait(20);
    QCOMPARE(m_store->writes, 0);
    QVERIFY(m_store->secrets.isEmpty());
}

void TestSecretInput::keychainUnavailable()
{
    m_store->available = false;
    showInput();
    m_input->setClientId(App);
    QTRY_VERIFY(!remember()->isEnabled());
    QVERIFY(!remember()->isChecked());
    // Plain words in the note; the keychain's own text ("… dbus-launch …") only in the tooltip.
    QCOMPARE(keychainNote()->text(),
             QStringLiteral("No desktop keychain is running, so the secret is kept for this session only."));
    QCOMPARE(keychainNote()->toolTip(),
             QStringLiteral("The keychain said: ") + FakeSecretStore::noDbusText());

    // The keychain starts (the user logged in to a desktop session): the next app's look-up finds it.
    m_store->available = true;
    m_input->setClientId(QStringLiteral("other"));
    QTRY_COMPARE(m_store->reads, 2);
    QTest::qWait(20);
    QVERIFY(remember()->isEnabled());
    QVERIFY(keychainNote()->text().isEmpty());
    QVERIFY(keychainNote()->toolTip().isEmpty());
}

void TestSecretInput::keychainRefusesToSave()
{
    m_store->refuseWrites = true;
    showInput();
    m_input->setClientId(App);
    QTRY_COMPARE(m_store->reads, 1);
    QTest::keyClicks(edit(), QStringLiteral("secret"));
    remember()->click();
    m_input->secretWorked();
    QTRY_VERIFY(!remember()->isChecked());
    QVERIFY(remember()->isEnabled()); // the keychain is there; the user may try again
    QCOMPARE(keychainNote()->text(),
             QStringLiteral("The keychain would not save the secret, so it is kept for this session only."));
    QVERIFY(keychainNote()->toolTip().contains(QLatin1String("Access to keychain denied")));
    QVERIFY(m_store->secrets.isEmpty());
}

void TestSecretInput::keychainOff()
{
    showInput();
    m_input->setSecretStore(nullptr);
    QVERIFY(!remember()->isEnabled());
    QCOMPARE(keychainNote()->text(),
             QStringLiteral("Keychain off: the secret is kept for this session only."));
    m_input->setClientId(App);
    QTest::qWait(500);
    QCOMPARE(m_store->reads, 0);
    QCOMPARE(keychainNote()->text(),
             QStringLiteral("Keychain off: the secret is kept for this session only."));
    QTest::keyClicks(edit(), QStringLiteral("secret"));
    m_input->secretWorked();
    QTest::qWait(20);
    QCOMPARE(m_store->writes, 0);

    // A keychain again: the current app is looked up.
    m_input->setSecretStore(m_store);
    QVERIFY(remember()->isEnabled());
    QVERIFY(keychainNote()->text().isEmpty());
    QTRY_COMPARE(m_store->reads, 1);
}

void TestSecretInput::answersForAnotherAppAreIgnored()
{
    showInput();
    m_input->setClientId(App);
    QTRY_COMPARE(m_store->reads, 1);
    Q_EMIT m_store->readFinished(QStringLiteral("someone-else"), QStringLiteral("theirs"),
                                 SecretStore::Status::Ok, QStringLiteral("Loaded."), {});
    Q_EMIT m_store->writeFinished(QStringLiteral("someone-else"), SecretStore::Status::Unavailable,
                                  QStringLiteral("No keychain."), {});
    QVERIFY(m_input->secret().isEmpty());
    QVERIFY(!remember()->isChecked());
    QVERIFY(remember()->isEnabled());
    QVERIFY(keychainNote()->text().isEmpty());
}

QTEST_MAIN(TestSecretInput)
#include "tst_secretinput.moc"
