#pragma once

#include "CliCommand.h"

namespace connectlab {

// The subcommands that turn a link into code (code) and set one link against another (diff). Each is a
// CliCommand handler; CliCommands holds the dispatch table.
class CodeCommands
{
public:
    static int code(const CliCommand &command, const CliOptions &options, CliIo &io);
    static int diff(const CliCommand &command, const CliOptions &options, CliIo &io);

    // --lang and --model (code), --strict-order (diff), and each one's --json.
    static const CliOptionGroup &codeGroup();
    static const CliOptionGroup &codeOutputGroup();
    static const CliOptionGroup &diffGroup();
};

} // namespace connectlab
