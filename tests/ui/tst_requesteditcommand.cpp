// RequestEditCommand: undo/redo of a request snapshot; keystrokes in one field merge; the base URL stays.
#include "ConnectModel.h"
#include "RequestEditCommand.h"

#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace connectlab;

class TestRequestEditCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void mergesSameFieldOnly()
    {
        ConnectModel model;
        QUndoStack stack;
        auto step = [&](const QString &key, const QString &state) {
            const ConnectRequest before = model.request();
            model.setState(state);
            stack.push(new RequestEditCommand(&model, before, model.request(), QStringLiteral("edit"), key));
        };
        step(QStringLiteral("state"), QStringLiteral("a"));
        step(QStringLiteral("state"), QStringLiteral("ab"));
        QCOMPARE(stack.count(), 1);
        step(QStringLiteral("other"), QStringLiteral("abc"));
        QCOMPARE(stack.count(), 2);
        step(QString(), QStringLiteral("abcd"));
        step(QString(), QStringLiteral("abcde"));
        QCOMPARE(stack.count(), 4); // no key: never merged
        stack.undo();
        stack.undo();
        stack.undo();
        QCOMPARE(model.state(), QStringLiteral("ab"));
        stack.undo();
        QCOMPARE(model.state(), QString());
    }

    void baseUrlFollowsTheTargetNotTheHistory()
    {
        ConnectModel model;
        QUndoStack stack;
        const ConnectRequest before = model.request();
        model.setClientId(QStringLiteral("x"));
        stack.push(new RequestEditCommand(&model, before, model.request(), QStringLiteral("edit")));
        model.setBaseUrl(QStringLiteral("http://127.0.0.1:1234"));
        stack.undo();
        QCOMPARE(model.clientId(), QString());
        QCOMPARE(model.baseUrl(), QStringLiteral("http://127.0.0.1:1234"));
    }
};

QTEST_MAIN(TestRequestEditCommand)
#include "tst_requesteditcommand.moc"
