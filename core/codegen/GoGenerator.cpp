#include "GoGenerator.h"

#include "CodeLayout.h"
#include "SdkLinkModel.h"
#include "StringLiteral.h"

namespace connectlab {

namespace {

QString go(const QString &value)
{
    return StringLiteral::go(value);
}

} // namespace

GeneratedCode GoGenerator::generate(const ConnectRequest &r, const CodeOptions &) const
{
    SdkLinkModel sdk(r, QStringLiteral("GetAuthURL"));
    const QString env = SdkLinkModel::fromEnvironment();

    // smartcar.AuthParams{ClientID, ClientSecret, RedirectURI, Scope, TestMode}.
    QList<QPair<QString, QString>> authParams;
    QStringList authComments;
    if (r.clientId.isEmpty()) {
        authParams.append({QStringLiteral("ClientID"), QStringLiteral("os.Getenv(\"SMARTCAR_CLIENT_ID\"),")});
        sdk.because(QStringLiteral("client_id"), tr("GetAuthURL refuses an empty ClientID and always writes "
                                                    "it; the link has none, so client_id is "
                                                    "removed."));
    } else {
        authParams.append({QStringLiteral("ClientID"), go(r.clientId) + u','});
    }
    authParams.append({QStringLiteral("ClientSecret"),
                       QStringLiteral("os.Getenv(\"SMARTCAR_CLIENT_SECRET\"), // never in the code")});
    if (r.redirectUri.isEmpty()) {
        authParams.append(
            {QStringLiteral("RedirectURI"), QStringLiteral("os.Getenv(\"SMARTCAR_REDIRECT_URI\"),")});
        sdk.because(
            QStringLiteral("redirect_uri"),
            tr("GetAuthURL refuses an empty RedirectURI and always writes it; the link has none (so Connect "
               "uses the Dashboard's default), so redirect_uri is removed."));
    } else {
        authParams.append({QStringLiteral("RedirectURI"), go(r.redirectUri) + u','});
    }
    if (!r.scope.isEmpty()) {
        QStringList tokens;
        for (const Permission &p : r.scope)
            tokens.append(go(p.token()));
        authParams.append(
            {QStringLiteral("Scope"), CodeLayout::list(tokens, QStringLiteral("[]string{"),
                                                       QStringLiteral("}"), QStringLiteral("\t\t"), 24, 0) +
                                          u','});
    }
    if (r.mode == u"test")
        authParams.append({QStringLiteral("TestMode"), QStringLiteral("true,")});
    else
        sdk.because(
            QStringLiteral("mode"),
            tr("GetAuthURL writes mode only for test mode (TestMode); the link's mode is set on the URL."));

    // GetAuthURL: the order of authentication.go (url.Values sorts the query by name anyway).
    QList<QPair<QString, QString>> urlParams;
    sdk.write(QStringLiteral("response_type"), QStringLiteral("code"));
    if (r.responseType != u"code")
        sdk.because(
            QStringLiteral("response_type"),
            tr("GetAuthURL always writes response_type=code; the link's response_type is set on the URL."));
    sdk.write(QStringLiteral("client_id"), r.clientId.isEmpty() ? env : r.clientId);
    sdk.write(QStringLiteral("redirect_uri"), r.redirectUri.isEmpty() ? env : r.redirectUri);
    if (!r.flags.isEmpty()) {
        QStringList tokens;
        for (const Flag &f : r.flags)
            tokens.append(go(f.token()));
        urlParams.append(
            {QStringLiteral("Flags"), CodeLayout::list(tokens, QStringLiteral("[]string{"),
                                                       QStringLiteral("}"), QStringLiteral("\t\t"), 25, 0) +
                                          u','});
        sdk.write(QStringLiteral("flags"), r.flagsString());
    }
    if (!r.scope.isEmpty())
        sdk.write(QStringLiteral("scope"), r.scopeString());
    if (r.mode == u"test")
        sdk.write(QStringLiteral("mode"), QStringLiteral("test"));
    const bool force = r.approvalPrompt == u"force";
    sdk.write(QStringLiteral("approval_prompt"), force ? QStringLiteral("force") : QStringLiteral("auto"));
    if (force)
        urlParams.append({QStringLiteral("ForceApproval"), QStringLiteral("true,")});
    else if (r.approvalPrompt != u"auto")
        sdk.because(QStringLiteral("approval_prompt"),
                    tr("GetAuthURL writes approval_prompt as auto or force (ForceApproval) only."));
    if (!r.state.isEmpty()) {
        urlParams.append({QStringLiteral("State"), go(r.state) + u','});
        sdk.write(QStringLiteral("state"), r.state);
    }
    if (!r.make.isEmpty()) {
        urlParams.append({QStringLiteral("MakeBypass"), QStringLiteral("smartcar.MakeBypass{Make: ") +
                                                            go(r.make) + QLatin1StringView("},")});
        sdk.write(QStringLiteral("make"), r.make);
    }
    if (!r.singleSelectVin.isEmpty() && r.singleSelect == u"true") {
        urlParams.append({QStringLiteral("SingleSelect"), QStringLiteral("smartcar.SingleSelect{VIN: ") +
                                                              go(r.singleSelectVin) +
                                                              QLatin1StringView("},")});
        sdk.write(QStringLiteral("single_select_vin"), r.singleSelectVin);
        sdk.write(QStringLiteral("single_select"), QStringLiteral("true"));
    } else {
        if (r.singleSelect == u"true") {
            urlParams.append(
                {QStringLiteral("SingleSelect"), QStringLiteral("smartcar.SingleSelect{Enabled: true},")});
            sdk.write(QStringLiteral("single_select"), QStringLiteral("true"));
        } else if (r.singleSelect == u"false") {
            sdk.because(
                QStringLiteral("single_select"),
                tr("GetAuthURL writes single_select=false for no SingleSelect value (the zero value writes "
                   "nothing); it is set on the URL."));
        } else if (!r.singleSelect.isEmpty()) {
            sdk.because(QStringLiteral("single_select"),
                        tr("GetAuthURL writes single_select as true or false only (SingleSelect)."));
        }
        if (!r.singleSelectVin.isEmpty())
            sdk.because(QStringLiteral("single_select_vin"),
                        tr("GetAuthURL writes single_select_vin only together with single_select=true "
                           "(SingleSelect{VIN: …})."));
    }
    sdk.because(QStringLiteral("user"), tr("GetAuthURL has no option for user."));
    const QString pathReason = tr(
        "GetAuthURL builds /oauth/authorize links only: the re-authentication link (/oauth/reauthenticate, "
        "vehicle_id) is made on the URL it returns.");
    if (r.isReauthentication()) {
        sdk.note(pathReason);
        sdk.because(QStringLiteral("vehicle_id"), pathReason);
    }
    const QString originReason =
        tr("GetAuthURL always links to https://connect.smartcar.com; the link points at %1.").arg(r.baseUrl);
    if (!sdk.isDefaultOrigin())
        sdk.note(originReason);

    const LinkAdjustments adjustments = sdk.adjustments();
    const bool edits = !adjustments.isEmpty() || r.isReauthentication() || !sdk.isDefaultOrigin();

    QStringList lines;
    lines += CodeLayout::comment(QStringLiteral("github.com/smartcar/go-sdk v1.4.0 (go get "
                                                "github.com/smartcar/go-sdk@v1.4.0): Auth.GetAuthURL, as "
                                                "authentication.go builds the link."),
                                 QString(), QStringLiteral("//"));
    lines << QStringLiteral("package main") << QString() << QStringLiteral("import (")
          << QStringLiteral("\t\"fmt\"") << QStringLiteral("\t\"log\"");
    if (edits)
        lines << QStringLiteral("\t\"net/url\"");
    lines << QStringLiteral("\t\"os\"") << QString()
          << QStringLiteral("\tsmartcar \"github.com/smartcar/go-sdk\"") << QStringLiteral(")") << QString()
          << QStringLiteral("func main() {")
          << QStringLiteral("\tauth := smartcar.NewClient().NewAuth(&smartcar.AuthParams{");
    for (const QString &line : CodeLayout::aligned(authParams, QStringLiteral(":")))
        lines.append(QStringLiteral("\t\t") + line);
    lines << QStringLiteral("\t})") << QString();
    if (urlParams.isEmpty()) {
        lines << QStringLiteral("\tauthURL, err := auth.GetAuthURL(&smartcar.AuthURLParams{})");
    } else {
        lines << QStringLiteral("\tauthURL, err := auth.GetAuthURL(&smartcar.AuthURLParams{");
        for (const QString &line : CodeLayout::aligned(urlParams, QStringLiteral(":")))
            lines.append(QStringLiteral("\t\t") + line);
        lines << QStringLiteral("\t})");
    }
    lines << QStringLiteral("\tif err != nil {") << QStringLiteral("\t\tlog.Fatal(err)")
          << QStringLiteral("\t}");

    if (edits) {
        lines << QString()
              << QStringLiteral("\t// What GetAuthURL has no option for, set on the URL it returns:")
              << QStringLiteral("\tu, err := url.Parse(authURL)") << QStringLiteral("\tif err != nil {")
              << QStringLiteral("\t\tlog.Fatal(err)") << QStringLiteral("\t}");
        if (!adjustments.isEmpty()) {
            lines << QStringLiteral("\tq := u.Query()");
            for (const LinkAdjustment &a : adjustments.list()) {
                lines += CodeLayout::comment(a.reason, QStringLiteral("\t"), QStringLiteral("//"));
                if (a.kind == LinkAdjustment::Kind::Set && a.values.size() == 1) {
                    lines.append(QStringLiteral("\tq.Set(") + go(a.name) + QLatin1StringView(", ") +
                                 go(a.values.constFirst()) + u')');
                    continue;
                }
                if (a.kind != LinkAdjustment::Kind::Append)
                    lines.append(QStringLiteral("\tq.Del(") + go(a.name) + u')');
                for (const QString &value : a.values)
                    lines.append(QStringLiteral("\tq.Add(") + go(a.name) + QLatin1StringView(", ") +
                                 go(value) + u')');
            }
            lines << QStringLiteral("\tu.RawQuery = q.Encode()");
        }
        if (r.isReauthentication()) {
            lines << QStringLiteral("\t// The re-authentication endpoint:");
            lines << QStringLiteral("\tu.Path = ") + go(r.path());
        }
        if (!sdk.isDefaultOrigin()) {
            lines += CodeLayout::comment(originReason, QStringLiteral("\t"), QStringLiteral("//"));
            const qsizetype colon = r.baseUrl.indexOf(QLatin1StringView("://"));
            lines << QStringLiteral("\tu.Scheme = ") + go(r.baseUrl.left(colon));
            lines << QStringLiteral("\tu.Host = ") + go(r.baseUrl.mid(colon + 3));
        }
        lines << QStringLiteral("\tauthURL = u.String()");
    }
    lines << QString() << QStringLiteral("\tfmt.Println(authURL)") << QStringLiteral("}");

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
