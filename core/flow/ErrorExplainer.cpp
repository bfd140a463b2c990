#include "ErrorExplainer.h"

#include <array>

namespace connectlab::flow {

namespace {

struct Entry
{
    const char *error;
    const char *title;
    const char *meaning;
    const char *nextStep;
    const char *extras; // space-separated
};

// Connect's errors first (connect-facts.md), then the generic OAuth 2.0 ones (RFC 6749 section 4.1.2.1).
constexpr std::array entries{
    Entry{"access_denied", "the user denied access",
          "The person pressed Deny on Connect's permission screen, so no vehicle was connected.",
          "Nothing is wrong with the link. Show the user why your app needs access and offer to try again.",
          ""},
    Entry{"vehicle_incompatible", "the vehicle is not supported",
          "The vehicle the user chose (or its brand) cannot be connected with the permissions asked for. "
          "The callback may name the vehicle (vin, make, model, year).",
          "Tell the user this vehicle is not supported. If some permissions are optional for you, ask for "
          "fewer ones or mark fewer as required, then run again.",
          "vin make model year"},
    Entry{"invalid_subscription", "the vehicle has no active connected-services subscription",
          "The brand's connected services (the subscription the car maker sells) are not active for this "
          "vehicle, so Smartcar cannot reach it.",
          "Ask the user to activate or renew the brand's connected services in the maker's own app, then "
          "run again.",
          ""},
    Entry{"no_vehicles", "the account has no vehicles",
          "The user logged in to the brand's account, but no vehicle is attached to it.",
          "Ask the user to add the vehicle to the brand's account (in the maker's app) or to log in with "
          "the account that owns it, then run again.",
          ""},
    Entry{"configuration_error", "the app or the link is misconfigured",
          "Connect refused the request itself: e.g. the redirect URI is not registered, single select is "
          "used without the plan that allows it, a test VIN was used in live mode, or steps were skipped. "
          "status_code and error_message say which.",
          "Read error_message, fix the link (or the app's settings on the Dashboard), then run again.",
          "status_code error_message"},
    Entry{"server_error", "Connect had an unexpected error",
          "Something failed on Smartcar's side; the link is probably fine.",
          "Try again in a moment. If it keeps happening, contact Smartcar support with the time and the "
          "link.",
          ""},
    Entry{"user_manually_returned_to_application", "the user went back before granting access",
          "The person left Connect with its \"back to application\" link before approving anything.",
          "Nothing is wrong with the link. Let the user start again when ready.", ""},
    Entry{"oem_cancelled_login", "the user quit the brand's login",
          "The person cancelled the car maker's own login page inside Connect.",
          "Nothing is wrong with the link. Let the user start again when ready.", ""},
    Entry{"user_cancelled", "the user quit the brand's login",
          "The person cancelled the car maker's own login page inside Connect (another name for "
          "oem_cancelled_login).",
          "Nothing is wrong with the link. Let the user start again when ready.", ""},
    Entry{"invalid_request", "the request is malformed",
          "A required parameter is missing or a value is not allowed.",
          "Check the link's diagnostics in the composer, fix the parameter named in error_description, then "
          "run again.",
          ""},
    Entry{"unauthorized_client", "the app may not use this flow",
          "The client is not allowed to request a code this way.",
          "Check the client id and the app's settings on the Dashboard.", ""},
    Entry{"unsupported_response_type", "the response_type is not supported",
          "Connect only answers response_type=code (or vehicle_id when re-authenticating).",
          "Set response_type to code, then run again.", ""},
    Entry{"invalid_scope", "a permission is unknown or not allowed",
          "The scope names a permission Connect does not know or the app may not request.",
          "Check the scope in the composer (unknown names are flagged), then run again.", ""},
    Entry{"temporarily_unavailable", "Connect is temporarily unavailable",
          "The server is overloaded or under maintenance.", "Try again later.", ""},
};

} // namespace

ErrorExplanation ErrorExplainer::explain(const QString &error)
{
    ErrorExplanation explanation;
    explanation.error = error;
    for (const Entry &entry : entries) {
        if (error == QLatin1String(entry.error)) {
            explanation.known = true;
            explanation.title = QString::fromUtf8(entry.title);
            explanation.meaning = QString::fromUtf8(entry.meaning);
            explanation.nextStep = QString::fromUtf8(entry.nextStep);
            explanation.extras =
                QString::fromLatin1(entry.extras).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            return explanation;
        }
    }
    explanation.title = QStringLiteral("an error Connect Lab does not know");
    explanation.meaning =
        QStringLiteral("The callback carried an error that Smartcar does not document (or a "
                       "newer one). error_description may say more.");
    explanation.nextStep = QStringLiteral("Read error_description and the other parameters below; check "
                                          "Smartcar's documentation for this error name.");
    return explanation;
}

QStringList ErrorExplainer::knownErrors()
{
    QStringList names;
    for (const Entry &entry : entries)
        names.append(QString::fromLatin1(entry.error));
    return names;
}

} // namespace connectlab::flow
