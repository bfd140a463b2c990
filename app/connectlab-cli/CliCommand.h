#pragma once

#include "CliOptions.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace connectlab {

class CliIo;

// One subcommand: how --help describes it, what it accepts, and the function that runs it.
// A handler returns the exit status: 0 no error, 1 the link (or the request) failed, 2 usage error
// or unreadable input. Usage errors are reported by returning CliCommand::usageError(…).
struct CliCommand
{
    QString name;        // "build"
    QString arguments;   // what follows the name in the usage line: "URL | [options]"
    QString summary;     // one line for the command list
    QString description; // a paragraph for the command's --help
    QStringList examples;
    QString exitStatus; // the "Exit status: …" line of its --help
    QList<CliOptionGroup> optionGroups;
    qsizetype maxPositionals = 0;
    std::function<int(const CliCommand &command, const CliOptions &options, CliIo &io)> run;

    static constexpr int ExitOk = 0;
    static constexpr int ExitFailed = 1;
    static constexpr int ExitUsage = 2;

    // Writes "connectlab-cli NAME: MESSAGE" and a pointer to --help on stderr; returns ExitUsage.
    int usageError(CliIo &io, const QString &message) const;
};

} // namespace connectlab
