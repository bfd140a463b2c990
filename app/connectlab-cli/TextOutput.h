#pragma once

#include "LinkReport.h"

#include <QString>
#include <QStringList>

namespace connectlab {

// The human-readable output of the link subcommands. Every function returns whole lines, each ending
// in '\n'. Control characters in values are shown escaped ("\x1b") so a hostile link cannot drive the
// terminal. With `colour` (CliIo says when: a terminal, no NO_COLOR) severities and the verdict are
// coloured with SGR sequences; without it the text has no escape sequence at all.
class TextOutput
{
public:
    static constexpr int Width = 100; // the explain table wraps to this many columns

    // parse: "name  value" per parameter, names aligned.
    static QString parameters(const QList<Parameter> &parameters);
    // validate: "error   single_select_vin  vin-check-digit  The check digit …" per diagnostic.
    static QString diagnostics(const Diagnostics &diagnostics, bool colour = false);
    // "1 error, 2 warnings, 0 infos: the link has errors." or "No problems found: the link is valid."
    static QString summary(const LinkReport &report, bool colour = false);
    // explain: parameter, value, what it does, its diagnostics; absent parameters; a summary.
    static QString explain(const LinkReport &report, bool colour = false);
    // `text` in the colour of `severity` (bold red errors, yellow warnings, cyan info), or as it is.
    static QString coloured(Severity severity, const QString &text, bool colour);

    static QString printable(const QString &text);
    static QStringList wrap(const QString &text, int width);
};

} // namespace connectlab
