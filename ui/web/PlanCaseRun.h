#pragma once

#include "CaseResult.h"
#include "ClickThrough.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class QNetworkAccessManager;
class QWebEngineView;

namespace connectlab::sandbox {
class SandboxServer;
}

namespace connectlab::web {

class FlowProfile;
class FlowRun;

// One case of a test plan, run once: its own off-the-record browser profile and, against the built-in
// sandbox, its own SandboxServer on a free port (fresh approval memory, the case's faults), so no case sees
// another's cookies or approvals. Walks the screens (ClickThrough), catches the redirect, then the
// follow-ups (the code exchanged with TokenClient, the vehicles listed with VehicleClient), judges the case
// (Verdict) and, when it failed, keeps a screenshot of the last screen.
class PlanCaseRun : public QObject
{
    Q_OBJECT
public:
    struct Setup
    {
        connectlab::ConnectRequest base;
        bool builtInSandbox = true;
        int timeoutSeconds = 30;
        QString clientSecret; // for the exchange outside the built-in sandbox
        bool screenshots = true;
    };

    PlanCaseRun(const connectlab::plan::PlanCase &planCase, const Setup &setup, QObject *parent = nullptr);
    ~PlanCaseRun() override;

    void start();
    bool isFinished() const { return m_finished; }
    const connectlab::plan::CaseResult &result() const { return m_result; }
    // The sandbox this case runs against (built-in only), while it runs.
    connectlab::sandbox::SandboxServer *sandbox() const { return m_sandbox.get(); }

Q_SIGNALS:
    void stepTaken(const QString &step);
    void finished();

private:
    void flowEnded(const QString &outcome, const QString &detail = {});
    void exchange(const QString &code);
    void listVehicles(const QString &accessToken);
    void judge();
    void takeScreenshot();
    void done();
    ClickThrough::Options clickOptions() const;

    connectlab::plan::CaseResult m_result;
    Setup m_setup;
    connectlab::ConnectRequest m_request;
    std::unique_ptr<connectlab::sandbox::SandboxServer> m_sandbox;
    FlowProfile *m_profile = nullptr;
    FlowRun *m_run = nullptr;
    QWebEngineView *m_view = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    QTimer m_timeout;
    bool m_flowEnded = false;
    bool m_finished = false;
};

} // namespace connectlab::web
