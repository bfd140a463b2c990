#include "FlowPage.h"

#include <QWebEngineCertificateError>

namespace connectlab::web {

FlowPage::FlowPage(QWebEngineProfile *profile, QObject *parent) : QWebEnginePage(profile, parent)
{
    connect(this, &QWebEnginePage::certificateError, this, [this](QWebEngineCertificateError error) {
        Q_EMIT certificateRejected(error.url(), error.description());
        error.rejectCertificate();
    });
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
    Q_EMIT popupCreated(popup);
    return popup;
}

} // namespace connectlab::web
