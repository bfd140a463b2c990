#include "CurlGenerator.h"

#include "CodeLayout.h"
#include "ConnectRequest.h"
#include "StringLiteral.h"

namespace connectlab {

namespace {

QString sh(const QString &value)
{
    return StringLiteral::shell(value);
}

bool isLoopback(const QString &baseUrl)
{
    const qsizetype colon = baseUrl.indexOf(QLatin1StringView("://"));
    QString host = baseUrl.mid(colon + 3);
    const qsizetype port = host.lastIndexOf(u':');
    if (port > 0 && !host.endsWith(u']'))
        host = host.left(port);
    return host == u"127.0.0.1" || host.compare(u"localhost", Qt::CaseInsensitive) == 0 || host == u"[::1]";
}

} // namespace

GeneratedCode CurlGenerator::generate(const ConnectRequest &r, const CodeOptions &options) const
{
    using Model = CodeOptions::TokenModel;
    QStringList lines;
    QStringList notes;
    const bool sandbox = isLoopback(r.baseUrl);

    if (options.tokenModel != Model::ApiAuthentication) {
        const QString tokenUrl =
            sandbox ? r.baseUrl + QStringLiteral("/oauth/token") : QString::fromLatin1(AuthTokenUrl);
        lines +=
            CodeLayout::comment(tr("Per-vehicle tokens (v2): exchange the code from the redirect (valid 10 "
                                   "minutes) for an access token (2 hours) and a refresh token (60 days)."),
                                QString(), QStringLiteral("#"));
        if (sandbox)
            lines += CodeLayout::comment(
                tr("The link points at a local sandbox (%1): it serves the token endpoint "
                   "itself.")
                    .arg(r.baseUrl),
                QString(), QStringLiteral("#"));
        if (r.isReauthentication()) {
            const QString note =
                tr("A re-authentication link brings back vehicle_id, not a code: the vehicle's "
                   "tokens stay as they are and there is nothing to exchange.");
            lines += CodeLayout::comment(note, QString(), QStringLiteral("#"));
            notes.append(note);
        }
        const QString user = r.clientId.isEmpty()
                                 ? QStringLiteral("\"${SMARTCAR_CLIENT_ID:?set SMARTCAR_CLIENT_ID}:")
                                 : sh(r.clientId + u':') + u'"';
        lines << QStringLiteral("curl --request POST ") + sh(tokenUrl) + QLatin1StringView(" \\")
              << QStringLiteral("  --user ") + user +
                     QLatin1StringView("${SMARTCAR_CLIENT_SECRET:?set SMARTCAR_CLIENT_SECRET}\" \\")
              << QStringLiteral("  --header 'Content-Type: application/x-www-form-urlencoded' \\")
              << QStringLiteral("  --data-urlencode 'grant_type=authorization_code' \\");
        if (r.redirectUri.isEmpty()) {
            lines << QStringLiteral(
                "  --data-urlencode \"code=${SMARTCAR_CODE:?set SMARTCAR_CODE to the code from "
                "the redirect}\"");
            const QString note =
                tr("The link has no redirect_uri: the exchange must send the one Connect redirected "
                   "to (the Dashboard's default), so add --data-urlencode 'redirect_uri=…'.");
            lines += CodeLayout::comment(note, QString(), QStringLiteral("#"));
            notes.append(note);
        } else {
            lines << QStringLiteral(
                         "  --data-urlencode \"code=${SMARTCAR_CODE:?set SMARTCAR_CODE to the code from "
                         "the redirect}\" \\")
                  << QStringLiteral("  --data-urlencode ") +
                         sh(QStringLiteral("redirect_uri=") + r.redirectUri);
        }
    }
    if (options.tokenModel == Model::Both)
        lines << QString();
    if (options.tokenModel != Model::PerVehicle) {
        lines += CodeLayout::comment(tr("API Authentication (v3): an application token (3600 s, no refresh "
                                        "token) from the API Client ID "
                                        "(client_…) and one of its secrets, both from Dashboard → API "
                                        "Credentials; the API calls then send "
                                        "sc-user-id with the user_id the redirect brought back. Never put "
                                        "the API Client ID in the link."),
                                     QString(), QStringLiteral("#"));
        if (sandbox) {
            const QString note =
                tr("The local sandbox does not serve API Authentication: this request goes to "
                   "Smartcar.");
            lines += CodeLayout::comment(note, QString(), QStringLiteral("#"));
            notes.append(note);
        }
        lines << QStringLiteral("curl --request POST ") + sh(QString::fromLatin1(IamTokenUrl)) +
                     QLatin1StringView(" \\")
              << QStringLiteral("  --header 'Content-Type: application/x-www-form-urlencoded' \\")
              << QStringLiteral("  --data-urlencode 'grant_type=client_credentials' \\")
              << QStringLiteral(
                     "  --data-urlencode \"client_id=${SMARTCAR_API_CLIENT_ID:?set SMARTCAR_API_CLIENT_ID "
                     "to your client_… id}\" \\")
              << QStringLiteral("  --data-urlencode \"client_secret=${SMARTCAR_API_CLIENT_SECRET:?set "
                                "SMARTCAR_API_CLIENT_SECRET}\"");
    }

    GeneratedCode out;
    out.language = language();
    out.code = lines.join(u'\n') + u'\n';
    out.notes = notes;
    return out;
}

} // namespace connectlab
