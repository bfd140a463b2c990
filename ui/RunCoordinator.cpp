#include "RunCoordinator.h"

#include "ConnectModel.h"
#include "FlowRunner.h"
#include "HistoryStore.h"
#include "LinkDocument.h"
#include "SandboxController.h"
#include "sandbox/SandboxServer.h"

namespace connectlab {

RunCoordinator::RunCoordinator(LinkDocument *document, SandboxController *sandbox, HistoryStore *history,
                               QWidget *panelParent, QObject *parent)
    : QObject(parent), m_document(document), m_sandbox(sandbox), m_history(history),
      m_panelParent(panelParent)
{
}

RunCoordinator::~RunCoordinator()
{
    stop();
}

QUrl RunCoordinator::effectiveRedirectUri() const
{
    const ConnectModel *model = m_document->model();
    if (!model->redirectUri().isEmpty())
        return QUrl(model->redirectUri());
    if (m_document->target() == LinkDocument::Target::Sandbox)
        if (const sandbox::RegisteredApp *app = m_sandbox->app(model->clientId()))
            if (!app->redirectUris.isEmpty())
                return QUrl(app->redirectUris.first());
    return {};
}

FlowRunner *RunCoordinator::ensureRunner()
{
    if (m_runner || !m_factory)
        return m_runner;
    m_runner = m_factory(m_panelParent);
    if (!m_runner)
        return nullptr;
    m_runner->setObjectName(QStringLiteral("flowRunner"));
    connect(m_runner, &FlowRunner::launched, this, [this](const QUrl &url) {
        m_history->add(QStringLiteral("launched"), url.toString(), tr("run"));
    });
    connect(m_runner, &FlowRunner::codeReceived, this, &RunCoordinator::codeReceived);
    connect(m_runner, &FlowRunner::userIdReceived, this, &RunCoordinator::userIdReceived);
    connect(m_runner, &FlowRunner::runAgainRequested, this, [this] { run(); });
    connect(
        m_runner, &FlowRunner::finished, this, [this](bool gotCode, const QString &summary, const QUrl &) {
            // The callback URL carries the code: only the summary goes into the history.
            m_history->add(QStringLiteral("finished"), m_document->model()->url(),
                           (gotCode ? tr("code received") : tr("no code")) + QStringLiteral(": ") + summary);
            Q_EMIT runFinished(gotCode, summary);
        });
    Q_EMIT runnerCreated(m_runner);
    return m_runner;
}

bool RunCoordinator::run()
{
    FlowRunner *runner = ensureRunner();
    if (!runner)
        return false;
    if (m_document->target() == LinkDocument::Target::Sandbox)
        m_sandbox->start();
    m_document->prepareRun();
    ++m_runCount;
    m_runStartedAt = QDateTime::currentDateTime();
    Q_EMIT started();
    const ConnectModel *model = m_document->model();
    runner->run(QUrl(model->url()), effectiveRedirectUri(), model->state());
    return true;
}

void RunCoordinator::stop()
{
    if (m_runner)
        m_runner->stop();
}

} // namespace connectlab
