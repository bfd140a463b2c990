#include "FlowPage.h"

#include <QWebEngineCertificateError>
#include <QWebEngineScript>
#include <QWebEngineScriptCollection>

namespace connectlab::web {

namespace {

// Chromium scrolls an autofocused element into view. Below the fold (a Continue button under the
// permissions) that opens the page scrolled to the bottom, its heading hidden. Giving the element the focus
// first, without scrolling, leaves the page at its top and the keyboard where the page wanted it; should
// the scroll have happened already, go back up (only then, and never past an anchor the URL asks for).
constexpr auto OpenAtTopScript = R"JS(
(function () {
  var element = document.querySelector('[autofocus]');
  if (!element) return;
  if (document.activeElement !== element) {
    element.focus({preventScroll: true});
  } else if (!window.location.hash && window.scrollY > 0) {
    window.scrollTo(0, 0);
  }
})();
)JS";

// The window is dark: tell the page, which styles itself by the "dark" class on <html> (the sandbox's pages
// do; other pages ignore it). Set as soon as the element exists and again when the document is parsed.
constexpr auto DarkScript = R"JS(
(function () {
  var apply = function () { if (document.documentElement) document.documentElement.classList.add('dark'); };
  apply();
  document.addEventListener('readystatechange', apply);
})();
)JS";

} // namespace

void FlowPage::setDarkTheme(bool dark, const QColor &background)
{
    // Painted before the first byte arrives, so a dark window does not flash white between pages.
    setBackgroundColor(background);
    const QString name = QStringLiteral("connectlab-dark");
    const QList<QWebEngineScript> existing = scripts().find(name);
    for (const QWebEngineScript &script : existing)
        scripts().remove(script);
    if (!dark)
        return;
    QWebEngineScript script;
    script.setName(name);
    script.setSourceCode(QString::fromLatin1(DarkScript));
    script.setInjectionPoint(QWebEngineScript::DocumentCreation);
    script.setWorldId(QWebEngineScript::ApplicationWorld);
    script.setRunsOnSubFrames(true);
    scripts().insert(script);
}

FlowPage::FlowPage(QWebEngineProfile *profile, QObject *parent) : QWebEnginePage(profile, parent)
{
    connect(this, &QWebEnginePage::certificateError, this, [this](QWebEngineCertificateError error) {
        Q_EMIT certificateRejected(error.url(), error.description());
        error.rejectCertificate();
    });
    QWebEngineScript openAtTop;
    openAtTop.setName(QStringLiteral("connectlab-open-at-top"));
    openAtTop.setSourceCode(QString::fromLatin1(OpenAtTopScript));
    openAtTop.setInjectionPoint(QWebEngineScript::DocumentReady);
    openAtTop.setWorldId(QWebEngineScript::ApplicationWorld);
    openAtTop.setRunsOnSubFrames(false);
    scripts().insert(openAtTop);
}

void FlowPage::setMatcher(const connectlab::flow::RedirectMatcher &matcher)
{
    m_matcher = matcher;
}

QString FlowPage::kindName(NavigationType type)
{
    switch (type) {
    case NavigationTypeLinkClicked:
        return QStringLiteral("link");
    case NavigationTypeTyped:
        return QStringLiteral("typed");
    case NavigationTypeFormSubmitted:
        return QStringLiteral("form");
    case NavigationTypeBackForward:
        return QStringLiteral("back_forward");
    case NavigationTypeReload:
        return QStringLiteral("reload");
    case NavigationTypeRedirect:
        return QStringLiteral("redirect");
    case NavigationTypeOther:
        break;
    }
    return QStringLiteral("other");
}

bool FlowPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    QString kind = kindName(type);
    if (isPopup())
        kind = QStringLiteral("popup ") + kind;
    if (!isMainFrame)
        kind += QStringLiteral(" (frame)");
    Q_EMIT navigationSeen(url, kind);
    // Never filter on the type: server redirects, meta refresh, JavaScript and form posts all end here.
    if (m_matcher.matches(url)) {
        Q_EMIT callbackCaught(url, kind);
        return false;
    }
    return true;
}

QWebEnginePage *FlowPage::createWindow(WebWindowType type)
{
    Q_UNUSED(type);
    auto *popup = new FlowPage(profile(), this);
    popup->m_opener = this;
    popup->setMatcher(m_matcher);
    connect(popup, &FlowPage::navigationSeen, this, &FlowPage::navigationSeen);
    connect(popup, &FlowPage::callbackCaught, this, &FlowPage::callbackCaught);
    connect(popup, &FlowPage::certificateRejected, this, &FlowPage::certificateRejected);
    connect(popup, &FlowPage::popupCreated, this, &FlowPage::popupCreated);
    connect(popup, &QWebEnginePage::windowCloseRequested, popup, &QObject::deleteLater);
    connect(popup, &FlowPage::consoleMessage, this, &FlowPage::consoleMessage);
    Q_EMIT popupCreated(popup);
    return popup;
}

void FlowPage::javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message,
                                        int lineNumber, const QString &sourceID)
{
    Q_EMIT consoleMessage(message);
    if (!message.startsWith(QLatin1String("connectlab-")))
        QWebEnginePage::javaScriptConsoleMessage(level, message, lineNumber, sourceID);
}

} // namespace connectlab::web
