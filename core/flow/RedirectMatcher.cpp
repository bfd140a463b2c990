#include "RedirectMatcher.h"

#include "CallbackResult.h"
#include "QueryString.h"

namespace connectlab::flow {

RedirectMatcher::RedirectMatcher(const QUrl &redirectUri)
    : m_redirectUri(redirectUri.adjusted(QUrl::RemoveFragment))
{
    if (!m_redirectUri.isValid() || m_redirectUri.scheme().isEmpty()) {
        m_redirectUri = QUrl();
        return;
    }
    m_requiredQuery = QueryString::parameters(m_redirectUri.query(QUrl::FullyEncoded));
}

RedirectMatcher RedirectMatcher::anyCallback(const QList<QUrl> &excludedOrigins)
{
    RedirectMatcher matcher;
    matcher.m_anyCallback = true;
    for (const QUrl &url : excludedOrigins)
        matcher.m_excludedOrigins.append(origin(url));
    return matcher;
}

int RedirectMatcher::effectivePort(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    int fallback = -1;
    if (scheme == QLatin1String("http") || scheme == QLatin1String("ws"))
        fallback = 80;
    else if (scheme == QLatin1String("https") || scheme == QLatin1String("wss"))
        fallback = 443;
    return url.port(fallback);
}

QString RedirectMatcher::origin(const QUrl &url)
{
    return url.scheme().toLower() % QLatin1String("://") % url.host(QUrl::FullyEncoded).toLower() %
           QLatin1Char(':') % QString::number(effectivePort(url));
}

QString RedirectMatcher::normalizedPath(const QUrl &url)
{
    // With an authority, an empty path and "/" are the same resource (RFC 3986 section 6.2.3); WebEngine
    // writes "/" for http(s) and for custom schemes registered with a host (sc<id>://exchange → …/exchange/).
    QString path = url.path(QUrl::FullyEncoded);
    if (path.isEmpty() && !url.host().isEmpty())
        path = QStringLiteral("/");
    return path;
}

bool RedirectMatcher::matches(const QUrl &url) const
{
    if (!url.isValid())
        return false;
    if (m_anyCallback) {
        const QString scheme = url.scheme().toLower();
        if (scheme == QLatin1String("about") || scheme == QLatin1String("data") ||
            scheme == QLatin1String("blob"))
            return false;
        if (m_excludedOrigins.contains(origin(url)))
            return false;
        const auto params = QueryString::parameters(url.query(QUrl::FullyEncoded)) +
                            QueryString::parameters(url.fragment(QUrl::FullyEncoded));
        for (const auto &[name, value] : params) {
            Q_UNUSED(value);
            if (name == QLatin1String("code") || name == QLatin1String("error") ||
                name == QLatin1String("vehicle_id"))
                return true;
        }
        return false;
    }
    if (!m_redirectUri.isValid())
        return false;
    if (url.scheme().compare(m_redirectUri.scheme(), Qt::CaseInsensitive) != 0)
        return false;
    if (url.host(QUrl::FullyEncoded).compare(m_redirectUri.host(QUrl::FullyEncoded), Qt::CaseInsensitive) !=
        0)
        return false;
    if (effectivePort(url) != effectivePort(m_redirectUri))
        return false;
    if (url.userInfo() != m_redirectUri.userInfo())
        return false;
    if (normalizedPath(url) != normalizedPath(m_redirectUri))
        return false;
    if (!m_requiredQuery.isEmpty()) {
        const auto params = QueryString::parameters(url.query(QUrl::FullyEncoded));
        for (const auto &required : m_requiredQuery) {
            if (!params.contains(required))
                return false;
        }
    }
    return true;
}

} // namespace connectlab::flow
