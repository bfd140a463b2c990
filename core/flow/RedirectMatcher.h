#pragma once

#include "ConnectRequest.h"

#include <QList>
#include <QString>
#include <QUrl>

namespace connectlab::flow {

// Decides whether a navigation is the callback to a registered redirect URI.
//
// A navigation matches when its scheme, host, port and path equal the redirect URI's exactly (scheme and
// host compared case-insensitively, as URLs define them; an absent port means the scheme's default; with a
// host, an empty path means "/"), and it carries every query parameter the redirect URI itself carries, with
// the same value (e.g. the JavaScript SDK page's `app_origin`). Anything else, including look-alikes such as
// `/callback-evil`, `/callback/x`, `localhost.evil.com` or another port, does not match. The fragment is
// ignored (a redirect URI may not have one).
//
// Without a redirect URI (a link that relies on the Dashboard default, and the default is unknown), the
// matcher can be put in "any callback" mode: the first navigation that carries `code`, `error` or
// `vehicle_id` in its query or fragment, on an origin other than the ones excluded (Connect's own), matches.
class RedirectMatcher
{
public:
    RedirectMatcher() = default;
    explicit RedirectMatcher(const QUrl &redirectUri);
    static RedirectMatcher anyCallback(const QList<QUrl> &excludedOrigins);

    bool isValid() const { return m_anyCallback || m_redirectUri.isValid(); }
    bool isAnyCallback() const { return m_anyCallback; }
    QUrl redirectUri() const { return m_redirectUri; }

    bool matches(const QUrl &url) const;

    // The port a URL uses: its own, or its scheme's default (80, 443), or -1.
    static int effectivePort(const QUrl &url);
    // scheme://host:port, lower case, with the effective port.
    static QString origin(const QUrl &url);

private:
    static QString normalizedPath(const QUrl &url);

    QUrl m_redirectUri;
    QList<connectlab::Parameter> m_requiredQuery;
    bool m_anyCallback = false;
    QStringList m_excludedOrigins;
};

} // namespace connectlab::flow
