#pragma once

#include <QLoggingCategory>

class QUrl;

// Connect Lab's own diagnostics, one category per part. Only warnings show by default; a headless run
// prints nothing else. QT_LOGGING_RULES turns the rest on, e.g.
//   QT_LOGGING_RULES='connectlab.*.debug=true' connectlab --run-flow URL
// No message carries a secret: codes, tokens, client secrets and query strings stay out of every line.
namespace connectlab::logging {

// Where each category is documented for users (README "Diagnostics", the man pages): keep them in step.
inline constexpr const char *CategoryNames[] = {
    "connectlab.catalog",  // the compiled-in Connect facts
    "connectlab.sandbox",  // each request the offline sandbox answers, webhooks it sends
    "connectlab.flow",     // navigations of a run, the redirect it caught
    "connectlab.net",      // requests to token and vehicle APIs (method, address, status)
    "connectlab.plan",     // test-plan cases starting and ending
    "connectlab.instance", // one window per user: hand-overs over the local socket
};

// What a log line may show of an address: scheme, host, port and path. The query, the fragment and the
// user info go (they carry states, codes, user ids and passwords).
QString loggable(const QUrl &url);

} // namespace connectlab::logging

Q_DECLARE_LOGGING_CATEGORY(lcCatalog)
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)
Q_DECLARE_LOGGING_CATEGORY(lcFlow)
Q_DECLARE_LOGGING_CATEGORY(lcNet)
Q_DECLARE_LOGGING_CATEGORY(lcPlan)
Q_DECLARE_LOGGING_CATEGORY(lcInstance)
