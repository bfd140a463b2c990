#pragma once

#include "CaseResult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace connectlab::plan {

// The results of a plan's run, written for CI (JUnit XML, as Jenkins and GitLab read it), for people (one
// self-contained HTML file: the summary, each case's steps and timeline, the last screen of a failed case
// as an embedded PNG) and for scripts (JSON).
class PlanReport
{
    Q_DECLARE_TR_FUNCTIONS(PlanReport)
public:
    QString planName;
    QString planFile;
    QDateTime started;
    qint64 elapsedMs = 0;
    QList<CaseResult> results;

    int passed() const;
    int failed() const;
    int skipped() const;
    bool allPassed() const { return failed() == 0; }
    // "12 passed, 1 failed, 0 skipped in 3.2 s"
    QString summary() const;

    // <testsuites><testsuite name tests failures errors skipped time timestamp><testcase name classname
    // time><failure message type>…</failure><system-out>timeline</system-out></testcase>…
    QByteArray toJUnit() const;
    QByteArray toHtml() const;
    QJsonObject toJson() const;
    bool write(const QString &path, const QByteArray &data, QString *error) const;

    // The navigation timeline as text, one line per navigation (JUnit's system-out, the window's view).
    static QString timelineText(const CaseResult &result);
};

} // namespace connectlab::plan
