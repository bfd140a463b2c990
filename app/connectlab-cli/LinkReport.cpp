#include "LinkReport.h"

#include <UrlBuilder.h>
#include <UrlParser.h>
#include <Validator.h>

#include <QSet>

#include <algorithm>

namespace connectlab {

namespace {

// Errors first, then warnings, then infos; the core's order is kept within a severity.
// The parser and the validator can both notice the same thing (a duplicate): report it once.
Diagnostics ordered(const Diagnostics &diagnostics)
{
    Diagnostics result;
    result.reserve(diagnostics.size());
    QSet<QString> seen;
    for (const Diagnostic &diagnostic : diagnostics) {
        const QString key = diagnostic.field + u'\n' + diagnostic.code + u'\n' + diagnostic.message + u'\n' +
                            QString::number(static_cast<int>(diagnostic.severity));
        if (!seen.contains(key)) {
            seen.insert(key);
            result.append(diagnostic);
        }
    }
    std::stable_sort(result.begin(), result.end(), [](const Diagnostic &a, const Diagnostic &b) {
        return static_cast<int>(a.severity) > static_cast<int>(b.severity);
    });
    return result;
}

} // namespace

qsizetype LinkReport::count(Severity severity) const
{
    return std::count_if(diagnostics.cbegin(), diagnostics.cend(),
                         [severity](const Diagnostic &d) { return d.severity == severity; });
}

LinkReport LinkReport::fromRequest(const ConnectRequest &request)
{
    LinkReport report;
    report.request = request;
    report.url = UrlBuilder::build(request);
    report.parameters = UrlBuilder::parameters(request);
    report.diagnostics = ordered(Validator::validate(request, report.url));
    return report;
}

bool LinkReport::fromText(const QString &text, LinkReport *out, QString *error)
{
    const QString link = text.trimmed();
    if (link.isEmpty()) {
        *error = QStringLiteral("the link is empty; give a Connect URL or its query string");
        return false;
    }
    ParseResult parsed = UrlParser::parse(link);
    if (!parsed.ok) {
        QString reason;
        for (const Diagnostic &diagnostic : std::as_const(parsed.diagnostics)) {
            if (diagnostic.severity == Severity::Error) {
                reason = diagnostic.message;
                break;
            }
        }
        *error = reason.isEmpty()
                     ? QStringLiteral("this is neither a Connect link nor a query string: give a "
                                      "link like https://connect.smartcar.com/oauth/authorize?…")
                     : reason;
        return false;
    }
    LinkReport report;
    report.url = link;
    report.request = std::move(parsed.request);
    report.parameters = std::move(parsed.parameters);
    const Diagnostics checked = Validator::validate(report.request);
    // The validator says more about a repeated parameter than the parser's "kept" note: keep its word.
    const auto validatorCovers = [&checked](const Diagnostic &note) {
        return note.code == QLatin1StringView("duplicate-kept") &&
               std::any_of(checked.cbegin(), checked.cend(), [&note](const Diagnostic &d) {
                   return d.field == note.field && d.code.startsWith(QLatin1StringView("duplicate-"));
               });
    };
    parsed.diagnostics.removeIf(validatorCovers);
    report.diagnostics = ordered(parsed.diagnostics + checked);
    *out = std::move(report);
    return true;
}

} // namespace connectlab
