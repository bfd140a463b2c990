#include "PlanRunner.h"

#include "Logging.h"
#include "SandboxFaults.h"

namespace connectlab::web {

using connectlab::plan::CaseResult;
using connectlab::plan::PlanCase;

PlanRunner::PlanRunner(const connectlab::plan::TestPlan &plan, const QList<PlanCase> &cases,
                       const Options &options, QObject *parent)
    : QObject(parent), m_plan(plan), m_options(options)
{
    for (const PlanCase &planCase : cases) {
        CaseResult result;
        result.planCase = planCase;
        m_results.append(result);
    }
    m_options.jobs = qBound(1, m_options.jobs, 16);
    m_options.retries = qBound(0, m_options.retries, 10);
}

PlanRunner::~PlanRunner()
{
    qDeleteAll(m_active);
}

bool PlanRunner::checkFaults(const QJsonObject &faults, QString *error)
{
    connectlab::sandbox::SandboxFaults parsed;
    return connectlab::sandbox::SandboxFaults::fromJson(faults, &parsed, error);
}

bool PlanRunner::prepare(QString *error)
{
    connectlab::plan::PlanError planError;
    if (!m_plan.baseRequest(&m_setup.base, &planError)) {
        *error = planError.toString();
        return false;
    }
    m_setup.builtInSandbox = m_plan.usesBuiltInSandbox();
    m_setup.timeoutSeconds = m_plan.timeoutSeconds > 0 ? m_plan.timeoutSeconds : m_options.timeoutSeconds;
    m_setup.screenshots = m_options.screenshots;
    if (!m_plan.clientSecretEnv.isEmpty()) {
        m_setup.clientSecret = qEnvironmentVariable(m_plan.clientSecretEnv.toLocal8Bit().constData());
        if (m_setup.clientSecret.isEmpty() && !m_setup.builtInSandbox) {
            *error = tr("The plan reads the client secret from $%1, which is not set. Set it, e.g. "
                        "%1=… connectlab --run-plan …")
                         .arg(m_plan.clientSecretEnv);
            return false;
        }
    }
    return true;
}

void PlanRunner::start()
{
    m_running = true;
    m_stopping = false;
    m_started = QDateTime::currentDateTimeUtc();
    m_clock.start();
    m_queue.clear();
    for (int i = 0; i < m_results.size(); ++i)
        m_queue.append(i);
    fill();
    if (m_active.isEmpty()) {
        m_running = false;
        Q_EMIT finished();
    }
}

void PlanRunner::stop()
{
    m_stopping = true;
    for (int index : std::as_const(m_queue)) {
        m_results[index].status = CaseResult::Status::Skipped;
        m_results[index].verdict = tr("Not run: the run was stopped.");
    }
    m_queue.clear();
    const QList<PlanCaseRun *> active = m_active;
    for (PlanCaseRun *run : active) {
        const int index = int(run->property("planIndex").toInt());
        m_results[index].status = CaseResult::Status::Skipped;
        m_results[index].verdict = tr("Not finished: the run was stopped.");
        Q_EMIT caseFinished(index);
        run->disconnect(this);
        run->deleteLater();
    }
    m_active.clear();
    m_elapsedMs = m_clock.elapsed();
    m_running = false;
    Q_EMIT finished();
}

void PlanRunner::fill()
{
    while (!m_stopping && m_active.size() < m_options.jobs && !m_queue.isEmpty())
        launch(m_queue.takeFirst());
}

void PlanRunner::launch(int index)
{
    const int attempts = m_results.at(index).attempts;
    auto *run = new PlanCaseRun(m_results.at(index).planCase, m_setup, this);
    run->setProperty("planIndex", index);
    m_results[index].status = CaseResult::Status::Running;
    m_results[index].attempts = attempts + 1;
    m_active.append(run);
    connect(run, &PlanCaseRun::stepTaken, this,
            [this, index](const QString &step) { Q_EMIT caseStep(index, step); });
    connect(run, &PlanCaseRun::finished, this, [this, index, run] { caseDone(index, run); });
    qCDebug(lcPlan, "case %d \"%s\" starts (attempt %d)", index + 1,
            qPrintable(m_results.at(index).planCase.name), attempts + 1);
    Q_EMIT caseStarted(index);
    run->start();
}

void PlanRunner::caseDone(int index, PlanCaseRun *run)
{
    m_active.removeOne(run);
    const int attempts = m_results.at(index).attempts;
    m_results[index] = run->result();
    m_results[index].attempts = attempts;
    run->deleteLater();
    const bool failed = m_results.at(index).status == CaseResult::Status::Failed;
    qCDebug(lcPlan, "case %d \"%s\" %s: %s", index + 1, qPrintable(m_results.at(index).planCase.name),
            failed ? "failed" : "ended", qPrintable(m_results.at(index).verdict));
    if (failed && attempts <= m_options.retries && !m_stopping) {
        m_queue.prepend(index); // again, in a fresh profile and sandbox
    } else {
        Q_EMIT caseFinished(index);
        if (failed && m_options.bail) {
            for (int skipped : std::as_const(m_queue)) {
                m_results[skipped].status = CaseResult::Status::Skipped;
                m_results[skipped].verdict = tr("Not run: --bail stopped the plan after \"%1\" failed.")
                                                 .arg(m_results.at(index).planCase.name);
                Q_EMIT caseFinished(skipped);
            }
            m_queue.clear();
        }
    }
    fill();
    if (m_active.isEmpty() && m_queue.isEmpty() && m_running) {
        m_elapsedMs = m_clock.elapsed();
        m_running = false;
        Q_EMIT finished();
    }
}

connectlab::plan::PlanReport PlanRunner::report() const
{
    connectlab::plan::PlanReport report;
    report.planName = m_plan.name;
    report.started = m_started;
    report.elapsedMs = m_running ? m_clock.elapsed() : m_elapsedMs;
    report.results = m_results;
    return report;
}

} // namespace connectlab::web
