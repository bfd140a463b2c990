#pragma once

#include "ClickThrough.h"
#include "RedirectMatcher.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <QUrl>

namespace connectlab::web {

class FlowProfile;
class FlowRun;

// `connectlab --run-flow URL [--click-through[=approve|deny]] [--login EMAIL] [--timeout SECONDS] [--json]`:
// runs the flow offscreen and prints the outcome.
//
// With --json it prints one object:
//   {"outcome": "code|user_id|error|connect_error_page|timeout|load_failed", "callback_url": "…",
//    "params": {"name": "value"}, "auth_model": "per-vehicle-tokens|api-authentication" (on success),
//    "user_id": "…" (API Authentication), "error_page":
//    "invalid_client_id|unauthorized_redirect_uri|bad_request", "state_check":
//    "match|mismatch|missing|not_sent", "elapsed_ms": N, "navigations": [{"t_ms": N, "kind": "…", "url":
//    "…"}], "steps": ["login: …", "approve"], "not_performed": "…", "detail": "…"}
// Exit status: 0 a code or a user_id came back, 1 an error came back or Connect showed its own error page,
// 3 timeout or load failure, 2 usage error, 4 the click-through could not do what it was asked (a deny
// whose approval screen Connect skipped, a --brand the screen does not offer, a --login screen that never
// appeared): `not_performed` and `detail` say what was skipped and how to force it.
//
// The redirect URI is the link's redirect_uri; without one, the sandbox demo app's default when the link
// names the demo client id; otherwise the first navigation away from the link's own origin that carries
// `code`, `error` or `vehicle_id` is taken as the callback.
class HeadlessFlowRunner : public QObject
{
    Q_OBJECT
public:
    enum ExitCode
    {
        ExitCode_Code = 0,
        ExitCode_Error = 1,
        ExitCode_Usage = 2,
        ExitCode_Failed = 3,
        ExitCode_NotPerformed = 4
    };

    struct Options
    {
        QUrl url;
        bool clickThrough = false;
        ClickThrough::Decision decision = ClickThrough::Decision::Approve;
        QString login = QString::fromLatin1(ClickThrough::DefaultLogin);
        bool loginGiven = false; // --login was given: its screen must appear
        QString brand;           // --brand MAKE: pick it on the brand screen
        int timeoutSeconds = 60;
        bool json = false;
        bool startSandbox = false; // --sandbox: serve the link from the built-in sandbox
    };

    // Reads the arguments (the program name first, as QCoreApplication::arguments() has it). Options that
    // are not the flow's are usage errors.
    static bool parseArguments(const QStringList &arguments, Options *options, QString *error);
    static QString usage();

    // The redirect URI to catch for `link`, and the state it sends.
    static connectlab::flow::RedirectMatcher matcherFor(const QUrl &link);
    static QString sentStateOf(const QUrl &link);

    explicit HeadlessFlowRunner(const Options &options, QObject *parent = nullptr);
    ~HeadlessFlowRunner() override;

    void start();
    bool isFinished() const { return m_finished; }
    int exitCode() const { return m_exitCode; }
    QString outcome() const
    {
        return m_outcome;
    } // code, user_id, error, connect_error_page, timeout, load_failed
    QJsonObject toJson() const;
    QString toText() const;
    const FlowRun *run() const { return m_run; }

Q_SIGNALS:
    void finished(int exitCode);

private:
    void finish(const QString &outcome, int exitCode, const QString &detail = {});
    ClickThrough::Options clickOptions() const;

    Options m_options;
    FlowProfile *m_profile = nullptr;
    FlowRun *m_run = nullptr;
    QTimer m_timeout;
    QString m_outcome;
    QString m_detail;
    QString m_notPerformed;
    int m_exitCode = ExitCode_Failed;
    qint64 m_elapsedMs = 0;
    bool m_finished = false;
};

} // namespace connectlab::web
