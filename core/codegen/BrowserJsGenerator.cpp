#include "BrowserJsGenerator.h"

#include "CodeLayout.h"
#include "NodeGenerator.h"
#include "SdkLinkModel.h"
#include "StringLiteral.h"

#include <QRegularExpression>

namespace connectlab {

namespace {

QString js(const QString &value)
{
    return StringLiteral::javaScript(value);
}

// src/sdk.js writes single_select_vin without encoding it.
bool isUnreserved(const QString &value)
{
    static const QRegularExpression unreserved(QStringLiteral("^[A-Za-z0-9._~-]*$"));
    return unreserved.match(value).hasMatch();
}

} // namespace

GeneratedCode BrowserJsGenerator::generate(const ConnectRequest &r, const CodeOptions &) const
{
    SdkLinkModel sdk(r, QStringLiteral("getAuthUrl"));
    sdk.setApplicationIdIsClientId(true);
    QStringList lines;
    lines += CodeLayout::comment(
        QStringLiteral("@smartcar/auth 2.14.1 (npm install @smartcar/auth@2.14.1, or Smartcar's CDN script): "
                       "Smartcar#getAuthUrl, as src/sdk.js builds the link."),
        QString(), QStringLiteral("//"));
    lines << QStringLiteral("import Smartcar from '@smartcar/auth';") << QString();

    static const QStringList modes = {QStringLiteral("test"), QStringLiteral("live"),
                                      QStringLiteral("simulated")};
    const bool modeFits = modes.contains(r.mode);
    const bool responseTypeFits = r.responseType == u"code" || r.responseType == u"none";
    const QString responseType = responseTypeFits ? r.responseType : QStringLiteral("code");

    // new Smartcar({...}): applicationId, redirectUri, scope, mode, responseType, externalId, onComplete.
    QStringList client;
    if (r.clientId.isEmpty()) {
        client.append(QStringLiteral("applicationId: 'YOUR_APPLICATION_ID', // the link has no client_id"));
        sdk.because(QStringLiteral("client_id"),
                    tr("new Smartcar() requires an applicationId and getAuthUrl always writes it (as "
                       "application_id); the link has no client_id, so it is removed."));
    } else {
        client.append(QStringLiteral("applicationId: ") + js(r.clientId) + u',');
    }
    if (!r.redirectUri.isEmpty())
        client.append(QStringLiteral("redirectUri: ") + js(r.redirectUri) + u',');
    if (!r.scope.isEmpty()) {
        QStringList tokens;
        for (const Permission &p : r.scope)
            tokens.append(js(p.token()));
        client.append(
            QStringLiteral("scope: ") +
            CodeLayout::list(tokens, QStringLiteral("["), QStringLiteral("]"), QStringLiteral("  "), 9) +
            u',');
    }
    if (modeFits && r.mode != u"live")
        client.append(QStringLiteral("mode: ") + js(r.mode) + u',');
    if (!modeFits)
        sdk.because(
            QStringLiteral("mode"),
            tr("new Smartcar() takes mode test, live or simulated only; the link's mode is set on the URL."));
    if (responseType != u"code")
        client.append(QStringLiteral("responseType: ") + js(responseType) + u',');
    if (!responseTypeFits)
        sdk.because(
            QStringLiteral("response_type"),
            tr("new Smartcar() takes responseType code or none only; the link's response_type is set on the "
               "URL."));
    const bool hasExternalId = r.hasExtra(QStringLiteral("external_id"));
    const QString externalId = sdk.firstExtra(QStringLiteral("external_id"));
    if (hasExternalId)
        client.append(QStringLiteral("externalId: ") +
                      (externalId == u"null" ? QStringLiteral("null") : js(externalId)) + u',');
    client.append(QStringLiteral("onComplete(error, code, state) {"));
    client.append(
        QStringLiteral("  // Send the code to your back end, which exchanges it with the client secret."));
    client.append(QStringLiteral("},"));

    // getAuthUrl(options), in the order src/sdk.js writes the parameters.
    QStringList options;
    sdk.write(QStringLiteral("response_type"), responseType);
    sdk.write(QStringLiteral("application_id"),
              r.clientId.isEmpty() ? QStringLiteral("YOUR_APPLICATION_ID") : r.clientId);
    if (!r.redirectUri.isEmpty())
        sdk.write(QStringLiteral("redirect_uri"), r.redirectUri);
    const bool force = r.approvalPrompt == u"force";
    sdk.write(QStringLiteral("approval_prompt"), force ? QStringLiteral("force") : QStringLiteral("auto"));
    // The SDK wraps the state with window.btoa, which throws for a character beyond Latin-1.
    const bool stateFitsBtoa =
        std::all_of(r.state.cbegin(), r.state.cend(), [](QChar c) { return c.unicode() <= 0xff; });
    if (!r.state.isEmpty() && stateFitsBtoa)
        options.append(QStringLiteral("state: ") + js(r.state) + u',');
    else if (!r.state.isEmpty())
        sdk.note(tr(
            "@smartcar/auth wraps state with window.btoa, which throws for characters beyond Latin-1: this "
            "state cannot be sent with it and is left out (encode it, e.g. as base64url, first)."));
    if (force)
        options.append(QStringLiteral("forcePrompt: true,"));
    else if (r.approvalPrompt != u"auto")
        sdk.because(QStringLiteral("approval_prompt"),
                    tr("getAuthUrl writes approval_prompt as auto or force (forcePrompt) only."));
    if (!r.scope.isEmpty())
        sdk.write(QStringLiteral("scope"), r.scopeString());
    sdk.write(QStringLiteral("mode"), modeFits ? r.mode : QStringLiteral("live"));
    if (!r.make.isEmpty())
        options.append(QStringLiteral("vehicleInfo: {make: ") + js(r.make) + QLatin1StringView("},"));
    if (!r.singleSelectVin.isEmpty() && r.singleSelect == u"true" && isUnreserved(r.singleSelectVin)) {
        sdk.write(QStringLiteral("single_select_vin"), r.singleSelectVin);
        sdk.write(QStringLiteral("single_select"), QStringLiteral("true"));
        options.append(QStringLiteral("singleSelect: {vin: ") + js(r.singleSelectVin) +
                       QLatin1StringView("},"));
    } else {
        if (SdkLinkModel::isBooleanText(r.singleSelect)) {
            sdk.write(QStringLiteral("single_select"), r.singleSelect);
            options.append(QStringLiteral("singleSelect: ") + r.singleSelect + u',');
        } else if (!r.singleSelect.isEmpty()) {
            sdk.because(QStringLiteral("single_select"),
                        tr("getAuthUrl writes single_select as true or false only (singleSelect)."));
        }
        if (!r.singleSelectVin.isEmpty())
            sdk.because(
                QStringLiteral("single_select_vin"),
                isUnreserved(r.singleSelectVin)
                    ? tr("getAuthUrl writes single_select_vin only together with single_select=true "
                         "(singleSelect: {vin}).")
                    : tr("getAuthUrl writes single_select_vin without percent-encoding it, and this VIN "
                         "holds characters that need it; it is set on the URL."));
    }
    // The SDK always sends a state of its own: base64 JSON {instanceId, originalState}.
    sdk.write(QStringLiteral("state"), QStringLiteral("\x01wrapped"));
    sdk.tolerate(
        QStringLiteral("state"),
        r.state.isEmpty() || !stateFitsBtoa
            ? tr("@smartcar/auth always sends a state of its own (base64 JSON with the SDK's instanceId), "
                 "which it checks when Connect answers.")
            : tr("@smartcar/auth sends state as base64 JSON {\"instanceId\", \"originalState\"}: the link's "
                 "state comes back to onComplete as originalState."));
    if (!r.make.isEmpty())
        sdk.write(QStringLiteral("make"), r.make);
    if (!r.flags.isEmpty()) {
        QStringList tokens;
        for (const Flag &f : r.flags)
            tokens.append(js(f.token()));
        options.append(
            QStringLiteral("flags: ") +
            CodeLayout::list(tokens, QStringLiteral("["), QStringLiteral("]"), QStringLiteral("  "), 9) +
            u',');
        sdk.write(QStringLiteral("flags"), r.flagsString());
    }
    const QString user = sdk.firstExtra(QStringLiteral("user"));
    if (!user.isEmpty()) {
        sdk.write(QStringLiteral("user"), user);
        options.append(QStringLiteral("user: ") + js(user) + u',');
    }
    if (hasExternalId)
        sdk.write(QStringLiteral("external_id"), externalId);
    if (responseType == u"none" && r.redirectUri.isEmpty()) {
        sdk.write(QStringLiteral("app_origin"), QStringLiteral("\x01window.location.origin"));
        sdk.tolerate(
            QStringLiteral("app_origin"),
            tr("With response_type=none and no redirect URI, @smartcar/auth adds app_origin (the page's "
               "origin), where Connect posts the result."));
    }

    NodeGenerator::Location location;
    if (!sdk.isDefaultOrigin()) {
        location.origin = r.baseUrl;
        location.originReason =
            tr("@smartcar/auth always links to https://connect.smartcar.com; the link points "
               "at %1.")
                .arg(r.baseUrl);
        sdk.note(location.originReason);
    }
    if (r.isReauthentication()) {
        location.path = r.path();
        location.pathReason = tr("getAuthUrl builds /oauth/authorize links only: the re-authentication link "
                                 "(/oauth/reauthenticate, vehicle_id) is made on the URL it returns.");
        sdk.note(location.pathReason);
        sdk.because(QStringLiteral("vehicle_id"), location.pathReason);
    }

    lines.append(QStringLiteral("const smartcar = new Smartcar({"));
    for (const QString &line : std::as_const(client))
        lines.append(QStringLiteral("  ") + line);
    lines.append(QStringLiteral("});"));
    lines.append(QString());

    QString call = QStringLiteral("smartcar.getAuthUrl(");
    if (!options.isEmpty()) {
        call += QLatin1StringView("{\n");
        for (const QString &line : std::as_const(options))
            call += QLatin1StringView("  ") + line + u'\n';
        call += u'}';
    }
    call += u')';
    const LinkAdjustments adjustments = sdk.adjustments();
    if (adjustments.isEmpty() && location.path.isEmpty() && location.origin.isEmpty()) {
        lines.append(QStringLiteral("const authUrl = ") + call + u';');
    } else {
        lines.append(QStringLiteral("// What getAuthUrl has no option for, set on the URL it returns:"));
        lines.append(QStringLiteral("const url = new URL(") + call + QLatin1StringView(");"));
        lines += NodeGenerator::urlEdits(adjustments, QStringLiteral("url"), location);
        lines.append(QStringLiteral("const authUrl = url.toString();"));
    }
    lines.append(QStringLiteral("// smartcar.openDialog(options) opens the same link in a pop-up."));

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
