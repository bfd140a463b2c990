#pragma once

#include <QString>

class QWebEnginePage;

namespace connectlab::web {

// Walks Connect's screens by the element ids Connect's own browser tests use (the sandbox has them, and so
// does real Connect in test or simulated mode): preamble `#continue-button`; brand selector
// `button.brand-list-item` (the first one shown); login `#username`, `#password`, `#sign-in-button`;
// vehicles (ticks them if none is ticked, then continues); permissions `#approval-button`, or the Deny
// button. Injected into every page of the flow at DOMContentLoaded; each element is acted on once, and the
// script looks again every 150 ms, for screens that change without a navigation.
class ClickThrough
{
public:
    enum class Decision
    {
        Approve,
        Deny
    };

    static constexpr auto DefaultLogin = "3-vehicles@smartcar.com";
    static constexpr auto DefaultPassword = "password";

    // The JavaScript, with the decision and the login baked in (JSON-quoted).
    static QString script(Decision decision, const QString &login,
                          const QString &password = QString::fromLatin1(DefaultPassword));
    // Adds the script to `page` (and so to every document it loads from now on).
    static void install(QWebEnginePage *page, Decision decision, const QString &login);
};

} // namespace connectlab::web
