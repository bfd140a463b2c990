#include "NetSupport.h"

#include "CliIo.h"
#include "TextOutput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace connectlab::NetSupport {

const QString ExitStatus = QStringLiteral(
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

CliOption v3BaseUrlOption()
{
    return {
        QStringLiteral("base-url"), QStringLiteral("URL"),
        QStringLiteral("Send everything to this origin (/oauth2/token, /v3 and /v2.0/management on it), e.g. "
                       "the sandbox at http://127.0.0.1:PORT. Default: https://iam.smartcar.com, "
                       "https://vehicle.api.smartcar.com/v3 and https://management.smartcar.com."),
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

void printVehicles(const QList<VehicleInfo> &vehicles, bool json, CliIo &io)
{
    if (json) {
        QJsonArray array;
        for (const VehicleInfo &v : vehicles)
            array.append(v.toJson());
        io.out() << compact({{QStringLiteral("vehicles"), array}}) << '\n';
        return;
    }
    qsizetype idWidth = 2, makeWidth = 4, modelWidth = 5;
    for (const VehicleInfo &v : vehicles) {
        idWidth = std::max(idWidth, v.id.size());
        makeWidth = std::max(makeWidth, v.make.size());
        modelWidth = std::max(modelWidth, v.model.size());
    }
    io.out() << QStringLiteral("ID").leftJustified(idWidth + 2)
             << QStringLiteral("MAKE").leftJustified(makeWidth + 2)
             << QStringLiteral("MODEL").leftJustified(modelWidth + 2) << "YEAR\n";
    for (const VehicleInfo &v : vehicles) {
        io.out() << TextOutput::printable(v.id).leftJustified(idWidth + 2)
                 << TextOutput::printable(v.make).leftJustified(makeWidth + 2)
                 << TextOutput::printable(v.model).leftJustified(modelWidth + 2) << v.year << '\n';
    }
    io.err() << vehicles.size() << (vehicles.size() == 1 ? " vehicle\n" : " vehicles\n");
}

} // namespace connectlab::NetSupport
