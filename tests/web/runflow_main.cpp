// A test-only stand-in for `connectlab --run-flow …`: the same entry points app/connectlab/main.cpp calls,
// without the composer window, so the headless contract can be tested on its own.
#include "WebIntegration.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    QCoreApplication::setOrganizationName(QStringLiteral("ConnectLab"));
    QCoreApplication::setApplicationName(QStringLiteral("connectlab"));
    connectlab::web::registerUrlSchemes(arguments);
    QApplication app(argc, argv);
    if (!connectlab::web::isRunFlowCommand(QCoreApplication::arguments()))
        return 2;
    return connectlab::web::runFlowCommand(QCoreApplication::arguments());
}
