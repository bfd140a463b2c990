#include "TextOutput.h"

#include <Catalog.h>
#include <ParameterSpec.h>

#include <QHash>
#include <QSet>

#include <algorithm>

namespace connectlab {

namespace {

QString counted(qsizetype n, const char *singular, const char *plural)
{
    return QString::number(n) + u' ' + QLatin1StringView(n == 1 ? singular : plural);
}

QString padded(const QString &text, qsizetype width)
{
    return text.size() >= width ? text : text + QString(width - text.size(), u' ');
}

qsizetype widest(const QStringList &texts, qsizetype minimum, qsizetype maximum)
{
    qsizetype width = minimum;
    for (const QString &text : texts)
        width = std::max(width, text.size());
    return std::min(width, maximum);
}

// The severity word padded to 8 columns, the padding outside the colour.
QString severityColumn(Severity severity, bool colour)
{
    const QString name = severityName(severity);
    return TextOutput::coloured(severity, name, colour) +
           QString(std::max<qsizetype>(0, 8 - name.size()), u' ');
}

// "  warning  code: message", wrapped with a hanging indent.
QString explainDiagnostic(const Diagnostic &diagnostic, qsizetype indent, bool colour)
{
    const qsizetype headSize = indent + 9;
    const QString head = QString(indent, u' ') + severityColumn(diagnostic.severity, colour) + u' ';
    const QString body = TextOutput::printable(diagnostic.code) + QLatin1StringView(": ") +
                         TextOutput::printable(diagnostic.message);
    const QStringList lines = TextOutput::wrap(body, std::max<int>(30, TextOutput::Width - int(headSize)));
    QString out;
    for (qsizetype i = 0; i < lines.size(); ++i)
        out += (i == 0 ? head : QString(headSize, u' ')) + lines.at(i) + u'\n';
    return out;
}

} // namespace

QString TextOutput::coloured(Severity severity, const QString &text, bool colour)
{
    if (!colour)
        return text;
    const QLatin1StringView sgr = severity == Severity::Error     ? QLatin1StringView("\x1b[1;31m")
                                  : severity == Severity::Warning ? QLatin1StringView("\x1b[33m")
                                                                  : QLatin1StringView("\x1b[36m");
    return sgr + text + QLatin1StringView("\x1b[0m");
}

QString TextOutput::printable(const QString &text)
{
    static constexpr char hex[] = "0123456789abcdef";
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || (u >= 0x7f && u < 0xa0)) {
            const char16_t escaped[] = {u'\\', u'x', char16_t(hex[(u >> 4) & 0xF]), char16_t(hex[u & 0xF])};
            out.append(reinterpret_cast<const QChar *>(escaped), 4);
        } else {
            out += c;
        }
    }
    return out;
}

QStringList TextOutput::wrap(const QString &text, int width)
{
    // Linear in the text: a long word (a URL, a 2 MB value) is cut by walking an offset, never by copying
    // what is left of it again and again.
    width = std::max(width, 8);
    QStringList lines;
    QString line;
    const QStringView all(text);
    qsizetype pos = 0;
    const qsizetype n = all.size();
    while (pos < n) {
        while (pos < n && all[pos] == u' ')
            ++pos;
        qsizetype end = pos;
        while (end < n && all[end] != u' ')
            ++end;
        if (end == pos)
            break;
        QStringView word = all.sliced(pos, end - pos);
        pos = end;
        while (word.size() > width) {
            const qsizetype room = line.isEmpty() ? width : width - line.size() - 1;
            if (room < 8) {
                lines.append(line);
                line.clear();
                continue;
            }
            if (!line.isEmpty())
                line += u' ';
            line += word.first(room);
            lines.append(line);
            line.clear();
            word = word.sliced(room);
        }
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            lines.append(line);
            line.clear();
        }
        if (!line.isEmpty())
            line += u' ';
        line += word;
    }
    if (!line.isEmpty() || lines.isEmpty())
        lines.append(line);
    return lines;
}

QString TextOutput::parameters(const QList<Parameter> &parameters)
{
    QStringList names;
    for (const Parameter &parameter : parameters)
        names.append(printable(parameter.name));
    const qsizetype width = widest(names, 0, 40) + 2;
    QString out;
    for (qsizetype i = 0; i < parameters.size(); ++i)
        out += padded(names.at(i), width) + printable(parameters.at(i).value) + u'\n';
    return out;
}

QString TextOutput::diagnostics(const Diagnostics &diagnostics, bool colour)
{
    QStringList fields, codes;
    for (const Diagnostic &diagnostic : diagnostics) {
        fields.append(printable(diagnostic.field));
        codes.append(printable(diagnostic.code));
    }
    const qsizetype fieldWidth = widest(fields, 0, 40) + 2;
    const qsizetype codeWidth = widest(codes, 0, 40) + 2;
    QString out;
    for (qsizetype i = 0; i < diagnostics.size(); ++i) {
        out += severityColumn(diagnostics.at(i).severity, colour) + padded(fields.at(i), fieldWidth) +
               padded(codes.at(i), codeWidth) + printable(diagnostics.at(i).message) + u'\n';
    }
    return out;
}

QString TextOutput::summary(const LinkReport &report, bool colour)
{
    if (report.diagnostics.isEmpty())
        return colour ? QStringLiteral("No problems found: \x1b[1;32mthe link is valid\x1b[0m.\n")
                      : QStringLiteral("No problems found: the link is valid.\n");
    const qsizetype errors = report.count(Severity::Error);
    return coloured(Severity::Error, counted(errors, "error", "errors"), colour && errors > 0) +
           QLatin1StringView(", ") + counted(report.count(Severity::Warning), "warning", "warnings") +
           QLatin1StringView(", ") + counted(report.count(Severity::Info), "info", "info") +
           (report.isValid() ? QLatin1StringView(": the link is valid.\n")
                             : QLatin1StringView(": the link has errors.\n"));
}

QString TextOutput::explain(const LinkReport &report, bool colour)
{
    const Catalog &catalog = Catalog::instance();
    const QList<Parameter> &parameters = report.parameters;

    // Which row (or absent parameter, or the whole link) each diagnostic belongs to.
    QSet<QString> present;
    for (const Parameter &parameter : parameters)
        present.insert(parameter.name);
    const auto ownerOf = [&present](const QString &field) {
        const QString base = field.section(u'.', 0, 0);
        if (base == u"client_id" && !present.contains(base) &&
            present.contains(QStringLiteral("application_id")))
            return QStringLiteral("application_id");
        return base;
    };
    QHash<QString, Diagnostics> byOwner;
    for (const Diagnostic &diagnostic : report.diagnostics)
        byOwner[ownerOf(diagnostic.field)].append(diagnostic);

    QStringList names, values;
    for (const Parameter &parameter : parameters) {
        names.append(printable(parameter.name));
        values.append(printable(parameter.value));
    }
    // Wide enough for the catalog's names too: the "Not in the link" rows use the same column.
    QStringList allNames = names;
    for (const ParameterInfo &info : catalog.parameters())
        allNames.append(info.name);
    const qsizetype nameWidth = widest(allNames, 9, 22);
    const qsizetype valueWidth = widest(values, 5, 36);
    const qsizetype descriptionWidth = std::max<qsizetype>(30, Width - nameWidth - valueWidth - 4);
    const auto row = [&](const QStringList &a, const QStringList &b, const QStringList &c) {
        QString out;
        const qsizetype lines = std::max({a.size(), b.size(), c.size()});
        for (qsizetype i = 0; i < lines; ++i) {
            QString line =
                padded(a.value(i), nameWidth + 2) + padded(b.value(i), valueWidth + 2) + c.value(i);
            while (line.endsWith(u' '))
                line.chop(1);
            out += line + u'\n';
        }
        return out;
    };

    QString out;
    out += QLatin1StringView("Endpoint  ") + printable(report.request.baseUrl + report.request.path()) +
           QLatin1StringView("\n\n");
    out += row({QStringLiteral("PARAMETER")}, {QStringLiteral("VALUE")}, {QStringLiteral("WHAT IT DOES")});
    QSet<QString> explained;
    for (qsizetype i = 0; i < parameters.size(); ++i) {
        const QString &name = parameters.at(i).name;
        const ParameterInfo *info = catalog.parameter(name);
        const QString description =
            info ? info->description
                 : QStringLiteral(
                       "Not a Connect parameter Connect Lab knows; Connect may ignore or reject it.");
        out += row(wrap(names.at(i), int(nameWidth)), wrap(values.at(i), int(valueWidth)),
                   wrap(description, int(descriptionWidth)));
        if (!explained.contains(name)) { // a duplicate's findings are listed once, under its first row
            explained.insert(name);
            for (const Diagnostic &diagnostic : byOwner.value(name))
                out += explainDiagnostic(diagnostic, 2, colour);
        }
    }

    QString absent;
    for (const ParameterSpec &spec : ParameterSpec::all()) {
        const QString name(spec.name);
        if (present.contains(name))
            continue;
        const Diagnostics findings = byOwner.value(name);
        const QString unset = spec.unsetText();
        if (unset.isEmpty() && findings.isEmpty())
            continue;
        explained.insert(name);
        const QString what = unset.isEmpty() ? QStringLiteral("not set.")
                                             : QStringLiteral("not set (default: %1).").arg(unset);
        absent += row(wrap(name, int(nameWidth)), wrap(what, int(Width - nameWidth - 2)), {});
        for (const Diagnostic &diagnostic : findings)
            absent += explainDiagnostic(diagnostic, 2, colour);
    }
    if (!absent.isEmpty())
        out += QLatin1StringView("\nNot in the link\n") + absent;

    QString rest;
    for (const Diagnostic &diagnostic : report.diagnostics) {
        if (!explained.contains(ownerOf(diagnostic.field))) {
            rest += QLatin1StringView("  ") + printable(diagnostic.field) + u'\n';
            rest += explainDiagnostic(diagnostic, 2, colour);
        }
    }
    if (!rest.isEmpty())
        out += QLatin1StringView("\nAbout the whole link\n") + rest;

    QString total = summary(report, colour);
    total[0] = total.at(0).toLower(); // colour or not, it starts with a digit or "No"
    out += u'\n' + counted(parameters.size(), "parameter", "parameters") + QLatin1StringView("; ") + total;
    return out;
}

} // namespace connectlab
