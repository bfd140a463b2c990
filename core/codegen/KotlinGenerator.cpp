#include "KotlinGenerator.h"

#include "CodeLayout.h"
#include "SdkLinkModel.h"
#include "StringLiteral.h"

namespace connectlab {

namespace {

QString kt(const QString &value)
{
    return StringLiteral::kotlin(value);
}

} // namespace

GeneratedCode KotlinGenerator::generate(const ConnectRequest &r, const CodeOptions &) const
{
    SdkLinkModel sdk(r, QStringLiteral("AuthUrlBuilder"));
    const bool testMode = r.mode == u"test";

    // SmartcarAuth(clientId, redirectUri, scope, testMode, callback): AuthUrlBuilder starts with
    // response_type, client_id, redirect_uri, mode (test or live) and scope, always.
    QStringList arguments;
    arguments.append(kt(r.clientId));
    arguments.append(kt(r.redirectUri));
    QStringList tokens;
    for (const Permission &p : r.scope)
        tokens.append(kt(p.token()));
    arguments.append(CodeLayout::list(tokens, QStringLiteral("arrayOf("), QStringLiteral(")"),
                                      QStringLiteral("    "), 4, 4));
    if (testMode)
        arguments.append(QStringLiteral("true /* testMode */"));
    sdk.write(QStringLiteral("response_type"), QStringLiteral("code"));
    if (r.responseType != u"code")
        sdk.because(
            QStringLiteral("response_type"),
            tr("AuthUrlBuilder always writes response_type=code; the link's response_type is set on the "
               "URL."));
    sdk.write(QStringLiteral("client_id"), r.clientId);
    if (r.clientId.isEmpty())
        sdk.because(QStringLiteral("client_id"),
                    tr("AuthUrlBuilder always writes client_id; the link has none, so it is removed."));
    sdk.write(QStringLiteral("redirect_uri"), r.redirectUri);
    if (r.redirectUri.isEmpty())
        sdk.because(QStringLiteral("redirect_uri"),
                    tr("AuthUrlBuilder always writes redirect_uri; the link has none (so Connect uses the "
                       "Dashboard's default), so it is removed."));
    sdk.write(QStringLiteral("mode"), testMode ? QStringLiteral("test") : QStringLiteral("live"));
    sdk.because(
        QStringLiteral("mode"),
        tr("SmartcarAuth knows test mode (testMode) and live only; the link's mode is set on the URL."));
    sdk.write(QStringLiteral("scope"), r.scopeString());
    if (r.scope.isEmpty())
        sdk.because(
            QStringLiteral("scope"),
            tr("AuthUrlBuilder always writes scope (empty for an empty array); the link has none (so the "
               "Dashboard's Vehicle Access settings apply), so it is removed."));

    QStringList calls;
    if (!r.state.isEmpty()) {
        calls.append(QStringLiteral(".setState(") + kt(r.state) + u')');
        sdk.write(QStringLiteral("state"), r.state);
    }
    const bool force = r.approvalPrompt == u"force";
    if (force || r.approvalPrompt == u"auto") {
        calls.append(QStringLiteral(".setForcePrompt(") +
                     (force ? QLatin1StringView("true") : QLatin1StringView("false")) + u')');
        sdk.write(QStringLiteral("approval_prompt"), r.approvalPrompt);
    } else {
        sdk.because(QStringLiteral("approval_prompt"),
                    tr("setForcePrompt writes approval_prompt as auto or force only."));
    }
    if (!r.make.isEmpty()) {
        calls.append(QStringLiteral(".setMakeBypass(") + kt(r.make) + u')');
        sdk.write(QStringLiteral("make"), r.make);
    }
    if (SdkLinkModel::isBooleanText(r.singleSelect)) {
        calls.append(QStringLiteral(".setSingleSelect(") + r.singleSelect + u')');
        sdk.write(QStringLiteral("single_select"), r.singleSelect);
    } else if (!r.singleSelect.isEmpty()) {
        sdk.because(QStringLiteral("single_select"),
                    tr("setSingleSelect writes single_select as true or false only."));
    }
    if (!r.singleSelectVin.isEmpty()) {
        calls.append(QStringLiteral(".setSingleSelectVin(") + kt(r.singleSelectVin) + u')');
        sdk.write(QStringLiteral("single_select_vin"), r.singleSelectVin);
    }
    if (!r.flags.isEmpty()) {
        QStringList flagTokens;
        for (const Flag &f : r.flags)
            flagTokens.append(kt(f.token()));
        calls.append(QStringLiteral(".setFlags(") +
                     CodeLayout::list(flagTokens, QStringLiteral("arrayOf("), QStringLiteral(")"),
                                      QStringLiteral("    "), 14, 4) +
                     u')');
        sdk.write(QStringLiteral("flags"), r.flagsString());
    }
    const QString user = sdk.firstExtra(QStringLiteral("user"));
    if (!user.isEmpty()) {
        calls.append(QStringLiteral(".setUser(") + kt(user) + u')');
        sdk.write(QStringLiteral("user"), user);
    }
    const QString pathReason = tr("AuthUrlBuilder builds /oauth/authorize links only: the re-authentication "
                                  "link (/oauth/reauthenticate, "
                                  "vehicle_id) is made on the URL it returns.");
    if (r.isReauthentication()) {
        sdk.note(pathReason);
        sdk.because(QStringLiteral("vehicle_id"), pathReason);
    }
    const QString originReason =
        tr("AuthUrlBuilder always links to https://connect.smartcar.com; the link points at %1.")
            .arg(r.baseUrl);
    if (!sdk.isDefaultOrigin())
        sdk.note(originReason);
    sdk.note(tr(
        "launchAuthFlow adds sdk_platform=android and sdk_version before it opens Connect (the built URL has "
        "neither)."));

    const LinkAdjustments adjustments = sdk.adjustments();
    const bool edits = !adjustments.isEmpty() || r.isReauthentication() || !sdk.isDefaultOrigin();

    QStringList lines;
    lines += CodeLayout::comment(
        QStringLiteral(
            "com.smartcar.sdk:smartcar-auth 4.1.1 "
            "(implementation(\"com.smartcar.sdk:smartcar-auth:4.1.1\")): SmartcarAuth.AuthUrlBuilder, "
            "as SmartcarAuth.kt builds the link."),
        QString(), QStringLiteral("//"));
    if (edits)
        lines << QStringLiteral("import android.net.Uri");
    lines << QStringLiteral("import com.smartcar.sdk.SmartcarAuth") << QString()
          << QStringLiteral("val smartcarAuth = SmartcarAuth(");
    for (qsizetype i = 0; i < arguments.size(); ++i)
        lines.append(QStringLiteral("    ") + arguments[i] +
                     (i + 1 < arguments.size() ? QStringLiteral(",") : QString()));
    lines
        << QStringLiteral(") { response ->")
        << QStringLiteral(
               "    // response?.code: send it to your back end, which exchanges it with the client secret.")
        << QStringLiteral("}") << QString();
    const QString builderVariable = edits ? QStringLiteral("sdkUrl") : QStringLiteral("authUrl");
    lines << QStringLiteral("val %1 = smartcarAuth.authUrlBuilder()").arg(builderVariable);
    for (const QString &call : std::as_const(calls))
        lines.append(QStringLiteral("    ") + call);
    lines.append(QStringLiteral("    .build()"));

    if (edits) {
        lines << QString()
              << QStringLiteral(
                     "// What AuthUrlBuilder has no option for, set on the URL it builds (android.net.Uri):")
              << QStringLiteral("val built = Uri.parse(sdkUrl)");
        QStringList removed;
        for (const LinkAdjustment &a : adjustments.list()) {
            if (a.kind == LinkAdjustment::Kind::Append)
                continue;
            lines += CodeLayout::comment(a.reason, QString(), QStringLiteral("//"));
            removed.append(kt(a.name));
        }
        if (!removed.isEmpty())
            lines << QStringLiteral("val replaced = setOf(") + removed.join(QLatin1StringView(", ")) + u')';
        lines << QStringLiteral("val adjusted = built.buildUpon().clearQuery()")
              << QStringLiteral("for (name in built.queryParameterNames) {");
        if (!removed.isEmpty())
            lines << QStringLiteral("    if (name in replaced) continue");
        lines << QStringLiteral("    for (value in built.getQueryParameters(name)) "
                                "adjusted.appendQueryParameter(name, value)")
              << QStringLiteral("}");
        for (const LinkAdjustment &a : adjustments.list()) {
            if (a.values.isEmpty())
                continue;
            if (a.kind == LinkAdjustment::Kind::Append)
                lines += CodeLayout::comment(a.reason, QString(), QStringLiteral("//"));
            for (const QString &value : a.values)
                lines << QStringLiteral("adjusted.appendQueryParameter(") + kt(a.name) +
                             QLatin1StringView(", ") + kt(value) + u')';
        }
        if (r.isReauthentication()) {
            lines << QStringLiteral("// The re-authentication endpoint:");
            lines << QStringLiteral("adjusted.path(") + kt(r.path()) + u')';
        }
        if (!sdk.isDefaultOrigin()) {
            lines += CodeLayout::comment(originReason, QString(), QStringLiteral("//"));
            const qsizetype colon = r.baseUrl.indexOf(QLatin1StringView("://"));
            lines << QStringLiteral("adjusted.scheme(") + kt(r.baseUrl.left(colon)) +
                         QLatin1StringView(").encodedAuthority(") + kt(r.baseUrl.mid(colon + 3)) + u')';
        }
        lines << QStringLiteral("val authUrl = adjusted.build().toString()");
    }
    lines << QString() << QStringLiteral("// smartcarAuth.launchAuthFlow(context, authUrl)");

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
