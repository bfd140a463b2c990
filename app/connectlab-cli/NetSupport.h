#pragma once

#include "CliCommand.h"

#include <ApiError.h>
#include <ApiTarget.h>
#include <VehicleInfo.h>

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace connectlab {

class CliIo;

// What the network subcommands (NetCommands, V3Commands) share: reading secrets from the environment, the
// target and timeout options, and reporting a failed call the same way.
namespace NetSupport {

extern const QString ExitStatus;

CliOption baseUrlOption();
CliOption v3BaseUrlOption();
CliOption timeoutOption();
CliOption jsonOption(const QString &help);

QString compact(const QJsonObject &object);

// Reads a secret from the environment variable named by --NAME. Returns nullopt after reporting a usage
// error.
std::optional<QString> secretFromEnvironment(const CliCommand &command, const CliOptions &options, CliIo &io,
                                             const QString &optionName, int *exitStatus);
// Reads --base-url and --timeout. Returns false after reporting a usage error.
bool targetFromOptions(const CliCommand &command, const CliOptions &options, CliIo &io, ApiTarget *target,
                       int *timeoutMs, int *exitStatus);
// The "error" of the --json failure object.
QString errorCode(const ApiError &error);
// The summary and explanation on stderr (and the --json failure object on stdout); returns ExitFailed.
int reportFailure(const CliCommand &command, const ApiError &error, bool json, CliIo &io);

// The vehicles as a table (and "N vehicles" on stderr), or {"vehicles": [...]} with --json.
void printVehicles(const QList<VehicleInfo> &vehicles, bool json, CliIo &io);

} // namespace NetSupport

} // namespace connectlab
