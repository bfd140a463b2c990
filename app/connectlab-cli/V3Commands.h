#pragma once

#include "CliCommand.h"

#include <QString>

namespace connectlab {

struct ApiTarget;

// The subcommands of API Authentication (Smartcar API v3): token (an application token for the API Client
// ID), connections (an owner's connections, or the app's through the Management API) and signals (what a
// vehicle reports). Secrets and tokens come only from the environment, never from the command line.
class V3Commands
{
public:
    static CliCommand tokenCommand();
    static CliCommand connectionsCommand();
    static CliCommand signalsCommand();

    static int token(const CliCommand &command, const CliOptions &options, CliIo &io);
    static int connections(const CliCommand &command, const CliOptions &options, CliIo &io);
    static int signalsOf(const CliCommand &command, const CliOptions &options, CliIo &io);
    // `vehicles --user-id`: the owner's connected vehicles through /v3 (NetCommands::vehicles calls this once
    // it has read the token and the target).
    static int listOwnerVehicles(const CliCommand &command, const CliOptions &options, CliIo &io,
                                 const ApiTarget &target, int timeoutMs, const QString &appToken);
};

} // namespace connectlab
