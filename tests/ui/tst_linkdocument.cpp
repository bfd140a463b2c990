// LinkDocument: the target, the run settings, import as one undo step, settings in profiles.
#include "ConnectModel.h"
#include "LinkDocument.h"
#include "LinkImport.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace connectlab;
using Target = LinkDocument::Target;

class TestLinkDocument : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void targetSetsTheAddress()
    {
        LinkDocument doc;
        doc.setSandboxAddress(QStringLiteral("http://127.0.0.1:47813"));
        QCOMPARE(doc.model()->baseUrl(), QStringLiteral("http://127.0.0.1:47813"));
        QSignalSpy spy(&doc, &LinkDocument::targetChanged);
        doc.setTarget(Target::Connect);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(doc.model()->baseUrl(), QStringLiteral("https://connect.smartcar.com"));
        // The sandbox moving (its port was taken) does not touch a link aimed at Connect.
        doc.setSandboxAddress(QStringLiteral("http://127.0.0.1:50000"));
        QCOMPARE(doc.model()->baseUrl(), QStringLiteral("https://connect.smartcar.com"));
        doc.setTarget(Target::Sandbox);
        QCOMPARE(doc.model()->baseUrl(), QStringLiteral("http://127.0.0.1:50000"));
        QCOMPARE(doc.undoStack()->count(), 0); // choosing a target is not an edit of the link
    }

    void prepareRunDrawsAStateOnlyWhenAsked()
    {
        LinkDocument doc;
        doc.prepareRun();
        const QString first = doc.model()->state();
        QVERIFY(first.size() >= 22);
        doc.prepareRun();
        QVERIFY(doc.model()->state() != first);
        QCOMPARE(doc.undoStack()->count(), 0);
        doc.setNewStateEveryRun(false);
        const QString kept = doc.model()->state();
        doc.prepareRun();
        QCOMPARE(doc.model()->state(), kept);
    }

    // Importing switches the target to the link's, turns "new state every run" off; one undo brings all of
    // it back.
    void importIsOneUndoStep()
    {
        LinkDocument doc;
        doc.setSandboxAddress(QStringLiteral("http://127.0.0.1:47813"));
        doc.edit(QStringLiteral("id"), QString(), [&] { doc.model()->setClientId(QStringLiteral("mine")); });
        const LinkImport in =
            LinkImport::read(QStringLiteral("https://connect.smartcar.com/oauth/"
                                            "authorize?response_type=code&client_id=abc&state=s-123456789"));
        QVERIFY(in.isOk());
        const QStringList notes = doc.applyImport(in);
        QCOMPARE(doc.target(), Target::Connect);
        QVERIFY(!doc.newStateEveryRun());
        QCOMPARE(doc.model()->clientId(), QStringLiteral("abc"));
        QCOMPARE(doc.model()->state(), QStringLiteral("s-123456789"));
        QCOMPARE(notes.size(), 2); // the target, new state every run
        QCOMPARE(doc.undoStack()->count(), 2);
        doc.undoStack()->undo();
        QCOMPARE(doc.target(), Target::Sandbox);
        QVERIFY(doc.newStateEveryRun());
        QCOMPARE(doc.model()->clientId(), QStringLiteral("mine"));
        QCOMPARE(doc.model()->baseUrl(), QStringLiteral("http://127.0.0.1:47813"));
    }

    void settingsRoundTrip()
    {
        LinkDocument doc;
        doc.setTarget(Target::Connect);
        doc.setNewStateEveryRun(false);
        const QJsonObject settings = doc.settings();
        QCOMPARE(settings.value(QStringLiteral("target")).toString(), QStringLiteral("connect"));
        LinkDocument other;
        other.applySettings(settings);
        QCOMPARE(other.target(), Target::Connect);
        QVERIFY(!other.newStateEveryRun());
        QCOMPARE(other.undoStack()->count(), 0);
        other.applySettings({});
        QCOMPARE(other.target(), Target::Sandbox);
        QVERIFY(other.newStateEveryRun());
    }
};

QTEST_MAIN(TestLinkDocument)
#include "tst_linkdocument.moc"
