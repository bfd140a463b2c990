#include "WebhookCommands.h"

#include "CliIo.h"
#include "TextOutput.h"

#include <WebhookSignature.h>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace connectlab {

namespace {

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// The management token from the environment variable --token-env names; empty after a usage error.
QByteArray tokenFromEnvironment(const CliCommand &command, const CliOptions &options, CliIo &io, int *status)
{
    const QString variable = options.value(QStringLiteral("token-env"));
    static const QRegularExpression validName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    if (variable.isEmpty()) {
        *status =
            command.usageError(io, QStringLiteral("--token-env VAR is required: the name of the environment "
                                                  "variable that holds the Application Management Token"));
        return {};
    }
    if (!validName.match(variable).hasMatch()) {
        *status =
            command.usageError(io, QStringLiteral("--token-env takes the NAME of an environment variable "
                                                  "(letters, digits, _), not the token itself"));
        return {};
    }
    const QByteArray value = qgetenv(variable.toLocal8Bit().constData());
    if (value.isEmpty())
        *status = command.usageError(
            io, QStringLiteral("the environment variable %1 is not set or empty (export %1=… first)")
                    .arg(variable));
    return value;
}

} // namespace

CliCommand WebhookCommands::webhookCommand()
{
    return {
        QStringLiteral("webhook"),
        QStringLiteral("challenge --token-env VAR CHALLENGE | verify --token-env VAR --signature HEX "
                       "--body-file FILE"),
        QStringLiteral(
            "Answer a webhook VERIFY challenge, or check an SC-Signature, as Smartcar computes them"),
        QStringLiteral(
            "For your own webhook receiver, the known-good results to compare with. 'challenge' prints the "
            "answer to Smartcar's VERIFY event: {\"challenge\": hex HMAC-SHA256(token, CHALLENGE)}, the body "
            "your endpoint returns with 200 within 15 s. 'verify' checks that SC-Signature is the hex "
            "HMAC-SHA256 of the body's exact bytes (as your receiver got them; - reads standard input), and "
            "says why not: another token, a body re-formatted or given a final line break after it was "
            "signed. The key is the Application Management Token, read from the environment variable "
            "named by --token-env, never from the command line."),
        {QStringLiteral("SC_MGMT=… connectlab-cli webhook challenge --token-env SC_MGMT 8f2c…"),
         QStringLiteral("connectlab-cli webhook verify --token-env SC_MGMT --signature \"$SIG\" --body-file "
                        "body.json --json")},
        QStringLiteral("Exit status: 0 answered, or the signature is valid; 1 the signature is not valid; 2 "
                       "usage error (e.g. the environment variable is not set, the file cannot be read)."),
        {{QStringLiteral("Webhook"),
          {{QStringLiteral("token-env"), QStringLiteral("VAR"),
            QStringLiteral("The name of the environment variable holding the Application Management Token."),
            false},
           {QStringLiteral("token"), QStringLiteral("TOKEN"),
            QStringLiteral("Refused: other users can read the command line. Use --token-env."), false},
           {QStringLiteral("signature"), QStringLiteral("HEX"),
            QStringLiteral("verify: the SC-Signature header's value."), false},
           {QStringLiteral("body-file"), QStringLiteral("FILE"),
            QStringLiteral("verify: the body exactly as received (- for standard input)."), false}}},
         {QStringLiteral("Output"),
          {{QStringLiteral("json"), QString(),
            QStringLiteral("challenge: print {\"challenge\"}; verify: print {\"valid\", \"expected\", "
                           "\"explanation\"}."),
            false}}}},
        2,
        &WebhookCommands::webhook,
    };
}

int WebhookCommands::webhook(const CliCommand &command, const CliOptions &options, CliIo &io)
{
    if (options.isSet(QStringLiteral("token")))
        return command.usageError(
            io, QStringLiteral("--token is refused: a secret on the command line is visible "
                               "to other users. Put it in an environment variable and pass "
                               "its name with --token-env"));
    const QStringList args = options.positionals();
    const QString action = args.value(0);
    const bool json = options.isSet(QStringLiteral("json"));
    if (action == QLatin1String("challenge")) {
        if (args.size() != 2 || args.at(1).isEmpty())
            return command.usageError(io, QStringLiteral("webhook challenge needs the challenge: the "
                                                         "data.challenge of the VERIFY event"));
        if (options.isSet(QStringLiteral("signature")) || options.isSet(QStringLiteral("body-file")))
            return command.usageError(io,
                                      QStringLiteral("--signature and --body-file belong to webhook verify"));
        int status = CliCommand::ExitUsage;
        const QByteArray token = tokenFromEnvironment(command, options, io, &status);
        if (token.isEmpty())
            return status;
        const QString answer = WebhookSignature::challengeAnswer(token, args.at(1));
        if (json)
            io.out() << compact({{QStringLiteral("challenge"), answer}}) << '\n';
        else
            io.out() << answer << '\n';
        return CliCommand::ExitOk;
    }
    if (action == QLatin1String("verify")) {
        if (args.size() > 1)
            return command.usageError(io,
                                      QStringLiteral("webhook verify takes no argument: give the body with "
                                                     "--body-file FILE"));
        const QString signature = options.value(QStringLiteral("signature"));
        const QString file = options.value(QStringLiteral("body-file"));
        if (signature.isEmpty())
            return command.usageError(io,
                                      QStringLiteral("--signature HEX is required: the SC-Signature header"));
        if (file.isEmpty())
            return command.usageError(io, QStringLiteral("--body-file FILE is required: the body as received "
                                                         "(- for standard input)"));
        int status = CliCommand::ExitUsage;
        const QByteArray token = tokenFromEnvironment(command, options, io, &status);
        if (token.isEmpty())
            return status;
        QFile body(file);
        const bool opened = file == QLatin1String("-") ? body.open(stdin, QIODevice::ReadOnly)
                                                       : body.open(QIODevice::ReadOnly);
        if (!opened)
            return command.usageError(
                io,
                QStringLiteral("cannot read %1: %2").arg(TextOutput::printable(file), body.errorString()));
        const QByteArray bytes = body.readAll(); // the raw bytes: no text decoding, no line-end changes
        const WebhookSignature::Check check = WebhookSignature::check(token, bytes, signature);
        if (json) {
            io.out() << compact({{QStringLiteral("valid"), check.valid},
                                 {QStringLiteral("expected"), check.expected},
                                 {QStringLiteral("explanation"), check.explanation}})
                     << '\n';
        } else {
            io.out() << (check.valid ? "valid" : "invalid") << '\n';
            io.err() << check.explanation << '\n';
            if (!check.valid)
                io.err() << "expected SC-Signature: " << check.expected << '\n';
        }
        return check.valid ? CliCommand::ExitOk : CliCommand::ExitFailed;
    }
    return command.usageError(
        io, action.isEmpty() ? QStringLiteral("say what to do: webhook challenge … or webhook verify …")
                             : QStringLiteral("unknown action '%1': use challenge or verify")
                                   .arg(TextOutput::printable(action.left(40))));
}

} // namespace connectlab
