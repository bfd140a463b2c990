#include "PythonGenerator.h"

#include "CodeLayout.h"
#include "SdkLinkModel.h"
#include "StringLiteral.h"

namespace connectlab {

namespace {

QString py(const QString &value)
{
    return StringLiteral::python(value);
}

QString pyValue(const QString &value)
{
    if (value == u"true")
        return QStringLiteral("True");
    if (value == u"false")
        return QStringLiteral("False");
    return py(value);
}

} // namespace

GeneratedCode PythonGenerator::generate(const ConnectRequest &r, const CodeOptions &) const
{
    SdkLinkModel sdk(r, QStringLiteral("get_auth_url"));
    QStringList lines;
    lines += CodeLayout::comment(QStringLiteral("smartcar 6.17.0 (pip install smartcar==6.17.0): "
                                                "AuthClient.get_auth_url, as smartcar/auth_client.py "
                                                "builds the link."),
                                 QString(), QStringLiteral("#"));
    lines << QStringLiteral("import os") << QString();
    if (!sdk.isDefaultOrigin()) {
        lines +=
            CodeLayout::comment(tr("The link points at %1: smartcar/config.py reads Connect's origin from "
                                   "SMARTCAR_CONNECT_ORIGIN once, when smartcar is imported.")
                                    .arg(r.baseUrl),
                                QString(), QStringLiteral("#"));
        lines.append(QStringLiteral("os.environ[\"SMARTCAR_CONNECT_ORIGIN\"] = ") + py(r.baseUrl));
        lines.append(QString());
        sdk.note(tr("Connect's origin %1 comes from the environment variable SMARTCAR_CONNECT_ORIGIN.")
                     .arg(r.baseUrl));
    }
    lines << QStringLiteral("import smartcar") << QString();

    static const QStringList modes = {QStringLiteral("test"), QStringLiteral("live"),
                                      QStringLiteral("simulated")};
    const QString sdkMode = modes.contains(r.mode.toLower()) ? r.mode.toLower() : QStringLiteral("live");
    const QString env = SdkLinkModel::fromEnvironment();

    // AuthClient(client_id, client_secret, redirect_uri, mode): all three credentials are required.
    QStringList client;
    if (r.clientId.isEmpty()) {
        client.append(
            QStringLiteral("client_id=os.environ[\"SMARTCAR_CLIENT_ID\"],  # the link has no client_id"));
        sdk.because(
            QStringLiteral("client_id"),
            tr("AuthClient requires a client id and get_auth_url always writes it; the link has none, so "
               "client_id is removed."));
    } else {
        client.append(QStringLiteral("client_id=") + py(r.clientId) + u',');
    }
    client.append(
        QStringLiteral("client_secret=os.environ[\"SMARTCAR_CLIENT_SECRET\"],  # never in the code"));
    if (r.redirectUri.isEmpty()) {
        client.append(QStringLiteral(
            "redirect_uri=os.environ[\"SMARTCAR_REDIRECT_URI\"],  # the link has no redirect_uri"));
        sdk.because(
            QStringLiteral("redirect_uri"),
            tr("AuthClient requires a redirect URI and get_auth_url always writes it; the link has none (so "
               "Connect uses the Dashboard's default), so redirect_uri is removed."));
    } else {
        client.append(QStringLiteral("redirect_uri=") + py(r.redirectUri) + u',');
    }
    if (sdkMode != u"live")
        client.append(QStringLiteral("mode=") + py(sdkMode) + u',');
    if (sdkMode != r.mode)
        sdk.because(
            QStringLiteral("mode"),
            tr("AuthClient takes mode test, live or simulated only (and lowercases it); the link's mode is "
               "set on the URL."));

    // get_auth_url(scope, options), in the order smartcar/auth_client.py writes the parameters.
    QStringList options;
    sdk.write(QStringLiteral("response_type"), QStringLiteral("code"));
    if (r.responseType != u"code")
        sdk.because(
            QStringLiteral("response_type"),
            tr("get_auth_url always writes response_type=code; the link's response_type is set on the "
               "URL."));
    sdk.write(QStringLiteral("client_id"), r.clientId.isEmpty() ? env : r.clientId);
    sdk.write(QStringLiteral("redirect_uri"), r.redirectUri.isEmpty() ? env : r.redirectUri);
    const bool force = r.approvalPrompt == u"force";
    sdk.write(QStringLiteral("approval_prompt"), force ? QStringLiteral("force") : QStringLiteral("auto"));
    if (force)
        options.append(QStringLiteral("\"force_prompt\": True,"));
    else if (r.approvalPrompt != u"auto")
        sdk.because(QStringLiteral("approval_prompt"),
                    tr("get_auth_url writes approval_prompt as auto or force (force_prompt) only."));
    sdk.write(QStringLiteral("scope"), r.scopeString());
    if (r.scope.isEmpty())
        sdk.because(
            QStringLiteral("scope"),
            tr("get_auth_url always writes scope (empty for an empty list); the link has none (so the "
               "Dashboard's Vehicle Access settings apply), so scope is removed."));
    sdk.write(QStringLiteral("mode"), sdkMode);
    if (!r.state.isEmpty()) {
        sdk.write(QStringLiteral("state"), r.state);
        options.append(QStringLiteral("\"state\": ") + py(r.state) + u',');
    }
    if (!r.make.isEmpty()) {
        sdk.write(QStringLiteral("make"), r.make);
        options.append(QStringLiteral("\"make_bypass\": ") + py(r.make) + u',');
    }
    if (!r.singleSelectVin.isEmpty() && r.singleSelect == u"true") {
        sdk.write(QStringLiteral("single_select_vin"), r.singleSelectVin);
        sdk.write(QStringLiteral("single_select"), QStringLiteral("true"));
        options.append(QStringLiteral("\"single_select\": {\"vin\": ") + py(r.singleSelectVin) +
                       QLatin1StringView("},"));
    } else {
        if (SdkLinkModel::isBooleanText(r.singleSelect)) {
            sdk.write(QStringLiteral("single_select"), r.singleSelect);
            options.append(QStringLiteral("\"single_select\": {\"enabled\": ") + pyValue(r.singleSelect) +
                           QLatin1StringView("},"));
        } else if (!r.singleSelect.isEmpty()) {
            sdk.because(QStringLiteral("single_select"),
                        tr("get_auth_url writes single_select as true or false only (single_select)."));
        }
        if (!r.singleSelectVin.isEmpty())
            sdk.because(QStringLiteral("single_select_vin"),
                        tr("get_auth_url writes single_select_vin only together with single_select=true "
                           "(\"single_select\": {\"vin\": …})."));
    }
    if (!r.flags.isEmpty()) {
        if (sdk.flagsFitAMap()) {
            QStringList entries;
            for (const Flag &f : r.flags)
                entries.append(py(f.name) + QLatin1StringView(": ") + pyValue(f.value));
            options.append(QStringLiteral("\"flags\": ") +
                           CodeLayout::list(entries, QStringLiteral("{"), QStringLiteral("}"),
                                            QStringLiteral("    "), 13, 4) +
                           u',');
            sdk.write(QStringLiteral("flags"), r.flagsString());
        } else {
            sdk.because(QStringLiteral("flags"),
                        tr("get_auth_url takes flags as a dict of name: value, which cannot hold this link's "
                           "flags (a "
                           "repeated name or a flag without a value); they are set on the URL."));
        }
    }
    const QString user = sdk.firstExtra(QStringLiteral("user"));
    if (!user.isEmpty()) {
        sdk.write(QStringLiteral("user"), user);
        options.append(QStringLiteral("\"user\": ") + py(user) + u',');
    }
    const QString pathReason = tr(
        "get_auth_url builds /oauth/authorize links only: the re-authentication link (/oauth/reauthenticate, "
        "vehicle_id) is made on the URL it returns.");
    if (r.isReauthentication()) {
        sdk.note(pathReason);
        sdk.because(QStringLiteral("vehicle_id"), pathReason);
    }

    lines.append(QStringLiteral("client = smartcar.AuthClient("));
    for (const QString &line : std::as_const(client))
        lines.append(QStringLiteral("    ") + line);
    lines.append(QStringLiteral(")"));
    lines.append(QString());
    QStringList tokens;
    for (const Permission &p : r.scope)
        tokens.append(py(p.token()));
    lines.append(QStringLiteral("scope = ") +
                 CodeLayout::list(tokens, QStringLiteral("["), QStringLiteral("]"), QString(), 8, 4));
    QString call = QStringLiteral("client.get_auth_url(scope");
    if (!options.isEmpty()) {
        lines.append(QStringLiteral("options = {"));
        for (const QString &line : std::as_const(options))
            lines.append(QStringLiteral("    ") + line);
        lines.append(QStringLiteral("}"));
        call += QLatin1StringView(", options");
    }
    call += u')';
    lines.append(QString());
    lines.append(QStringLiteral("auth_url = ") + call);

    const LinkAdjustments adjustments = sdk.adjustments();
    if (!adjustments.isEmpty() || r.isReauthentication()) {
        lines.append(QString());
        lines.append(QStringLiteral("# What get_auth_url has no option for, set on the URL it returns:"));
        lines.append(QStringLiteral("from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit"));
        lines.append(QString());
        lines.append(QStringLiteral("parts = urlsplit(auth_url)"));
        lines.append(QStringLiteral("query = parse_qsl(parts.query, keep_blank_values=True)"));
        QStringList removed;
        for (const LinkAdjustment &a : adjustments.list()) {
            if (a.kind == LinkAdjustment::Kind::Append)
                continue;
            lines += CodeLayout::comment(a.reason, QString(), QStringLiteral("#"));
            removed.append(py(a.name));
        }
        if (!removed.isEmpty())
            lines.append(QStringLiteral("query = [(name, value) for name, value in query if name not in {") +
                         removed.join(QLatin1StringView(", ")) + QLatin1StringView("}]"));
        for (const LinkAdjustment &a : adjustments.list()) {
            if (a.values.isEmpty())
                continue;
            if (a.kind == LinkAdjustment::Kind::Append)
                lines += CodeLayout::comment(a.reason, QString(), QStringLiteral("#"));
            for (const QString &value : a.values)
                lines.append(QStringLiteral("query.append((") + py(a.name) + QLatin1StringView(", ") +
                             py(value) + QLatin1StringView("))"));
        }
        QString replace = QStringLiteral("query=urlencode(query)");
        if (r.isReauthentication()) {
            lines.append(QStringLiteral("# The re-authentication endpoint:"));
            replace = QStringLiteral("path=") + py(r.path()) + QLatin1StringView(", ") + replace;
        }
        lines.append(QStringLiteral("auth_url = urlunsplit(parts._replace(") + replace +
                     QLatin1StringView("))"));
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
