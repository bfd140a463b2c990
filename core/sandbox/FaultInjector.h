#pragma once

#include "SandboxFaults.h"
#include "SandboxReply.h"

#include <QByteArrayView>

#include <optional>

namespace connectlab::sandbox {

struct HttpRequest;

// What SandboxFaults do to the sandbox's answers (SandboxServer asks it for every request):
//   latency   the answer is held back (HttpResponse::delayMs; the server keeps serving other connections);
//             when several entries match, the longest delay wins
//   status    the first matching entry answers instead of the endpoint: Smartcar's error JSON on the API
//             (/v2.0, /v3), an OAuth error on the token endpoints (/oauth/token, /oauth2/token), an error
//             page elsewhere; 429 and 503 carry Retry-After. "times" counts down; an entry used up goes
//   redirect  the screens' last answer (a 302 to the redirect URI) becomes a page that waits forever
//             ("never") or a 302 whose Location is no valid URL ("malformed")
// The code fault is TokenStore's (setCodeFault). Paths under /_sandbox/ (the control endpoint) never get a
// fault, so faults can always be cleared.
class FaultInjector
{
public:
    static constexpr int RetryAfterSecs = 1;

    void set(const SandboxFaults &faults) { m_faults = faults; }
    // What is in force now: a status entry's "times" is what is left of it.
    const SandboxFaults &faults() const { return m_faults; }

    static bool exempt(QByteArrayView path);
    // Whether a fault's path ("*" or a prefix) applies to a request path.
    static bool matches(const QString &pattern, QByteArrayView path);

    int latencyMs(QByteArrayView path) const;
    // The answer a status fault gives instead of the endpoint's, counting it down; nullopt when none applies.
    std::optional<SandboxReply> statusFault(const HttpRequest &request);
    // Whether the last status fault counted an entry down (what is in force changed).
    bool countedDown() const { return m_countedDown; }
    // The redirect fault applied to a screens' answer (only a 302 changes).
    SandboxReply redirectFault(SandboxReply reply) const;

    // The answers a status fault gives, by the kind of endpoint.
    static SandboxReply apiError(int status);
    static SandboxReply oauthError(int status);
    // A Location that is no valid URL: the redirect URI's host opened with "[" and never closed.
    static QByteArray malformedLocation(const QByteArray &location);

private:
    SandboxFaults m_faults;
    bool m_countedDown = false;
};

} // namespace connectlab::sandbox
