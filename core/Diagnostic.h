#pragma once

#include <QList>
#include <QString>

namespace connectlab {

enum class Severity
{
    Info,
    Warning,
    Error
};

// "error", "warning", "info": the spelling used in JSON and on the command line.
QString severityName(Severity severity);

// One finding about a link: which parameter it concerns, how bad it is, a stable machine-readable
// code (kebab-case, e.g. "vin-check-digit") and a message that says how to fix it.
struct Diagnostic
{
    QString field; // the parameter's name; "flags.country" style for flag members, "url" for the whole link
    Severity severity = Severity::Info;
    QString code;
    QString message;
    // The entry of a list-valued field the finding is about ("read_odometr" in scope, "beta" in flags),
    // so a view marks that entry only; "" when it is about the whole field.
    QString subject = {};

    friend bool operator==(const Diagnostic &, const Diagnostic &) = default;
};

using Diagnostics = QList<Diagnostic>;

bool hasErrors(const Diagnostics &diagnostics);

} // namespace connectlab
