#pragma once

#include "RedirectMatcher.h"

#include <QColor>
#include <QUrl>
#include <QWebEnginePage>

namespace connectlab::web {

// The page a flow runs in; it owns the policy (Qt's simplebrowser pattern):
// - every navigation request, whatever its kind or frame, is reported, then compared with the run's
//   redirect URI (RedirectMatcher); a match is refused (so no request ever reaches the redirect URI's host)
//   and reported as the callback;
// - certificate errors are reported and rejected, never accepted;
// - popups (window.open, target=_blank) are pages of this same class and profile, with the same matcher,
//   and report through their opener.
// - every page opens at its top: an autofocused element (the sandbox's Continue button, at the bottom) gets
//   the focus without scrolling the heading out of view.
class FlowPage : public QWebEnginePage
{
    Q_OBJECT
public:
    explicit FlowPage(QWebEngineProfile *profile, QObject *parent = nullptr);

    void setMatcher(const connectlab::flow::RedirectMatcher &matcher);
    const connectlab::flow::RedirectMatcher &matcher() const { return m_matcher; }

    bool isPopup() const { return m_opener != nullptr; }

    // Follows the window's theme: a dark page background and the "dark" class on each page's <html>.
    void setDarkTheme(bool dark, const QColor &background);
    FlowPage *opener() const { return m_opener; }

    // "link" (a click or a JavaScript location change), "typed", "form", "back_forward", "reload",
    // "redirect" (server or meta refresh), "other".
    static QString kindName(NavigationType type);

Q_SIGNALS:
    // Every navigation request. `kind` is kindName(), prefixed "popup " for popups, suffixed " (frame)"
    // for sub-frames.
    void navigationSeen(const QUrl &url, const QString &kind);
    // A navigation matched the redirect URI; it was refused.
    void callbackCaught(const QUrl &url, const QString &kind);
    // A popup opened (it reports its navigations and callback through this page as well).
    void popupCreated(connectlab::web::FlowPage *popup);
    // A certificate error, rejected.
    void certificateRejected(const QUrl &url, const QString &description);
    // A console message of the page (or of a script of ours in the isolated world).
    void consoleMessage(const QString &message);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message, int lineNumber,
                                  const QString &sourceID) override;

private:
    connectlab::flow::RedirectMatcher m_matcher;
    FlowPage *m_opener = nullptr;
};

} // namespace connectlab::web
