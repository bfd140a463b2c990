// CompareDialog, "Compare links…" (issue 13), driven through its widgets: the window's link on the left,
// another pasted on the right, the side-by-side table with each difference's sentence, the strict-order
// switch, swap; and the window's action that opens it.
#include "CompareDialog.h"
#include "ConnectModel.h"
#include "MainWindow.h"
#include "Theme.h"
#include "UiTestHelpers.h"
#include "WindowActions.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

using namespace connectlab;
using connectlab::testing::child;

namespace {

const QString Link = QStringLiteral(
    "https://connect.smartcar.com/oauth/authorize?response_type=code&client_id=ID&redirect_uri=https%3A%2F%2F"
    "example.com%2Fcb&scope=read_vin%20required%3Aread_odometer&state=S1&approval_prompt=auto&mode=live");

int rowOf(QTableWidget *table, const QString &parameter)
{
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, 0)->text() == parameter)
            return row;
    return -1;
}

} // namespace

class TestCompareDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void pasteAndCompare();
    void sameLinks();
    void strictOrderAndSwap();
    void notALink();
    void fromTheWindow();
};

void TestCompareDialog::pasteAndCompare()
{
    CompareDialog dialog(Link);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *left = child<QPlainTextEdit>(&dialog, "compareLeftEdit");
    auto *right = child<QPlainTextEdit>(&dialog, "compareRightEdit");
    QCOMPARE(left->toPlainText(), Link);
    auto *summary = child<QLabel>(&dialog, "compareSummaryLabel");
    QVERIFY(summary->text().contains(QStringLiteral("Paste a link")));

    // Another link, typed (the way a paste arrives), with another mode and no required: on read_odometer.
    const QString other = QString(Link)
                              .replace(QStringLiteral("mode=live"), QStringLiteral("mode=simulated"))
                              .replace(QStringLiteral("required%3A"), QString());
    right->setFocus();
    QTest::keyClicks(right, other);
    QCOMPARE(right->toPlainText(), other);
    QVERIFY(!dialog.diff().same());
    QCOMPARE(dialog.diff().differences().size(), 2);
    QVERIFY2(summary->text().contains(QStringLiteral("2 difference")), qPrintable(summary->text()));

    auto *table = child<QTableWidget>(&dialog, "compareTable");
    const int mode = rowOf(table, QStringLiteral("mode"));
    QVERIFY(mode >= 0);
    QCOMPARE(table->item(mode, 1)->text(), QStringLiteral("live"));
    QCOMPARE(table->item(mode, 2)->text(), QStringLiteral("simulated"));
    QVERIFY(table->item(mode, 3)->text().contains(QStringLiteral("simulated mode")));
    QCOMPARE(table->item(mode, 0)->background().color(), Theme::tint(Severity::Warning, dialog.palette()));
    const int scope = rowOf(table, QStringLiteral("scope"));
    QVERIFY(table->item(scope, 3)->text().contains(QStringLiteral("read_odometer is required on the left")));
    const int client = rowOf(table, QStringLiteral("client_id"));
    QVERIFY(table->item(client, 3)->text().isEmpty());
    QVERIFY(table->item(client, 0)->background() == QBrush());
    const QString out = qEnvironmentVariable("CONNECTLAB_COMPARE_SCREENSHOT");
    if (!out.isEmpty())
        QVERIFY(dialog.grab().save(out));
}

void TestCompareDialog::sameLinks()
{
    CompareDialog dialog(Link);
    dialog.show();
    const QString reordered = QStringLiteral(
        "https://connect.smartcar.com/oauth/authorize?mode=live&approval_prompt=auto&state=S1&scope=required:"
        "read_odometer+read_vin&redirect_uri=https://example.com/cb&client_id=ID&response_type=code");
    child<QPlainTextEdit>(&dialog, "compareRightEdit")->setFocus();
    QTest::keyClicks(child<QPlainTextEdit>(&dialog, "compareRightEdit"), reordered);
    QVERIFY(dialog.diff().same());
    QVERIFY(child<QLabel>(&dialog, "compareSummaryLabel")->text().contains(QStringLiteral("mean the same")));
    auto *notes = child<QLabel>(&dialog, "compareNotesLabel");
    QVERIFY(notes->isVisible());
    QVERIFY(notes->text().contains(QStringLiteral("another order")));
}

void TestCompareDialog::strictOrderAndSwap()
{
    CompareDialog dialog{QString()};
    dialog.show();
    const QString right = QString(Link).replace(QStringLiteral("read_vin%20required%3Aread_odometer"),
                                                QStringLiteral("required%3Aread_odometer%20read_vin"));
    dialog.setLinks(QStringLiteral("placeholder"), right);
    // "Use the current link" puts the window's link on the left; here there is none, so set it by hand.
    auto *left = child<QPlainTextEdit>(&dialog, "compareLeftEdit");
    left->selectAll();
    left->setFocus();
    QTest::keyClicks(left, Link);
    QVERIFY(dialog.diff().same());
    QSignalSpy compared(&dialog, &CompareDialog::compared);
    QTest::mouseClick(child<QCheckBox>(&dialog, "compareStrictOrderCheck"), Qt::LeftButton);
    QCOMPARE(compared.count(), 1);
    QVERIFY(!dialog.diff().same());
    QCOMPARE(dialog.diff().differences().constFirst().code, QStringLiteral("order-changed"));

    QTest::mouseClick(child<QPushButton>(&dialog, "compareSwapButton"), Qt::LeftButton);
    QCOMPARE(dialog.leftText(), right);
    QCOMPARE(dialog.rightText(), Link);
}

void TestCompareDialog::notALink()
{
    CompareDialog dialog(Link);
    dialog.show();
    QTest::keyClicks(child<QPlainTextEdit>(&dialog, "compareRightEdit"), QStringLiteral("just words"));
    QVERIFY(!dialog.diff().isOk());
    QVERIFY(child<QLabel>(&dialog, "compareSummaryLabel")->text().contains(QStringLiteral("right link")));
    QCOMPARE(child<QTableWidget>(&dialog, "compareTable")->rowCount(), 0);
}

void TestCompareDialog::fromTheWindow()
{
    MainWindow::Options options;
    options.restoreSession = false;
    options.persist = false;
    MainWindow w(options);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QAction *action = w.actions()->get(QStringLiteral("compareLinksAction"));
    QVERIFY(action->isEnabled());
    action->trigger();
    auto *dialog = w.findChild<CompareDialog *>(QStringLiteral("compareDialog"));
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->leftText(), w.model()->url());
    // "Use the current link" brings it back after an edit of the left side.
    auto *left = child<QPlainTextEdit>(dialog, "compareLeftEdit");
    left->clear();
    QTest::mouseClick(child<QPushButton>(dialog, "compareUseCurrentButton"), Qt::LeftButton);
    QCOMPARE(dialog->leftText(), w.model()->url());
    dialog->close();
    QTRY_VERIFY(!w.findChild<CompareDialog *>(QStringLiteral("compareDialog")));
}

QTEST_MAIN(TestCompareDialog)
#include "tst_comparedialog.moc"
