#pragma once

#include <ConnectRequest.h>
#include <Diagnostic.h>

namespace connectlab {

// What the CLI says about one link, whether it read it or built it: the link text, its decoded
// parameters in link order (duplicates kept), and every diagnostic, errors first.
struct LinkReport
{
    QString url;
    ConnectRequest request;
    QList<Parameter> parameters;
    Diagnostics diagnostics;

    bool isValid() const { return !hasErrors(diagnostics); }
    int exitCode() const { return isValid() ? 0 : 1; }
    qsizetype count(Severity severity) const;

    static LinkReport fromRequest(const ConnectRequest &request);
    // Reads a link or bare query string. False with *error when the text is not a link at all.
    static bool fromText(const QString &text, LinkReport *out, QString *error);
};

} // namespace connectlab
