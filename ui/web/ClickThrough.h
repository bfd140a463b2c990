#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QWebEnginePage;

namespace connectlab::web {

// Walks Connect's screens by the element ids Connect's own browser tests use (the sandbox has them, and so
// does real Connect in test or simulated mode): preamble `#continue-button`; brand selector
// `button.brand-list-item` (the first one shown); login `#username`, `#password`, `#sign-in-button`;
// vehicles (ticks them if none is ticked, then continues); permissions `#approval-button`, or the Deny
// button. Injected into every page of the flow at DOMContentLoaded; each element is acted on once, and the
// script looks again every 150 ms, for screens that change without a navigation.
//
// Each step it takes is reported as a console message ("connectlab-click-through:login: a@b.com"), which
// FlowRun collects (readStep), so a run can tell an action it asked for from one that never happened
// (notPerformed): a deny whose approval screen Connect skipped, a brand the screen does not offer, a login
// screen that never appeared.
class ClickThrough
{
    Q_DECLARE_TR_FUNCTIONS(ClickThrough)
public:
    enum class Decision
    {
        Approve,
        Deny
    };

    static constexpr auto DefaultLogin = "3-vehicles@smartcar.com";
    static constexpr auto DefaultPassword = "password";

    struct Options
    {
        Decision decision = Decision::Approve;
        QString login = QString::fromLatin1(DefaultLogin);
        bool loginAsked = false; // the login was asked for (not the default): its screen must appear
        QString brand;           // the make to pick ("TESLA"); "" the first one shown
        QString linkMake;        // the link's `make` (which skips the brand screen)
    };

    // The JavaScript, with the decision and the login baked in (JSON-quoted).
    static QString script(Decision decision, const QString &login,
                          const QString &password = QString::fromLatin1(DefaultPassword));
    static QString script(const Options &options,
                          const QString &password = QString::fromLatin1(DefaultPassword));
    // Adds the script to `page` (and so to every document it loads from now on).
    static void install(QWebEnginePage *page, Decision decision, const QString &login);
    static void install(QWebEnginePage *page, const Options &options);

    // The step a console message reports ("brand: TESLA", "login: a@b.com", "vehicles: 2 ticked",
    // "approve", "deny", "continue", "brand missing: TESLA (offered: AUDI BMW)"), or false.
    static bool readStep(const QString &consoleMessage, QString *step);
    // Whether the steps show a brand the screen did not offer; *why says which and what to do.
    static bool brandMissing(const Options &options, const QStringList &steps, QString *why);
    // An action `options` asked for that the steps do not show, once the run ended with `outcome` (code,
    // user_id, error …): what was skipped, why, and how to force it; "" when everything asked happened.
    static QString notPerformed(const Options &options, const QStringList &steps, const QString &outcome);
};

} // namespace connectlab::web
