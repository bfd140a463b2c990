#include "PlanReport.h"

#include <QJsonArray>
#include <QTest>
#include <QXmlStreamReader>

using connectlab::plan::CaseResult;
using connectlab::plan::PlanReport;
using connectlab::plan::Verdict;

namespace {

PlanReport sampleReport()
{
    PlanReport report;
    report.planName = QStringLiteral("Smoke <&> \"plan\"");
    report.elapsedMs = 1234;
    CaseResult passed;
    passed.planCase.name = QStringLiteral("approve <b>bold</b>");
    passed.planCase.expect.outcome = QStringLiteral("code");
    passed.outcome = QStringLiteral("code");
    passed.stateCheck = QStringLiteral("match");
    passed.elapsedMs = 120;
    passed.timeline = {
        {0, QStringLiteral("typed"), QStringLiteral("http://127.0.0.1:1/oauth/authorize?a=1&b=2")},
        {90, QStringLiteral("callback"), QStringLiteral("http://localhost:8000/callback?code=x")}};
    Verdict::judge(&passed);
    CaseResult failed;
    failed.planCase.name = QStringLiteral("deny");
    failed.planCase.expect.outcome = QStringLiteral("error");
    failed.planCase.expect.error = QStringLiteral("access_denied");
    failed.outcome = QStringLiteral("code");
    failed.stateCheck = QStringLiteral("match");
    failed.elapsedMs = 300;
    failed.steps = {QStringLiteral("login: qa@example.com <script>")};
    failed.timeline = {{5, QStringLiteral("typed"), QStringLiteral("http://127.0.0.1:1/x")}};
    failed.screenshotPng = QByteArray("\x89PNG\r\n\x1a\n(the runner's grab)");
    Verdict::judge(&failed);
    CaseResult skipped;
    skipped.planCase.name = QStringLiteral("later");
    skipped.planCase.expect.outcome = QStringLiteral("code");
    skipped.status = CaseResult::Status::Skipped;
    skipped.verdict = QStringLiteral("Not run: --bail stopped after a failure.");
    report.results = {passed, failed, skipped};
    return report;
}

} // namespace

class TstPlanReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void counts()
    {
        const PlanReport report = sampleReport();
        QCOMPARE(report.passed(), 1);
        QCOMPARE(report.failed(), 1);
        QCOMPARE(report.skipped(), 1);
        QVERIFY(!report.allPassed());
        QCOMPARE(report.summary(), QStringLiteral("1 passed, 1 failed, 1 skipped in 1.2 s"));
    }

    // The shape of the JUnit XSD that Jenkins and GitLab read: testsuites > testsuite > testcase, with
    // failure/skipped and system-out children, and the count attributes.
    void junit_hasTheShapeCiReads()
    {
        const QByteArray xml = sampleReport().toJUnit();
        QXmlStreamReader reader(xml);
        QStringList path;
        int testcases = 0;
        QString failureMessage;
        QString systemOut;
        bool skippedSeen = false;
        while (!reader.atEnd()) {
            reader.readNext();
            if (reader.isStartElement()) {
                const QString name = reader.name().toString();
                const QXmlStreamAttributes a = reader.attributes();
                if (path.isEmpty()) {
                    QCOMPARE(name, QStringLiteral("testsuites"));
                } else if (name == QLatin1String("testsuite")) {
                    QCOMPARE(path.last(), QStringLiteral("testsuites"));
                    QCOMPARE(a.value(QStringLiteral("name")).toString(),
                             QStringLiteral("Smoke <&> \"plan\""));
                    QCOMPARE(a.value(QStringLiteral("tests")).toString(), QStringLiteral("3"));
                    QCOMPARE(a.value(QStringLiteral("failures")).toString(), QStringLiteral("1"));
                    QCOMPARE(a.value(QStringLiteral("errors")).toString(), QStringLiteral("0"));
                    QCOMPARE(a.value(QStringLiteral("skipped")).toString(), QStringLiteral("1"));
                    QCOMPARE(a.value(QStringLiteral("time")).toString(), QStringLiteral("1.234"));
                    QVERIFY(a.hasAttribute(QStringLiteral("timestamp")));
                } else if (name == QLatin1String("testcase")) {
                    QCOMPARE(path.last(), QStringLiteral("testsuite"));
                    ++testcases;
                    QVERIFY(a.hasAttribute(QStringLiteral("name")));
                    QVERIFY(a.hasAttribute(QStringLiteral("classname")));
                    bool ok = false;
                    QVERIFY(a.value(QStringLiteral("time")).toDouble(&ok) >= 0);
                    QVERIFY(ok);
                } else if (name == QLatin1String("failure")) {
                    QCOMPARE(path.last(), QStringLiteral("testcase"));
                    failureMessage = a.value(QStringLiteral("message")).toString();
                    QVERIFY(a.hasAttribute(QStringLiteral("type")));
                } else if (name == QLatin1String("skipped")) {
                    QCOMPARE(path.last(), QStringLiteral("testcase"));
                    skippedSeen = true;
                } else if (name == QLatin1String("system-out")) {
                    QCOMPARE(path.last(), QStringLiteral("testcase"));
                    const QString text = reader.readElementText();
                    if (text.contains(QLatin1String("callback")))
                        systemOut = text;
                    continue;
                } else {
                    QFAIL(qPrintable(QStringLiteral("unexpected element %1").arg(name)));
                }
                path.append(name);
            } else if (reader.isEndElement()) {
                path.removeLast();
            }
        }
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        QCOMPARE(testcases, 3);
        QVERIFY(skippedSeen);
        QCOMPARE(failureMessage,
                 QStringLiteral("Expected error access_denied, got a code with state match."));
        QVERIFY(systemOut.contains(QLatin1String("http://127.0.0.1:1/oauth/authorize?a=1&b=2")));
        QVERIFY(systemOut.contains(QLatin1String("90 ms  callback")));
    }

    void html_isSelfContainedAndEscaped()
    {
        const QString html = QString::fromUtf8(sampleReport().toHtml());
        QVERIFY(html.contains(QLatin1String("id=\"summary\" data-passed=\"1\" data-failed=\"1\"")));
        QVERIFY(html.contains(QLatin1String("approve &lt;b&gt;bold&lt;/b&gt;")));
        QVERIFY(!html.contains(QLatin1String("<b>bold")));
        QVERIFY(html.contains(QLatin1String("qa@example.com &lt;script&gt;")));
        QVERIFY(!html.contains(QLatin1String("<script")));
        QVERIFY(html.contains(QLatin1String("Smoke &lt;&amp;&gt; &quot;plan&quot;")));
        QVERIFY(html.contains(QLatin1String("a=1&amp;b=2")));
        // One screenshot, the failed case's, embedded.
        QCOMPARE(html.count(QLatin1String("src=\"data:image/png;base64,")), 1);
        QVERIFY(html.contains(
            QString::fromLatin1(QByteArray("\x89PNG\r\n\x1a\n(the runner's grab)").toBase64())));
        QVERIFY(!html.contains(QLatin1String("http-equiv=\"refresh\"")));
        QVERIFY(!html.contains(QLatin1String("src=\"http")));
        QVERIFY(!html.contains(QLatin1String("<link")));
    }

    void json_forScripts()
    {
        const QJsonObject json = sampleReport().toJson();
        QCOMPARE(json.value(QStringLiteral("passed")).toInt(), 1);
        QCOMPARE(json.value(QStringLiteral("failed")).toInt(), 1);
        QCOMPARE(json.value(QStringLiteral("total")).toInt(), 3);
        const QJsonArray cases = json.value(QStringLiteral("cases")).toArray();
        QCOMPARE(cases.size(), 3);
        QCOMPARE(cases.at(1).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        QCOMPARE(cases.at(1)
                     .toObject()
                     .value(QStringLiteral("expect"))
                     .toObject()
                     .value(QStringLiteral("error"))
                     .toString(),
                 QStringLiteral("access_denied"));
        QCOMPARE(cases.at(0).toObject().value(QStringLiteral("navigations")).toArray().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TstPlanReport)
#include "tst_planreport.moc"
