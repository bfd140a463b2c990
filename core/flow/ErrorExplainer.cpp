#include "ErrorExplainer.h"

#include <QCoreApplication>

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
    Entry{"access_denied", QT_TRANSLATE_NOOP("ErrorExplainer", "the user denied access"),
          QT_TRANSLATE_NOOP(
              "ErrorExplainer",
              "The person pressed Deny on Connect's permission screen, so no vehicle was connected."),
          QT_TRANSLATE_NOOP("ErrorExplainer", "Nothing is wrong with the link. Show the user why your app "
                                              "needs access and offer to try again."),
          ""},
    Entry{
        "vehicle_incompatible", QT_TRANSLATE_NOOP("ErrorExplainer", "the vehicle is not supported"),
        QT_TRANSLATE_NOOP(
            "ErrorExplainer",
            "The vehicle the user chose (or its brand) cannot be connected with the permissions asked for. "
            "The callback may name the vehicle (vin, make, model, year)."),
        QT_TRANSLATE_NOOP(
            "ErrorExplainer",
            "Tell the user this vehicle is not supported. If some permissions are optional for you, ask for "
            "fewer ones or mark fewer as required, then run again."),
        "vin make model year"},
    Entry{"invalid_subscription",
          QT_TRANSLATE_NOOP("ErrorExplainer", "the vehicle has no active connected-services subscription"),
          QT_TRANSLATE_NOOP(
              "ErrorExplainer",
              "The brand's connected services (the subscription the car maker sells) are not active for this "
              "vehicle, so Smartcar cannot reach it."),
          QT_TRANSLATE_NOOP(
              "ErrorExplainer",
              "Ask the user to activate or renew the brand's connected services in the maker's own app, then "
              "run again."),
          ""},
    Entry{"no_vehicles", QT_TRANSLATE_NOOP("ErrorExplainer", "the account has no vehicles"),
          QT_TRANSLATE_NOOP("ErrorExplainer",
                            "The user logged in to the brand's account, but no vehicle is attached to it."),
          QT_TRANSLATE_NOOP(
              "ErrorExplainer",
              "Ask the user to add the vehicle to the brand's account (in the maker's app) or to log in with "
              "the account that owns it, then run again."),
          ""},
    Entry{
        "configuration_error", QT_TRANSLATE_NOOP("ErrorExplainer", "the app or the link is misconfigured"),
        QT_TRANSLATE_NOOP(
            "ErrorExplainer",
            "Connect refused the request itself: e.g. the redirect URI is not registered, single select is "
            "used without the plan that allows it, a test VIN was used in live mode, or steps were skipped. "
            "status_code and error_message say which."),
        QT_TRANSLATE_NOOP(
            "ErrorExplainer",
            "Read error_message, fix the link (or the app's settings on the Dashboard), then run again."),
        "status_code error_message"},
    Entry{"server_error", QT_TRANSLATE_NOOP("ErrorExplainer", "Connect had an unexpected error"),
          QT_TRANSLATE_NOOP("ErrorExplainer",
                            "Something failed on Smartcar's side; the link is probably fine."),
          QT_TRANSLATE_NOOP(
              "ErrorExplainer",
              "Try again in a moment. If it keeps happening, contact Smartcar support with the time and the "
              "link."),
          ""},
    Entry{"user_manually_returned_to_application",
          QT_TRANSLATE_NOOP("ErrorExplainer", "the user went back before granting access"),
          QT_TRANSLATE_NOOP(
              "ErrorExplainer",
              "The person left Connect with its \"back to application\" link before approving anything."),
          QT_TRANSLATE_NOOP("ErrorExplainer",
                            "Nothing is wrong with the link. Let the user start again when ready."),
          ""},
    Entry{"oem_cancelled_login", QT_TRANSLATE_NOOP("ErrorExplainer", "the user quit the brand's login"),
          QT_TRANSLATE_NOOP("ErrorExplainer",
                            "The person cancelled the car maker's own login page inside Connect."),
          QT_TRANSLATE_NOOP("ErrorExplainer",
                            "Nothing is wrong with the link. Let the user start again when ready."),
          ""},
    Entry{"user_cancelled", QT_TRANSLATE_NOOP("ErrorExplainer", "the user quit the brand's login"),
          QT_TRANSLATE_NOOP(
              "ErrorExplainer",
              "The person cancelled the car maker's own login page inside Connect (another name for "
              "oem_cancelled_login)."),
          QT_TRANSLATE_NOOP("ErrorExplainer",
                            "Nothing is wrong with the link. Let the user start again when ready."),
          ""},
    Entry{"invalid_request", QT_TRANSLATE_NOOP("ErrorExplainer", "the request is malformed"),
          QT_TRANSLATE_NOOP("ErrorExplainer", "A required parameter is missing or a value is not allowed."),
          QT_TRANSLATE_NOOP("ErrorExplainer", "Check the link's diagnostics in the composer, fix the "
                                              "parameter named in error_description, then "
                                              "run again."),
          ""},
    Entry{"unauthorized_client", QT_TRANSLATE_NOOP("ErrorExplainer", "the app may not use this flow"),
          QT_TRANSLATE_NOOP("ErrorExplainer", "The client is not allowed to request a code this way."),
          QT_TRANSLATE_NOOP("ErrorExplainer", "Check the client id and the app's settings on the Dashboard."),
          ""},
    Entry{
        "unsupported_response_type",
        QT_TRANSLATE_NOOP("ErrorExplainer", "the response_type is not supported"),
        QT_TRANSLATE_NOOP("ErrorExplainer",
                          "Connect only answers response_type=code (or vehicle_id when re-authenticating)."),
        QT_TRANSLATE_NOOP("ErrorExplainer", "Set response_type to code, then run again."), ""},
    Entry{"invalid_scope", QT_TRANSLATE_NOOP("ErrorExplainer", "a permission is unknown or not allowed"),
          QT_TRANSLATE_NOOP("ErrorExplainer",
                            "The scope names a permission Connect does not know or the app may not request."),
          QT_TRANSLATE_NOOP("ErrorExplainer",
                            "Check the scope in the composer (unknown names are flagged), then run again."),
          ""},
    Entry{"temporarily_unavailable",
          QT_TRANSLATE_NOOP("ErrorExplainer", "Connect is temporarily unavailable"),
          QT_TRANSLATE_NOOP("ErrorExplainer", "The server is overloaded or under maintenance."),
          QT_TRANSLATE_NOOP("ErrorExplainer", "Try again later."), ""},
};

} // namespace

ErrorExplanation ErrorExplainer::explain(const QString &error)
{
    ErrorExplanation explanation;
    explanation.error = error;
    for (const Entry &entry : entries) {
        if (error == QLatin1String(entry.error)) {
            explanation.known = true;
            explanation.title = QCoreApplication::translate("ErrorExplainer", entry.title);
            explanation.meaning = QCoreApplication::translate("ErrorExplainer", entry.meaning);
            explanation.nextStep = QCoreApplication::translate("ErrorExplainer", entry.nextStep);
            explanation.extras =
                QString::fromLatin1(entry.extras).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            return explanation;
        }
    }
    explanation.title = QCoreApplication::translate("ErrorExplainer", "an error Connect Lab does not know");
    explanation.meaning = QCoreApplication::translate(
        "ErrorExplainer", "The callback carried an error that Smartcar does not document (or a "
                          "newer one). error_description may say more.");
    explanation.nextStep = QCoreApplication::translate(
        "ErrorExplainer", "Read error_description and the other parameters below; check "
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
