#include "CodeCommands.h"

#include "CliIo.h"
#include "JsonOutput.h"
#include "LinkOptions.h"
#include "LinkReport.h"
#include "TextOutput.h"

#include <CodeGenerator.h>
#include <LinkDiff.h>
#include <LinkImport.h>

namespace connectlab {

namespace {

QString jsonList(const QStringList &items)
{
    QStringList quoted;
    for (const QString &item : items)
        quoted.append(JsonOutput::quote(item));
    return u'[' + quoted.join(QLatin1StringView(", ")) + u']';
}

// Reads the link argument ("-" for standard input). Returns -1 on success, else the exit status after saying
// why.
int readLink(const CliCommand &command, CliIo &io, QString text, bool *stdinUsed, LinkReport *report)
{
    QString error;
    if (text == u"-") {
        if (*stdinUsed)
            return command.usageError(
                io, QStringLiteral("only one of the links can be read from standard input"));
        *stdinUsed = true;
        if (!io.readInput(&text, &error)) {
            io.err() << "connectlab-cli " << command.name << ": " << error << '\n';
            return CliCommand::ExitUsage;
        }
    }
    if (!LinkReport::fromText(text, report, &error)) {
        io.err() << "connectlab-cli " << command.name << ": " << error << '\n';
        return CliCommand::ExitUsage;
    }
    return -1;
}

} // namespace

const CliOptionGroup &CodeCommands::codeGroup()
{
    static const CliOptionGroup group{
        QStringLiteral("Code"),
        {{QStringLiteral("lang"), CodeLanguages::keys().join(u'|'),
          QStringLiteral(
              "The language and SDK: node (smartcar), js (@smartcar/auth), python, java, ruby, go, swift "
              "(iOS), kotlin (Android), raw (the URL built by hand) or curl (the token request)."),
          false},
         {QStringLiteral("model"), QStringLiteral("v2|v3"),
          QStringLiteral(
              "With --lang curl: only the per-vehicle code exchange (v2) or only API Authentication's "
              "client-credentials token (v3); both by default."),
          false}}};
    return group;
}

const CliOptionGroup &CodeCommands::codeOutputGroup()
{
    static const CliOptionGroup group{
        QStringLiteral("Output"),
        {{QStringLiteral("json"), QString(),
          QStringLiteral(
              "Print one JSON object: {\"language\", \"url\", \"code\", \"notes\": [\"…\"], \"exact\", "
              "\"valid\"}."),
          false}}};
    return group;
}

const CliOptionGroup &CodeCommands::diffGroup()
{
    static const CliOptionGroup group{
        QStringLiteral("Comparing"),
        {{QStringLiteral("strict-order"), QString(),
          QStringLiteral("Count the order of scope entries and of flags as a difference."), false},
         {QStringLiteral("json"), QString(),
          QStringLiteral(
              "Print one JSON object: {\"same\", \"left\", \"right\", \"differences\": [{\"parameter\", "
              "\"code\", \"left\", \"right\", \"message\"}], \"notes\": [\"…\"]}."),
          false}}};
    return group;
}

int CodeCommands::code(const CliCommand &command, const CliOptions &options, CliIo &io)
{
    const QString key = options.value(QStringLiteral("lang"));
    if (key.isEmpty())
        return command.usageError(io, QStringLiteral("--lang is required: one of %1")
                                          .arg(CodeLanguages::keys().join(QLatin1StringView(", "))));
    const std::optional<CodeLanguage> language = CodeLanguages::fromKey(key);
    if (!language)
        return command.usageError(io, QStringLiteral("unknown language '%1': use one of %2")
                                          .arg(TextOutput::printable(key.left(40)),
                                               CodeLanguages::keys().join(QLatin1StringView(", "))));
    CodeOptions codeOptions;
    if (options.isSet(QStringLiteral("model"))) {
        const QString model = options.value(QStringLiteral("model"));
        if (*language != CodeLanguage::Curl)
            return command.usageError(io, QStringLiteral("--model picks the token request of --lang curl"));
        if (model == u"v2")
            codeOptions.tokenModel = CodeOptions::TokenModel::PerVehicle;
        else if (model == u"v3")
            codeOptions.tokenModel = CodeOptions::TokenModel::ApiAuthentication;
        else
            return command.usageError(io, QStringLiteral("--model takes v2 (the code exchange) or v3 (API "
                                                         "Authentication), not '%1'")
                                              .arg(TextOutput::printable(model.left(40))));
    }

    LinkReport report;
    const bool optionsGiven = LinkOptions::anyGiven(options);
    if (!options.positionals().isEmpty()) {
        if (optionsGiven)
            return command.usageError(io, QStringLiteral("give either a URL or link options, not both"));
        bool stdinUsed = false;
        if (const int status = readLink(command, io, options.positionals().constFirst(), &stdinUsed, &report);
            status >= 0)
            return status;
    } else if (!optionsGiven) {
        return command.usageError(
            io, QStringLiteral(
                    "needs a link (a URL, or - for standard input) or link options such as --client-id"));
    } else {
        ConnectRequest request;
        QString error;
        if (!LinkOptions::toRequest(options, &request, &error))
            return command.usageError(io, error);
        report = LinkReport::fromRequest(request);
    }

    const GeneratedCode generated = CodeGenerator::generate(*language, report.request, codeOptions);
    if (options.isSet(QStringLiteral("json"))) {
        io.out() << "{\"language\": " << JsonOutput::quote(CodeLanguages::key(*language))
                 << ", \"url\": " << JsonOutput::quote(report.url)
                 << ", \"code\": " << JsonOutput::quote(generated.code)
                 << ", \"notes\": " << jsonList(generated.notes)
                 << ", \"exact\": " << (generated.exactLink ? "true" : "false")
                 << ", \"valid\": " << (report.isValid() ? "true" : "false") << "}\n";
    } else {
        io.out() << generated.code;
        Diagnostics errors;
        for (const Diagnostic &d : report.diagnostics)
            if (d.severity == Severity::Error)
                errors.append(d);
        io.err() << TextOutput::diagnostics(errors, io.colourErr());
    }
    return report.exitCode();
}

int CodeCommands::diff(const CliCommand &command, const CliOptions &options, CliIo &io)
{
    if (options.positionals().size() != 2)
        return command.usageError(io,
                                  QStringLiteral("needs two links (URLs or query strings; - reads one from "
                                                 "standard input)"));
    bool stdinUsed = false;
    LinkReport left;
    LinkReport right;
    if (const int status = readLink(command, io, options.positionals().at(0), &stdinUsed, &left); status >= 0)
        return status;
    if (const int status = readLink(command, io, options.positionals().at(1), &stdinUsed, &right);
        status >= 0)
        return status;
    LinkDiff::Options diffOptions;
    diffOptions.strictOrder = options.isSet(QStringLiteral("strict-order"));
    const LinkDiff diff = LinkDiff::compare(left.url, right.url, diffOptions);
    if (!diff.isOk()) {
        io.err() << "connectlab-cli " << command.name << ": " << diff.error() << '\n';
        return CliCommand::ExitUsage;
    }

    if (options.isSet(QStringLiteral("json"))) {
        QStringList differences;
        for (const LinkDifference &d : diff.differences())
            differences.append(QStringLiteral("{\"parameter\": ") + JsonOutput::quote(d.parameter) +
                               QLatin1StringView(", \"code\": ") + JsonOutput::quote(d.code) +
                               QLatin1StringView(", \"left\": ") + JsonOutput::quote(d.left) +
                               QLatin1StringView(", \"right\": ") + JsonOutput::quote(d.right) +
                               QLatin1StringView(", \"message\": ") + JsonOutput::quote(d.message) + u'}');
        io.out() << "{\"same\": " << (diff.same() ? "true" : "false")
                 << ", \"left\": " << JsonOutput::quote(left.url)
                 << ", \"right\": " << JsonOutput::quote(right.url) << ", \"differences\": ["
                 << differences.join(QLatin1StringView(", ")) << "], \"notes\": " << jsonList(diff.notes())
                 << "}\n";
    } else {
        io.out() << "left:  " << TextOutput::printable(left.url) << '\n'
                 << "right: " << TextOutput::printable(right.url) << "\n\n";
        qsizetype width = 0;
        for (const LinkDiffRow &row : diff.rows())
            if (row.differs())
                width = std::max(width, row.parameter.size());
        for (const LinkDiffRow &row : diff.rows()) {
            if (!row.differs())
                continue;
            const QString l =
                row.left.isEmpty() ? QStringLiteral("(none)") : row.left.join(QLatin1StringView(", "));
            const QString r =
                row.right.isEmpty() ? QStringLiteral("(none)") : row.right.join(QLatin1StringView(", "));
            io.out() << TextOutput::printable(row.parameter).leftJustified(width + 2)
                     << TextOutput::printable(l) << "  →  " << TextOutput::printable(r) << '\n';
            for (const QString &message : row.messages)
                for (const QString &line :
                     TextOutput::wrap(TextOutput::printable(message), TextOutput::Width - 4))
                    io.out() << "    " << line << '\n';
        }
        const int count = int(diff.differences().size());
        if (diff.same())
            io.out() << "The links mean the same.\n";
        else
            io.out() << '\n'
                     << (count == 1 ? QStringLiteral("1 difference")
                                    : QStringLiteral("%1 differences").arg(count))
                     << ": the links do not mean the same.\n";
        for (const QString &note : diff.notes())
            for (const QString &line : TextOutput::wrap(QStringLiteral("Note: ") + note, TextOutput::Width))
                io.out() << line << '\n';
    }
    return diff.same() ? CliCommand::ExitOk : CliCommand::ExitFailed;
}

} // namespace connectlab
