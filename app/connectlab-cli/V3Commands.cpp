#include "V3Commands.h"

#include "CliIo.h"
#include "NetSupport.h"
#include "TextOutput.h"

#include <AppToken.h>
#include <AppTokenClient.h>
#include <V3Client.h>

#include <QEventLoop>
#include <QJsonArray>

#include <optional>

namespace connectlab {

using namespace NetSupport;

namespace {

CliOption userIdOption(const QString &help)
{
    return {QStringLiteral("user-id"), QStringLiteral("ID"), help, false};
}

CliOption appTokenOption()
{
    return {QStringLiteral("token-env"), QStringLiteral("VAR"),
            QStringLiteral("The name of the environment variable holding the application token "
                           "(connectlab-cli token)."),
            false};
}

// Runs one V3Client call to its end: `start` sends it, the result handlers connected by `connectResult` quit
// the loop. Returns the error, if the call failed.
std::optional<ApiError> runCall(V3Client &client, const std::function<void(QEventLoop &)> &connectResult,
                                const std::function<void()> &start)
{
    std::optional<ApiError> error;
    QEventLoop loop;
    connectResult(loop);
    QObject::connect(&client, &V3Client::failed, &loop, [&](const ApiError &e) {
        error = e;
        loop.quit();
    });
    start();
    loop.exec();
    return error;
}

QString column(const QString &text, qsizetype width)
{
    return TextOutput::printable(text).leftJustified(width + 2);
}

} // namespace

CliCommand V3Commands::tokenCommand()
{
    return {
        QStringLiteral("token"),
        QStringLiteral("--client-id client_… --client-secret-env VAR [options]"),
        QStringLiteral("Get an application token (API Authentication) with the API Client ID and its secret"),
        QStringLiteral(
            "Sends POST /oauth2/token with grant_type=client_credentials, the API Client ID (client_…) and "
            "its "
            "secret in a form body. The secret is read from the environment variable named by "
            "--client-secret-env, never from the command line. The token lasts an hour and cannot be "
            "refreshed: run the command again for a new one. It is the Bearer token of every v3 call "
            "(connectlab-cli connections, vehicles --user-id, signals). The Application ID (a UUID) is not "
            "the API Client ID: it goes into the Connect link."),
        {QStringLiteral("SC_API_SECRET=… connectlab-cli token --client-id client_01HXYZ… --client-secret-env "
                        "SC_API_SECRET"),
         QStringLiteral("export SC_APP_TOKEN=$(connectlab-cli token --client-id client_… --client-secret-env "
                        "SC_API_SECRET --base-url http://127.0.0.1:8080 --json | jq -r .access_token)")},
        ExitStatus,
        {{QStringLiteral("Token"),
          {{QStringLiteral("client-id"), QStringLiteral("client_…"),
            QStringLiteral("The API Client ID (Dashboard → Configuration → API Authentication)."), false},
           {QStringLiteral("client-secret-env"), QStringLiteral("VAR"),
            QStringLiteral(
                "The name of the environment variable holding one of the API Client ID's secrets."),
            false},
           {QStringLiteral("client-secret"), QStringLiteral("SECRET"),
            QStringLiteral("Refused: other users can read the command line. Use --client-secret-env."),
            false},
           v3BaseUrlOption(),
           timeoutOption()}},
         {QStringLiteral("Output"),
          {jsonOption(
              QStringLiteral("Print the token reply: {\"access_token\", \"token_type\", \"expires_in\"}; on "
                             "failure {\"error\", \"error_description\", \"status\", \"explanation\"}."))}}},
        0,
        &V3Commands::token,
    };
}

CliCommand V3Commands::connectionsCommand()
{
    return {
        QStringLiteral("connections"),
        QStringLiteral("--token-env VAR --user-id ID [options] | --management-token-env VAR [options]"),
        QStringLiteral("List an owner's connections (API Authentication), or the app's (Management API)"),
        QStringLiteral(
            "With --token-env (the application token): sends GET /v3/connections?user_id=ID with the owner "
            "in the sc-user-id header. With --management-token-env (the Application Management Token): sends "
            "GET /v2.0/management/connections with HTTP Basic default:<token>; --user-id is then an optional "
            "filter. Without --limit every page is fetched; with --limit N one page of at most N (1-100), "
            "and "
            "the cursor of the next page is printed (pass it to --cursor)."),
        {QStringLiteral("SC_APP_TOKEN=… connectlab-cli connections --token-env SC_APP_TOKEN --user-id "
                        "725146a3-…"),
         QStringLiteral(
             "SC_MGMT=… connectlab-cli connections --management-token-env SC_MGMT --limit 10 --json")},
        ExitStatus,
        {{QStringLiteral("Connections"),
          {appTokenOption(),
           {QStringLiteral("management-token-env"), QStringLiteral("VAR"),
            QStringLiteral("Instead of --token-env: the name of the environment variable holding the "
                           "Application Management Token; lists through the Management API."),
            false},
           userIdOption(QStringLiteral("The owner's user_id the redirect brought back (required with "
                                       "--token-env).")),
           {QStringLiteral("vehicle-id"), QStringLiteral("ID"),
            QStringLiteral("Only this vehicle's connections."), false},
           {QStringLiteral("mode"), QStringLiteral("MODE"),
            QStringLiteral("Only connections in this mode (live, simulated)."), false},
           {QStringLiteral("limit"), QStringLiteral("N"), QStringLiteral("One page of at most N (1-100)."),
            false},
           {QStringLiteral("cursor"), QStringLiteral("CURSOR"),
            QStringLiteral("Start at this page (the cursor an earlier --limit printed)."), false},
           v3BaseUrlOption(),
           timeoutOption()}},
         {QStringLiteral("Output"),
          {jsonOption(QStringLiteral(
              "Print {\"connections\": [{\"id\", \"userId\", \"vehicleId\", \"connectedAt\", \"mode\", "
              "\"permissions\", \"make\", \"model\", \"year\", …}], \"paging\": {\"cursor\"}}; on failure "
              "{\"error\", \"error_description\", \"status\", \"explanation\"}."))}}},
        0,
        &V3Commands::connections,
    };
}

CliCommand V3Commands::signalsCommand()
{
    return {
        QStringLiteral("signals"),
        QStringLiteral("--token-env VAR --user-id ID --vehicle-id ID [--code CODE] [options]"),
        QStringLiteral("Read a vehicle's signals (API Authentication): odometer, battery, location, …"),
        QStringLiteral(
            "Sends GET /v3/vehicles/{id}/signals (or /signals/{code} with --code) with the application "
            "token and the owner in the sc-user-id header. Only the signals the owner's "
            "permissions allow are there (read_odometer: odometer-traveleddistance, …)."),
        {QStringLiteral("SC_APP_TOKEN=… connectlab-cli signals --token-env SC_APP_TOKEN --user-id 725146a3-… "
                        "--vehicle-id 9a3f…"),
         QStringLiteral("connectlab-cli signals --token-env SC_APP_TOKEN --user-id ID --vehicle-id ID --code "
                        "odometer-traveleddistance --json")},
        ExitStatus,
        {{QStringLiteral("Signals"),
          {appTokenOption(),
           userIdOption(QStringLiteral("The owner's user_id the redirect brought back.")),
           {QStringLiteral("vehicle-id"), QStringLiteral("ID"), QStringLiteral("The vehicle to read."),
            false},
           {QStringLiteral("code"), QStringLiteral("CODE"),
            QStringLiteral("Read only this signal (e.g. odometer-traveleddistance)."), false},
           v3BaseUrlOption(),
           timeoutOption()}},
         {QStringLiteral("Output"),
          {jsonOption(
              QStringLiteral("Print {\"vehicleId\", \"signals\": [{\"code\", \"name\", \"group\", \"body\", "
                             "\"retrievedAt\", "
                             "\"oemUpdatedAt\"}]}; on failure {\"error\", \"error_description\", \"status\", "
                             "\"explanation\"}."))}}},
        0,
        &V3Commands::signalsOf,
    };
}

int V3Commands::token(const CliCommand &command, const CliOptions &options, CliIo &io)
{
    if (options.isSet(QStringLiteral("client-secret")))
        return command.usageError(
            io, QStringLiteral("--client-secret is refused: a secret on the command line is "
                               "visible to other users. Put it in an environment variable "
                               "and pass its name with --client-secret-env"));
    const QString clientId = options.value(QStringLiteral("client-id"));
    if (clientId.isEmpty())
        return command.usageError(io, QStringLiteral("--client-id client_… is required: the API Client ID"));
    if (!AppToken::isApiClientId(clientId))
        return command.usageError(
            io, TextOutput::printable(AppToken::apiClientIdProblem(clientId)) +
                    QStringLiteral(" (for an app with per-vehicle tokens: connectlab-cli exchange)"));
    int status = CliCommand::ExitUsage;
    const std::optional<QString> secret =
        secretFromEnvironment(command, options, io, QStringLiteral("client-secret-env"), &status);
    if (!secret)
        return status;
    ApiTarget target;
    int timeoutMs = 0;
    if (!targetFromOptions(command, options, io, &target, &timeoutMs, &status))
        return status;

    AppTokenClient client;
    client.setTarget(target);
    client.setTimeout(std::chrono::milliseconds(timeoutMs));
    std::optional<AppToken> appToken;
    std::optional<ApiError> error;
    QEventLoop loop;
    QObject::connect(&client, &AppTokenClient::succeeded, &loop, [&](const AppToken &t) {
        appToken = t;
        loop.quit();
    });
    QObject::connect(&client, &AppTokenClient::failed, &loop, [&](const ApiError &e) {
        error = e;
        loop.quit();
    });
    client.requestToken(clientId, *secret);
    loop.exec();

    const bool json = options.isSet(QStringLiteral("json"));
    if (error)
        return reportFailure(command, *error, json, io);
    if (json) {
        io.out() << compact(appToken->toJson()) << '\n';
    } else {
        io.out() << "access_token   " << appToken->accessToken << '\n'
                 << "token_type     " << appToken->tokenType << '\n'
                 << "expires_in     " << appToken->expiresIn << " (until "
                 << appToken->expiresAt().toUTC().toString(Qt::ISODate) << ")\n";
        io.err() << "No refresh token: request a new application token when this one expires.\n";
    }
    return CliCommand::ExitOk;
}

int V3Commands::connections(const CliCommand &command, const CliOptions &options, CliIo &io)
{
    const bool management = options.isSet(QStringLiteral("management-token-env"));
    if (management == options.isSet(QStringLiteral("token-env")))
        return command.usageError(io,
                                  QStringLiteral("give either --token-env VAR (the application token, with "
                                                 "--user-id) or --management-token-env VAR (the "
                                                 "Application Management Token)"));
    V3Client::ConnectionQuery query;
    query.userId = options.value(QStringLiteral("user-id"));
    query.vehicleId = options.value(QStringLiteral("vehicle-id"));
    query.mode = options.value(QStringLiteral("mode"));
    query.cursor = options.value(QStringLiteral("cursor"));
    if (!management && query.userId.isEmpty())
        return command.usageError(io, QStringLiteral("--user-id ID is required with --token-env: the owner's "
                                                     "user_id the redirect brought back"));
    if (options.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        query.limit = options.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || query.limit < 1 || query.limit > 100)
            return command.usageError(io, QStringLiteral("--limit takes a number from 1 to 100"));
        query.allPages = false;
    }
    int status = CliCommand::ExitUsage;
    const std::optional<QString> token = secretFromEnvironment(
        command, options, io,
        management ? QStringLiteral("management-token-env") : QStringLiteral("token-env"), &status);
    if (!token)
        return status;
    ApiTarget target;
    int timeoutMs = 0;
    if (!targetFromOptions(command, options, io, &target, &timeoutMs, &status))
        return status;

    V3Client client;
    client.setTarget(target);
    client.setTimeout(std::chrono::milliseconds(timeoutMs));
    client.setAppToken(management ? QString() : *token);
    QList<V3Connection> list;
    QString cursor;
    auto onListed = [&](QEventLoop &loop) {
        return [&list, &cursor, &loop](const QList<V3Connection> &connections, const QString &next) {
            list = connections;
            cursor = next;
            loop.quit();
        };
    };
    const std::optional<ApiError> error = runCall(
        client,
        [&](QEventLoop &loop) {
            QObject::connect(&client, &V3Client::connectionsListed, &loop, onListed(loop));
            QObject::connect(&client, &V3Client::managementConnectionsListed, &loop, onListed(loop));
        },
        [&] {
            if (management)
                client.listManagementConnections(*token, query);
            else
                client.listConnections(query);
        });

    const bool json = options.isSet(QStringLiteral("json"));
    if (error)
        return reportFailure(command, *error, json, io);
    if (json) {
        QJsonArray array;
        for (const V3Connection &c : std::as_const(list))
            array.append(c.toJson());
        const QJsonValue next = cursor.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(cursor);
        io.out() << compact({{QStringLiteral("connections"), array},
                             {QStringLiteral("paging"), QJsonObject{{QStringLiteral("cursor"), next}}}})
                 << '\n';
        return CliCommand::ExitOk;
    }
    qsizetype userWidth = 7, vehicleWidth = 10, makeWidth = 4, modelWidth = 5;
    for (const V3Connection &c : std::as_const(list)) {
        userWidth = std::max(userWidth, c.userId.size());
        vehicleWidth = std::max(vehicleWidth, c.vehicleId.size());
        makeWidth = std::max(makeWidth, c.make.size());
        modelWidth = std::max(modelWidth, c.model.size());
    }
    io.out() << column(QStringLiteral("USER ID"), userWidth)
             << column(QStringLiteral("VEHICLE ID"), vehicleWidth);
    if (!management)
        io.out() << column(QStringLiteral("MAKE"), makeWidth) << column(QStringLiteral("MODEL"), modelWidth)
                 << column(QStringLiteral("YEAR"), 4);
    io.out() << column(QStringLiteral("MODE"), 9) << "CONNECTED AT\n";
    for (const V3Connection &c : std::as_const(list)) {
        io.out() << column(c.userId, userWidth) << column(c.vehicleId, vehicleWidth);
        if (!management)
            io.out() << column(c.make, makeWidth) << column(c.model, modelWidth)
                     << column(c.year > 0 ? QString::number(c.year) : QString(), 4);
        io.out() << column(c.mode, 9) << c.connectedAt.toUTC().toString(Qt::ISODate) << '\n';
    }
    io.err() << list.size() << (list.size() == 1 ? " connection\n" : " connections\n");
    if (!cursor.isEmpty())
        io.err() << "More: --cursor " << TextOutput::printable(cursor) << '\n';
    return CliCommand::ExitOk;
}

int V3Commands::signalsOf(const CliCommand &command, const CliOptions &options, CliIo &io)
{
    const QString userId = options.value(QStringLiteral("user-id"));
    const QString vehicleId = options.value(QStringLiteral("vehicle-id"));
    if (userId.isEmpty())
        return command.usageError(io, QStringLiteral("--user-id ID is required: the owner's user_id the "
                                                     "redirect brought back (sent in sc-user-id)"));
    if (vehicleId.isEmpty())
        return command.usageError(io,
                                  QStringLiteral("--vehicle-id ID is required (connectlab-cli connections "
                                                 "lists the owner's vehicles)"));
    if (options.isSet(QStringLiteral("code")) && options.value(QStringLiteral("code")).isEmpty())
        return command.usageError(io, QStringLiteral("--code needs a signal code such as "
                                                     "odometer-traveleddistance"));
    int status = CliCommand::ExitUsage;
    const std::optional<QString> token =
        secretFromEnvironment(command, options, io, QStringLiteral("token-env"), &status);
    if (!token)
        return status;
    ApiTarget target;
    int timeoutMs = 0;
    if (!targetFromOptions(command, options, io, &target, &timeoutMs, &status))
        return status;

    V3Client client;
    client.setTarget(target);
    client.setTimeout(std::chrono::milliseconds(timeoutMs));
    client.setAppToken(*token);
    QList<V3Signal> list;
    const QString code = options.value(QStringLiteral("code"));
    const std::optional<ApiError> error = runCall(
        client,
        [&](QEventLoop &loop) {
            QObject::connect(&client, &V3Client::signalsListed, &loop,
                             [&](const QString &, const QList<V3Signal> &signalList) {
                                 list = signalList;
                                 loop.quit();
                             });
            QObject::connect(&client, &V3Client::signalReceived, &loop,
                             [&](const QString &, const V3Signal &signal) {
                                 list = {signal};
                                 loop.quit();
                             });
        },
        [&] {
            if (code.isEmpty())
                client.listSignals(userId, vehicleId);
            else
                client.getSignal(userId, vehicleId, code);
        });

    const bool json = options.isSet(QStringLiteral("json"));
    if (error)
        return reportFailure(command, *error, json, io);
    if (json) {
        QJsonArray array;
        for (const V3Signal &s : std::as_const(list))
            array.append(s.toJson());
        io.out() << compact({{QStringLiteral("vehicleId"), vehicleId}, {QStringLiteral("signals"), array}})
                 << '\n';
        return CliCommand::ExitOk;
    }
    qsizetype codeWidth = 4, valueWidth = 5;
    for (const V3Signal &s : std::as_const(list)) {
        codeWidth = std::max(codeWidth, s.code.size());
        valueWidth = std::max(valueWidth, s.displayValue().size());
    }
    io.out() << column(QStringLiteral("CODE"), codeWidth) << column(QStringLiteral("VALUE"), valueWidth)
             << "RETRIEVED AT\n";
    for (const V3Signal &s : std::as_const(list))
        io.out() << column(s.code, codeWidth) << column(s.displayValue(), valueWidth)
                 << s.retrievedAt.toUTC().toString(Qt::ISODate) << '\n';
    io.err() << list.size() << (list.size() == 1 ? " signal\n" : " signals\n");
    return CliCommand::ExitOk;
}

int V3Commands::listOwnerVehicles(const CliCommand &command, const CliOptions &options, CliIo &io,
                                  const ApiTarget &target, int timeoutMs, const QString &appToken)
{
    V3Client client;
    client.setTarget(target);
    client.setTimeout(std::chrono::milliseconds(timeoutMs));
    client.setAppToken(appToken);
    QList<VehicleInfo> vehicles;
    const std::optional<ApiError> error = runCall(
        client,
        [&](QEventLoop &loop) {
            QObject::connect(&client, &V3Client::vehiclesListed, &loop, [&](const QList<VehicleInfo> &list) {
                vehicles = list;
                loop.quit();
            });
        },
        [&] { client.listVehicles(options.value(QStringLiteral("user-id"))); });
    const bool json = options.isSet(QStringLiteral("json"));
    if (error)
        return reportFailure(command, *error, json, io);
    printVehicles(vehicles, json, io);
    return CliCommand::ExitOk;
}

} // namespace connectlab
