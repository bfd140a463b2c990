#include "CsvTable.h"

namespace connectlab::plan {

bool CsvTable::parse(const QString &text, CsvTable *out, QString *error)
{
    *out = CsvTable();
    QList<QStringList> records;
    QList<int> lines;
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    int recordLine = 1;
    const auto endField = [&] {
        record.append(field);
        field.clear();
        fieldStarted = false;
    };
    const auto endRecord = [&] {
        endField();
        if (!(record.size() == 1 && record.first().isEmpty())) { // blank lines are skipped
            records.append(record);
            lines.append(recordLine);
        }
        record.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == u'"' && !fieldStarted && field.isEmpty()) {
            quoted = true;
            fieldStarted = true;
        } else if (c == u',') {
            endField();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            continue;
        } else if (c == u'\n') {
            endRecord();
            ++line;
            recordLine = line;
        } else if (fieldStarted && !quoted && c != u' ') {
            *error =
                tr("line %1: text after a closing quote; put the whole field in quotes and write a quote "
                   "inside it as \"\".")
                    .arg(line);
            return false;
        } else {
            field += c;
        }
    }
    if (quoted) {
        *error = tr("line %1: a quoted field is not closed; add the closing \".").arg(recordLine);
        return false;
    }
    if (!field.isEmpty() || !record.isEmpty())
        endRecord();
    if (records.isEmpty()) {
        *error = tr("the file is empty; its first line names the columns, e.g. login,error.");
        return false;
    }
    for (QString &name : records.first())
        name = name.trimmed();
    out->columns = records.first();
    for (const QString &name : std::as_const(out->columns)) {
        if (name.isEmpty()) {
            *error =
                tr("line %1: a column has no name; name every column in the first line.").arg(lines.first());
            return false;
        }
    }
    for (qsizetype r = 1; r < records.size(); ++r) {
        if (records.at(r).size() != out->columns.size()) {
            *error = tr("line %1: %2 fields where the header names %3; quote fields that contain a comma.")
                         .arg(lines.at(r))
                         .arg(records.at(r).size())
                         .arg(out->columns.size());
            return false;
        }
        out->rows.append(records.at(r));
        out->rowLines.append(lines.at(r));
    }
    return true;
}

} // namespace connectlab::plan
