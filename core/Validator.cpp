#include "Validator.h"

#include "Catalog.h"
#include "InvisibleCharacters.h"
#include "NameSuggester.h"
#include "ParameterSpec.h"
#include "UrlBuilder.h"
#include "VinAssessment.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

// clang-format off
// Rules, in the order they run. Every code is stable: tests, the CLI's JSON and the UI rely on it.
//
// field               severity  code                          when
// client_id           error     client-id-missing             absent or empty
// client_id           error     client-id-invalid-characters  a character outside [A-Za-z0-9_-]
// client_id           error     client-id-is-api-client-id    starts with client_: the API Client ID, not the Application ID
// client_id           info      client-id-not-uuid            not a UUID (Dashboard ids are UUIDs)
// application_id      warning   application-id-mismatch       application_id differs from client_id
// application_id      error     client-id-is-api-client-id    application_id starts with client_ (and differs from client_id)
// redirect_uri        warning   redirect-uri-missing          absent: the Dashboard's default applies (not with response_type=none)
// redirect_uri        error     redirect-uri-not-absolute     no scheme://
// redirect_uri        error     redirect-uri-insecure-http    http:// on a host other than localhost (127.0.0.1 too)
// redirect_uri        error     redirect-uri-fragment         contains '#'
// redirect_uri        warning   redirect-uri-custom-scheme    custom scheme other than sc<client_id>
// response_type       error     response-type-invalid         not code, vehicle_id, none or a vehicle UUID
// response_type       info      response-type-vehicle-uuid    a vehicle UUID: use the re-authentication form
// response_type       info      response-type-none            none: the redirect-less flow (redirect_uri optional, app_origin)
// vehicle_id          error     vehicle-id-missing            response_type=vehicle_id without vehicle_id
// response_type       info      reauth-endpoint               re-authentication sent to /oauth/authorize
// response_type       error     reauth-response-type          /oauth/reauthenticate without response_type=vehicle_id
// vehicle_id          warning   vehicle-id-unused             vehicle_id without response_type=vehicle_id
// scope               warning   scope-missing                 no permission: Vehicle Access settings apply
// scope               error     scope-invalid-token           a token that is not (required:)?[a-z_]+
// scope               warning   scope-unknown-permission      a well-formed name the catalog does not know
// scope               warning   scope-duplicate               a permission twice (also x with required:x)
// state               warning   state-missing                 no CSRF protection
// state               warning   state-short                   under 8 characters
// approval_prompt     error     approval-prompt-invalid       not auto or force
// mode                error     mode-invalid                  not live, simulated or test
// mode                warning   mode-test-deprecated          test
// flags.country       warning   simulated-without-country     mode=simulated without a country: flag
// single_select       error     single-select-invalid         not true or false
// make                warning   make-not-upper-case           make tokens are upper case
// make                warning   make-unknown                  not a make the catalog knows
// make                warning   make-ignored-with-vin         make together with single_select_vin
// single_select_vin   error     vin-needs-single-select       single_select is not true
// single_select_vin   error     vin-format                    not 17 characters of A-Z 0-9
// single_select_vin   error     vin-forbidden-letters         live mode: I, O or Q (info in simulated/test mode)
// single_select_vin   error     vin-check-digit               live mode, North-American VIN (1-5): wrong position 9
//                                                             (info in simulated/test mode); see VinAssessment
// single_select(_vin) info      single-select-custom-plan     single_select* needs the Custom plan
// flags               error     flag-malformed                a token without name:value
// flags.country       error     flag-country-invalid          not an ISO 3166-1 alpha-2 code
// flags.country       warning   flag-country-not-served       outside the US, Canada and Europe
// flags.user          error     flag-user-empty               user: with no value
// flags.account_sync  error     flag-account-sync-invalid     account_sync: not true or false
// flags.<name>        info      flag-unknown                  a flag the catalog does not know
// flags.<name>        warning   flag-duplicate                the same flag twice
// external_id         info      external-id-null              external_id=null clears the stored external id
// external_id         warning   external-id-unusual           empty, over 255 characters, or with spaces or control characters
// <name>              warning   unknown-parameter             a parameter Connect does not know
// url                 warning   parameter-without-name        "=value": a parameter with an empty name
// <name>              error     duplicate-parameter-conflict  a single-valued parameter twice, different values
// <name>              warning   duplicate-parameter           a single-valued parameter twice, same value
// url                 warning   url-too-long                  the link is over 2,048 characters
// <id field>          warning   invisible-character           an invisible or control character (BOM, zero-width, bidi …)
// <id field>          warning   confusable-character          a letter from another script that looks Latin
//   (id fields: client_id, application_id, redirect_uri, vehicle_id, external_id, user, flags.user)
// With the target's registrations (the local sandbox's apps):
// client_id           error     client-id-not-registered      no app with this client id
// redirect_uri        error     redirect-uri-not-registered   not one of the app's redirect URIs
// clang-format on

namespace connectlab {

namespace {

constexpr qsizetype MaxUrlLength = 2048;
constexpr qsizetype MinStateLength = 8;

// Size first, then memcmp: cheaper than comparing with a Latin-1 literal.
inline bool eq(QStringView s, QStringView literal)
{
    return s == literal;
}
inline bool isAsciiLower(char16_t u)
{
    return u >= 'a' && u <= 'z';
}
inline bool isAsciiUpper(char16_t u)
{
    return u >= 'A' && u <= 'Z';
}
inline bool isDigit(char16_t u)
{
    return u >= '0' && u <= '9';
}
inline bool isHex(char16_t u)
{
    return isDigit(u) || (u >= 'a' && u <= 'f') || (u >= 'A' && u <= 'F');
}

bool isUuid(QStringView s)
{
    if (s.size() != 36)
        return false;
    for (qsizetype i = 0; i < 36; ++i) {
        const char16_t u = s[i].unicode();
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (u != '-')
                return false;
        } else if (!isHex(u)) {
            return false;
        }
    }
    return true;
}

bool isClientIdChars(QStringView s)
{
    for (QChar c : s) {
        const char16_t u = c.unicode();
        if (!(isAsciiLower(u) || isAsciiUpper(u) || isDigit(u) || u == '_' || u == '-'))
            return false;
    }
    return true;
}

bool isPermissionName(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s) {
        const char16_t u = c.unicode();
        if (!(isAsciiLower(u) || u == '_'))
            return false;
    }
    return true;
}

bool isAllUpper(QStringView s)
{
    for (QChar c : s) {
        if (c.isLower())
            return false;
    }
    return true;
}

QString quoted(QStringView s)
{
    constexpr qsizetype Max = 60;
    if (s.size() <= Max)
        return QLatin1Char('"') % s % QLatin1Char('"');
    return QLatin1Char('"') % s.left(Max) % QStringLiteral("…\"");
}

// Case-insensitive ASCII comparison.
bool equalsIgnoreCase(QStringView a, QLatin1StringView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

// Putting the API Client ID (client_…) into the Connect link is the most common mistake with Smartcar's
// API Authentication: Connect answers with its own page "400: Invalid parameter client_id".
QString apiClientIdMessage(const QString &parameter, const QString &value);

class Checker
{
    Q_DECLARE_TR_FUNCTIONS(Validator)
public:
    Checker(const ConnectRequest &request, Diagnostics &out)
        : r(request), d(out), catalog(Catalog::instance())
    {
    }

    void add(const QString &field, Severity severity, const QString &code, const QString &message,
             const QString &subject = {})
    {
        d.append(Diagnostic{field, severity, code, message, subject});
    }
    // " Did you mean X?" when `name` is almost one of `candidates`, else "".
    static QString didYouMean(QStringView name, const QStringList &candidates)
    {
        const QString nearest = NameSuggester::nearest(name, candidates);
        return nearest.isEmpty() ? QString() : u' ' + tr("Did you mean %1?").arg(nearest);
    }

    void clientId();
    void redirectUri();
    void responseType();
    void scope();
    void state();
    void enums();
    void make();
    void singleSelect();
    void flags();
    void extras();
    void externalId(const QString &value);

private:
    const ConnectRequest &r;
    Diagnostics &d;
    const Catalog &catalog;
};

QString apiClientIdMessage(const QString &parameter, const QString &value)
{
    return QCoreApplication::translate(
               "Validator",
               "%1 %2 is an API Client ID: Connect needs your Application ID, a UUID (Dashboard → "
               "Configuration → Application details). The client_… value and its secret belong in your "
               "server's token request. Connect shows \"400: Invalid parameter client_id\" for this link.")
        .arg(parameter, quoted(value));
}

void Checker::clientId()
{
    const QString field = QStringLiteral("client_id");
    if (r.clientId.isEmpty()) {
        add(field, Severity::Error, QStringLiteral("client-id-missing"),
            tr("client_id is missing: copy your application's Client ID from the Smartcar "
               "Dashboard (Configuration tab)."));
        return;
    }
    if (r.clientId.startsWith(u"client_")) {
        add(field, Severity::Error, QStringLiteral("client-id-is-api-client-id"),
            apiClientIdMessage(QStringLiteral("client_id"), r.clientId));
    } else if (!isClientIdChars(r.clientId)) {
        add(field, Severity::Error, QStringLiteral("client-id-invalid-characters"),
            tr("client_id %1 contains characters other than letters, digits, '-' and '_': "
               "copy the Client ID from the Dashboard again, without spaces or quotes.")
                .arg(quoted(r.clientId)));
    } else if (!isUuid(r.clientId)) {
        add(field, Severity::Info, QStringLiteral("client-id-not-uuid"),
            tr("client_id is not a UUID; Dashboard Client IDs look like "
               "4cf82729-4275-46d9-9255-8437ba777151. Check it is the Client ID, not the "
               "app's name or secret."));
    }
}

void Checker::redirectUri()
{
    const QString field = QStringLiteral("redirect_uri");
    const QString &uri = r.redirectUri;
    if (uri.isEmpty()) {
        if (eq(r.responseType, u"none"))
            return; // the redirect-less flow needs none (see response-type-none)
        add(field, Severity::Warning, QStringLiteral("redirect-uri-missing"),
            tr("redirect_uri is not set: Connect will use the default redirect URI from the "
               "Dashboard. Set it to one of your registered redirect URIs to be explicit."));
        return;
    }
    // scheme "://"
    qsizetype i = 0;
    while (i < uri.size()) {
        const char16_t u = uri[i].unicode();
        const bool ok =
            isAsciiLower(u) || isAsciiUpper(u) || (i > 0 && (isDigit(u) || u == '+' || u == '-' || u == '.'));
        if (!ok)
            break;
        ++i;
    }
    const bool absolute =
        i > 0 && QStringView(uri).mid(i).startsWith(QLatin1StringView("://")) && uri.size() > i + 3;
    if (!absolute) {
        add(field, Severity::Error, QStringLiteral("redirect-uri-not-absolute"),
            tr("redirect_uri %1 is not an absolute URI: write the full registered URI, e.g. "
               "https://example.com/callback or http://localhost:8000/callback.")
                .arg(quoted(uri)));
    } else {
        const QStringView scheme = QStringView(uri).left(i);
        if (equalsIgnoreCase(scheme, QLatin1StringView("http"))) {
            QStringView authority = QStringView(uri).mid(i + 3);
            for (qsizetype k = 0; k < authority.size(); ++k) {
                const QChar c = authority[k];
                if (c == QLatin1Char('/') || c == QLatin1Char('?') || c == QLatin1Char('#')) {
                    authority = authority.left(k);
                    break;
                }
            }
            const qsizetype at = authority.lastIndexOf(QLatin1Char('@'));
            if (at >= 0)
                authority = authority.mid(at + 1);
            QStringView host = authority;
            if (host.startsWith(QLatin1Char('['))) {
                const qsizetype close = host.indexOf(QLatin1Char(']'));
                host = close >= 0 ? host.left(close + 1) : host;
            } else {
                const qsizetype colon = host.indexOf(QLatin1Char(':'));
                if (colon >= 0)
                    host = host.left(colon);
            }
            if (equalsIgnoreCase(host, QLatin1StringView("localhost"))) {
                // allowed
            } else if (eq(host, u"127.0.0.1") || eq(host, u"[::1]")) {
                add(field, Severity::Error, QStringLiteral("redirect-uri-insecure-http"),
                    tr("The Dashboard accepts http:// redirect URIs only for localhost: register "
                       "and use http://localhost… instead of %1.")
                        .arg(host));
            } else {
                add(field, Severity::Error, QStringLiteral("redirect-uri-insecure-http"),
                    tr("http:// is allowed only for localhost: use https:// for %1.").arg(quoted(host)));
            }
        } else if (!equalsIgnoreCase(scheme, QLatin1StringView("https"))) {
            const QString expected = QStringLiteral("sc") + r.clientId;
            if (scheme.compare(expected, Qt::CaseInsensitive) != 0) {
                add(field, Severity::Warning, QStringLiteral("redirect-uri-custom-scheme"),
                    tr("A custom-scheme redirect URI must use sc<client_id> as its scheme: "
                       "use %1:// instead of %2://.")
                        .arg(r.clientId.isEmpty() ? QStringLiteral("sc<client_id>") : expected,
                             scheme.toString()));
            }
        }
    }
    if (uri.contains(QLatin1Char('#'))) {
        add(field, Severity::Error, QStringLiteral("redirect-uri-fragment"),
            tr("redirect_uri must not contain a fragment ('#…'): OAuth forbids it. Remove "
               "everything from '#' on."));
    }
}

void Checker::responseType()
{
    const QString field = QStringLiteral("response_type");
    const QString &type = r.responseType;
    const bool reauthType = eq(type, u"vehicle_id");
    if (eq(type, u"code") || reauthType) {
        // fine
    } else if (eq(type, u"none")) {
        add(field, Severity::Info, QStringLiteral("response-type-none"),
            tr("response_type=none is the redirect-less flow: no code comes back. redirect_uri is "
               "optional; without one the owner ends on a Smartcar page, and with app_origin (the JS SDK "
               "adds it) Connect posts the result to that origin. Use code for the usual flow."));
    } else if (isUuid(type)) {
        add(field, Severity::Info, QStringLiteral("response-type-vehicle-uuid"),
            tr("response_type holds a vehicle id: to re-authenticate a vehicle use "
               "/oauth/reauthenticate?response_type=vehicle_id&vehicle_id=%1.")
                .arg(type));
    } else {
        add(field, Severity::Error, QStringLiteral("response-type-invalid"),
            tr("response_type %1 is not valid: use code (or vehicle_id with a vehicle_id "
               "parameter to re-authenticate).")
                .arg(quoted(type)));
    }
    if (reauthType) {
        if (r.vehicleId.isEmpty()) {
            add(QStringLiteral("vehicle_id"), Severity::Error, QStringLiteral("vehicle-id-missing"),
                tr("response_type=vehicle_id re-authenticates a vehicle: add the vehicle's "
                   "Smartcar id as vehicle_id."));
        }
        if (!r.isReauthentication()) {
            add(field, Severity::Info, QStringLiteral("reauth-endpoint"),
                tr("Re-authentication links use /oauth/reauthenticate: change the path from "
                   "/oauth/authorize."));
        }
    } else {
        if (r.isReauthentication()) {
            add(field, Severity::Error, QStringLiteral("reauth-response-type"),
                tr("/oauth/reauthenticate needs response_type=vehicle_id: set it, or use "
                   "/oauth/authorize for a new connection."));
        }
        if (!r.vehicleId.isEmpty()) {
            add(QStringLiteral("vehicle_id"), Severity::Warning, QStringLiteral("vehicle-id-unused"),
                tr("vehicle_id is only read when response_type=vehicle_id: set that to "
                   "re-authenticate, or remove vehicle_id."));
        }
    }
}

void Checker::scope()
{
    const QString field = QStringLiteral("scope");
    if (r.scope.isEmpty()) {
        add(field, Severity::Warning, QStringLiteral("scope-missing"),
            tr("No permissions requested: Connect will use the Vehicle Access settings from the "
               "Dashboard. Add the permissions your app needs, e.g. read_vehicle_info."));
        return;
    }
    const qsizetype n = r.scope.size();
    QSet<QString> seen; // used only for long scopes
    if (n > 16)
        seen.reserve(n);
    for (qsizetype i = 0; i < n; ++i) {
        const Permission &p = r.scope[i];
        if (!isPermissionName(p.name)) {
            add(field, Severity::Error, QStringLiteral("scope-invalid-token"),
                tr("%1 is not a permission: write lower-case names like read_odometer, "
                   "optionally prefixed with required:, separated by spaces.")
                    .arg(quoted(p.token())),
                p.name);
            continue;
        }
        if (!catalog.permission(p.name)) {
            QStringList names;
            for (const PermissionInfo &info : catalog.permissions())
                names << info.name;
            const QString hint = didYouMean(p.name, names);
            add(field, Severity::Warning, QStringLiteral("scope-unknown-permission"),
                hint.isEmpty()
                    ? tr("%1 is not a permission Connect Lab knows: check it against Smartcar's list of "
                         "permissions. New permissions appear over time, so this may be fine.")
                          .arg(p.name)
                    : tr("%1 is not a permission Connect Lab knows.").arg(p.name) + hint,
                p.name);
        }
        bool duplicate = false;
        if (n > 16) {
            duplicate = seen.contains(p.name);
            seen.insert(p.name);
        } else {
            for (qsizetype j = 0; j < i && !duplicate; ++j)
                duplicate = r.scope[j].name == p.name;
        }
        if (duplicate) {
            add(field, Severity::Warning, QStringLiteral("scope-duplicate"),
                tr("%1 is requested more than once: keep a single %1 (with required: if the "
                   "user must not untick it).")
                    .arg(p.name),
                p.name);
        }
    }
}

void Checker::state()
{
    const QString field = QStringLiteral("state");
    if (r.state.isEmpty()) {
        add(field, Severity::Warning, QStringLiteral("state-missing"),
            tr("No state: the redirect cannot be checked against CSRF. Generate a random state "
               "per link and compare it when the user comes back."));
    } else if (r.state.size() < MinStateLength) {
        add(field, Severity::Warning, QStringLiteral("state-short"),
            tr("state has %1 characters: use at least 8 random characters (Connect Lab generates "
               "32) so it cannot be guessed.")
                .arg(r.state.size()));
    }
}

void Checker::enums()
{
    const QString &prompt = r.approvalPrompt;
    if (!eq(prompt, u"auto") && !eq(prompt, u"force")) {
        add(QStringLiteral("approval_prompt"), Severity::Error, QStringLiteral("approval-prompt-invalid"),
            tr("approval_prompt %1 is not valid: use auto or force.").arg(quoted(prompt)));
    }
    const QString &mode = r.mode;
    if (eq(mode, u"test")) {
        add(QStringLiteral("mode"), Severity::Warning, QStringLiteral("mode-test-deprecated"),
            tr("mode=test is deprecated: use simulated with a vehicle from the Dashboard's "
               "Vehicle Simulator."));
    } else if (!eq(mode, u"live") && !eq(mode, u"simulated")) {
        add(QStringLiteral("mode"), Severity::Error, QStringLiteral("mode-invalid"),
            tr("mode %1 is not valid: use live, or simulated for simulated vehicles.").arg(quoted(mode)));
    }
    if (eq(mode, u"simulated") && r.country().isEmpty() && !r.isReauthentication()) {
        add(QStringLiteral("flags.country"), Severity::Warning, QStringLiteral("simulated-without-country"),
            tr("A simulated vehicle belongs to a region: without a country: flag that matches it, its login "
               "fails with an invalid-credential error. Set the country your simulated vehicle was made "
               "for, e.g. country:US."));
    }
    const QString &single = r.singleSelect;
    if (!single.isEmpty() && !eq(single, u"true") && !eq(single, u"false")) {
        add(QStringLiteral("single_select"), Severity::Error, QStringLiteral("single-select-invalid"),
            tr("single_select %1 is not valid: use true or false.").arg(quoted(single)));
    }
}

void Checker::make()
{
    const QString &make = r.make;
    if (make.isEmpty())
        return;
    const QString field = QStringLiteral("make");
    if (!isAllUpper(make)) {
        add(field, Severity::Warning, QStringLiteral("make-not-upper-case"),
            tr("make tokens are upper case: write %1.").arg(make.toUpper()));
    } else if (!catalog.make(make)) {
        QString normalized = make;
        normalized.replace(QLatin1Char(' '), QLatin1Char('_')).replace(QLatin1Char('-'), QLatin1Char('_'));
        if (normalized != make && catalog.make(normalized)) {
            add(field, Severity::Warning, QStringLiteral("make-unknown"),
                tr("%1 is not a make token: write %2.").arg(quoted(make), normalized));
        } else {
            QStringList tokens;
            for (const MakeInfo &m : catalog.makes())
                tokens << m.token;
            const QString hint = didYouMean(make, tokens);
            add(field, Severity::Warning, QStringLiteral("make-unknown"),
                hint.isEmpty() ? tr("%1 is not a make Connect Lab knows: check the spelling (e.g. TESLA, "
                                    "MERCEDES_BENZ); Connect ignores a make it does not support.")
                                     .arg(quoted(make))
                               : tr("%1 is not a make Connect Lab knows.").arg(quoted(make)) + hint);
        }
    }
    if (!r.singleSelectVin.isEmpty()) {
        add(field, Severity::Warning, QStringLiteral("make-ignored-with-vin"),
            tr("make is ignored when single_select_vin is set (the VIN decides the brand): "
               "remove one of them."));
    }
}

void Checker::singleSelect()
{
    const QString &vin = r.singleSelectVin;
    if (!vin.isEmpty()) {
        if (!eq(r.singleSelect, u"true")) {
            add(QStringLiteral("single_select_vin"), Severity::Error,
                QStringLiteral("vin-needs-single-select"),
                tr("single_select_vin works only with single_select=true: add it."));
        }
        d.append(VinAssessment::assess(vin, r.mode).findings());
    }
    if (!r.singleSelect.isEmpty() || !vin.isEmpty()) {
        add(r.singleSelect.isEmpty() ? QStringLiteral("single_select_vin") : QStringLiteral("single_select"),
            Severity::Info, QStringLiteral("single-select-custom-plan"),
            tr("single_select and single_select_vin work only on Smartcar's Custom plan; on other "
               "plans Connect ignores them."));
    }
}

void Checker::flags()
{
    const qsizetype n = r.flags.size();
    QSet<QString> seen;
    for (qsizetype i = 0; i < n; ++i) {
        const Flag &f = r.flags[i];
        if (!f.hasValue || f.name.isEmpty()) {
            add(QStringLiteral("flags"), Severity::Error, QStringLiteral("flag-malformed"),
                tr("Flag %1 is not name:value: write it like country:DE, separated from other "
                   "flags by spaces.")
                    .arg(quoted(f.token())),
                f.name);
            continue;
        }
        const auto field = [&f] { return QString(QStringLiteral("flags.") + f.name); };
        bool duplicate = false;
        if (n > 16) {
            duplicate = seen.contains(f.name);
            seen.insert(f.name);
        } else {
            for (qsizetype j = 0; j < i && !duplicate; ++j)
                duplicate = r.flags[j].name == f.name;
        }
        if (duplicate) {
            add(field(), Severity::Warning, QStringLiteral("flag-duplicate"),
                tr("Flag %1 is given more than once: keep one.").arg(f.name), f.name);
            continue;
        }
        if (eq(f.name, u"country")) {
            const CountryInfo *country = catalog.country(f.value);
            if (!country) {
                const CountryInfo *upper = catalog.country(f.value.toUpper());
                add(field(), Severity::Error, QStringLiteral("flag-country-invalid"),
                    upper ? tr("Country codes are upper case: write country:%1.").arg(upper->code)
                          : tr("%1 is not an ISO 3166-1 alpha-2 country code: use two letters "
                               "such as US, CA, DE or GB.")
                                .arg(quoted(f.value)));
            } else if (!country->served) {
                add(field(), Severity::Warning, QStringLiteral("flag-country-not-served"),
                    tr("Smartcar serves the US, Canada and Europe, not %1 (%2): users there may "
                       "find no brands.")
                        .arg(country->name, country->code));
            }
        } else if (eq(f.name, u"user")) {
            if (f.value.isEmpty()) {
                add(field(), Severity::Error, QStringLiteral("flag-user-empty"),
                    tr("The user flag is empty: write user:<your id for the owner>, or remove it."));
            }
        } else if (eq(f.name, u"account_sync")) {
            if (!eq(f.value, u"true") && !eq(f.value, u"false")) {
                add(field(), Severity::Error, QStringLiteral("flag-account-sync-invalid"),
                    tr("account_sync takes true or false, not %1: with true, vehicles the owner adds to the "
                       "brand account later are granted the same permissions.")
                        .arg(quoted(f.value)));
            }
        } else if (!catalog.flag(f.name)) {
            QStringList known;
            for (const FlagInfo &info : catalog.flags())
                known << info.name;
            add(field(), Severity::Info, QStringLiteral("flag-unknown"),
                tr("Flag %1 is not one Connect Lab knows (%2): Connect may ignore it.")
                        .arg(f.name, known.join(QStringLiteral(", "))) +
                    didYouMean(f.name, known),
                f.name);
        }
    }
}

void Checker::externalId(const QString &value)
{
    const QString field = QStringLiteral("external_id");
    if (eq(value, u"null")) {
        add(field, Severity::Info, QStringLiteral("external-id-null"),
            tr("external_id=null clears the external id Smartcar keeps for this owner; any other value sets "
               "it. It comes back to redirect_uri and in webhooks."));
        return;
    }
    // Smartcar publishes no rules for it: warn about what is likely a mistake, never refuse.
    const bool unusual =
        value.isEmpty() || value.size() > 255 || std::any_of(value.cbegin(), value.cend(), [](QChar c) {
            return c.isSpace() || c.category() == QChar::Other_Control;
        });
    if (unusual) {
        add(field, Severity::Warning, QStringLiteral("external-id-unusual"),
            tr("external_id %1 is empty, very long or holds spaces or control characters: Smartcar does "
               "not publish its rules, but an id like your own user id (letters, digits, - and _) is safe.")
                .arg(quoted(value)));
    }
}

void Checker::extras()
{
    if (r.extras.isEmpty())
        return;
    QHash<QString, QString> firstValue; // extras that are not fields: first value seen
    QSet<QString> reported;
    for (const Parameter &p : r.extras) {
        const ParameterSpec *spec = ParameterSpec::find(p.name);
        // A field the builder leaves out when empty: the extra is then the link's only occurrence.
        const bool isField = spec && ParameterSpec::isWritten(r, spec->id);
        const QString fieldVal = isField ? ParameterSpec::value(r, spec->id) : QString();
        QString previous;
        bool repeated = false;
        if (isField) {
            previous = fieldVal;
            repeated = true;
        } else if (!p.name.isEmpty()) { // nameless ones are parameter-without-name, once
            const auto it = firstValue.constFind(p.name);
            if (it != firstValue.cend()) {
                previous = *it;
                repeated = true;
            } else {
                firstValue.insert(p.name, p.value);
            }
        }
        if (repeated) {
            if (previous != p.value) {
                add(p.name, Severity::Error, QStringLiteral("duplicate-parameter-conflict"),
                    tr("%1 is given more than once with different values (%2 and %3): Connect "
                       "reads only one. Keep the one you mean.")
                        .arg(p.name, quoted(previous), quoted(p.value)));
            } else {
                add(p.name, Severity::Warning, QStringLiteral("duplicate-parameter"),
                    tr("%1 is given more than once with the same value: remove the repeat.").arg(p.name));
            }
            continue;
        }
        if (eq(p.name, u"application_id")) {
            if (p.value.startsWith(u"client_") && p.value != r.clientId) {
                add(p.name, Severity::Error, QStringLiteral("client-id-is-api-client-id"),
                    apiClientIdMessage(QStringLiteral("application_id"), p.value));
            } else if (!r.clientId.isEmpty() && p.value != r.clientId) {
                add(p.name, Severity::Warning, QStringLiteral("application-id-mismatch"),
                    tr("application_id %1 differs from client_id %2: both name your application "
                       "and must be the same Client ID.")
                        .arg(quoted(p.value), quoted(r.clientId)));
            }
        } else if (eq(p.name, u"external_id")) {
            externalId(p.value);
        } else if (p.name.isEmpty()) {
            if (!reported.contains(p.name)) {
                reported.insert(p.name);
                add(QStringLiteral("url"), Severity::Warning, QStringLiteral("parameter-without-name"),
                    tr("The link has a parameter without a name (=%1): Connect ignores it. Give it its "
                       "name or remove it.")
                        .arg(quoted(p.value)));
            }
        } else if (!catalog.parameter(p.name) && !reported.contains(p.name)) {
            reported.insert(p.name);
            QStringList names;
            for (const ParameterInfo &info : catalog.parameters())
                names << info.name;
            const QString hint = didYouMean(p.name, names);
            add(p.name, Severity::Warning, QStringLiteral("unknown-parameter"),
                hint.isEmpty()
                    ? tr("%1 is not a Connect parameter: check the spelling, or remove it (it is kept "
                         "in the link as written).")
                          .arg(quoted(p.name))
                    : tr("%1 is not a Connect parameter (it is kept in the link as written).")
                              .arg(quoted(p.name)) +
                          hint,
                p.name);
        }
    }
}

} // namespace

Diagnostics Validator::validate(const ConnectRequest &request)
{
    return validate(request, UrlBuilder::build(request));
}

Diagnostics Validator::validate(const ConnectRequest &request, const QString &builtUrl,
                                const Registrations *registrations)
{
    Diagnostics out = validate(request, builtUrl);
    if (!registrations || request.clientId.isEmpty() || request.clientId.startsWith(u"client_"))
        return out;
    const AppRegistration *app = registrations->app(request.clientId);
    if (!app) {
        QStringList known;
        for (const AppRegistration &a : registrations->apps)
            known << (a.name.isEmpty() ? a.clientId : a.name + QStringLiteral(" (") + a.clientId + u')');
        out.append(
            {QStringLiteral("client_id"), Severity::Error, QStringLiteral("client-id-not-registered"),
             tr("%1 has no app with client_id %2, so it will refuse this link: register the app there, "
                "or use one of its apps: %3.")
                 .arg(registrations->where, quoted(request.clientId), known.join(QStringLiteral(", ")))});
        return out;
    }
    if (!request.redirectUri.isEmpty() && !app->redirectUris.contains(request.redirectUri)) {
        out.append(
            {QStringLiteral("redirect_uri"), Severity::Error, QStringLiteral("redirect-uri-not-registered"),
             tr("redirect_uri %1 is not registered for %2 in %3, so it will refuse this link: register it, "
                "or use a registered one: %4.")
                 .arg(quoted(request.redirectUri), app->name.isEmpty() ? app->clientId : app->name,
                      registrations->where, app->redirectUris.join(QStringLiteral(", ")))});
    }
    return out;
}

namespace {

// Ids and redirect URIs are compared character by character: one a person cannot see breaks the match.
void checkCharacters(const QString &field, const QString &value, Diagnostics &out)
{
    if (value.isEmpty())
        return;
    const auto invisible = InvisibleCharacters::firstInvisible(value);
    if (invisible.found()) {
        out.append(
            {field, Severity::Warning, QStringLiteral("invisible-character"),
             Validator::tr("%1 holds an invisible character, %2, at position %3: it came along with a "
                           "copy and will not match what is registered. Retype the value or remove it.")
                 .arg(field, invisible.name)
                 .arg(invisible.position + 1)});
    }
    const auto confusable = InvisibleCharacters::firstConfusable(value);
    if (confusable.found()) {
        out.append(
            {field, Severity::Warning, QStringLiteral("confusable-character"),
             Validator::tr("%1 holds %2 at position %3, which looks like a Latin letter but is not one: "
                           "retype it with a plain keyboard.")
                 .arg(field, confusable.name)
                 .arg(confusable.position + 1)});
    }
}

} // namespace

Diagnostics Validator::validate(const ConnectRequest &request, const QString &builtUrl)
{
    Diagnostics out;
    out.reserve(8);
    Checker c(request, out);
    c.clientId();
    c.redirectUri();
    c.responseType();
    c.scope();
    c.state();
    c.enums();
    c.make();
    c.singleSelect();
    c.flags();
    c.extras();
    checkCharacters(QStringLiteral("client_id"), request.clientId, out);
    checkCharacters(QStringLiteral("redirect_uri"), request.redirectUri, out);
    checkCharacters(QStringLiteral("vehicle_id"), request.vehicleId, out);
    checkCharacters(QStringLiteral("flags.user"), request.flagUser(), out);
    for (const Parameter &p : request.extras)
        if (p.name == u"application_id" || p.name == u"external_id" || p.name == u"user")
            checkCharacters(p.name, p.value, out);
    if (builtUrl.size() > MaxUrlLength) {
        c.add(QStringLiteral("url"), Severity::Warning, QStringLiteral("url-too-long"),
              tr("The link has %1 characters; some browsers and servers cut links over 2,048. "
                 "Drop unneeded parameters or shorten state.")
                  .arg(builtUrl.size()));
    }
    return out;
}

} // namespace connectlab
