#include "FlowResultHtml.h"

#include "CodeMask.h"
#include "ErrorExplainer.h"
#include "Theme.h"

namespace connectlab::web {

using connectlab::flow::CallbackResult;
using connectlab::flow::ErrorExplainer;

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString colored(const QString &tag, const QString &color, const QString &html)
{
    const QString style = color.isEmpty() ? QString() : QStringLiteral(" style=\"color:%1\"").arg(color);
    return QLatin1Char('<') + tag + style + QLatin1Char('>') + html + QStringLiteral("</") + tag +
           QLatin1Char('>');
}

QString code(const QString &text)
{
    return QStringLiteral("<code>") + esc(text) + QStringLiteral("</code>");
}

bool isReauthentication(const CallbackResult &result)
{
    return !result.hasParameter(QStringLiteral("code"));
}

} // namespace

bool FlowResultHtml::isBadState(CallbackResult::StateCheck check)
{
    return check == CallbackResult::StateCheck::Mismatch || check == CallbackResult::StateCheck::Missing;
}

QString FlowResultHtml::outcomeTitle(const CallbackResult &result)
{
    switch (result.outcome()) {
    case CallbackResult::Outcome::Code:
        if (!result.userId().isEmpty() && !isReauthentication(result))
            return QStringLiteral("✔ ") + tr("Authorization code and the owner's user_id received");
        return QStringLiteral("✔ ") + (isReauthentication(result) ? tr("Vehicle re-authenticated")
                                                                  : tr("Authorization code received"));
    case CallbackResult::Outcome::UserId:
        return QStringLiteral("✔ ") + tr("Connected: the owner's user_id received (API Authentication)");
    case CallbackResult::Outcome::Error:
        return QStringLiteral("✖ ") +
               tr("%1: %2").arg(result.error(), ErrorExplainer::explain(result.error()).title);
    case CallbackResult::Outcome::None:
        break;
    }
    return QStringLiteral("⚠ ") + tr("The redirect came back without code, user_id or error");
}

QString FlowResultHtml::outcomeColor(const CallbackResult &result, const QPalette &palette)
{
    switch (result.outcome()) {
    case CallbackResult::Outcome::Code:
    case CallbackResult::Outcome::UserId:
        return Theme::okColor(palette).name();
    case CallbackResult::Outcome::Error:
        return Theme::severityColor(Severity::Error, palette).name();
    case CallbackResult::Outcome::None:
        break;
    }
    return Theme::severityColor(Severity::Warning, palette).name();
}

QString FlowResultHtml::stateCheckTitle(CallbackResult::StateCheck check)
{
    return tr("State check: %1.").arg(CallbackResult::stateCheckName(check));
}

QString FlowResultHtml::stateCheckHtml(CallbackResult::StateCheck check, const QPalette &palette)
{
    if (isBadState(check))
        return colored(QStringLiteral("b"), Theme::severityColor(Severity::Error, palette).name(),
                       QStringLiteral("⚠ ") + esc(stateCheckTitle(check)));
    return QStringLiteral("<b>") + esc(stateCheckTitle(check)) + QStringLiteral("</b>");
}

QString FlowResultHtml::result(const CallbackResult &result, const QPalette &palette, bool revealCode)
{
    QString html = colored(QStringLiteral("h3"), outcomeColor(result, palette), esc(outcomeTitle(result)));
    const QString userId = result.userId();
    if (result.isSuccess() && !userId.isEmpty()) {
        // The owner's id first: with API Authentication it is what every vehicle call names.
        html += QStringLiteral("<p><b>") + esc(tr("Owner (user_id):")) + QStringLiteral("</b> ") +
                code(userId) + QStringLiteral("</p><p>") +
                esc(tr("This app uses API Authentication: get an application token with your API Client ID "
                       "(client_…) and its secret, then call the vehicle API with the header sc-user-id: %1.")
                        .arg(userId)) +
                QStringLiteral("</p>");
        if (result.hasParameter(QStringLiteral("code")))
            html += QStringLiteral("<p>") +
                    esc(tr("A code came alongside; apps still on per-vehicle tokens exchange it within 10 "
                           "minutes.")) +
                    QStringLiteral("</p>");
    } else if (result.outcome() == CallbackResult::Outcome::Code) {
        if (!isReauthentication(result))
            html +=
                QStringLiteral("<p>") +
                esc(tr("This app uses per-vehicle tokens: exchange the code for tokens within 10 minutes, "
                       "with the same redirect_uri.")) +
                QStringLiteral("</p>");
    } else if (result.outcome() == CallbackResult::Outcome::Error) {
        const auto explanation = ErrorExplainer::explain(result.error());
        html += QStringLiteral("<p>") + esc(explanation.meaning) + QStringLiteral("</p><p><b>") +
                esc(tr("What to do:")) + QStringLiteral("</b> ") + esc(explanation.nextStep) +
                QStringLiteral("</p>");
    }
    html += QStringLiteral("<table cellspacing=\"2\" cellpadding=\"2\">");
    for (const auto &[name, value] : result.parameters()) {
        const QString shown = (name == QLatin1String("code") && !revealCode)
                                  ? CodeMask::dots() + QLatin1Char(' ') + tr("(Reveal code to see it)")
                                  : value;
        html += QStringLiteral("<tr><td>") + code(name) + QStringLiteral("</td><td>") + code(shown) +
                QStringLiteral("</td></tr>");
    }
    html += QStringLiteral("</table>");
    const auto check = result.stateCheck();
    html += QStringLiteral("<p>") + stateCheckHtml(check, palette) + QLatin1Char(' ') +
            esc(CallbackResult::stateCheckText(check)) + QStringLiteral("</p>");
    const QString callback = result.callbackUrl().toString(QUrl::FullyEncoded);
    html += QStringLiteral("<p><small>") + esc(tr("Callback:")) + QLatin1Char(' ') +
            code(revealCode ? callback : CodeMask::mask(callback)) + QStringLiteral("</small></p>");
    return html;
}

QString FlowResultHtml::caughtPage(const CallbackResult &result, const QPalette &palette,
                                   bool viaSystemBrowser)
{
    // Short: it shares the height with the Result pane below, which has the details.
    const QString where =
        code(result.callbackUrl().adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment).toString());
    QString html;
    if (viaSystemBrowser) {
        html += QStringLiteral("<h3>") + esc(tr("Callback caught on 127.0.0.1")) +
                QStringLiteral("</h3><p>") +
                esc(tr("Your browser came back to %1, where Connect Lab was listening once; nothing else "
                       "received it."))
                    .arg(where) +
                QStringLiteral("</p>");
    } else {
        html += QStringLiteral("<h3>") + esc(tr("Redirect caught — it never left Connect Lab")) +
                QStringLiteral("</h3><p>") +
                esc(tr("Connect redirected to %1. Connect Lab stopped the browser there: no request reached "
                       "that address."))
                    .arg(where) +
                QStringLiteral("</p>");
    }
    html += QStringLiteral("<p>") +
            colored(QStringLiteral("b"), outcomeColor(result, palette), esc(outcomeTitle(result))) +
            QStringLiteral(" &nbsp;·&nbsp; ") + stateCheckHtml(result.stateCheck(), palette) +
            QStringLiteral("</p><p><a href=\"#run-again\">") + esc(tr("Run again")) + QStringLiteral("</a>");
    if (!viaSystemBrowser)
        html += QStringLiteral(" &nbsp;·&nbsp; <a href=\"#last-page\">") +
                esc(tr("Show the last Connect page")) + QStringLiteral("</a>");
    html += QStringLiteral("</p>");
    return html;
}

QString FlowResultHtml::systemBrowserPage(const QString &waiting)
{
    return QStringLiteral("<h2>") + esc(tr("Running in your system browser")) + QStringLiteral("</h2><p>") +
           esc(waiting) + QStringLiteral("</p><p>") +
           esc(tr("Walk through Connect there; the result shows here when it comes back.")) +
           QStringLiteral("</p>");
}

QString FlowResultHtml::failure(const QString &title, const QString &detail, const QPalette &palette)
{
    return colored(QStringLiteral("h3"), Theme::severityColor(Severity::Error, palette).name(),
                   QStringLiteral("✖ ") + esc(title)) +
           (detail.isEmpty() ? QString() : QStringLiteral("<p>") + esc(detail) + QStringLiteral("</p>"));
}

} // namespace connectlab::web
