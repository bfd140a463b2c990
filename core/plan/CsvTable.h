#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace connectlab::plan {

// A CSV file of data rows (RFC 4180: a header line of column names, commas, double quotes around fields
// that hold commas, quotes or line breaks, "" for a quote; CR LF or LF). Used by a plan's "rows".
class CsvTable
{
    Q_DECLARE_TR_FUNCTIONS(CsvTable)
public:
    QStringList columns;
    QList<QStringList> rows; // each as long as `columns`
    QList<int> rowLines;     // the line each row starts on (1-based)

    // Returns false with *error ("line N: what is wrong") when the text is not such a table.
    static bool parse(const QString &text, CsvTable *out, QString *error);
};

} // namespace connectlab::plan
