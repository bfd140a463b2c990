#pragma once

#include <QString>
#include <QTextStream>

#include <cstdio>

namespace connectlab {

// The streams a subcommand talks through: stdout for results, stderr for messages, stdin for "-".
// UTF-8 throughout. Tests run the real binary, so this only wraps the C streams.
class CliIo
{
public:
    CliIo(std::FILE *out, std::FILE *err, std::FILE *in);
    ~CliIo();
    CliIo(const CliIo &) = delete;
    CliIo &operator=(const CliIo &) = delete;

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // Whether text written to stdout / stderr may be coloured: only when it is a terminal, never with
    // NO_COLOR set to anything but "" (no-color.org) or TERM=dumb. --json output is never coloured.
    bool colourOut() const { return m_colourOut; }
    bool colourErr() const { return m_colourErr; }
    static bool wantsColour(bool terminal);

    // Reads all of stdin as UTF-8 (invalid sequences become U+FFFD). False with *error when it cannot.
    bool readInput(QString *text, QString *error);

    void flush();

private:
    QTextStream m_out;
    QTextStream m_err;
    std::FILE *m_in;
    bool m_colourOut = false;
    bool m_colourErr = false;
};

} // namespace connectlab
