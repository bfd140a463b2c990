#pragma once

#include "UrlParser.h"

#include <QCoreApplication>

namespace connectlab {

// Reading a link someone pasted, dropped, opened or gave on the command line: the one import the window and
// the CLI share. It decides whether the text is a Connect link at all, reads it (UrlParser), checks it
// (Validator) and merges both findings into one list, errors first, each said once.
class LinkImport
{
    Q_DECLARE_TR_FUNCTIONS(LinkImport)
public:
    // Where the link pointed: the window switches its target to match.
    enum class Origin
    {
        None,            // a bare query string or path: no origin in the text
        SmartcarConnect, // https://connect.smartcar.com
        Loopback,        // 127.0.0.1 or localhost (a sandbox)
        Other,           // any other host
    };

    static LinkImport read(const QString &text);

    bool isOk() const { return m_ok; }
    // Why the text is not a Connect link (when !isOk()): what was read and what a link looks like.
    QString error() const { return m_error; }
    QString input() const { return m_input; } // the text, trimmed
    const ParseResult &parsed() const { return m_parsed; }
    const ConnectRequest &request() const { return m_parsed.request; }
    // The parser's notes (what was normalized or kept) and the validator's findings, errors first.
    const Diagnostics &diagnostics() const { return m_diagnostics; }
    // Only the parser's notes: what importing changed or kept as written.
    const Diagnostics &notes() const { return m_parsed.diagnostics; }
    Origin origin() const { return m_origin; }
    QString originText() const { return m_originText; } // scheme://host[:port], "" for Origin::None

    // Errors first, then warnings, then notes (the given order within each), repeats removed.
    static Diagnostics ordered(const Diagnostics &diagnostics);

private:
    bool m_ok = false;
    QString m_error;
    QString m_input;
    ParseResult m_parsed;
    Diagnostics m_diagnostics;
    Origin m_origin = Origin::None;
    QString m_originText;
};

} // namespace connectlab
