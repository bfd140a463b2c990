#include "SwiftGenerator.h"

#include "CodeLayout.h"
#include "SdkLinkModel.h"
#include "StringLiteral.h"

namespace connectlab {

namespace {

QString swift(const QString &value)
{
    return StringLiteral::swift(value);
}

constexpr auto SdkVersion = "6.5.0"; // SmartcarAuth/SmartcarAuthVersion.swift

} // namespace

QString SwiftGenerator::asConnectReadsIt(const QString &value)
{
    QString out = value;
    out.replace(u'+', u' ');
    return out;
}

QString SwiftGenerator::urlQueryAllowedEncoded(const QString &value)
{
    // CharacterSet.urlQueryAllowed: the RFC 3986 query characters (unreserved, sub-delims, ':', '@', '/',
    // '?').
    static const QByteArray allowed = QByteArrayLiteral("!$&'()*+,;=:@/?-._~");
    QString out;
    const QByteArray utf8 = value.toUtf8();
    for (const char c : utf8) {
        const uchar u = uchar(c);
        if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') ||
            allowed.contains(c)) {
            out += QLatin1Char(c);
        } else {
            static constexpr char hex[] = "0123456789ABCDEF";
            out += u'%';
            out += QLatin1Char(hex[u >> 4]);
            out += QLatin1Char(hex[u & 0xf]);
        }
    }
    return out;
}

GeneratedCode SwiftGenerator::generate(const ConnectRequest &r, const CodeOptions &) const
{
    SdkLinkModel sdk(r, QStringLiteral("SCUrlBuilder"));
    sdk.setApplicationIdIsClientId(true);
    static const QStringList modes = {QStringLiteral("test"), QStringLiteral("live"),
                                      QStringLiteral("simulated")};
    const bool modeFits = modes.contains(r.mode);
    const bool responseTypeFits = r.responseType == u"code" || r.responseType == u"none";
    const QString responseType = responseTypeFits ? r.responseType : QStringLiteral("code");
    // SmartcarAuth insists on a redirect URI for response_type=code; SCUrlBuilder itself does not.
    const bool useBuilderDirectly = responseType == u"code" && r.redirectUri.isEmpty();

    // The constructor: application_id, response_type, mode, sdk_platform, sdk_version, redirect_uri, scope.
    QStringList arguments;
    arguments.append(QStringLiteral("applicationId: ") + swift(r.clientId));
    if (r.clientId.isEmpty())
        sdk.because(
            QStringLiteral("client_id"),
            tr("SCUrlBuilder always writes application_id; the link has no client_id, so it is removed."));
    if (!r.redirectUri.isEmpty())
        arguments.append(QStringLiteral("redirectUri: ") + swift(r.redirectUri));
    if (!r.scope.isEmpty()) {
        QStringList tokens;
        for (const Permission &p : r.scope)
            tokens.append(swift(p.token()));
        arguments.append(QStringLiteral("scope: ") + CodeLayout::list(tokens, QStringLiteral("["),
                                                                      QStringLiteral("]"),
                                                                      QStringLiteral("    "), 11, 4));
    }
    if (useBuilderDirectly) {
        if (modeFits && r.mode != u"live")
            arguments.append(QStringLiteral("mode: .") + r.mode);
        if (responseType != u"code")
            arguments.append(QStringLiteral("responseType: ") + swift(responseType));
    } else {
        if (responseType != u"code")
            arguments.append(QStringLiteral("responseType: ") + swift(responseType));
        arguments.append(
            QStringLiteral("completionHandler: { code, state, virtualKeyUrl, userId, externalId, error in"));
        arguments.append(QStringLiteral(
            "    // Send the code to your back end, which exchanges it with the client secret."));
        arguments.append(QStringLiteral("}"));
        if (modeFits && r.mode != u"live")
            arguments.append(QStringLiteral("mode: .") + r.mode);
    }
    if (!modeFits)
        sdk.because(QStringLiteral("mode"),
                    tr("SCMode is live, test or simulated only; the link's mode is set on the URL."));
    if (!responseTypeFits)
        sdk.because(
            QStringLiteral("response_type"),
            tr("SmartcarAuth takes responseType code or none only; the link's response_type is set on the "
               "URL."));

    sdk.write(QStringLiteral("application_id"), asConnectReadsIt(r.clientId));
    sdk.write(QStringLiteral("response_type"), responseType);
    sdk.write(QStringLiteral("mode"), modeFits ? r.mode : QStringLiteral("live"));
    sdk.write(QStringLiteral("sdk_platform"), QStringLiteral("iOS"));
    sdk.write(QStringLiteral("sdk_version"), QLatin1StringView(SdkVersion));
    if (!r.redirectUri.isEmpty()) {
        sdk.write(QStringLiteral("redirect_uri"), asConnectReadsIt(urlQueryAllowedEncoded(r.redirectUri)));
    }
    if (!r.scope.isEmpty())
        sdk.write(QStringLiteral("scope"), asConnectReadsIt(r.scopeString()));

    // The setters, in the order they append.
    QStringList calls;
    if (!r.state.isEmpty()) {
        calls.append(QStringLiteral(".setState(state: ") + swift(r.state) + u')');
        sdk.write(QStringLiteral("state"), asConnectReadsIt(r.state));
    }
    const bool force = r.approvalPrompt == u"force";
    if (force || r.approvalPrompt == u"auto") {
        calls.append(QStringLiteral(".setForcePrompt(forcePrompt: ") +
                     (force ? QLatin1StringView("true") : QLatin1StringView("false")) + u')');
        sdk.write(QStringLiteral("approval_prompt"), r.approvalPrompt);
    } else {
        sdk.because(QStringLiteral("approval_prompt"),
                    tr("setForcePrompt writes approval_prompt as auto or force only."));
    }
    if (!r.make.isEmpty()) {
        calls.append(QStringLiteral(".setMakeBypass(make: ") + swift(r.make) + u')');
        sdk.write(QStringLiteral("make"), asConnectReadsIt(r.make));
    }
    if (SdkLinkModel::isBooleanText(r.singleSelect)) {
        calls.append(QStringLiteral(".setSingleSelect(singleSelect: ") + r.singleSelect + u')');
        sdk.write(QStringLiteral("single_select"), r.singleSelect);
    } else if (!r.singleSelect.isEmpty()) {
        sdk.because(QStringLiteral("single_select"),
                    tr("setSingleSelect writes single_select as true or false only."));
    }
    if (!r.singleSelectVin.isEmpty()) {
        calls.append(QStringLiteral(".setSingleSelectVin(vin: ") + swift(r.singleSelectVin) + u')');
        sdk.write(QStringLiteral("single_select_vin"), asConnectReadsIt(r.singleSelectVin));
    }
    if (!r.flags.isEmpty()) {
        QStringList tokens;
        for (const Flag &f : r.flags)
            tokens.append(swift(f.token()));
        calls.append(QStringLiteral(".setFlags(flags: ") +
                     CodeLayout::list(tokens, QStringLiteral("["), QStringLiteral("]"),
                                      QStringLiteral("    "), 22, 4) +
                     u')');
        sdk.write(QStringLiteral("flags"), asConnectReadsIt(r.flagsString()));
    }
    const QString user = sdk.firstExtra(QStringLiteral("user"));
    if (!user.isEmpty()) {
        calls.append(QStringLiteral(".setUser(user: ") + swift(user) +
                     QLatin1StringView(") // deprecated: renamed setExternalId"));
        sdk.write(QStringLiteral("user"), asConnectReadsIt(user));
    }
    const QString externalId = sdk.firstExtra(QStringLiteral("external_id"));
    if (!externalId.isEmpty()) {
        calls.append(QStringLiteral(".setExternalId(externalId: ") + swift(externalId) + u')');
        sdk.write(QStringLiteral("external_id"), asConnectReadsIt(externalId));
    }
    sdk.tolerate(QStringLiteral("sdk_platform"),
                 tr("SCUrlBuilder adds sdk_platform=iOS and sdk_version=%1, which "
                    "the link does not have.")
                     .arg(QLatin1StringView(SdkVersion)));
    sdk.tolerate(QStringLiteral("sdk_version"),
                 tr("SCUrlBuilder adds sdk_platform=iOS and sdk_version=%1, which "
                    "the link does not have.")
                     .arg(QLatin1StringView(SdkVersion)));
    // What URLComponents does to a '+' (the generic sentence would not say why), and to the redirect URI.
    for (const Parameter &p : sdk.wanted())
        if (p.value.contains(u'+') && sdk.writes(p.name))
            sdk.because(p.name,
                        tr("URLComponents leaves '+' raw in a query value and Connect reads it as a space: "
                           "%1 is set on the URL with the '+' encoded.")
                            .arg(p.name));
    if (!r.redirectUri.isEmpty() && urlQueryAllowedEncoded(r.redirectUri) != r.redirectUri)
        sdk.because(QStringLiteral("redirect_uri"),
                    tr("SCUrlBuilder percent-encodes redirectUri itself before URLComponents encodes the "
                       "query again, "
                       "so this redirect URI would arrive encoded twice; it is set on the URL."));
    const QString pathReason = tr(
        "SCUrlBuilder builds /oauth/authorize links only: the re-authentication link (/oauth/reauthenticate, "
        "vehicle_id) is made on the URL it returns.");
    if (r.isReauthentication()) {
        sdk.note(pathReason);
        sdk.because(QStringLiteral("vehicle_id"), pathReason);
    }
    const QString originReason =
        tr("SCUrlBuilder always links to https://connect.smartcar.com; the link points at %1.")
            .arg(r.baseUrl);
    if (!sdk.isDefaultOrigin())
        sdk.note(originReason);

    const LinkAdjustments adjustments = sdk.adjustments();
    const bool edits = !adjustments.isEmpty() || r.isReauthentication() || !sdk.isDefaultOrigin();

    QStringList lines;
    lines += CodeLayout::comment(QStringLiteral("SmartcarAuth 6.5.0 (Swift Package Manager: "
                                                "https://github.com/smartcar/ios-sdk, from: \"6.5.0\"): "
                                                "SCUrlBuilder, as SCUrlBuilder.swift builds the link."),
                                 QString(), QStringLiteral("//"));
    lines << QStringLiteral("import Foundation") << QStringLiteral("import SmartcarAuth") << QString();
    const QString builderVariable = edits ? QStringLiteral("sdkUrl") : QStringLiteral("authUrl");
    if (useBuilderDirectly) {
        lines.append(QStringLiteral("// No redirect URI: SmartcarAuth requires one for response_type=code, "
                                    "SCUrlBuilder does not."));
        lines.append(QStringLiteral("let %1 = SCUrlBuilder(").arg(builderVariable));
    } else {
        lines.append(QStringLiteral("let smartcar = SmartcarAuth("));
    }
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        const bool last = i + 1 == arguments.size();
        const bool insideHandler = argument.startsWith(QLatin1StringView("    //"));
        const bool opensHandler = argument.endsWith(QLatin1StringView(" in"));
        lines.append(QStringLiteral("    ") + argument +
                     (last || insideHandler || opensHandler ? QString() : QStringLiteral(",")));
    }
    lines.append(QStringLiteral(")"));
    if (useBuilderDirectly) {
        for (const QString &call : std::as_const(calls))
            lines.append(QStringLiteral("    ") + call);
        lines.append(QStringLiteral("    .build()"));
    } else {
        lines.append(QString());
        lines.append(QStringLiteral("let %1 = smartcar.authUrlBuilder()").arg(builderVariable));
        for (const QString &call : std::as_const(calls))
            lines.append(QStringLiteral("    ") + call);
        lines.append(QStringLiteral("    .build()"));
    }

    if (edits) {
        lines << QString()
              << QStringLiteral(
                     "// What SCUrlBuilder has no option for, set on the URL it builds; values encoded "
                     "here, '+' included:")
              << QStringLiteral("let unreserved = CharacterSet(charactersIn: "
                                "\"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~\")")
              << QStringLiteral("func encoded(_ value: String) -> String {")
              << QStringLiteral("    value.addingPercentEncoding(withAllowedCharacters: unreserved)!")
              << QStringLiteral("}") << QStringLiteral("var components = URLComponents(string: sdkUrl)!");
        if (!adjustments.isEmpty()) {
            lines << QStringLiteral("var items = components.percentEncodedQueryItems ?? []");
            QStringList removed;
            for (const LinkAdjustment &a : adjustments.list()) {
                if (a.kind == LinkAdjustment::Kind::Append)
                    continue;
                lines += CodeLayout::comment(a.reason, QString(), QStringLiteral("//"));
                removed.append(swift(a.name));
            }
            if (!removed.isEmpty())
                lines << QStringLiteral("items.removeAll { [") + removed.join(QLatin1StringView(", ")) +
                             QLatin1StringView("].contains($0.name) }");
            for (const LinkAdjustment &a : adjustments.list()) {
                if (a.values.isEmpty())
                    continue;
                if (a.kind == LinkAdjustment::Kind::Append)
                    lines += CodeLayout::comment(a.reason, QString(), QStringLiteral("//"));
                for (const QString &value : a.values)
                    lines << QStringLiteral("items.append(URLQueryItem(name: ") + swift(a.name) +
                                 QLatin1StringView(", value: encoded(") + swift(value) +
                                 QLatin1StringView(")))");
            }
            lines << QStringLiteral("components.percentEncodedQueryItems = items");
        }
        if (r.isReauthentication()) {
            lines << QStringLiteral("// The re-authentication endpoint:");
            lines << QStringLiteral("components.path = ") + swift(r.path());
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
            lines << QStringLiteral("components.scheme = ") + swift(r.baseUrl.left(colon));
            lines << QStringLiteral("components.host = ") + swift(host);
            bool numeric = false;
            port.toInt(&numeric);
            if (numeric)
                lines << QStringLiteral("components.port = ") + port;
        }
        lines << QStringLiteral("let authUrl = components.url!.absoluteString");
    }
    if (!useBuilderDirectly)
        lines << QString()
              << QStringLiteral("// smartcar.launchAuthFlow(url: authUrl, viewController: self)");

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
