#include "NetCommands.h"

#include "CliIo.h"
#include "NetSupport.h"
#include "TextOutput.h"
#include "V3Commands.h"

#include <ApiError.h>
#include <ApiTarget.h>
#include <TokenClient.h>
#include <VehicleClient.h>

#include <QEventLoop>
#include <QJsonObject>

#include <optional>

namespace connectlab {

using namespace NetSupport;

CliCommand NetCommands::exchangeCommand()
{
    return {
        QStringLiteral("exchange"),
        QStringLiteral("--code CODE --client-id ID --client-secret-env VAR [options]"),
        QStringLiteral("Exchange an authorization code for access and refresh tokens"),
        QStringLiteral(
            "Sends POST /oauth/token with grant_type=authorization_code, the code and the "
            "redirect URI, authenticating the app with HTTP Basic (client id and secret). The secret "
            "is read from the environment variable named by --client-secret-env, never from the "
            "command line. --redirect-uri must be exactly the redirect_uri of the Connect link that "
            "produced the code. Prints the tokens; on an OAuth error prints its error and what it "
            "means on stderr."),
        {QStringLiteral("SC_SECRET=… connectlab-cli exchange --code CODE --client-id ID "
                        "--client-secret-env SC_SECRET --redirect-uri https://example.com/callback"),
         QStringLiteral(
             "connectlab-cli exchange --code CODE --client-id ID --client-secret-env SC_SECRET "
             "--redirect-uri http://localhost:8000/callback --base-url http://127.0.0.1:8080 --json")},
        ExitStatus,
        {{QStringLiteral("Exchange"),
          {{QStringLiteral("code"), QStringLiteral("CODE"),
            QStringLiteral("The code that came back to the redirect URI."), false},
           {QStringLiteral("client-id"), QStringLiteral("ID"), QStringLiteral("The app's client id."), false},
           {QStringLiteral("client-secret-env"), QStringLiteral("VAR"),
            QStringLiteral("The name of the environment variable holding the client secret."), false},
           {QStringLiteral("client-secret"), QStringLiteral("SECRET"),
            QStringLiteral("Refused: other users can read the command line. Use --client-secret-env."),
            false},
           {QStringLiteral("redirect-uri"), QStringLiteral("URI"),
            QStringLiteral("The redirect_uri the Connect link used (sent again, it must match)."), false},
           baseUrlOption(),
           timeoutOption()}},
         {QStringLiteral("Output"),
          {jsonOption(
              QStringLiteral("Print the token reply: {\"access_token\", \"refresh_token\", \"expires_in\", "
                             "\"token_type\"}; on failure {\"error\", \"error_description\", \"status\", "
                             "\"explanation\"}."))}}},
        0,
        &NetCommands::exchange,
    };
}

CliCommand NetCommands::vehiclesCommand()
{
    return {
        QStringLiteral("vehicles"),
        QStringLiteral("--token-env VAR [--user-id ID] [options]"),
        QStringLiteral(
            "List the vehicles an access token grants (or an owner connected), with make, model and "
            "year"),
        QStringLiteral(
            "Per-vehicle tokens (API v2): sends GET /v2.0/vehicles (all pages) and GET "
            "/v2.0/vehicles/{id} for each vehicle, with the access token read from the environment "
            "variable named by --token-env. API Authentication (API v3), with --user-id: the "
            "variable holds the application token (connectlab-cli token); sends GET "
            "/v3/connections?user_id=ID (all pages) and GET /v3/vehicles/{id} for each of the "
            "owner's vehicles, naming the owner in the sc-user-id header."),
        {QStringLiteral("SC_TOKEN=… connectlab-cli vehicles --token-env SC_TOKEN"),
         QStringLiteral(
             "connectlab-cli vehicles --token-env SC_TOKEN --base-url http://127.0.0.1:8080 --json"),
         QStringLiteral("SC_APP_TOKEN=… connectlab-cli vehicles --token-env SC_APP_TOKEN --user-id "
                        "725146a3-…")},
        ExitStatus,
        {{QStringLiteral("Vehicles"),
          {{QStringLiteral("token-env"), QStringLiteral("VAR"),
            QStringLiteral("The name of the environment variable holding the access token (with --user-id: "
                           "the application token)."),
            false},
           {QStringLiteral("user-id"), QStringLiteral("ID"),
            QStringLiteral("API Authentication: the owner's user_id the redirect brought back; lists that "
                           "owner's connected vehicles through /v3."),
            false},
           {QStringLiteral("base-url"), QStringLiteral("URL"),
            QStringLiteral("Send everything to this origin (/v2.0, or /v3 with --user-id), e.g. the sandbox "
                           "at http://127.0.0.1:PORT. Default: https://api.smartcar.com/v2.0, or "
                           "https://vehicle.api.smartcar.com/v3 with --user-id."),
            false},
           timeoutOption()}},
         {QStringLiteral("Output"),
          {jsonOption(
              QStringLiteral("Print {\"vehicles\": [{\"id\", \"make\", \"model\", \"year\"}]}; on failure "
                             "{\"error\", \"error_description\", \"status\", \"explanation\"}."))}}},
        0,
        &NetCommands::vehicles,
    };
}

int NetCommands::exchange(const CliCommand &command, const CliOptions &options, CliIo &io)
{
    if (options.isSet(QStringLiteral("client-secret")))
        return command.usageError(
            io, QStringLiteral("--client-secret is refused: a secret on the command line is "
                               "visible to other users. Put it in an environment variable "
                               "and pass its name with --client-secret-env"));
    const QString code = options.value(QStringLiteral("code"));
    const QString clientId = options.value(QStringLiteral("client-id"));
    if (code.isEmpty())
        return command.usageError(io, QStringLiteral("--code CODE is required"));
    if (clientId.isEmpty())
        return command.usageError(io, QStringLiteral("--client-id ID is required"));
    int status = CliCommand::ExitUsage;
    const std::optional<QString> secret =
        secretFromEnvironment(command, options, io, QStringLiteral("client-secret-env"), &status);
    if (!secret)
        return status;
    ApiTarget target;
    int timeoutMs = 0;
    if (!targetFromOptions(command, options, io, &target, &timeoutMs, &status))
        return status;

    TokenClient client;
    client.setTarget(target);
    client.setCredentials(clientId, *secret);
    client.setTimeout(std::chrono::milliseconds(timeoutMs));
    std::optional<TokenSet> tokens;
    std::optional<ApiError> error;
    QEventLoop loop;
    QObject::connect(&client, &TokenClient::succeeded, &loop, [&](const TokenSet &t) {
        tokens = t;
        loop.quit();
    });
    QObject::connect(&client, &TokenClient::failed, &loop, [&](const ApiError &e) {
        error = e;
        loop.quit();
    });
    client.exchangeCode(code, options.value(QStringLiteral("redirect-uri")));
    loop.exec();

    const bool json = options.isSet(QStringLiteral("json"));
    if (error)
        return reportFailure(command, *error, json, io);
    if (json) {
        io.out() << compact(tokens->toJson()) << '\n';
    } else {
        io.out() << "access_token   " << tokens->accessToken << '\n'
                 << "refresh_token  " << tokens->refreshToken << '\n'
                 << "token_type     " << tokens->tokenType << '\n'
                 << "expires_in     " << tokens->expiresIn << " (until "
                 << tokens->expiresAt().toUTC().toString(Qt::ISODate) << ")\n";
    }
    return CliCommand::ExitOk;
}

int NetCommands::vehicles(const CliCommand &command, const CliOptions &options, CliIo &io)
{
    int status = CliCommand::ExitUsage;
    if (options.isSet(QStringLiteral("user-id")) && options.value(QStringLiteral("user-id")).isEmpty())
        return command.usageError(io, QStringLiteral("--user-id needs the owner's user_id (a UUID)"));
    const std::optional<QString> token =
        secretFromEnvironment(command, options, io, QStringLiteral("token-env"), &status);
    if (!token)
        return status;
    ApiTarget target;
    int timeoutMs = 0;
    if (!targetFromOptions(command, options, io, &target, &timeoutMs, &status))
        return status;
    if (options.isSet(QStringLiteral("user-id")))
        return V3Commands::listOwnerVehicles(command, options, io, target, timeoutMs, *token);

    VehicleClient client;
    client.setTarget(target);
    client.setTimeout(std::chrono::milliseconds(timeoutMs));
    std::optional<QList<VehicleInfo>> vehicles;
    std::optional<ApiError> error;
    QEventLoop loop;
    QObject::connect(&client, &VehicleClient::vehiclesListed, &loop, [&](const QList<VehicleInfo> &list) {
        vehicles = list;
        loop.quit();
    });
    QObject::connect(&client, &VehicleClient::failed, &loop, [&](const ApiError &e) {
        error = e;
        loop.quit();
    });
    client.listVehicles(*token);
    loop.exec();

    const bool json = options.isSet(QStringLiteral("json"));
    if (error)
        return reportFailure(command, *error, json, io);
    printVehicles(*vehicles, json, io);
    return CliCommand::ExitOk;
}

} // namespace connectlab
