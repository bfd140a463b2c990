#include "CliCommands.h"

#include "CliDocs.h"
#include "CliIo.h"
#include "CodeCommands.h"
#include "LinkCommands.h"
#include "LinkOptions.h"
#include "NetCommands.h"
#include "TextOutput.h"
#include "V3Commands.h"
#include "WebhookCommands.h"

#include <QCoreApplication>

#include <algorithm>

namespace connectlab {

namespace {

const QString LinkExitStatus = QStringLiteral(
    "Exit status: 0 no error in the link, 1 the link has errors, 2 usage error or unreadable input.");

const CliOptionGroup &stateOutputGroup()
{
    static const CliOptionGroup group{
        QStringLiteral("Output"),
        {{QStringLiteral("json"), QString(),
          QStringLiteral("Print {\"state\": \"…\"} instead of the bare value."), false}}};
    return group;
}

} // namespace

// The subcommands, in the order --help lists them. To add one: write its handler (a function taking
// the command, its parsed options and the streams, returning the exit status), then add an entry here.
// Option parsing, the usage line, --help and the command list all follow from the entry.
const QList<CliCommand> &CliCommands::table()
{
    static const QList<CliCommand> commands = {
        {
            QStringLiteral("build"),
            QStringLiteral("[options]"),
            QStringLiteral("Print the Connect link the options describe"),
            QStringLiteral(
                "Builds the link exactly as Smartcar's back-end SDKs do and prints it on one line, "
                "even when it has errors (those are listed on stderr and the exit status is 1). "
                "Start from a saved profile with --profile; options given with it override it."),
            {QStringLiteral("connectlab-cli build --client-id 4cf82729-4275-46d9-9255-8437ba777151 "
                            "--redirect-uri https://example.com/callback --scope \"read_vin read_odometer\" "
                            "--state \"$(connectlab-cli state)\""),
             QStringLiteral("connectlab-cli build --profile work.json --mode simulated --country DE"),
             QStringLiteral(
                 "connectlab-cli build --client-id ID --vehicle-id 36ab27d0-fd9d-4455-823a-ce30af709ffc"),
             QStringLiteral("connectlab-cli build --client-id ID --param external_id=42 --json")},
            LinkExitStatus,
            {LinkOptions::group(), LinkCommands::outputGroup()},
            0,
            &LinkCommands::build,
        },
        {
            QStringLiteral("parse"),
            QStringLiteral("URL"),
            QStringLiteral("List the parameters of a link"),
            QStringLiteral("Reads a Connect URL or its bare query string, as written by any Smartcar SDK "
                           "('+' or %20 for spaces, any order), and prints each parameter decoded, in link "
                           "order, duplicates kept. Errors in the link are listed on stderr (exit status 1). "
                           "Give - as the URL to read it from standard input; quote the URL in the shell."),
            {QStringLiteral("connectlab-cli parse 'https://connect.smartcar.com/oauth/authorize?"
                            "response_type=code&client_id=ID&scope=read_vin%20read_odometer&mode=live'"),
             QStringLiteral("connectlab-cli parse 'client_id=ID&scope=read_vin+read_odometer' --json"),
             QStringLiteral("xclip -o | connectlab-cli parse -")},
            LinkExitStatus,
            {LinkCommands::outputGroup()},
            1,
            &LinkCommands::parse,
        },
        {
            QStringLiteral("validate"),
            QStringLiteral("URL | [options]"),
            QStringLiteral("Check a link, or the link the options build"),
            QStringLiteral("Prints one line per finding (severity, parameter, code, how to fix it), errors "
                           "first, then a summary. Without a URL, checks the link that the link options "
                           "(the same as for build) describe. Give - as the URL to read it from standard "
                           "input."),
            {QStringLiteral("connectlab-cli validate 'https://connect.smartcar.com/oauth/authorize?"
                            "response_type=code&client_id=ID&single_select_vin=1HGCM82633A004351'"),
             QStringLiteral("connectlab-cli validate --client-id ID --scope read_fuel --country FR --json"),
             QStringLiteral("connectlab-cli validate - < link.txt && echo \"no errors\"")},
            LinkExitStatus,
            {LinkOptions::group(), LinkCommands::outputGroup()},
            1,
            &LinkCommands::validate,
        },
        {
            QStringLiteral("explain"),
            QStringLiteral("URL | [options]"),
            QStringLiteral("Explain each parameter of a link and what is wrong with it"),
            QStringLiteral("Prints a table of the link's parameters: the value, what the parameter does, and "
                           "the findings about it; then the parameters left out and the default that applies "
                           "instead, and a summary. Takes a URL (or - for standard input) or link options."),
            {QStringLiteral("connectlab-cli explain 'https://connect.smartcar.com/oauth/authorize?"
                            "response_type=code&client_id=ID&mode=test&flags=country:DE'"),
             QStringLiteral("connectlab-cli explain --profile work.json")},
            LinkExitStatus,
            {LinkOptions::group(), LinkCommands::outputGroup()},
            1,
            &LinkCommands::explain,
        },
        {
            QStringLiteral("state"),
            QString(),
            QStringLiteral("Print a fresh random state value"),
            QStringLiteral("Prints 192 bits from the system's secure random generator as URL-safe base64 "
                           "(32 characters of A-Z a-z 0-9 - _), different every time. Use it as --state and "
                           "compare it with the state that comes back to your redirect URI."),
            {QStringLiteral("connectlab-cli state"),
             QStringLiteral("connectlab-cli build --client-id ID --state \"$(connectlab-cli state)\"")},
            QStringLiteral("Exit status: 0, or 2 on a usage error."),
            {stateOutputGroup()},
            0,
            &LinkCommands::state,
        },
        {
            QStringLiteral("code"),
            QStringLiteral("--lang LANG [URL | options]"),
            QStringLiteral("Print the code that makes the link with an official SDK"),
            QStringLiteral(
                "Writes the code that builds the same link with Smartcar's SDK for the language (its real "
                "option names: forcePrompt, makeBypass, singleSelect …), the link by hand (raw), or the "
                "token request with curl for either authentication model. What the SDK has no option for "
                "is set on the URL it returns, with a comment saying why; secrets are read from "
                "environment variables, never written into the code. Takes a URL (or - for standard "
                "input) or the link options of build. Errors in the link are listed on stderr."),
            {QStringLiteral(
                 "connectlab-cli code --lang node --client-id ID --redirect-uri https://example.com/cb "
                 "--scope \"read_vin required:read_odometer\" --country DE"),
             QStringLiteral("connectlab-cli code --lang python 'https://connect.smartcar.com/oauth/authorize?"
                            "response_type=code&client_id=ID&mode=simulated'"),
             QStringLiteral("connectlab-cli code --lang curl --model v3 - < link.txt")},
            LinkExitStatus,
            {CodeCommands::codeGroup(), LinkOptions::group(), CodeCommands::codeOutputGroup()},
            1,
            &CodeCommands::code,
        },
        {
            QStringLiteral("diff"),
            QStringLiteral("URL1 URL2"),
            QStringLiteral("Compare two links parameter by parameter"),
            QStringLiteral(
                "Reads two links (URLs or query strings written by any SDK; - reads one from standard "
                "input), the first as the left, and lists what changes what Connect does, one sentence "
                "each: another origin or endpoint, mode or redirect URI, a changed state, a required: "
                "added or dropped, a parameter only on one side. Parameter order, '+' or %20, the order "
                "of scope entries and of flags (unless --strict-order), application_id for client_id "
                "and a default spelled out do not count; they are listed as notes."),
            {QStringLiteral("connectlab-cli diff \"$DASHBOARD_LINK\" \"$APP_LINK\""),
             QStringLiteral("connectlab-cli diff 'client_id=ID&scope=read_vin+read_odometer' "
                            "'client_id=ID&scope=read_odometer%20read_vin' --json"),
             QStringLiteral("connectlab-cli diff --strict-order \"$(cat yesterday.txt)\" - < today.txt")},
            QStringLiteral(
                "Exit status: 0 the links mean the same, 1 they differ, 2 usage error or unreadable "
                "input."),
            {CodeCommands::diffGroup()},
            2,
            &CodeCommands::diff,
        },
        NetCommands::exchangeCommand(),
        NetCommands::vehiclesCommand(),
        V3Commands::tokenCommand(),
        V3Commands::connectionsCommand(),
        V3Commands::signalsCommand(),
        WebhookCommands::webhookCommand(),
        {
            QStringLiteral("completion"),
            QStringLiteral("bash"),
            QStringLiteral("Print the bash completion script"),
            QStringLiteral("Prints a bash completion script for connectlab-cli's commands, options and their "
                           "values, written from the same table as this help. The package installs it; to "
                           "use it from a build, source its output."),
            {QStringLiteral("source <(connectlab-cli completion bash)")},
            QStringLiteral("Exit status: 0, or 2 on a usage error."),
            {},
            1,
            &CliDocs::completion,
        },
    };
    return commands;
}

const CliCommand *CliCommands::find(const QString &name)
{
    for (const CliCommand &command : table()) {
        if (command.name == name)
            return &command;
    }
    return nullptr;
}

QString CliCommands::overview()
{
    QString out = QStringLiteral("connectlab-cli: compose, read and check Smartcar Connect links.\n\n"
                                 "Usage: connectlab-cli COMMAND [arguments] [options]\n\nCommands:\n");
    qsizetype width = 0;
    for (const CliCommand &command : table())
        width = std::max(width, command.name.size());
    for (const CliCommand &command : table())
        out += QLatin1StringView("  ") + command.name.leftJustified(width + 3) + command.summary + u'\n';
    out += QStringLiteral(
        "\nExamples:\n"
        "  connectlab-cli build --client-id ID --redirect-uri https://example.com/callback --scope read_vin\n"
        "  connectlab-cli validate 'https://connect.smartcar.com/oauth/authorize?client_id=ID&mode=live'\n"
        "  connectlab-cli explain - < link.txt\n"
        "\nRun 'connectlab-cli COMMAND --help' for a command's options and more examples.\n"
        "Other options: -h, --help (this text), --version.\n\n");
    out += LinkExitStatus + u'\n';
    return out;
}

QString CliCommands::help(const CliCommand &command)
{
    QString out = QLatin1StringView("Usage: connectlab-cli ") + command.name;
    if (!command.arguments.isEmpty())
        out += u' ' + command.arguments;
    out += QLatin1StringView("\n\n") + command.summary + QLatin1StringView(".\n\n");
    for (const QString &line : TextOutput::wrap(command.description, TextOutput::Width))
        out += line + u'\n';

    qsizetype width = QStringLiteral("-h, --help").size();
    for (const CliOptionGroup &group : command.optionGroups) {
        for (const CliOption &option : group.options)
            width = std::max(width, option.syntax().size());
    }
    const auto optionLine = [width](const QString &syntax, const QString &help) {
        QString lines;
        const QString indent(width + 4, u' ');
        const QStringList wrapped = TextOutput::wrap(help, int(TextOutput::Width - indent.size()));
        for (qsizetype i = 0; i < wrapped.size(); ++i) {
            lines += (i == 0 ? QLatin1StringView("  ") + syntax.leftJustified(width + 2) : indent) +
                     wrapped.at(i) + u'\n';
        }
        return lines;
    };
    for (const CliOptionGroup &group : command.optionGroups) {
        out += u'\n' + group.title + QLatin1StringView(":\n");
        for (const CliOption &option : group.options)
            out += optionLine(option.syntax(), option.help);
    }
    out += u'\n' + optionLine(QStringLiteral("-h, --help"), QStringLiteral("Show this help."));

    if (!command.examples.isEmpty()) {
        out += QLatin1StringView(command.examples.size() == 1 ? "\nExample:\n" : "\nExamples:\n");
        for (const QString &example : command.examples)
            out += QLatin1StringView("  ") + example + u'\n';
    }
    if (!command.exitStatus.isEmpty())
        out += u'\n' + command.exitStatus + u'\n';
    return out;
}

int CliCommands::run(const QStringList &arguments, CliIo &io)
{
    if (arguments.isEmpty()) {
        io.err() << "connectlab-cli: a command is required.\n\n" << overview();
        return CliCommand::ExitUsage;
    }
    const QString &first = arguments.constFirst();
    if (first == u"-h" || first == u"--help") {
        io.out() << overview();
        return CliCommand::ExitOk;
    }
    if (first == u"help") {
        if (arguments.size() == 1) {
            io.out() << overview();
            return CliCommand::ExitOk;
        }
        if (const CliCommand *command = find(arguments.at(1))) {
            io.out() << help(*command);
            return CliCommand::ExitOk;
        }
    }
    if (first == u"--man") { // not in --help: the build writes the man page with it
        io.out() << CliDocs::manPage();
        return CliCommand::ExitOk;
    }
    if (first == u"--version") {
        io.out() << "connectlab-cli " << QCoreApplication::applicationVersion() << '\n';
        return CliCommand::ExitOk;
    }

    QStringList names;
    for (const CliCommand &command : table())
        names.append(command.name);
    const CliCommand *command = find(first == u"help" ? arguments.at(1) : first);
    if (!command) {
        const QString given = first == u"help" ? arguments.at(1) : first;
        if (given.startsWith(u'-'))
            io.err()
                << "connectlab-cli: the command comes first, then its options (e.g. connectlab-cli build "
                << given << " …).\n";
        else
            io.err() << "connectlab-cli: unknown command '" << TextOutput::printable(given) << "'.\n";
        io.err() << "Commands: " << names.join(QLatin1StringView(", "))
                 << ". Run 'connectlab-cli --help' for more.\n";
        return CliCommand::ExitUsage;
    }

    const QStringList rest = arguments.mid(1);
    if (CliOptions::wantsHelp(rest)) {
        io.out() << help(*command);
        return CliCommand::ExitOk;
    }
    CliOptions options;
    QString error;
    if (!CliOptions::parse(rest, command->optionGroups, &options, &error))
        return command->usageError(io, TextOutput::printable(error));
    if (options.positionals().size() > command->maxPositionals) {
        const QString unexpected = options.positionals().at(command->maxPositionals);
        return command->usageError(
            io, command->maxPositionals == 0
                    ? QStringLiteral("takes no arguments, only options (unexpected '%1')")
                          .arg(TextOutput::printable(unexpected.left(80)))
                    : QStringLiteral("takes %1; unexpected '%2' (quote the URL in the shell: '…')")
                          .arg(command->maxPositionals == 1
                                   ? QStringLiteral("one link")
                                   : QStringLiteral("%1 links").arg(command->maxPositionals),
                               TextOutput::printable(unexpected.left(80))));
    }
    return command->run(*command, options, io);
}

} // namespace connectlab
