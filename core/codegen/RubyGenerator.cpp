#include "RubyGenerator.h"

#include "CodeLayout.h"
#include "SdkLinkModel.h"
#include "StringLiteral.h"

#include <QRegularExpression>

namespace connectlab {

namespace {

QString rb(const QString &value)
{
    return StringLiteral::ruby(value);
}

QString rbValue(const QString &value)
{
    return SdkLinkModel::isBooleanText(value) ? value : rb(value);
}

// A hash key: `name:` when the name is a plain symbol, `'a-b':` otherwise.
QString symbolKey(const QString &name)
{
    static const QRegularExpression symbol(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    return (symbol.match(name).hasMatch() ? name : rb(name)) + u':';
}

} // namespace

GeneratedCode RubyGenerator::generate(const ConnectRequest &r, const CodeOptions &) const
{
    SdkLinkModel sdk(r, QStringLiteral("get_auth_url"));
    static const QStringList modes = {QStringLiteral("test"), QStringLiteral("live"),
                                      QStringLiteral("simulated")};
    const bool modeFits = modes.contains(r.mode);

    QStringList lines;
    lines += CodeLayout::comment(
        QStringLiteral(
            "smartcar gem 3.9.5 (gem install smartcar -v 3.9.5): Smartcar::AuthClient#get_auth_url, as "
            "lib/smartcar/auth_client.rb builds the link."),
        QString(), QStringLiteral("#"));
    lines << QStringLiteral("require 'smartcar'") << QString();
    if (!sdk.isDefaultOrigin()) {
        lines += CodeLayout::comment(
            tr("The link points at %1: AuthClient.new reads Connect's origin from SMARTCAR_CONNECT_ORIGIN.")
                .arg(r.baseUrl),
            QString(), QStringLiteral("#"));
        lines.append(QStringLiteral("ENV['SMARTCAR_CONNECT_ORIGIN'] = ") + rb(r.baseUrl));
        lines.append(QString());
        sdk.note(tr("Connect's origin %1 comes from the environment variable SMARTCAR_CONNECT_ORIGIN.")
                     .arg(r.baseUrl));
    }

    // AuthClient.new(client_id:, client_secret:, redirect_uri:, mode:); the first three fall back to
    // SMARTCAR_*.
    QStringList client;
    if (r.clientId.isEmpty()) {
        client.append(
            QStringLiteral("# no client_id: the link has none; AuthClient reads SMARTCAR_CLIENT_ID"));
        sdk.because(
            QStringLiteral("client_id"),
            tr("AuthClient requires a client id (it reads SMARTCAR_CLIENT_ID) and get_auth_url always writes "
               "it; the link has none, so client_id is removed."));
    } else {
        client.append(QStringLiteral("client_id: ") + rb(r.clientId) + u',');
    }
    client.append(QStringLiteral("client_secret: ENV.fetch('SMARTCAR_CLIENT_SECRET'), # never in the code"));
    if (!r.redirectUri.isEmpty())
        client.append(QStringLiteral("redirect_uri: ") + rb(r.redirectUri) + u',');
    if (modeFits && r.mode != u"live")
        client.append(QStringLiteral("mode: ") + rb(r.mode) + u',');
    if (!modeFits)
        sdk.because(
            QStringLiteral("mode"),
            tr("AuthClient takes mode test, live or simulated only; the link's mode is set on the URL."));
    // The last entry has no trailing comma (RuboCop's default style).
    for (qsizetype i = client.size() - 1; i >= 0; --i) {
        if (client[i].startsWith(u'#'))
            continue;
        const qsizetype comment = client[i].indexOf(QLatin1StringView(", #"));
        if (comment >= 0)
            client[i].remove(comment, 1);
        else if (client[i].endsWith(u','))
            client[i].chop(1);
        break;
    }

    // get_auth_url(scope, options): initialize_auth_parameters and add_single_select_options, then the oauth2
    // gem adds client_id (and sorts the query).
    QStringList options;
    sdk.write(QStringLiteral("response_type"), QStringLiteral("code"));
    if (r.responseType != u"code")
        sdk.because(
            QStringLiteral("response_type"),
            tr("get_auth_url always writes response_type=code; the link's response_type is set on the "
               "URL."));
    sdk.write(QStringLiteral("mode"), modeFits ? r.mode : QStringLiteral("live"));
    if (!r.redirectUri.isEmpty())
        sdk.write(QStringLiteral("redirect_uri"), r.redirectUri);
    if (!r.scope.isEmpty())
        sdk.write(QStringLiteral("scope"), r.scopeString());
    const bool force = r.approvalPrompt == u"force";
    if (force || r.approvalPrompt == u"auto") {
        options.append(QStringLiteral("force_prompt: ") +
                       (force ? QLatin1StringView("true") : QLatin1StringView("false")));
        sdk.write(QStringLiteral("approval_prompt"), r.approvalPrompt);
    } else {
        sdk.because(QStringLiteral("approval_prompt"),
                    tr("get_auth_url writes approval_prompt as auto or force (force_prompt) only."));
    }
    if (!r.state.isEmpty()) {
        options.append(QStringLiteral("state: ") + rb(r.state));
        sdk.write(QStringLiteral("state"), r.state);
    }
    if (!r.make.isEmpty()) {
        options.append(QStringLiteral("make_bypass: ") + rb(r.make));
        sdk.write(QStringLiteral("make"), r.make);
    }
    if (!r.flags.isEmpty()) {
        if (sdk.flagsFitAMap()) {
            QStringList entries;
            for (const Flag &f : r.flags)
                entries.append(symbolKey(f.name) + u' ' + rbValue(f.value));
            options.append(QStringLiteral("flags: ") + CodeLayout::list(entries, QStringLiteral("{ "),
                                                                        QStringLiteral(" }"),
                                                                        QStringLiteral("  "), 9));
            sdk.write(QStringLiteral("flags"), r.flagsString());
        } else {
            sdk.because(QStringLiteral("flags"),
                        tr("get_auth_url takes flags as a hash of name: value, which cannot hold this link's "
                           "flags (a "
                           "repeated name or a flag without a value); they are set on the URL."));
        }
    }
    const QString user = sdk.firstExtra(QStringLiteral("user"));
    if (!user.isEmpty()) {
        options.append(QStringLiteral("user: ") + rb(user));
        sdk.write(QStringLiteral("user"), user);
    }
    if (!r.singleSelectVin.isEmpty() && r.singleSelect == u"true") {
        options.append(QStringLiteral("single_select: { vin: ") + rb(r.singleSelectVin) +
                       QLatin1StringView(" }"));
        sdk.write(QStringLiteral("single_select_vin"), r.singleSelectVin);
        sdk.write(QStringLiteral("single_select"), QStringLiteral("true"));
    } else {
        if (SdkLinkModel::isBooleanText(r.singleSelect)) {
            options.append(QStringLiteral("single_select: { enabled: ") + r.singleSelect +
                           QLatin1StringView(" }"));
            sdk.write(QStringLiteral("single_select"), r.singleSelect);
        } else if (!r.singleSelect.isEmpty()) {
            sdk.because(QStringLiteral("single_select"),
                        tr("get_auth_url writes single_select as true or false only (single_select:)."));
        }
        if (!r.singleSelectVin.isEmpty())
            sdk.because(QStringLiteral("single_select_vin"),
                        tr("get_auth_url writes single_select_vin only together with single_select=true "
                           "(single_select: { vin: … })."));
    }
    sdk.write(QStringLiteral("client_id"),
              r.clientId.isEmpty() ? SdkLinkModel::fromEnvironment() : r.clientId);
    const QString pathReason = tr(
        "get_auth_url builds /oauth/authorize links only: the re-authentication link (/oauth/reauthenticate, "
        "vehicle_id) is made on the URL it returns.");
    if (r.isReauthentication()) {
        sdk.note(pathReason);
        sdk.because(QStringLiteral("vehicle_id"), pathReason);
    }

    lines.append(QStringLiteral("client = Smartcar::AuthClient.new("));
    for (const QString &line : std::as_const(client))
        lines.append(QStringLiteral("  ") + line);
    lines.append(QStringLiteral(")"));
    lines.append(QString());

    QStringList arguments;
    if (!r.scope.isEmpty()) {
        QStringList tokens;
        for (const Permission &p : r.scope)
            tokens.append(rb(p.token()));
        arguments.append(
            CodeLayout::list(tokens, QStringLiteral("["), QStringLiteral("]"), QStringLiteral("  "), 2));
    }
    arguments += options;
    if (arguments.isEmpty()) {
        lines.append(QStringLiteral("auth_url = client.get_auth_url"));
    } else {
        lines.append(QStringLiteral("auth_url = client.get_auth_url("));
        for (qsizetype i = 0; i < arguments.size(); ++i)
            lines.append(QStringLiteral("  ") + arguments[i] +
                         (i + 1 < arguments.size() ? QStringLiteral(",") : QString()));
        lines.append(QStringLiteral(")"));
    }

    const LinkAdjustments adjustments = sdk.adjustments();
    if (!adjustments.isEmpty() || r.isReauthentication()) {
        lines.append(QString());
        lines.append(QStringLiteral("# What get_auth_url has no option for, set on the URL it returns:"));
        lines.append(QStringLiteral("require 'uri'"));
        lines.append(QString());
        lines.append(QStringLiteral("uri = URI(auth_url)"));
        QStringList removed;
        for (const LinkAdjustment &a : adjustments.list()) {
            if (a.kind == LinkAdjustment::Kind::Append)
                continue;
            lines += CodeLayout::comment(a.reason, QString(), QStringLiteral("#"));
            removed.append(rb(a.name));
        }
        QString query = QStringLiteral("query = URI.decode_www_form(uri.query.to_s)");
        if (!removed.isEmpty())
            query += QStringLiteral(".reject { |name, _| [") + removed.join(QLatin1StringView(", ")) +
                     QLatin1StringView("].include?(name) }");
        lines.append(query);
        for (const LinkAdjustment &a : adjustments.list()) {
            if (a.values.isEmpty())
                continue;
            if (a.kind == LinkAdjustment::Kind::Append)
                lines += CodeLayout::comment(a.reason, QString(), QStringLiteral("#"));
            for (const QString &value : a.values)
                lines.append(QStringLiteral("query << [") + rb(a.name) + QLatin1StringView(", ") + rb(value) +
                             u']');
        }
        lines.append(QStringLiteral("uri.query = URI.encode_www_form(query)"));
        if (r.isReauthentication()) {
            lines.append(QStringLiteral("# The re-authentication endpoint:"));
            lines.append(QStringLiteral("uri.path = ") + rb(r.path()));
        }
        lines.append(QStringLiteral("auth_url = uri.to_s"));
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
