#include "CsvTable.h"

#include <QTest>

using connectlab::plan::CsvTable;

class TstCsvTable : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void good_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("columns");
        QTest::addColumn<QList<QStringList>>("rows");
        QTest::newRow("lf") << "a,b\n1,2\n" << QStringList{"a", "b"} << QList<QStringList>{{"1", "2"}};
        QTest::newRow("crlf, no final newline")
            << "a,b\r\n1,2\r\n3,4" << QStringList{"a", "b"} << QList<QStringList>{{"1", "2"}, {"3", "4"}};
        QTest::newRow("quotes") << "a,b\n\"x, y\",\"say \"\"hi\"\"\"\n"
                                << QStringList{"a", "b"} << QList<QStringList>{{"x, y", "say \"hi\""}};
        QTest::newRow("line break in a field") << "a\n\"two\nlines\"\n"
                                               << QStringList{"a"} << QList<QStringList>{{"two\nlines"}};
        QTest::newRow("blank lines skipped") << "a\n\n1\n\n" << QStringList{"a"} << QList<QStringList>{{"1"}};
        QTest::newRow("empty fields") << "a,b\n,\n" << QStringList{"a", "b"} << QList<QStringList>{{"", ""}};
    }
    void good()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, columns);
        QFETCH(QList<QStringList>, rows);
        CsvTable table;
        QString error;
        QVERIFY2(CsvTable::parse(text, &table, &error), qPrintable(error));
        QCOMPARE(table.columns, columns);
        QCOMPARE(table.rows, rows);
    }

    void bad_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << ""
                               << "empty";
        QTest::newRow("unclosed") << "a\n\"x\n"
                                  << "line 2: a quoted field is not closed";
        QTest::newRow("too many fields") << "a,b\n1,2\n1,2,3\n"
                                         << "line 3: 3 fields where the header names 2";
        QTest::newRow("unnamed column") << "a,,c\n1,2,3\n"
                                        << "line 1: a column has no name";
        QTest::newRow("text after quote") << "a\n\"x\"y\n"
                                          << "line 2: text after a closing quote";
    }
    void bad()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        CsvTable table;
        QString error;
        QVERIFY(!CsvTable::parse(text, &table, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TstCsvTable)
#include "tst_csvtable.moc"
