#pragma once

#include "FlowRunner.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QWidget;

namespace connectlab {

class HistoryStore;
class LinkDocument;
class SandboxController;

// Runs the document's link: creates the flow panel on the first run (the WebEngine part is only loaded
// then), draws the run's state, works out which redirect URI to wait for, and reports what happened to the
// history. The window puts the panel in a tab and hands a caught code to the Tokens tab.
class RunCoordinator : public QObject
{
    Q_OBJECT
public:
    using FlowRunnerFactory = std::function<FlowRunner *(QWidget *parent)>;

    RunCoordinator(LinkDocument *document, SandboxController *sandbox, HistoryStore *history,
                   QWidget *panelParent, QObject *parent = nullptr);
    ~RunCoordinator() override;

    void setFactory(FlowRunnerFactory factory) { m_factory = std::move(factory); }
    bool isAvailable() const { return bool(m_factory); }
    FlowRunner *runner() const { return m_runner; }

    // The redirect URI a run waits for: the link's, or what applies without one (the sandbox app's default).
    QUrl effectiveRedirectUri() const;

    // Starts a run of the current link. False when no flow panel can be made in this build.
    bool run();
    void stop();
    // Runs started in this window (the latest is number runCount()), and when the latest started.
    int runCount() const { return m_runCount; }
    QDateTime runStartedAt() const { return m_runStartedAt; }

Q_SIGNALS:
    // The flow panel was created (the first run): the window shows it.
    void runnerCreated(connectlab::FlowRunner *runner);
    // A run is starting (the panel is about to show it).
    void started();
    void codeReceived(const QString &code, const QUrl &redirectUri);
    void userIdReceived(const QString &userId);
    // The latest run ended (before its code / user id are reported): `success` when a code or user id came.
    void runFinished(bool success, const QString &summary);

private:
    FlowRunner *ensureRunner();

    LinkDocument *m_document;
    SandboxController *m_sandbox;
    HistoryStore *m_history;
    QWidget *m_panelParent;
    FlowRunnerFactory m_factory;
    QPointer<FlowRunner> m_runner;
    int m_runCount = 0;
    QDateTime m_runStartedAt;
};

} // namespace connectlab
