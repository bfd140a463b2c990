#pragma once

#include "CliCommand.h"

#include <QList>
#include <QStringList>

namespace connectlab {

class CliIo;

// The dispatch table of connectlab-cli and everything around it: finding the subcommand, --help for
// the tool and for each subcommand, --version, and parsing the subcommand's options before calling it.
class CliCommands
{
public:
    static const QList<CliCommand> &table();
    static const CliCommand *find(const QString &name);

    // Runs the tool; `arguments` are those after the program name. Returns the exit status.
    static int run(const QStringList &arguments, CliIo &io);

    static QString overview();                      // connectlab-cli --help
    static QString help(const CliCommand &command); // connectlab-cli COMMAND --help
};

} // namespace connectlab
