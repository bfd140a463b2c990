#include "CliCommand.h"

#include "CliIo.h"

namespace connectlab {

int CliCommand::usageError(CliIo &io, const QString &message) const
{
    io.err() << "connectlab-cli " << name << ": " << message << '\n'
             << "Run 'connectlab-cli " << name << " --help' for its options and examples.\n";
    return ExitUsage;
}

} // namespace connectlab
