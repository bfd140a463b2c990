#pragma once

#include "CliCommand.h"

namespace connectlab {

// The subcommands that talk to Smartcar (or the sandbox) over the network: exchange (a code for tokens)
// and vehicles (what an access token grants). Secrets come only from the environment (--client-secret-env,
// --token-env), never from the command line, where other users can read them.
class NetCommands
{
public:
    // The dispatch table entries (CliCommands::table() lists them after the link commands).
    static CliCommand exchangeCommand();
    static CliCommand vehiclesCommand();

    static int exchange(const CliCommand &command, const CliOptions &options, CliIo &io);
    static int vehicles(const CliCommand &command, const CliOptions &options, CliIo &io);
};

} // namespace connectlab
