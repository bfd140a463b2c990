#include "JavaGenerator.h"

#include "CodeLayout.h"
#include "SdkLinkModel.h"
#include "StringLiteral.h"

namespace connectlab {

namespace {

QString java(const QString &value)
{
    return StringLiteral::java(value);
}

} // namespace

GeneratedCode JavaGenerator::generate(const ConnectRequest &r, const CodeOptions &) const
{
    SdkLinkModel sdk(r, QStringLiteral("authUrlBuilder"));
    const QString env = SdkLinkModel::fromEnvironment();
    static const QStringList modes = {QStringLiteral("test"), QStringLiteral("live"),
                                      QStringLiteral("simulated")};
    const bool modeFits = modes.contains(r.mode);

    // new AuthClient.Builder(): clientId, clientSecret, redirectUri, mode (each falls back to SMARTCAR_*
    // variables).
    QStringList client;
    if (r.clientId.isEmpty()) {
        client.append(QStringLiteral("// No .clientId(…): the link has no client_id; the Builder reads "
                                     "SMARTCAR_CLIENT_ID."));
        sdk.because(
            QStringLiteral("client_id"),
            tr("AuthClient requires a client id (the Builder reads SMARTCAR_CLIENT_ID) and authUrlBuilder "
               "always writes it; the link has none, so client_id is removed."));
    } else {
        client.append(QStringLiteral(".clientId(") + java(r.clientId) + u')');
    }
    client.append(
        QStringLiteral(".clientSecret(System.getenv(\"SMARTCAR_CLIENT_SECRET\")) // never in the code"));
    if (!r.redirectUri.isEmpty())
        client.append(QStringLiteral(".redirectUri(") + java(r.redirectUri) + u')');
    else
        client.append(
            QStringLiteral("// No .redirectUri(…): the link has none (leave SMARTCAR_REDIRECT_URI unset)."));
    if (modeFits && r.mode != u"live")
        client.append(QStringLiteral(".mode(") + java(r.mode) + u')');
    if (!modeFits)
        sdk.because(
            QStringLiteral("mode"),
            tr("Builder.mode() takes test, live or simulated only; the link's mode is set on the URL."));

    // AuthUrlBuilder: createUrlBuilder() writes response_type, client_id, mode, redirect_uri; then scope and
    // the calls in order; flags last, in build().
    sdk.write(QStringLiteral("response_type"), QStringLiteral("code"));
    if (r.responseType != u"code")
        sdk.because(
            QStringLiteral("response_type"),
            tr("authUrlBuilder always writes response_type=code; the link's response_type is set on the "
               "URL."));
    sdk.write(QStringLiteral("client_id"), r.clientId.isEmpty() ? env : r.clientId);
    sdk.write(QStringLiteral("mode"), modeFits ? r.mode : QStringLiteral("live"));
    if (!r.redirectUri.isEmpty())
        sdk.write(QStringLiteral("redirect_uri"), r.redirectUri);
    if (!r.scope.isEmpty())
        sdk.write(QStringLiteral("scope"), r.scopeString());

    QStringList calls;
    if (!r.state.isEmpty()) {
        calls.append(QStringLiteral(".state(") + java(r.state) + u')');
        sdk.write(QStringLiteral("state"), r.state);
    }
    const bool force = r.approvalPrompt == u"force";
    if (force || r.approvalPrompt == u"auto") {
        calls.append(QStringLiteral(".approvalPrompt(") +
                     (force ? QLatin1StringView("true") : QLatin1StringView("false")) + u')');
        sdk.write(QStringLiteral("approval_prompt"), r.approvalPrompt);
    } else {
        sdk.because(QStringLiteral("approval_prompt"),
                    tr("approvalPrompt(boolean) writes approval_prompt as auto or force only."));
    }
    if (!r.make.isEmpty()) {
        calls.append(QStringLiteral(".makeBypass(") + java(r.make) + u')');
        sdk.write(QStringLiteral("make"), r.make);
    }
    if (!r.singleSelectVin.isEmpty() && r.singleSelect == u"true") {
        // singleSelectVin() calls singleSelect(true) itself: calling both would write single_select twice.
        calls.append(QStringLiteral(".singleSelectVin(") + java(r.singleSelectVin) + u')');
        sdk.write(QStringLiteral("single_select"), QStringLiteral("true"));
        sdk.write(QStringLiteral("single_select_vin"), r.singleSelectVin);
    } else {
        if (SdkLinkModel::isBooleanText(r.singleSelect)) {
            calls.append(QStringLiteral(".singleSelect(") + r.singleSelect + u')');
            sdk.write(QStringLiteral("single_select"), r.singleSelect);
        } else if (!r.singleSelect.isEmpty()) {
            sdk.because(QStringLiteral("single_select"),
                        tr("singleSelect(boolean) writes single_select as true or false only."));
        }
        if (!r.singleSelectVin.isEmpty())
            sdk.because(
                QStringLiteral("single_select_vin"),
                tr("singleSelectVin() always writes single_select=true as well; the link has otherwise, so "
                   "single_select_vin is set on the URL."));
    }
    const QString user = sdk.firstExtra(QStringLiteral("user"));
    if (!user.isEmpty()) {
        calls.append(QStringLiteral(".addUser(") + java(user) + u')');
        sdk.write(QStringLiteral("user"), user);
    }
    const bool flagsHaveValues =
        std::all_of(r.flags.cbegin(), r.flags.cend(), [](const Flag &f) { return f.hasValue; });
    if (!r.flags.isEmpty()) {
        if (flagsHaveValues) {
            for (const Flag &f : r.flags)
                calls.append(QStringLiteral(".addFlag(") + java(f.name) + QLatin1StringView(", ") +
                             (SdkLinkModel::isBooleanText(f.value) ? f.value : java(f.value)) + u')');
            sdk.write(QStringLiteral("flags"), r.flagsString());
        } else {
            sdk.because(
                QStringLiteral("flags"),
                tr("addFlag(name, value) writes name:value flags only; this link has a flag without a value, "
                   "so flags is set on the URL."));
        }
    }
    const QString pathReason = tr("authUrlBuilder builds /oauth/authorize links only: the re-authentication "
                                  "link (/oauth/reauthenticate, "
                                  "vehicle_id) is made on the URL it returns.");
    if (r.isReauthentication()) {
        sdk.note(pathReason);
        sdk.because(QStringLiteral("vehicle_id"), pathReason);
    }
    const QString originReason = tr("The link points at %1: AuthUrlBuilder reads Connect's origin from "
                                    "SMARTCAR_CONNECT_ORIGIN; here it is "
                                    "set on the URL instead.")
                                     .arg(r.baseUrl);
    if (!sdk.isDefaultOrigin())
        sdk.note(originReason);

    const LinkAdjustments adjustments = sdk.adjustments();
    const bool edits = !adjustments.isEmpty() || r.isReauthentication() || !sdk.isDefaultOrigin();

    QStringList lines;
    lines += CodeLayout::comment(
        QStringLiteral("com.smartcar.sdk:java-sdk 4.8.1 (Maven: com.smartcar.sdk:java-sdk:4.8.1): "
                       "AuthClient.authUrlBuilder, as AuthClient.java "
                       "builds the link."),
        QString(), QStringLiteral("//"));
    lines << QStringLiteral(
                 "// Builder.mode() and build() throw Exception: call this from a method that declares it.")
          << QStringLiteral("import com.smartcar.sdk.AuthClient;");
    if (edits)
        lines << QStringLiteral("import okhttp3.HttpUrl;");
    lines << QString() << QStringLiteral("AuthClient client = new AuthClient.Builder()");
    for (const QString &line : std::as_const(client))
        lines.append(QStringLiteral("    ") + line);
    lines.append(QStringLiteral("    .build();"));
    lines.append(QString());

    QString builder = QStringLiteral("client.authUrlBuilder(");
    if (!r.scope.isEmpty()) {
        QStringList tokens;
        for (const Permission &p : r.scope)
            tokens.append(java(p.token()));
        lines.append(QStringLiteral("String[] scope = ") +
                     CodeLayout::list(tokens, QStringLiteral("{"), QStringLiteral("}"), QString(), 17, 4) +
                     u';');
        builder += QLatin1StringView("scope");
    }
    builder += u')';
    lines.append(QStringLiteral("String authUrl = ") + builder);
    for (const QString &call : std::as_const(calls))
        lines.append(QStringLiteral("    ") + call);
    lines.append(QStringLiteral("    .build();"));

    if (edits) {
        lines.append(QString());
        lines.append(
            QStringLiteral("// What authUrlBuilder has no option for, set on the URL it returns (okhttp3, "
                           "which the SDK uses):"));
        lines.append(QStringLiteral("HttpUrl.Builder url = HttpUrl.parse(authUrl).newBuilder();"));
        for (const LinkAdjustment &a : adjustments.list()) {
            lines += CodeLayout::comment(a.reason, QString(), QStringLiteral("//"));
            if (a.kind == LinkAdjustment::Kind::Set && a.values.size() == 1) {
                lines.append(QStringLiteral("url.setQueryParameter(") + java(a.name) +
                             QLatin1StringView(", ") + java(a.values.constFirst()) + QLatin1StringView(");"));
                continue;
            }
            if (a.kind != LinkAdjustment::Kind::Append)
                lines.append(QStringLiteral("url.removeAllQueryParameters(") + java(a.name) +
                             QLatin1StringView(");"));
            for (const QString &value : a.values)
                lines.append(QStringLiteral("url.addQueryParameter(") + java(a.name) +
                             QLatin1StringView(", ") + java(value) + QLatin1StringView(");"));
        }
        if (r.isReauthentication()) {
            lines.append(QStringLiteral("// The re-authentication endpoint:"));
            lines.append(QStringLiteral("url.encodedPath(") + java(r.path()) + QLatin1StringView(");"));
        }
        if (!sdk.isDefaultOrigin()) {
            lines += CodeLayout::comment(originReason, QString(), QStringLiteral("//"));
            const qsizetype colon = r.baseUrl.indexOf(QLatin1StringView("://"));
            QString host = r.baseUrl.mid(colon + 3);
            QString port;
            const qsizetype portColon = host.lastIndexOf(u':');
            if (portColon > 0 && !host.endsWith(u']')) {
                port = host.mid(portColon + 1);
                host = host.left(portColon);
            }
            QString line = QStringLiteral("url.scheme(") + java(r.baseUrl.left(colon)) +
                           QLatin1StringView(").host(") + java(host) + u')';
            bool numeric = false;
            port.toInt(&numeric);
            if (numeric)
                line += QLatin1StringView(".port(") + port + u')';
            lines.append(line + u';');
        }
        lines.append(QStringLiteral("authUrl = url.build().toString();"));
    }

    GeneratedCode out;
    out.language = language();
    out.code = lines.join(u'\n') + u'\n';
    out.notes = sdk.notes();
    out.exactLink = sdk.exact();
    out.sdkParameters = sdk.sdkParameters();
    out.urlEdits = adjustments.list();
    return out;
}

} // namespace connectlab
