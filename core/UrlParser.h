#pragma once

#include "ConnectRequest.h"
#include "Diagnostic.h"

#include <QCoreApplication>

namespace connectlab {

struct ParseResult
{
    ConnectRequest request;
    QList<Parameter> parameters; // decoded, in link order, duplicates kept
    Diagnostics diagnostics;     // what was normalized or could not be read (bad %-sequence, duplicates …)
    bool ok = true;              // false only when the input is not a link or query at all (empty, garbage)
};

// Reads a full Connect URL or a bare query string (with or without '?'), written by any SDK: '+' or %20
// for spaces, raw ':' and '/', any order. `application_id` is read as client_id (and kept as an extra);
// unknown parameters and second occurrences of single-valued ones are kept in extras; the fragment is
// ignored; a bad percent sequence is kept raw with a diagnostic. Never throws, linear in the input.
class UrlParser
{
    Q_DECLARE_TR_FUNCTIONS(UrlParser)
public:
    static ParseResult parse(const QString &input);
};

} // namespace connectlab
