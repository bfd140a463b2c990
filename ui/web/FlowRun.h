#pragma once

#include "CallbackResult.h"
#include "ConnectErrorPage.h"
#include "NavigationEvent.h"
#include "RedirectMatcher.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QUrl>

class QWebEngineProfile;

namespace connectlab::web {

class FlowPage;

// One run of a Connect link in a FlowPage: records every navigation with its time, catches the first
// navigation that matches the redirect URI (or a custom-scheme request that does) and reads the callback.
// The panel and the headless runner both drive one of these; it owns its page, not the profile.
class FlowRun : public QObject
{
    Q_OBJECT
public:
    enum class Status
    {
        Idle,
        Running,
        Caught,
        LoadFailed,
        ConnectErrorPage, // Connect showed one of its own error pages, which never redirect
        Stopped
    };

    FlowRun(QWebEngineProfile *profile, QObject *parent = nullptr);
    ~FlowRun() override;

    FlowPage *page() const { return m_page; }

    void start(const QUrl &url, const connectlab::flow::RedirectMatcher &matcher, const QString &sentState);
    void stop();

    Status status() const { return m_status; }
    bool isRunning() const { return m_status == Status::Running; }
    QUrl url() const { return m_url; }
    QString sentState() const { return m_sentState; }
    const connectlab::flow::RedirectMatcher &matcher() const { return m_matcher; }
    const connectlab::flow::CallbackResult &result() const { return m_result; }
    const QList<NavigationEvent> &navigations() const { return m_navigations; }
    // What the click-through did in this run, in order (ClickThrough::readStep).
    const QStringList &steps() const { return m_steps; }
    QString failure() const { return m_failure; } // why the load failed
    const connectlab::flow::ConnectErrorPage &errorPage() const { return m_errorPage; }
    qint64 elapsedMs() const;

    // Completes the run with a callback that arrived another way (the system browser's loopback listener).
    void acceptExternalCallback(const QUrl &url, const QString &kind);

    // Also treat HTTP error pages (status >= 400) of the main frame as load failures (headless mode).
    void setHttpErrorsFail(bool on) { m_httpErrorsFail = on; }

Q_SIGNALS:
    void navigationRecorded(const connectlab::web::NavigationEvent &event);
    void caught(const connectlab::flow::CallbackResult &result);
    // The run ended on Connect's own error page ("400: Invalid parameter client_id" …): it will not redirect.
    void connectErrorPageShown(const connectlab::flow::ConnectErrorPage &page);
    void loadFailed(const QString &reason);
    // The click-through took a step (ClickThrough::readStep).
    void stepTaken(const QString &step);

private:
    void record(const QString &kind, const QUrl &url);
    void catchCallback(const QUrl &url, const QString &kind);
    // Reads the page that just loaded: Connect's own error page ends the run; otherwise an HTTP error status
    // fails it when httpErrorsFail is on.
    void inspectPage(int httpStatus, const QUrl &url);
    void fail(const QString &reason, const QUrl &url);

    FlowPage *m_page = nullptr;
    connectlab::flow::RedirectMatcher m_matcher;
    connectlab::flow::CallbackResult m_result;
    QList<NavigationEvent> m_navigations;
    QStringList m_steps;
    QElapsedTimer m_clock;
    QUrl m_url;
    QString m_sentState;
    QString m_failure;
    connectlab::flow::ConnectErrorPage m_errorPage;
    quint64 m_loads = 0; // counts main-frame loads, so a late page read is dropped
    Status m_status = Status::Idle;
    bool m_httpErrorsFail = false;
};

} // namespace connectlab::web
