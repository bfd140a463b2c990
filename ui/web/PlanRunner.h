#pragma once

#include "PlanCaseRun.h"
#include "PlanReport.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>

namespace connectlab::web {

// Runs a test plan's cases, several at once in this process (`jobs`), each one a PlanCaseRun with its own
// browser profile and sandbox, so order and parallelism never change a verdict. A failed case is run again
// up to `retries` times; with `bail` no case starts after the first failure (the rest are skipped). The
// results keep the plan's order whatever order the cases finish in.
class PlanRunner : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int jobs = 1;
        int retries = 0;
        bool bail = false;
        int timeoutSeconds = 30; // per case, unless the plan says otherwise
        bool screenshots = true;
    };

    PlanRunner(const connectlab::plan::TestPlan &plan, const QList<connectlab::plan::PlanCase> &cases,
               const Options &options, QObject *parent = nullptr);
    ~PlanRunner() override;

    // Reads what every case needs (the base link, the client secret); false with *error when it cannot.
    bool prepare(QString *error);
    void start();
    // Stops the cases that run and skips the rest.
    void stop();
    bool isRunning() const { return m_running; }

    const QList<connectlab::plan::CaseResult> &results() const { return m_results; }
    connectlab::plan::PlanReport report() const;

    // SandboxFaults::fromJson, as TestPlan wants it to check a case's "faults".
    static bool checkFaults(const QJsonObject &faults, QString *error);

Q_SIGNALS:
    void caseStarted(int index);
    void caseStep(int index, const QString &step);
    void caseFinished(int index);
    void finished();

private:
    void fill();
    void launch(int index);
    void caseDone(int index, PlanCaseRun *run);

    connectlab::plan::TestPlan m_plan;
    Options m_options;
    PlanCaseRun::Setup m_setup;
    QList<connectlab::plan::CaseResult> m_results;
    QList<int> m_queue;
    QList<PlanCaseRun *> m_active;
    QElapsedTimer m_clock;
    QDateTime m_started;
    qint64 m_elapsedMs = 0;
    bool m_running = false;
    bool m_stopping = false;
};

} // namespace connectlab::web
