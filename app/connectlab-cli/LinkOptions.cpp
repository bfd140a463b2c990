#include "LinkOptions.h"

#include <Profile.h>

#include <QSet>
#include <QUrl>

namespace connectlab {

namespace {

QStringList splitOnSpaces(const QStringList &values)
{
    QStringList tokens;
    for (const QString &value : values)
        tokens += value.simplified().split(u' ', Qt::SkipEmptyParts);
    return tokens;
}

// Replaces the first entry of `list` with the same name that came from the profile, or appends.
// Two options with the same name on the command line both land in the link (to test duplicates).
template <typename T>
void overrideOrAppend(QList<T> &list, qsizetype profileCount, QSet<qsizetype> &replaced, const T &item)
{
    for (qsizetype i = 0; i < profileCount; ++i) {
        if (list.at(i).name == item.name && !replaced.contains(i)) {
            list[i] = item;
            replaced.insert(i);
            return;
        }
    }
    list.append(item);
}

bool normalizeBaseUrl(const QString &value, QString *baseUrl, QString *error)
{
    const QUrl url(value.trimmed(), QUrl::StrictMode);
    const QString path = url.path();
    if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http") || url.host().isEmpty() ||
        !(path.isEmpty() || path == u"/") || url.hasQuery() || url.hasFragment() ||
        !url.userInfo().isEmpty()) {
        *error = QStringLiteral("--base-url takes an origin such as https://connect.smartcar.com or "
                                "http://127.0.0.1:8765 (no path, query or fragment), not '%1'")
                     .arg(value);
        return false;
    }
    *baseUrl = url.adjusted(QUrl::RemovePath).toString();
    return true;
}

} // namespace

const CliOptionGroup &LinkOptions::group()
{
    static const CliOptionGroup group{
        QStringLiteral("Link options"),
        {
            {QStringLiteral("client-id"), QStringLiteral("ID"),
             QStringLiteral("Your application's id from the Smartcar Dashboard (client_id)."), false},
            {QStringLiteral("redirect-uri"), QStringLiteral("URI"),
             QStringLiteral("Where Connect sends the user back; must be registered on the Dashboard."),
             false},
            {QStringLiteral("response-type"), QStringLiteral("TYPE"),
             QStringLiteral("code (default), or vehicle_id for re-authentication."), false},
            {QStringLiteral("vehicle-id"), QStringLiteral("ID"),
             QStringLiteral("Re-authenticate this vehicle: /oauth/reauthenticate?response_type=vehicle_id."),
             false},
            {QStringLiteral("scope"), QStringLiteral("PERMISSIONS"),
             QStringLiteral("Permissions to request, e.g. read_vin or \"read_vin required:read_odometer\". "
                            "Repeatable."),
             true},
            {QStringLiteral("state"), QStringLiteral("STATE"),
             QStringLiteral(
                 "Value echoed back to the redirect (CSRF protection); see 'connectlab-cli state'."),
             false},
            {QStringLiteral("approval-prompt"), QStringLiteral("auto|force"),
             QStringLiteral("force shows the approval screen every time (default auto)."), false},
            {QStringLiteral("mode"), QStringLiteral("live|simulated|test"),
             QStringLiteral("Real vehicles, simulated ones, or the deprecated test mode (default live)."),
             false},
            {QStringLiteral("make"), QStringLiteral("MAKE"),
             QStringLiteral("Brand token that skips the brand selector, e.g. TESLA."), false},
            {QStringLiteral("single-select"), QStringLiteral("true|false"),
             QStringLiteral("Let the user connect one vehicle only (Custom plan); bare means true."), false,
             true},
            {QStringLiteral("single-select-vin"), QStringLiteral("VIN"),
             QStringLiteral("Connect only the vehicle with this VIN; needs --single-select."), false},
            {QStringLiteral("flag"), QStringLiteral("NAME:VALUE"),
             QStringLiteral("A Connect flag, e.g. country:DE. Repeatable."), true},
            {QStringLiteral("country"), QStringLiteral("CC"),
             QStringLiteral("Shortcut for --flag country:CC (ISO 3166-1 alpha-2, e.g. US, DE)."), false},
            {QStringLiteral("user"), QStringLiteral("ID"),
             QStringLiteral("Shortcut for --flag user:ID (use --param user=ID for the SDKs' own parameter)."),
             false},
            {QStringLiteral("param"), QStringLiteral("NAME=VALUE"),
             QStringLiteral(
                 "Any other parameter, appended verbatim (external_id, unknown or duplicate ones). "
                 "Repeatable."),
             true},
            {QStringLiteral("base-url"), QStringLiteral("URL"),
             QStringLiteral(
                 "Connect's origin (default https://connect.smartcar.com), e.g. http://127.0.0.1:8765."),
             false},
            {QStringLiteral("profile"), QStringLiteral("FILE"),
             QStringLiteral("Start from a saved Connect Lab profile; the options above override it."), false},
        }};
    return group;
}

bool LinkOptions::anyGiven(const CliOptions &options)
{
    for (const CliOption &option : group().options) {
        if (options.isSet(option.name))
            return true;
    }
    return false;
}

bool LinkOptions::toRequest(const CliOptions &options, ConnectRequest *request, QString *error)
{
    ConnectRequest result;
    if (options.isSet(QStringLiteral("profile"))) {
        const QString path = options.value(QStringLiteral("profile"));
        Profile profile;
        QString loadError;
        if (!Profile::load(path, &profile, &loadError)) {
            *error = QStringLiteral("cannot use profile '%1': %2").arg(path, loadError);
            return false;
        }
        result = profile.request;
    }

    const auto given = [&options](const char *name) { return options.isSet(QString::fromLatin1(name)); };
    const auto value = [&options](const char *name) { return options.value(QString::fromLatin1(name)); };

    if (given("base-url") && !normalizeBaseUrl(value("base-url"), &result.baseUrl, error))
        return false;
    if (given("vehicle-id")) {
        const QString vehicleId = value("vehicle-id");
        if (vehicleId.isEmpty()) {
            result.endpoint = Endpoint::Authorize;
            result.vehicleId.clear();
            result.responseType = QStringLiteral("code");
        } else {
            result.makeReauthentication(vehicleId);
        }
    }
    if (given("client-id"))
        result.clientId = value("client-id");
    if (given("redirect-uri"))
        result.redirectUri = value("redirect-uri");
    if (given("response-type"))
        result.responseType = value("response-type");
    if (given("scope")) {
        result.scope.clear();
        for (const QString &token : splitOnSpaces(options.values(QStringLiteral("scope"))))
            result.scope.append(Permission::fromToken(token));
    }
    if (given("state"))
        result.state = value("state");
    if (given("approval-prompt"))
        result.approvalPrompt = value("approval-prompt");
    if (given("mode"))
        result.mode = value("mode");
    if (given("make"))
        result.make = value("make");
    if (given("single-select"))
        result.singleSelect = value("single-select");
    if (given("single-select-vin"))
        result.singleSelectVin = value("single-select-vin");

    if (given("flag")) {
        const qsizetype profileCount = result.flags.size();
        QSet<qsizetype> replaced;
        for (const QString &token : splitOnSpaces(options.values(QStringLiteral("flag"))))
            overrideOrAppend(result.flags, profileCount, replaced, Flag::fromToken(token));
    }
    if (given("country"))
        result.setCountry(value("country"));
    if (given("user"))
        result.setFlagUser(value("user"));

    if (given("param")) {
        const qsizetype profileCount = result.extras.size();
        QSet<qsizetype> replaced;
        for (const QString &pair : options.values(QStringLiteral("param"))) {
            const qsizetype equals = pair.indexOf(u'=');
            if (equals <= 0) {
                *error = QStringLiteral("--param takes NAME=VALUE (e.g. --param external_id=42), not '%1'")
                             .arg(pair);
                return false;
            }
            overrideOrAppend(result.extras, profileCount, replaced,
                             Parameter{pair.left(equals), pair.mid(equals + 1)});
        }
    }

    *request = std::move(result);
    return true;
}

} // namespace connectlab
