#include "LinkReport.h"

#include <LinkImport.h>
#include <UrlBuilder.h>
#include <Validator.h>

#include <algorithm>

namespace connectlab {

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
    report.diagnostics = LinkImport::ordered(Validator::validate(request, report.url));
    return report;
}

bool LinkReport::fromText(const QString &text, LinkReport *out, QString *error)
{
    LinkImport in = LinkImport::read(text);
    if (!in.isOk()) {
        *error = in.error();
        return false;
    }
    LinkReport report;
    report.url = in.input();
    report.request = in.request();
    report.parameters = in.parsed().parameters;
    report.diagnostics = in.diagnostics();
    *out = std::move(report);
    return true;
}

} // namespace connectlab
