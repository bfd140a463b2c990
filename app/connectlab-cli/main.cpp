// connectlab-cli: the command-line face of the Connect Lab core. See CliCommands for the subcommands.
#include "CliCommands.h"
#include "CliIo.h"
#include "ProgramArguments.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("connectlab-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CONNECTLAB_VERSION));

    connectlab::CliIo io(stdout, stderr, stdin);
    // Every character of every argument, a leading U+FEFF included.
    return connectlab::CliCommands::run(connectlab::ProgramArguments::decode(argc, argv).mid(1), io);
}
