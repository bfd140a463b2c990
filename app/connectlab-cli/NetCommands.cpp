#include "NetCommands.h"

#include "CliIo.h"
#include "TextOutput.h"

#include <ApiError.h>
#include <ApiTarget.h>
#include <TokenClient.h>
#include <VehicleClient.h>

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <optional>

namespace connectlab {

namespace {

const QString NetExitStatus = QStringLiteral(
    "Exit status: 0 success, 1 the server refused the request or could not be reached, 2 usage error "
    "(e.g. the environment variable is not set).");

CliOption baseUrlOption()
{
    return {
        QStringLiteral("base-url"), QStringLiteral("URL"),
        QStringLiteral("Send everything to this origin (/oauth/token and /v2.0 on it), e.g. the sandbox at "
                       "http://127.0.0.1:PORT. Default: https://auth.smartcar.com and "
                       "https://api.smartcar.com/v2.0."),
        false};
}

CliOption timeoutOption()
{
    return {QStringLiteral("timeout"), QStringLiteral("SECONDS"),
            QStringLiteral("Give up on a request after this many seconds (default 30)."), false};
}

CliOption jsonOption(const QString &help)
{
    return {QStringLiteral("json"), QString(), help, false};
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// Reads a secret from the environment variable named by --NAME. Returns nullopt after reporting a usage
// error.
std::optional<QString> secretFromEnvironment(const CliCommand &command, const CliOptions &options, CliIo &io,
                                             const QString &optionName, int *exitStatus)
{
    const QString variable = options.value(optionName);
    static const QRegularExpression validName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    if (variable.isEmpty()) {
        *exitStatus =
            command.usageError(io, QStringLiteral("--%1 VAR is required: the name of the environment "
                                                  "variable that holds the secret")
                                       .arg(optionName));
        return std::nullopt;
    }
    if (!validName.match(variable).hasMatch()) {
        *exitStatus = command.usageError(
            io, QStringLiteral(
                    "--%1 takes the NAME of an environment variable (letters, digits, _), not the secret "
                    "itself")
                    .arg(optionName));
        return std::nullopt;
    }
    const QString value = qEnvironmentVariable(variable.toLocal8Bit().constData());
    if (value.isEmpty()) {
        *exitStatus = command.usageError(
            io, QStringLiteral("the environment variable %1 is not set or empty (export %1=… first)")
                    .arg(variable));
        return std::nullopt;
    }
    return value;
}

// Reads --base-url and --timeout. Returns false after reporting a usage error.
bool targetFromOptions(const CliCommand &command, const CliOptions &options, CliIo &io, ApiTarget *target,
                       int *timeoutMs, int *exitStatus)
{
    *target = ApiTarget::smartcar();
    if (options.isSet(QStringLiteral("base-url"))) {
        const QUrl url(options.value(QStringLiteral("base-url")), QUrl::StrictMode);
        *target = ApiTarget::singleOrigin(url);
        if (!target->isValid()) {
            *exitStatus = command.usageError(
                io, QStringLiteral("--base-url needs an absolute http(s) URL such as http://127.0.0.1:8080 "
                                   "(got '%1')")
                        .arg(TextOutput::printable(options.value(QStringLiteral("base-url")).left(200))));
            return false;
        }
    }
    *timeoutMs = 30000;
    if (options.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const double seconds = options.value(QStringLiteral("timeout")).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 3600) {
            *exitStatus =
                command.usageError(io, QStringLiteral("--timeout takes a number of seconds (0-3600]"));
            return false;
        }
        *timeoutMs = int(seconds * 1000);
    }
    return true;
}

QString errorCode(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::OAuth:
        return error.error;
    case ApiError::Kind::Http:
        return error.error.isEmpty() ? QStringLiteral("http_error") : error.error;
    case ApiError::Kind::Network:
        return QStringLiteral("network_error");
    case ApiError::Kind::Timeout:
        return QStringLiteral("timeout");
    case ApiError::Kind::BadResponse:
        return QStringLiteral("bad_response");
    case ApiError::Kind::None:
        break;
    }
    return {};
}

int reportFailure(const CliCommand &command, const ApiError &error, bool json, CliIo &io)
{
    io.err() << "connectlab-cli " << command.name << ": " << TextOutput::printable(error.summary()) << '\n'
             << TextOutput::printable(error.explanation()) << '\n';
    if (json) {
        QJsonObject object{{QStringLiteral("error"), errorCode(error)},
                           {QStringLiteral("error_description"),
                            error.errorDescription.isEmpty() ? error.detail : error.errorDescription},
                           {QStringLiteral("status"), error.httpStatus},
                           {QStringLiteral("explanation"), error.explanation()}};
        io.out() << compact(object) << '\n';
    }
    return CliCommand::ExitFailed;
}

} // namespace

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
        NetExitStatus,
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
        QStringLiteral("--token-env VAR [options]"),
        QStringLiteral("List the vehicles an access token grants, with make, model and year"),
        QStringLiteral("Sends GET /v2.0/vehicles (all pages) and GET /v2.0/vehicles/{id} for each vehicle, "
                       "with the access token read from the environment variable named by --token-env."),
        {QStringLiteral("SC_TOKEN=… connectlab-cli vehicles --token-env SC_TOKEN"),
         QStringLiteral(
             "connectlab-cli vehicles --token-env SC_TOKEN --base-url http://127.0.0.1:8080 --json")},
        NetExitStatus,
        {{QStringLiteral("Vehicles"),
          {{QStringLiteral("token-env"), QStringLiteral("VAR"),
            QStringLiteral("The name of the environment variable holding the access token."), false},
           baseUrlOption(),
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
    const std::optional<QString> token =
        secretFromEnvironment(command, options, io, QStringLiteral("token-env"), &status);
    if (!token)
        return status;
    ApiTarget target;
    int timeoutMs = 0;
    if (!targetFromOptions(command, options, io, &target, &timeoutMs, &status))
        return status;

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
    if (json) {
        QJsonArray array;
        for (const VehicleInfo &v : std::as_const(*vehicles))
            array.append(v.toJson());
        io.out() << compact({{QStringLiteral("vehicles"), array}}) << '\n';
        return CliCommand::ExitOk;
    }
    qsizetype idWidth = 2, makeWidth = 4, modelWidth = 5;
    for (const VehicleInfo &v : std::as_const(*vehicles)) {
        idWidth = std::max(idWidth, v.id.size());
        makeWidth = std::max(makeWidth, v.make.size());
        modelWidth = std::max(modelWidth, v.model.size());
    }
    io.out() << QStringLiteral("ID").leftJustified(idWidth + 2)
             << QStringLiteral("MAKE").leftJustified(makeWidth + 2)
             << QStringLiteral("MODEL").leftJustified(modelWidth + 2) << "YEAR\n";
    for (const VehicleInfo &v : std::as_const(*vehicles)) {
        io.out() << TextOutput::printable(v.id).leftJustified(idWidth + 2)
                 << TextOutput::printable(v.make).leftJustified(makeWidth + 2)
                 << TextOutput::printable(v.model).leftJustified(modelWidth + 2) << v.year << '\n';
    }
    io.err() << vehicles->size() << (vehicles->size() == 1 ? " vehicle\n" : " vehicles\n");
    return CliCommand::ExitOk;
}

} // namespace connectlab
