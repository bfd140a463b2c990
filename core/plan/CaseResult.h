#pragma once

#include "TestPlan.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace connectlab::plan {

// One navigation of a case's run, for the reports.
struct TimelineEntry
{
    qint64 tMs = 0;
    QString kind;
    QString url;
};

// What one case did and what came of it. The runner fills in what happened; judge() the verdict.
struct CaseResult
{
    enum class Status
    {
        Pending,
        Running,
        Passed,
        Failed,
        Skipped, // not run (--bail after a failure)
    };

    PlanCase planCase;
    QString link; // the link that ran

    // What came back: code, user_id, error, connect_error_page, timeout, load_failed; "" not run.
    QString outcome;
    QString error; // the callback's error code, or the error page's kind
    QString errorDescription;
    QString stateCheck; // match, mismatch, missing, not_sent
    QString userId;
    QString detail;       // a sentence about an error, a timeout or a load failure
    QString notPerformed; // an action the case asked for that could not happen: what, why, how to force it
    int exchange = -1;    // 1 tokens came back, 0 the exchange failed, -1 not tried
    QString exchangeDetail;
    int vehicles = -1; // how many the token sees, -1 not asked
    QStringList steps; // what the click-through did, in order ("brand: TESLA", "login: a@b.com" …)
    QList<TimelineEntry> timeline;
    QByteArray screenshotPng; // the last screen, for a failed case
    qint64 elapsedMs = 0;
    int attempts = 0;

    Status status = Status::Pending;
    QString verdict; // one sentence: what was expected and what came back

    bool isDone() const
    {
        return status == Status::Passed || status == Status::Failed || status == Status::Skipped;
    }
    static QString statusName(Status status); // pending, running, passed, failed, skipped
    QJsonObject toJson() const;
};

// The verdict of one case: compares what it expected with what came back, and says so in a sentence.
class Verdict
{
    Q_DECLARE_TR_FUNCTIONS(Verdict)
public:
    // Sets result->status (Passed or Failed) and result->verdict.
    static void judge(CaseResult *result);
    // "a code with the state matching, exchanging for tokens, at least 3 vehicles"
    static QString expectedText(const Expectation &expect);
    // "error access_denied", "a code", "no redirect within 20 s" …
    static QString actualText(const CaseResult &result);
};

} // namespace connectlab::plan
