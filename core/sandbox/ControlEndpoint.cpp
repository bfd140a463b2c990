#include "ControlEndpoint.h"

#include "ScreenRenderer.h"
#include "http/HttpRequest.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace connectlab::sandbox {

namespace {

SandboxReply invalid(const QString &description)
{
    return SandboxReply::json({{QStringLiteral("error"), QStringLiteral("invalid_faults")},
                               {QStringLiteral("error_description"), description}},
                              400, QStringLiteral("faults refused: ") + description);
}

} // namespace

SandboxReply ControlEndpoint::answer(const HttpRequest &request, const SandboxFaults &current,
                                     SandboxFaults *replacement, bool *replaced)
{
    *replaced = false;
    if (request.path != FaultsPath)
        return ScreenRenderer::errorPage(404, QStringLiteral("Not found"),
                                         QStringLiteral("The control endpoint has /_sandbox/faults only."));
    if (request.method == "GET" || request.method == "HEAD")
        return SandboxReply::json(current.toJson(), 200,
                                  current.isEmpty() ? QStringLiteral("faults: none")
                                                    : QStringLiteral("faults read"));
    if (request.method != "PUT")
        return SandboxReply::methodNotAllowed("GET, PUT");

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return invalid(QStringLiteral("The body is not JSON (%1 at offset %2): send an object such as "
                                      "{\"status\": [{\"path\": \"/oauth/token\", \"status\": 503}]}, or {} "
                                      "to clear.")
                           .arg(parseError.errorString())
                           .arg(parseError.offset));
    if (!doc.isObject())
        return invalid(QStringLiteral("The body must be a JSON object ({} clears every fault)."));
    SandboxFaults faults;
    QString error;
    if (!SandboxFaults::fromJson(doc.object(), &faults, &error))
        return invalid(error);
    *replacement = faults;
    *replaced = true;
    SandboxReply reply = SandboxReply::json(faults.toJson(), 200,
                                            faults.isEmpty() ? QStringLiteral("faults cleared")
                                                             : QStringLiteral("faults set"));
    return reply;
}

} // namespace connectlab::sandbox
