#pragma once

#include "SandboxReply.h"

#include <QString>

namespace connectlab::sandbox {

struct AuthorizeRequest;
struct ConnectSession;

// The HTML of Connect's screens (preamble, brand selector, login, vehicles, permissions) for a session, and
// of the sandbox's error pages, from the templates in resources/sandbox/ (PageRenderer). Everything that
// came from a request is HTML-escaped; element ids are the ones Connect's own browser tests use.
class ScreenRenderer
{
public:
    // The page for the session's current step; `problem` is shown as an alert above the form.
    static SandboxReply screen(const ConnectSession &session, const QString &appName,
                               const QString &problem = {});
    // An error page; with `request`, the parameters the link sent and what the sandbox applied. With
    // `exactTitle` the <title> is `title` alone (Connect's own pages, which testers recognise by it).
    static SandboxReply errorPage(int status, const QString &title, const QString &message,
                                  const AuthorizeRequest *request = nullptr, bool exactTitle = false);
    // The page the screens end on instead of the redirect when the sandbox is told never to redirect: 200,
    // "Returning you to the application…", no navigation (FaultInjector).
    static SandboxReply waitingPage();
    // "The parameters your link sent": every pair as decoded, then the defaults and notices applied.
    static QString parametersHtml(const AuthorizeRequest &request);
};

} // namespace connectlab::sandbox
