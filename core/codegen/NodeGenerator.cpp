#include "NodeGenerator.h"

#include "CodeLayout.h"
#include "SdkLinkModel.h"
#include "StringLiteral.h"

#include <QRegularExpression>

namespace connectlab {

namespace {

QString js(const QString &value)
{
    return StringLiteral::javaScript(value);
}

// An array index ("0", "42"): JavaScript objects list such keys first, whatever order they were written in.
bool isArrayIndexKey(const QString &name)
{
    static const QRegularExpression index(QStringLiteral("^(0|[1-9][0-9]{0,8})$"));
    return index.match(name).hasMatch();
}

} // namespace

QString NodeGenerator::objectKey(const QString &name)
{
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_$][A-Za-z0-9_$]*$"));
    return identifier.match(name).hasMatch() ? name : js(name);
}

QStringList NodeGenerator::urlEdits(const LinkAdjustments &adjustments, const QString &urlVariable,
                                    const Location &location)
{
    QStringList lines;
    const QString params = urlVariable + QLatin1StringView(".searchParams.");
    for (const LinkAdjustment &a : adjustments.list()) {
        lines += CodeLayout::comment(a.reason, QString(), QStringLiteral("//"));
        switch (a.kind) {
        case LinkAdjustment::Kind::Remove:
            lines.append(params + QLatin1StringView("delete(") + js(a.name) + QLatin1StringView(");"));
            break;
        case LinkAdjustment::Kind::Set:
            if (a.values.size() == 1) {
                lines.append(params + QLatin1StringView("set(") + js(a.name) + QLatin1StringView(", ") +
                             js(a.values.constFirst()) + QLatin1StringView(");"));
                break;
            }
            lines.append(params + QLatin1StringView("delete(") + js(a.name) + QLatin1StringView(");"));
            Q_FALLTHROUGH();
        case LinkAdjustment::Kind::Append:
            for (const QString &value : a.values)
                lines.append(params + QLatin1StringView("append(") + js(a.name) + QLatin1StringView(", ") +
                             js(value) + QLatin1StringView(");"));
            break;
        }
    }
    if (!location.path.isEmpty()) {
        lines += CodeLayout::comment(location.pathReason, QString(), QStringLiteral("//"));
        lines.append(urlVariable + QLatin1StringView(".pathname = ") + js(location.path) + u';');
    }
    if (!location.origin.isEmpty()) {
        const QString &origin = location.origin;
        lines += CodeLayout::comment(location.originReason, QString(), QStringLiteral("//"));
        const qsizetype colon = origin.indexOf(QLatin1StringView("://"));
        lines.append(urlVariable + QLatin1StringView(".protocol = ") + js(origin.left(colon + 1)) + u';');
        lines.append(urlVariable + QLatin1StringView(".host = ") + js(origin.mid(colon + 3)) + u';');
    }
    return lines;
}

GeneratedCode NodeGenerator::generate(const ConnectRequest &r, const CodeOptions &) const
{
    SdkLinkModel sdk(r, QStringLiteral("getAuthUrl"));
    const QString envClientId = SdkLinkModel::fromEnvironment();
    QStringList lines;
    lines += CodeLayout::comment(
        QStringLiteral("smartcar 10.4.0 (npm install smartcar@10.4.0): AuthClient.getAuthUrl, as "
                       "lib/auth-client.js builds the link."),
        QString(), QStringLiteral("//"));
    lines << QStringLiteral("const smartcar = require('smartcar');") << QString();

    if (!sdk.isDefaultOrigin()) {
        lines += CodeLayout::comment(
            tr("The link points at %1: getAuthUrl takes Connect's origin from SMARTCAR_API_ORIGIN (the SDK "
               "sends its vehicle API calls there too).")
                .arg(r.baseUrl),
            QString(), QStringLiteral("//"));
        lines.append(QStringLiteral("process.env.SMARTCAR_API_ORIGIN = ") + js(r.baseUrl) + u';');
        lines.append(QString());
        sdk.note(tr("Connect's origin %1 comes from the environment variable SMARTCAR_API_ORIGIN.")
                     .arg(r.baseUrl));
    }

    // new AuthClient({...}): clientId, clientSecret, redirectUri, mode.
    static const QStringList modes = {QStringLiteral("test"), QStringLiteral("live"),
                                      QStringLiteral("simulated")};
    QStringList client;
    if (r.clientId.isEmpty()) {
        client.append(
            QStringLiteral("clientId: process.env.SMARTCAR_CLIENT_ID, // the link has no client_id"));
        sdk.because(
            QStringLiteral("client_id"),
            tr("AuthClient needs a client id (without one it reads SMARTCAR_CLIENT_ID) and getAuthUrl always "
               "writes it; the link has none, so client_id is removed."));
    } else {
        client.append(QStringLiteral("clientId: ") + js(r.clientId) + u',');
    }
    client.append(QStringLiteral("clientSecret: process.env.SMARTCAR_CLIENT_SECRET, // never in the code"));
    if (!r.redirectUri.isEmpty())
        client.append(QStringLiteral("redirectUri: ") + js(r.redirectUri) + u',');
    const bool modeFits = modes.contains(r.mode);
    if (modeFits && r.mode != u"live")
        client.append(QStringLiteral("mode: ") + js(r.mode) + u',');
    if (!modeFits)
        sdk.because(
            QStringLiteral("mode"),
            tr("AuthClient takes mode test, live or simulated only; the link's mode is set on the URL."));

    // getAuthUrl(scope, options), in the order lib/auth-client.js writes the parameters.
    QStringList options;
    sdk.write(QStringLiteral("response_type"), QStringLiteral("code"));
    if (r.responseType != u"code")
        sdk.because(
            QStringLiteral("response_type"),
            tr("getAuthUrl always writes response_type=code; the link's response_type is set on the URL."));
    sdk.write(QStringLiteral("client_id"), r.clientId.isEmpty() ? envClientId : r.clientId);
    const bool force = r.approvalPrompt == u"force";
    sdk.write(QStringLiteral("approval_prompt"), force ? QStringLiteral("force") : QStringLiteral("auto"));
    if (force)
        options.append(QStringLiteral("forcePrompt: true,"));
    else if (r.approvalPrompt != u"auto")
        sdk.because(QStringLiteral("approval_prompt"),
                    tr("getAuthUrl writes approval_prompt as auto or force (forcePrompt) only."));
    if (!r.redirectUri.isEmpty())
        sdk.write(QStringLiteral("redirect_uri"), r.redirectUri);
    if (!r.scope.isEmpty())
        sdk.write(QStringLiteral("scope"), r.scopeString());
    if (!r.state.isEmpty()) {
        sdk.write(QStringLiteral("state"), r.state);
        options.append(QStringLiteral("state: ") + js(r.state) + u',');
    }
    if (!r.singleSelectVin.isEmpty() && r.singleSelect == u"true") {
        sdk.write(QStringLiteral("single_select"), QStringLiteral("true"));
        sdk.write(QStringLiteral("single_select_vin"), r.singleSelectVin);
        options.append(QStringLiteral("singleSelect: {vin: ") + js(r.singleSelectVin) +
                       QLatin1StringView("},"));
    } else {
        if (SdkLinkModel::isBooleanText(r.singleSelect)) {
            sdk.write(QStringLiteral("single_select"), r.singleSelect);
            options.append(QStringLiteral("singleSelect: {enabled: ") + r.singleSelect +
                           QLatin1StringView("},"));
        } else if (!r.singleSelect.isEmpty()) {
            sdk.because(QStringLiteral("single_select"),
                        tr("getAuthUrl writes single_select as true or false only (singleSelect)."));
        }
        if (!r.singleSelectVin.isEmpty())
            sdk.because(QStringLiteral("single_select_vin"),
                        tr("getAuthUrl writes single_select_vin only together with single_select=true "
                           "(singleSelect: {vin})."));
    }
    if (!r.make.isEmpty()) {
        sdk.write(QStringLiteral("make"), r.make);
        options.append(QStringLiteral("makeBypass: ") + js(r.make) + u',');
    }
    if (!r.flags.isEmpty()) {
        const bool fits =
            sdk.flagsFitAMap() && std::none_of(r.flags.cbegin(), r.flags.cend(), [](const Flag &f) {
                return isArrayIndexKey(f.name) || f.name == u"__proto__";
            });
        if (fits) {
            QStringList entries;
            for (const Flag &f : r.flags)
                entries.append(objectKey(f.name) + QLatin1StringView(": ") +
                               (SdkLinkModel::isBooleanText(f.value) ? f.value : js(f.value)));
            options.append(
                QStringLiteral("flags: ") +
                CodeLayout::list(entries, QStringLiteral("{"), QStringLiteral("}"), QStringLiteral("  "), 9) +
                u',');
            sdk.write(QStringLiteral("flags"), r.flagsString());
        } else {
            sdk.because(
                QStringLiteral("flags"),
                tr("getAuthUrl takes flags as an object of name: value, which cannot hold this link's flags "
                   "(a repeated name, a flag without a value, or a numeric name); they are set on the "
                   "URL."));
        }
    }
    const QString user = sdk.firstExtra(QStringLiteral("user"));
    if (!user.isEmpty()) {
        sdk.write(QStringLiteral("user"), user);
        options.append(QStringLiteral("user: ") + js(user) + u',');
    }
    sdk.write(QStringLiteral("mode"), modeFits ? r.mode : QStringLiteral("live"));
    const QString pathReason = tr(
        "getAuthUrl builds /oauth/authorize links only: the re-authentication link (/oauth/reauthenticate, "
        "vehicle_id) is made on the URL it returns.");
    if (r.isReauthentication()) {
        sdk.note(pathReason);
        sdk.because(QStringLiteral("vehicle_id"), pathReason);
    }

    lines.append(QStringLiteral("const client = new smartcar.AuthClient({"));
    for (const QString &line : std::as_const(client))
        lines.append(QStringLiteral("  ") + line);
    lines.append(QStringLiteral("});"));
    lines.append(QString());

    QStringList arguments;
    if (!r.scope.isEmpty()) {
        QStringList tokens;
        for (const Permission &p : r.scope)
            tokens.append(js(p.token()));
        lines.append(QStringLiteral("const scope = ") +
                     CodeLayout::list(tokens, QStringLiteral("["), QStringLiteral("]"), QString(), 14) +
                     u';');
        arguments.append(QStringLiteral("scope"));
    }
    if (!options.isEmpty()) {
        lines.append(QStringLiteral("const options = {"));
        for (const QString &line : std::as_const(options))
            lines.append(QStringLiteral("  ") + line);
        lines.append(QStringLiteral("};"));
        arguments.append(QStringLiteral("options"));
    }
    if (!arguments.isEmpty())
        lines.append(QString());

    const QString call =
        QStringLiteral("client.getAuthUrl(") + arguments.join(QLatin1StringView(", ")) + u')';
    const LinkAdjustments adjustments = sdk.adjustments();
    if (adjustments.isEmpty() && !r.isReauthentication()) {
        lines.append(QStringLiteral("const authUrl = ") + call + u';');
    } else {
        lines.append(QStringLiteral("// What getAuthUrl has no option for, set on the URL it returns:"));
        lines.append(QStringLiteral("const url = new URL(") + call + QLatin1StringView(");"));
        Location location;
        if (r.isReauthentication()) {
            location.path = r.path();
            location.pathReason = tr("The re-authentication endpoint:");
        }
        lines += urlEdits(adjustments, QStringLiteral("url"), location);
        lines.append(QStringLiteral("const authUrl = url.toString();"));
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
