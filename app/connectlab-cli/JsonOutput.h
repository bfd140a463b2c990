#pragma once

#include "LinkReport.h"

#include <QString>

namespace connectlab {

// The --json output: one object on one line, keys in the documented order:
// {"url": "…", "valid": true|false, "params": [{"name": "…", "value": "…"}],
//  "diagnostics": [{"field": "…", "severity": "error|warning|info", "code": "…", "message": "…"}]}
class JsonOutput
{
public:
    static QString linkReport(const LinkReport &report);
    // {"name": "value"} for a single string result (e.g. the state subcommand).
    static QString singleValue(const QString &name, const QString &value);
    // A JSON string literal, quotes included. Control characters, invisible formatting characters (U+FEFF,
    // zero-width, bidi marks) and lone surrogates are escaped as \uXXXX.
    static QString quote(const QString &text);
};

} // namespace connectlab
