#include "PlanTab.h"
#include "WebTestMain.h"

#include <QAbstractItemDelegate>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using connectlab::plantab::PlanTab;

namespace {
const QString demoLink = QStringLiteral(
    "http://127.0.0.1:8765/oauth/authorize?response_type=code&client_id=8229df9f-91a0-4ff0-a1ae-a1f38ee24d07"
    "&scope=read_vehicle_info%20read_odometer&state=st&mode=simulated");
} // namespace

// The Test plan tab driven like a user: cases added from the current link, cells typed into, Run all, a
// failed row's timeline and screenshot, save and open, a broken plan's line.
class TestPlanTab : public QObject
{
    Q_OBJECT
private:
    // Types into a cell's own editor, as a double-click would open it, and commits it.
    static void type(QTableWidget *table, int row, int column, const QString &text)
    {
        QTableWidgetItem *item = table->item(row, column);
        QVERIFY(item);
        table->setCurrentCell(row, column);
        table->openPersistentEditor(item);
        auto *editor = qobject_cast<QLineEdit *>(table->indexWidget(table->model()->index(row, column)));
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, text);
        Q_EMIT table->itemDelegate()->commitData(editor); // what Return does
        table->closePersistentEditor(item);
        QCOMPARE(item->text(), text);
    }

private Q_SLOTS:
    // A new tab says what to do and offers the shipped smoke plan (found through DataLocation, as an
    // installed app finds it); opened by keyboard, run, it shows the first case's details by itself.
    void emptyTabOffersTheExamplePlan()
    {
        PlanTab tab([] { return demoLink; });
        tab.resize(1000, 700);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        QPushButton *example = tab.openExampleButton();
        QVERIFY(example->isVisible());
        QVERIFY2(tab.message()->text().startsWith(QLatin1String("No test plan open.")),
                 qPrintable(tab.message()->text()));
        QCOMPARE(tab.table()->rowCount(), 0);

        example->setFocus();
        QTest::keyClick(example, Qt::Key_Space);
        QVERIFY2(tab.table()->rowCount() >= 10, qPrintable(tab.message()->text()));
        QVERIFY(!example->isVisible());
        QVERIFY(tab.message()->text().startsWith(QLatin1String("Opened ")));
        QVERIFY(tab.message()->text().contains(QLatin1String("smoke.json")));
        QCOMPARE(tab.table()->currentRow(), -1);
        QVERIFY(tab.detail()->toPlainText().isEmpty());

        tab.runAll();
        QTRY_VERIFY_WITH_TIMEOUT(!tab.isRunning(), 120000);
        QVERIFY2(tab.message()->text().contains(QLatin1String(" passed, 0 failed")),
                 qPrintable(tab.message()->text()));
        QCOMPARE(tab.table()->currentRow(), 0);
        QVERIFY(!tab.detail()->toPlainText().isEmpty());

        // The verdict column is the first one seen.
        QCOMPARE(tab.table()->horizontalHeader()->visualIndex(PlanTab::StatusColumn), 0);

        // Every case removed: the offer is back.
        auto *remove = tab.findChild<QPushButton *>(QStringLiteral("removeCase"));
        while (tab.table()->rowCount() > 0) {
            tab.table()->setCurrentCell(0, PlanTab::NameColumn);
            QTest::mouseClick(remove, Qt::LeftButton);
        }
        QVERIFY(example->isVisible());
        QVERIFY(tab.message()->text().startsWith(QLatin1String("No test plan open.")));
    }

    void driveTheTab()
    {
        QString link = demoLink;
        PlanTab tab([&link] { return link; });
        tab.resize(1000, 700);
        tab.show();
        auto *add = tab.findChild<QPushButton *>(QStringLiteral("addCurrentLink"));
        auto *runAll = tab.findChild<QPushButton *>(QStringLiteral("runAll"));
        QVERIFY(add && runAll);
        QTest::mouseClick(add, Qt::LeftButton);
        link = demoLink + QStringLiteral("&make=TESLA");
        QTest::mouseClick(add, Qt::LeftButton);
        QTest::mouseClick(add, Qt::LeftButton);
        QTableWidget *table = tab.table();
        QCOMPARE(table->rowCount(), 3);
        // The second and third: the current link's difference from the plan's base, by Connect name.
        QCOMPARE(table->item(1, PlanTab::OverridesColumn)->text(), QStringLiteral("make=TESLA"));

        type(table, 0, PlanTab::NameColumn, QStringLiteral("approve"));
        type(table, 1, PlanTab::NameColumn, QStringLiteral("no vehicles"));
        type(table, 1, PlanTab::LoginColumn, QStringLiteral("smartcar@no-vehicles.com"));
        type(table, 1, PlanTab::ExpectColumn, QStringLiteral("error no_vehicles"));
        type(table, 2, PlanTab::NameColumn, QStringLiteral("wrongly expects a code"));
        type(table, 2, PlanTab::LoginColumn, QStringLiteral("smartcar@invalid-subscription.com"));
        auto *click = qobject_cast<QComboBox *>(table->cellWidget(0, PlanTab::ClickColumn));
        QVERIFY(click);
        QCOMPARE(click->currentText(), QStringLiteral("approve"));

        QTest::mouseClick(runAll, Qt::LeftButton);
        QVERIFY(!runAll->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(tab.progressBar()->value(), 3, 60000);
        QTRY_VERIFY(runAll->isEnabled());
        QCOMPARE(table->item(0, PlanTab::StatusColumn)->text(), QStringLiteral("passed"));
        QCOMPARE(table->item(1, PlanTab::StatusColumn)->text(), QStringLiteral("passed"));
        QCOMPARE(table->item(2, PlanTab::StatusColumn)->text(), QStringLiteral("failed"));
        QVERIFY(tab.message()->text().startsWith(QLatin1String("2 passed, 1 failed")));

        table->setCurrentCell(2, PlanTab::NameColumn);
        QVERIFY2(tab.detail()->toPlainText().contains(
                     QLatin1String("Expected a code, got error invalid_subscription")),
                 qPrintable(tab.detail()->toPlainText()));
        QVERIFY(tab.detail()->toPlainText().contains(QLatin1String("callback")));
        QVERIFY(!tab.screenshot()->pixmap().isNull());
        table->setCurrentCell(0, PlanTab::NameColumn);
        QVERIFY(tab.screenshot()->pixmap().isNull()); // a passed case keeps no screenshot

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plan.json"));
        QVERIFY(tab.savePlan(path));
        QVERIFY(tab.saveJUnit(dir.filePath(QStringLiteral("junit.xml"))));
        QFile junit(dir.filePath(QStringLiteral("junit.xml")));
        QVERIFY(junit.open(QIODevice::ReadOnly));
        QVERIFY(junit.readAll().contains("<testsuites"));

        PlanTab reopened([] { return QString(); });
        QVERIFY(reopened.openPlan(path));
        QCOMPARE(reopened.table()->rowCount(), 3);
        QCOMPARE(reopened.table()->item(1, PlanTab::LoginColumn)->text(),
                 QStringLiteral("smartcar@no-vehicles.com"));
        QCOMPARE(reopened.table()->item(1, PlanTab::ExpectColumn)->text(),
                 QStringLiteral("error no_vehicles"));

        // A broken plan: the line and the reason; the table keeps its cases.
        QFile broken(dir.filePath(QStringLiteral("broken.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\"version\": 1, \"url\": \"http://127.0.0.1:1/oauth/authorize?client_id=x\",\n"
                     " \"cases\": [{\"name\": \"a\",\n   \"expect\": {\"outcome\": \"cod\"}}]}");
        broken.close();
        QVERIFY(!reopened.openPlan(broken.fileName()));
        QVERIFY2(reopened.message()->text().contains(QLatin1String("broken.json:3:")),
                 qPrintable(reopened.message()->text()));
        QCOMPARE(reopened.table()->rowCount(), 3);

        // A typo in a cell is refused at Run, saying what is wrong.
        type(reopened.table(), 0, PlanTab::ExpectColumn, QStringLiteral("cod"));
        reopened.runAll();
        QVERIFY2(reopened.message()->text().contains(QLatin1String("Did you mean \"code\"?")),
                 qPrintable(reopened.message()->text()));
    }
};

CONNECTLAB_WEBTEST_MAIN(TestPlanTab)
#include "tst_plantab.moc"
