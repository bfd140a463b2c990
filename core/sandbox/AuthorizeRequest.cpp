#include "AuthorizeRequest.h"

#include "BrandCatalog.h"
#include "Catalog.h"
#include "SandboxConfig.h"
#include "VinAssessment.h"

#include <QRegularExpression>

namespace connectlab::sandbox {

namespace {

// The single value of a parameter; *conflict when it is repeated with different values.
QString single(const FormData &q, const QString &name, bool *conflict)
{
    const QStringList values = q.values(name);
    if (values.isEmpty())
        return QString();
    for (const QString &v : values) {
        if (v != values.first())
            *conflict = true;
    }
    return values.first().isNull() ? QString(QLatin1String("")) : values.first();
}

} // namespace

AuthorizeRequest AuthorizeRequest::parse(const FormData &query, const SandboxConfig &config,
                                         bool reauthEndpoint)
{
    AuthorizeRequest r;
    r.sent = query;
    bool conflict = false;
    QString conflictName;
    auto get = [&](const char *name) {
        bool c = false;
        const QString v = single(query, QString::fromLatin1(name), &c);
        if (c && !conflict) {
            conflict = true;
            conflictName = QString::fromLatin1(name);
        }
        return v;
    };

    // 1. Who is asking, and where to: failures here never redirect.
    const QString clientId = get("client_id");
    const QString applicationId = get("application_id");
    if (conflict &&
        (conflictName == QLatin1String("client_id") || conflictName == QLatin1String("application_id"))) {
        r.errorMessage =
            QStringLiteral("The link sends %1 more than once with different values.").arg(conflictName);
        return r;
    }
    if (!clientId.isEmpty() && !applicationId.isEmpty() && clientId != applicationId) {
        r.errorMessage = QStringLiteral("client_id and application_id name different applications.");
        return r;
    }
    r.clientId = clientId.isEmpty() ? applicationId : clientId;
    if (r.clientId.isEmpty()) {
        r.errorMessage =
            QStringLiteral("The link has no client_id. Copy the Client ID of your application into it.");
        return r;
    }
    const RegisteredApp *app = config.app(r.clientId);
    if (!app) {
        r.errorTitle = QStringLiteral("400: Invalid parameter client_id: ") + r.clientId.left(200);
        if (r.clientId.startsWith(QLatin1String("client_"))) {
            const RegisteredApp *owner = config.appByApiClientId(r.clientId);
            r.errorMessage =
                owner ? QStringLiteral("This is the API Client ID of %1: it belongs in your server's token "
                                       "request (/oauth2/token). The link needs the Application ID, %2.")
                            .arg(owner->displayName(), owner->clientId)
                      : QStringLiteral("An ID that starts with client_ is an API Client ID: it belongs in your "
                                       "server's token request (/oauth2/token). The link needs the Application "
                                       "ID, a UUID (Dashboard → Configuration → Application details).");
        } else {
            r.errorMessage =
                QStringLiteral("No application with this client_id is registered in the sandbox.");
        }
        return r;
    }
    const QString redirect = get("redirect_uri");
    if (conflict && conflictName == QLatin1String("redirect_uri")) {
        r.errorMessage = QStringLiteral("The link sends redirect_uri more than once with different values.");
        return r;
    }
    if (redirect.isNull()) {
        if (app->redirectUris.isEmpty()) {
            r.errorMessage =
                QStringLiteral("The link has no redirect_uri and the application has none registered.");
            return r;
        }
        r.redirectUri = app->redirectUris.first();
        r.redirectUriDefaulted = true;
    } else if (!app->redirectUris.contains(redirect)) {
        r.errorTitle = QStringLiteral("400: Unauthorized redirect_uri");
        r.errorMessage =
            QStringLiteral("The redirect_uri is not one of the application's registered redirect URIs.");
        return r;
    } else {
        r.redirectUri = redirect;
    }

    // 2. From here on, problems go back to the app as configuration_error.
    r.outcome = Outcome::ConfigurationError;
    r.state = get("state");
    r.hasState = query.contains(QStringLiteral("state"));
    const QString responseType = get("response_type");
    const QString scope = get("scope");
    const QString approval = get("approval_prompt");
    const QString mode = get("mode");
    const QString make = get("make");
    const QString singleSelect = get("single_select");
    const QString vin = get("single_select_vin");
    const QString flags = get("flags");
    const QString user = get("user");
    const QString vehicleId = get("vehicle_id");
    if (conflict) {
        r.errorMessage = QStringLiteral("The parameter %1 is sent more than once with different values.")
                             .arg(conflictName);
        return r;
    }

    if (responseType == QLatin1String("vehicle_id")) {
        r.reauthenticate = true;
    } else if (reauthEndpoint) {
        r.errorMessage = QStringLiteral("Re-authentication needs response_type=vehicle_id.");
        return r;
    } else if (responseType != QLatin1String("code")) {
        r.errorMessage =
            responseType.isNull()
                ? QStringLiteral("response_type is missing; use response_type=code.")
                : QStringLiteral("response_type must be code (or vehicle_id to re-authenticate).");
        return r;
    }
    if (r.reauthenticate) {
        static const QRegularExpression idRe(QStringLiteral("^[A-Za-z0-9-]{1,64}$"));
        if (!idRe.match(vehicleId).hasMatch()) {
            r.errorMessage = vehicleId.isEmpty() ? QStringLiteral("Re-authentication needs a vehicle_id.")
                                                 : QStringLiteral("vehicle_id is not a vehicle id.");
            return r;
        }
        r.vehicleId = vehicleId;
    }

    if (scope.trimmed().isEmpty()) {
        r.scopeDefaulted = true;
        for (const QString &token : app->defaultScope) {
            const bool required = token.startsWith(QLatin1String("required:"));
            const QString name = required ? token.mid(9) : token;
            if (!r.scope.contains(name))
                r.scope.append(name);
            if (required)
                r.requiredScope.append(name);
        }
    } else {
        static const QRegularExpression tokenRe(QStringLiteral("^(required:)?([a-z][a-z0-9_]*)$"));
        const QStringList tokens = scope.split(u' ', Qt::SkipEmptyParts);
        for (const QString &token : tokens) {
            const auto m = tokenRe.match(token);
            if (!m.hasMatch()) {
                r.errorMessage =
                    QStringLiteral("The scope contains a malformed permission: %1").arg(token.left(80));
                return r;
            }
            const QString name = m.captured(2);
            if (!Catalog::instance().permission(name))
                r.notices.append(
                    QStringLiteral("Unknown permission %1: the sandbox shows it as is.").arg(name));
            if (!r.scope.contains(name))
                r.scope.append(name);
            if (m.hasCaptured(1) && !r.requiredScope.contains(name))
                r.requiredScope.append(name);
        }
    }
    if (r.scope.isEmpty()) {
        r.errorMessage =
            QStringLiteral("No scope was sent and the application has no default Vehicle Access scope.");
        return r;
    }

    if (!approval.isNull()) {
        if (approval != QLatin1String("auto") && approval != QLatin1String("force")) {
            r.errorMessage = QStringLiteral("approval_prompt must be auto or force.");
            return r;
        }
        r.approvalPrompt = approval;
    }
    if (!mode.isNull()) {
        if (mode != QLatin1String("live") && mode != QLatin1String("simulated") &&
            mode != QLatin1String("test")) {
            r.errorMessage = QStringLiteral("mode must be live, simulated or test.");
            return r;
        }
        r.mode = mode;
        if (mode == QLatin1String("test"))
            r.notices.append(QStringLiteral("mode=test is deprecated; use simulated."));
    }
    if (!singleSelect.isNull()) {
        if (singleSelect != QLatin1String("true") && singleSelect != QLatin1String("false")) {
            r.errorMessage = QStringLiteral("single_select must be true or false.");
            return r;
        }
        r.singleSelect = singleSelect == QLatin1String("true");
    }
    if (!vin.isEmpty()) {
        // Refused exactly when the validator reports an error: the same checks in the same order, and
        // core's VIN verdict for this mode (an empty VIN is no VIN, there as here).
        if (!r.singleSelect) {
            r.errorMessage = QStringLiteral("single_select_vin needs single_select=true.");
            return r;
        }
        const VinAssessment verdict = VinAssessment::assess(vin, r.mode);
        if (verdict.severity() == Severity::Error) {
            r.errorMessage = verdict.findings().first().message;
            return r;
        }
        r.singleSelectVin = vin;
    }
    if (r.singleSelect && app->plan != QLatin1String("custom")) {
        r.errorMessage = QStringLiteral("Single select is only available on the Custom plan.");
        return r;
    }

    const QStringList flagList = flags.split(u' ', Qt::SkipEmptyParts);
    for (const QString &flag : flagList) {
        const qsizetype colon = flag.indexOf(u':');
        const QString name = colon < 0 ? flag : flag.left(colon);
        const QString value = colon < 0 ? QString() : flag.mid(colon + 1);
        if (name.isEmpty()) {
            r.errorMessage = QStringLiteral("A flag has no name: %1").arg(flag.left(80));
            return r;
        }
        if (name == QLatin1String("country")) {
            // A country of core's catalog, as the validator requires (codes are upper case).
            const CountryInfo *country = Catalog::instance().country(value);
            if (!country) {
                r.errorMessage =
                    Catalog::instance().country(value.toUpper())
                        ? QStringLiteral("Country codes are upper case: write country:%1.")
                              .arg(value.toUpper())
                        : QStringLiteral(
                              "The country flag needs an ISO 3166-1 alpha-2 code, e.g. country:DE.");
                return r;
            }
            r.country = country->code;
            if (!country->served)
                r.notices.append(QStringLiteral("Smartcar does not serve %1; the sandbox shows every brand.")
                                     .arg(r.country));
        } else if (name == QLatin1String("user")) {
            r.user = value;
        }
    }
    if (!user.isEmpty())
        r.user = user;

    if (!r.singleSelectVin.isEmpty()) {
        if (const Brand *b = BrandCatalog::instance().brandForVin(r.singleSelectVin))
            r.make = b->token; // the VIN wins over make
    }
    if (r.make.isEmpty() && !make.isEmpty()) {
        const QString token = make.toUpper();
        if (BrandCatalog::instance().brand(token))
            r.make = token;
        else
            r.notices.append(
                QStringLiteral("Unknown make %1: the brand selector is shown instead.").arg(make.left(40)));
    }
    r.errorMessage.clear();
    r.outcome = Outcome::Ok;
    return r;
}

} // namespace connectlab::sandbox
