#pragma once

#include "CallbackResult.h"

#include <QCoreApplication>
#include <QPalette>
#include <QString>
#include <QUrl>

namespace connectlab::web {

// The one renderer of a flow's outcome as rich text, for the Result pane and for the page shown over the
// browser once the redirect is caught. Both say the outcome and the state check with the same words and
// colours, and every colour comes from Theme for the palette given, so light and dark both read well.
class FlowResultHtml
{
    Q_DECLARE_TR_FUNCTIONS(FlowResultHtml)
public:
    // The Result pane: the outcome first (an error with its meaning and what to do, from ErrorExplainer),
    // the parameters that came back, the state check, the callback URL. The code stays masked unless
    // `revealCode`.
    static QString result(const connectlab::flow::CallbackResult &result, const QPalette &palette,
                          bool revealCode);
    // Over the browser: where the callback was caught (the embedded browser refused it, or the loopback
    // listener took it), the outcome and the state check, and the links #run-again and #last-page.
    static QString caughtPage(const connectlab::flow::CallbackResult &result, const QPalette &palette,
                              bool viaSystemBrowser);
    // Over the browser while the desktop's browser walks through Connect.
    static QString systemBrowserPage(const QString &waiting);
    // Something that ended the run without a callback: a title and what happened.
    static QString failure(const QString &title, const QString &detail, const QPalette &palette);

    // "✔ Authorization code received", "✖ access_denied: the user denied access" …
    static QString outcomeTitle(const connectlab::flow::CallbackResult &result);
    // "State check: match."
    static QString stateCheckTitle(connectlab::flow::CallbackResult::StateCheck check);
    // A mismatch or a missing state: a real app must reject the callback.
    static bool isBadState(connectlab::flow::CallbackResult::StateCheck check);

private:
    static QString outcomeColor(const connectlab::flow::CallbackResult &result, const QPalette &palette);
    static QString stateCheckHtml(connectlab::flow::CallbackResult::StateCheck check,
                                  const QPalette &palette);
};

} // namespace connectlab::web
