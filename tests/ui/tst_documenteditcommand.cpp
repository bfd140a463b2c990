// DocumentEditCommand: undo and redo apply only what an edit changed; keystrokes in one field merge; the base
// URL follows the target, not the history.
#include "ConnectModel.h"
#include "DocumentEditCommand.h"
#include "LinkDocument.h"

#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace connectlab;

class TestDocumentEditCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void mergesSameFieldOnly()
    {
        LinkDocument doc;
        ConnectModel *model = doc.model();
        QUndoStack *stack = doc.undoStack();
        auto step = [&](const QString &key, const QString &state) {
            doc.edit(QStringLiteral("edit"), key, [&] { model->setState(state); });
        };
        step(QStringLiteral("state"), QStringLiteral("a"));
        step(QStringLiteral("state"), QStringLiteral("ab"));
        QCOMPARE(stack->count(), 1);
        step(QStringLiteral("other"), QStringLiteral("abc"));
        QCOMPARE(stack->count(), 2);
        step(QString(), QStringLiteral("abcd"));
        step(QString(), QStringLiteral("abcde"));
        QCOMPARE(stack->count(), 4); // no key: never merged
        stack->undo();
        stack->undo();
        stack->undo();
        QCOMPARE(model->state(), QStringLiteral("ab"));
        stack->undo();
        QCOMPARE(model->state(), QString());
        stack->redo();
        QCOMPARE(model->state(), QStringLiteral("ab"));
    }

    void anEditThatChangesNothingIsNoStep()
    {
        LinkDocument doc;
        doc.edit(QStringLiteral("edit"), QString(), [&] { doc.model()->setState(QString()); });
        QCOMPARE(doc.undoStack()->count(), 0);
    }

    void baseUrlFollowsTheTargetNotTheHistory()
    {
        LinkDocument doc;
        doc.setSandboxAddress(QStringLiteral("http://127.0.0.1:1234"));
        doc.edit(QStringLiteral("edit"), QString(), [&] { doc.model()->setClientId(QStringLiteral("x")); });
        doc.setSandboxAddress(QStringLiteral("http://127.0.0.1:4321"));
        doc.undoStack()->undo();
        QCOMPARE(doc.model()->clientId(), QString());
        QCOMPARE(doc.model()->baseUrl(), QStringLiteral("http://127.0.0.1:4321"));
    }

    // Undo restores what the edit changed, on top of the document as it is now: a state drawn for a run
    // (not an undo step) survives undoing an unrelated edit.
    void undoLeavesWhatTheEditDidNotTouch()
    {
        LinkDocument doc;
        doc.edit(QStringLiteral("client"), QString(),
                 [&] { doc.model()->setClientId(QStringLiteral("c1")); });
        doc.prepareRun(); // new state every run is on by default
        const QString runState = doc.model()->state();
        QVERIFY(!runState.isEmpty());
        QCOMPARE(doc.undoStack()->count(), 1);
        doc.undoStack()->undo();
        QCOMPARE(doc.model()->clientId(), QString());
        QCOMPARE(doc.model()->state(), runState);
        doc.undoStack()->redo();
        QCOMPARE(doc.model()->clientId(), QStringLiteral("c1"));
        QCOMPARE(doc.model()->state(), runState);
    }

    void settingsAreUndoneWithTheirEdit()
    {
        LinkDocument doc;
        QVERIFY(doc.newStateEveryRun());
        doc.setNewStateEveryRun(false);
        QVERIFY(!doc.newStateEveryRun());
        QCOMPARE(doc.undoStack()->count(), 1);
        doc.undoStack()->undo();
        QVERIFY(doc.newStateEveryRun());
    }
};

QTEST_MAIN(TestDocumentEditCommand)
#include "tst_documenteditcommand.moc"
