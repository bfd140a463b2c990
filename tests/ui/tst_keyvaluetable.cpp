// KeyValueTable: rows in and out, user edits signal, programmatic ones do not.
#include "KeyValueTable.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

using namespace connectlab;

class TestKeyValueTable : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void rowsRoundTripWithoutSignals()
    {
        KeyValueTable t(QStringLiteral("Name"), QStringLiteral("Value"));
        QSignalSpy edited(&t, &KeyValueTable::rowsEdited);
        const QList<KeyValueTable::Row> rows = {{QStringLiteral("external_id"), QStringLiteral("x")},
                                                {QStringLiteral("sdk_platform"), QStringLiteral("iOS")}};
        t.setRows(rows);
        QCOMPARE(t.rows(), rows);
        QCOMPARE(edited.count(), 0);
    }

    void userEditsSignal()
    {
        KeyValueTable t(QStringLiteral("Name"), QStringLiteral("Value"));
        QSignalSpy edited(&t, &KeyValueTable::rowsEdited);
        t.addRow();
        QCOMPARE(t.rows().size(), 0); // an empty row is not a parameter yet
        t.table()->item(0, 0)->setText(QStringLiteral("beta"));
        t.table()->item(0, 1)->setText(QStringLiteral("on"));
        QCOMPARE(edited.count(), 2);
        QCOMPARE(t.rows(), QList<KeyValueTable::Row>({{QStringLiteral("beta"), QStringLiteral("on")}}));
        t.table()->selectRow(0);
        t.removeSelectedRows();
        QCOMPARE(edited.count(), 3);
        QVERIFY(t.rows().isEmpty());
    }

    void focusRowSelectsIt()
    {
        KeyValueTable t(QStringLiteral("Name"), QStringLiteral("Value"));
        t.setRows({{QStringLiteral("a"), QStringLiteral("1")}, {QStringLiteral("b"), QStringLiteral("2")}});
        QVERIFY(t.focusRow(QStringLiteral("b")));
        QCOMPARE(t.table()->currentRow(), 1);
        QVERIFY(!t.focusRow(QStringLiteral("zzz")));
    }
};

QTEST_MAIN(TestKeyValueTable)
#include "tst_keyvaluetable.moc"
