#include "FaultInjector.h"

#include "ScreenRenderer.h"
#include "TokenStore.h"
#include "http/HttpRequest.h"

namespace connectlab::sandbox {

namespace {

bool isTokenEndpoint(QByteArrayView path)
{
    return path == "/oauth/token" || path == "/oauth2/token";
}

bool isApi(QByteArrayView path)
{
    return path == "/v2.0" || path.startsWith("/v2.0/") || path == "/v3" || path.startsWith("/v3/");
}

} // namespace

bool FaultInjector::exempt(QByteArrayView path)
{
    return path.startsWith("/_sandbox/");
}

bool FaultInjector::matches(const QString &pattern, QByteArrayView path)
{
    if (pattern == QLatin1String("*"))
        return true;
    return path.startsWith(pattern.toUtf8());
}

int FaultInjector::latencyMs(QByteArrayView path) const
{
    if (exempt(path))
        return 0;
    int ms = 0;
    for (const SandboxFaults::Latency &l : m_faults.latency) {
        if (matches(l.path, path))
            ms = qMax(ms, l.ms);
    }
    return ms;
}

std::optional<SandboxReply> FaultInjector::statusFault(const HttpRequest &request)
{
    m_countedDown = false;
    if (exempt(request.path))
        return std::nullopt;
    for (qsizetype i = 0; i < m_faults.status.size(); ++i) {
        SandboxFaults::Status &s = m_faults.status[i];
        if (!matches(s.path, request.path))
            continue;
        const int status = s.status;
        const int times = s.times;
        m_countedDown = times > 0;
        if (times == 1)
            m_faults.status.removeAt(i); // used up
        else if (times > 1)
            --s.times;
        SandboxReply reply =
            isTokenEndpoint(request.path) ? oauthError(status)
            : isApi(request.path)
                ? apiError(status)
                : ScreenRenderer::errorPage(status, QString::fromLatin1(HttpResponse::reasonPhrase(status)),
                                            QStringLiteral("The sandbox was told to answer %1 here (a status "
                                                           "fault on %2).")
                                                .arg(status)
                                                .arg(QString::fromUtf8(request.path)));
        reply.summary = QStringLiteral("fault: %1 instead of the answer (%2)")
                            .arg(status)
                            .arg(times == 0   ? QStringLiteral("every time")
                                 : times == 1 ? QStringLiteral("the last time")
                                              : QStringLiteral("%1 more").arg(times - 1));
        if (status == 429 || status == 503)
            reply.response.setHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(RetryAfterSecs));
        return reply;
    }
    return std::nullopt;
}

SandboxReply FaultInjector::apiError(int status)
{
    // Smartcar's error shape (core/net's ApiError reads it): type, code, description, docURL, statusCode,
    // requestId, resolution.
    QString type = QStringLiteral("SERVER");
    QString code = QStringLiteral("INTERNAL");
    QString description =
        QStringLiteral("Smartcar ran into an unexpected error (a sandbox fault). Retry later.");
    QString doc = QStringLiteral("https://smartcar.com/docs/errors/api-errors/server-errors#internal");
    if (status == 429) {
        type = QStringLiteral("RATE_LIMIT");
        code = QStringLiteral("SMARTCAR_API");
        description = QStringLiteral("Your application has exceeded its rate limit (a sandbox fault). Retry "
                                     "after %1 s.")
                          .arg(RetryAfterSecs);
        doc = QStringLiteral("https://smartcar.com/docs/errors/api-errors/rate-limit-errors#smartcar-api");
    } else if (status >= 502 && status <= 504) {
        type = QStringLiteral("UPSTREAM");
        code = status == 504 ? QStringLiteral("NO_RESPONSE") : QStringLiteral("UNKNOWN_ISSUE");
        description = QStringLiteral("The vehicle's manufacturer did not answer as expected (a sandbox "
                                     "fault). Retry later.");
        doc = QStringLiteral("https://smartcar.com/docs/errors/api-errors/upstream-errors");
    }
    SandboxReply reply =
        SandboxReply::json({{QStringLiteral("type"), type},
                            {QStringLiteral("code"), code},
                            {QStringLiteral("description"), description},
                            {QStringLiteral("docURL"), doc},
                            {QStringLiteral("statusCode"), status},
                            {QStringLiteral("requestId"), TokenStore::randomId()},
                            {QStringLiteral("resolution"),
                             QJsonObject{{QStringLiteral("type"), QStringLiteral("RETRY_LATER")}}}},
                           status, QString());
    return reply;
}

SandboxReply FaultInjector::oauthError(int status)
{
    // RFC 6749 section 5.2 has no code for these; servers use server_error and temporarily_unavailable (its
    // section 4.1.2.1 names them for the authorization endpoint).
    const bool later = status == 429 || status == 503;
    const QString error = later ? QStringLiteral("temporarily_unavailable") : QStringLiteral("server_error");
    const QString description =
        status == 429
            ? QStringLiteral("Too many token requests (a sandbox fault): retry after %1 s.")
                  .arg(RetryAfterSecs)
            : QStringLiteral("The authorization server failed (a sandbox fault, HTTP %1): retry later.")
                  .arg(status);
    SandboxReply reply = SandboxReply::json(
        {{QStringLiteral("error"), error}, {QStringLiteral("error_description"), description}}, status,
        QString());
    return reply;
}

QByteArray FaultInjector::malformedLocation(const QByteArray &location)
{
    const qsizetype authority = location.indexOf("://");
    if (authority >= 0)
        return location.left(authority + 3) + '[' + location.mid(authority + 3);
    const qsizetype colon = location.indexOf(':');
    if (colon >= 0)
        return location.left(colon + 1) + "//[" + location.mid(colon + 1);
    return "http://[" + location;
}

SandboxReply FaultInjector::redirectFault(SandboxReply reply) const
{
    if (m_faults.redirect == SandboxFaults::Redirect::Fine || reply.response.status() != 302)
        return reply;
    if (m_faults.redirect == SandboxFaults::Redirect::Never) {
        SandboxReply waiting = ScreenRenderer::waitingPage();
        waiting.summary = reply.summary + QStringLiteral(" withheld (fault: redirect never)");
        return waiting;
    }
    reply.response.setHeader(QByteArrayLiteral("Location"),
                             malformedLocation(reply.response.header("Location")));
    reply.response.setBody(QByteArrayLiteral("text/plain; charset=utf-8"),
                           QByteArrayLiteral("The sandbox redirects to a malformed URL (fault: redirect "
                                             "malformed).\n"));
    reply.summary += QStringLiteral(" to a malformed URL (fault: redirect malformed)");
    return reply;
}

} // namespace connectlab::sandbox
