#include "LinkCommands.h"

#include "CliIo.h"
#include "JsonOutput.h"
#include "LinkOptions.h"
#include "LinkReport.h"
#include "TextOutput.h"

#include <StateGenerator.h>

namespace connectlab {

namespace {

constexpr int Continue = -1;

Diagnostics errorsOf(const Diagnostics &diagnostics)
{
    Diagnostics errors;
    for (const Diagnostic &diagnostic : diagnostics) {
        if (diagnostic.severity == Severity::Error)
            errors.append(diagnostic);
    }
    return errors;
}

bool wantsJson(const CliOptions &options)
{
    return options.isSet(QStringLiteral("json"));
}

} // namespace

const CliOptionGroup &LinkCommands::outputGroup()
{
    static const CliOptionGroup group{
        QStringLiteral("Output"),
        {{QStringLiteral("json"), QString(),
          QStringLiteral("Print one JSON object: {\"url\", \"valid\", \"params\": [{\"name\", \"value\"}], "
                         "\"diagnostics\": [{\"field\", \"severity\", \"code\", \"message\"}]}."),
          false}}};
    return group;
}

int LinkCommands::obtain(const CliCommand &command, const CliOptions &options, CliIo &io, Source source,
                         LinkReport *report)
{
    const bool optionsGiven = LinkOptions::anyGiven(options);
    if (!options.positionals().isEmpty()) {
        if (optionsGiven) {
            return command.usageError(io, QStringLiteral("give either a URL or link options, not both"));
        }
        QString text = options.positionals().constFirst();
        QString error;
        if (text == u"-" && !io.readInput(&text, &error)) {
            io.err() << "connectlab-cli " << command.name << ": " << error << '\n';
            return CliCommand::ExitUsage;
        }
        if (!LinkReport::fromText(text, report, &error)) {
            io.err() << "connectlab-cli " << command.name << ": " << error << '\n';
            return CliCommand::ExitUsage;
        }
        return Continue;
    }
    if (source == Source::Url) {
        return command.usageError(
            io, QStringLiteral(
                    "needs a link: a Connect URL, its query string, or - to read it from standard input"));
    }
    if (source == Source::UrlOrOptions && !optionsGiven) {
        return command.usageError(
            io, QStringLiteral(
                    "needs a link (a URL, or - for standard input) or link options such as --client-id"));
    }
    ConnectRequest request;
    QString error;
    if (!LinkOptions::toRequest(options, &request, &error))
        return command.usageError(io, error);
    *report = LinkReport::fromRequest(request);
    return Continue;
}

int LinkCommands::build(const CliCommand &command, const CliOptions &options, CliIo &io)
{
    LinkReport report;
    if (const int status = obtain(command, options, io, Source::Options, &report); status != Continue)
        return status;
    if (wantsJson(options)) {
        io.out() << JsonOutput::linkReport(report) << '\n';
    } else {
        io.out() << report.url << '\n';
        io.err() << TextOutput::diagnostics(errorsOf(report.diagnostics), io.colourErr());
    }
    return report.exitCode();
}

int LinkCommands::parse(const CliCommand &command, const CliOptions &options, CliIo &io)
{
    LinkReport report;
    if (const int status = obtain(command, options, io, Source::Url, &report); status != Continue)
        return status;
    if (wantsJson(options)) {
        io.out() << JsonOutput::linkReport(report) << '\n';
    } else {
        io.out() << TextOutput::parameters(report.parameters);
        io.err() << TextOutput::diagnostics(errorsOf(report.diagnostics), io.colourErr());
    }
    return report.exitCode();
}

int LinkCommands::validate(const CliCommand &command, const CliOptions &options, CliIo &io)
{
    LinkReport report;
    if (const int status = obtain(command, options, io, Source::UrlOrOptions, &report); status != Continue)
        return status;
    if (wantsJson(options))
        io.out() << JsonOutput::linkReport(report) << '\n';
    else
        io.out() << TextOutput::diagnostics(report.diagnostics, io.colourOut())
                 << TextOutput::summary(report, io.colourOut());
    return report.exitCode();
}

int LinkCommands::explain(const CliCommand &command, const CliOptions &options, CliIo &io)
{
    LinkReport report;
    if (const int status = obtain(command, options, io, Source::UrlOrOptions, &report); status != Continue)
        return status;
    if (wantsJson(options))
        io.out() << JsonOutput::linkReport(report) << '\n';
    else
        io.out() << TextOutput::explain(report, io.colourOut());
    return report.exitCode();
}

int LinkCommands::state(const CliCommand &, const CliOptions &options, CliIo &io)
{
    const QString state = StateGenerator::generate();
    if (wantsJson(options))
        io.out() << JsonOutput::singleValue(QStringLiteral("state"), state) << '\n';
    else
        io.out() << state << '\n';
    return CliCommand::ExitOk;
}

} // namespace connectlab
