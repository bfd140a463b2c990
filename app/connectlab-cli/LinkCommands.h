#pragma once

#include "CliCommand.h"

namespace connectlab {

struct LinkReport;

// The subcommands that build, read and check a Connect link (build, parse, validate, explain) and
// the state generator. Each is a CliCommand handler; CliCommands holds the dispatch table.
class LinkCommands
{
public:
    static int build(const CliCommand &command, const CliOptions &options, CliIo &io);
    static int parse(const CliCommand &command, const CliOptions &options, CliIo &io);
    static int validate(const CliCommand &command, const CliOptions &options, CliIo &io);
    static int explain(const CliCommand &command, const CliOptions &options, CliIo &io);
    static int state(const CliCommand &command, const CliOptions &options, CliIo &io);

    // --json, shared by every subcommand that prints a link report.
    static const CliOptionGroup &outputGroup();

private:
    enum class Source
    {
        Options,
        Url,
        UrlOrOptions
    };
    // Fills *report from the URL argument (or stdin for "-") or from the link options.
    // Returns -1 on success, otherwise the exit status after reporting the problem on stderr.
    static int obtain(const CliCommand &command, const CliOptions &options, CliIo &io, Source source,
                      LinkReport *report);
};

} // namespace connectlab
