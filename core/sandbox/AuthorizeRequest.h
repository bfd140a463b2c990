#pragma once

#include "FormData.h"

#include <QString>
#include <QStringList>

namespace connectlab::sandbox {

struct SandboxConfig;

// A request to /oauth/authorize or /oauth/reauthenticate, checked as Connect checks it.
struct AuthorizeRequest
{
    enum class Outcome
    {
        Ok,
        ErrorPage,          // unknown client or redirect URI: an HTML error page, never a redirect
        ConfigurationError, // redirect with error=configuration_error
    };

    Outcome outcome = Outcome::ErrorPage;
    QString errorMessage; // for ErrorPage and ConfigurationError
    // For an ErrorPage that Connect shows with a page of its own, that page's title and heading, exactly:
    // "400: Invalid parameter client_id: <value>" (an unknown id, an API Client ID client_…) or
    // "400: Unauthorized redirect_uri". Empty for the sandbox's own error pages.
    QString errorTitle;

    FormData sent; // the parameters exactly as the link sent them (decoded)

    bool reauthenticate = false;
    QString clientId;
    QString redirectUri;
    bool redirectUriDefaulted = false;
    bool hasState = false;
    QString state;
    QStringList scope;         // permission names, without "required:"
    QStringList requiredScope; // the subset marked "required:"
    bool scopeDefaulted = false;
    QString approvalPrompt = QStringLiteral("auto");
    QString mode = QStringLiteral("live");
    QString make; // brand token that skips the brand selector (VIN already applied)
    bool singleSelect = false;
    QString singleSelectVin;
    QString country;
    QString user;
    QString vehicleId;   // re-authentication
    QStringList notices; // harmless oddities worth showing (unknown make, unknown permission, ...)

    static AuthorizeRequest parse(const FormData &query, const SandboxConfig &config, bool reauthEndpoint);
};

} // namespace connectlab::sandbox
