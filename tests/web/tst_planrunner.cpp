#include "PlanRunner.h"
#include "SandboxConfig.h"
#include "WebTestMain.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEnginePage>
#include <QXmlStreamReader>

using connectlab::plan::CaseResult;
using connectlab::plan::PlanCase;
using connectlab::plan::PlanError;
using connectlab::plan::TestPlan;
using connectlab::web::PlanRunner;

namespace {

const QByteArray demoLink =
    "http://127.0.0.1:8765/oauth/authorize?response_type=code&client_id=8229df9f-91a0-4ff0-a1ae-a1f38ee24d07"
    "&scope=read_vehicle_info%20read_odometer&state=st&mode=simulated";

QByteArray plan(const QByteArray &cases, const QByteArray &extra = {})
{
    return "{\"version\": 1, \"url\": \"" + demoLink + "\"," + extra + "\n \"cases\": [\n" + cases + "\n]}";
}

} // namespace

// The plan runner against the built-in sandbox: the shipped smoke plan passes; every case gets a fresh
// browser profile and sandbox, so order and parallelism do not change a verdict; an action that could not
// happen fails; the reports; `connectlab --run-plan`'s contract.
class TestPlanRunner : public QObject
{
    Q_OBJECT
private:
    QList<CaseResult> run(const TestPlan &testPlan, QList<PlanCase> cases, int jobs, bool *ok,
                          PlanRunner::Options options = {})
    {
        options.jobs = jobs;
        options.timeoutSeconds = 20;
        PlanRunner runner(testPlan, cases, options);
        QString error;
        *ok = runner.prepare(&error);
        if (!*ok) {
            qWarning() << error;
            return {};
        }
        QSignalSpy finished(&runner, &PlanRunner::finished);
        runner.start();
        *ok = finished.size() == 1 || finished.wait(120000);
        return runner.results();
    }

    static TestPlan parsed(const QByteArray &json)
    {
        TestPlan testPlan;
        PlanError error;
        if (!TestPlan::parse(json, {}, &testPlan, &error, &PlanRunner::checkFaults))
            qWarning() << error.toString();
        return testPlan;
    }

    static QList<PlanCase> expanded(const TestPlan &testPlan)
    {
        QList<PlanCase> cases;
        PlanError error;
        if (!testPlan.expand(&cases, &error))
            qWarning() << error.toString();
        return cases;
    }

    static QString describe(const QList<CaseResult> &results)
    {
        QString text;
        for (const CaseResult &r : results)
            text += r.planCase.name + QStringLiteral(": ") + CaseResult::statusName(r.status) +
                    QStringLiteral(" — ") + r.verdict + QLatin1Char('\n');
        return text;
    }

private Q_SLOTS:
    void smokePlanPasses()
    {
        TestPlan smoke;
        PlanError error;
        QVERIFY2(
            TestPlan::load(QStringLiteral(CONNECTLAB_SMOKE_PLAN), &smoke, &error, &PlanRunner::checkFaults),
            qPrintable(error.toString()));
        const QList<PlanCase> cases = expanded(smoke);
        QVERIFY(cases.size() >= 15);
        bool ok = false;
        const QList<CaseResult> results = run(smoke, cases, 4, &ok);
        QVERIFY(ok);
        for (const CaseResult &r : results)
            QVERIFY2(r.status == CaseResult::Status::Passed, qPrintable(describe(results)));
    }

    // The repro as a plan: approve with qa@example.com (approval_prompt auto), then deny with the
    // same login. Each case has its own sandbox, so the deny sees the approval screen, in any order and with
    // any number of jobs.
    void independence_orderAndJobsDoNotChangeVerdicts()
    {
        const TestPlan testPlan = parsed(
            plan("{\"name\": \"approve qa\", \"login\": \"qa@example.com\", \"expect\": {\"outcome\": "
                 "\"code\"}},\n"
                 "{\"name\": \"deny qa\", \"login\": \"qa@example.com\", \"click\": \"deny\",\n"
                 "  \"expect\": {\"outcome\": \"error\", \"error\": \"access_denied\"}},\n"
                 "{\"name\": \"no vehicles\", \"login\": \"smartcar@no-vehicles.com\", \"expect\": "
                 "{\"outcome\": \"code\"}},\n"
                 "{\"name\": \"approve qa again\", \"login\": \"qa@example.com\", \"click\": \"deny\",\n"
                 "  \"expect\": {\"outcome\": \"error\", \"error\": \"access_denied\"}},\n"
                 "{\"name\": \"two vehicles\", \"login\": \"2-vehicles@smartcar.com\",\n"
                 "  \"expect\": {\"outcome\": \"code\", \"min_vehicles\": 2}},\n"
                 "{\"name\": \"wrong count\", \"login\": \"2-vehicles@smartcar.com\",\n"
                 "  \"expect\": {\"outcome\": \"code\", \"min_vehicles\": 3}}"));
        QList<PlanCase> cases = expanded(testPlan);
        QCOMPARE(cases.size(), 6);
        bool ok = false;
        const QList<CaseResult> inOrder = run(testPlan, cases, 1, &ok);
        QVERIFY(ok);
        QHash<QString, CaseResult::Status> expected;
        for (const CaseResult &r : inOrder)
            expected.insert(r.planCase.name, r.status);
        QCOMPARE(expected.value(QStringLiteral("approve qa")), CaseResult::Status::Passed);
        QCOMPARE(expected.value(QStringLiteral("deny qa")), CaseResult::Status::Passed);
        QCOMPARE(expected.value(QStringLiteral("approve qa again")), CaseResult::Status::Passed);
        QCOMPARE(expected.value(QStringLiteral("no vehicles")), CaseResult::Status::Failed);
        QCOMPARE(expected.value(QStringLiteral("two vehicles")), CaseResult::Status::Passed);
        QCOMPARE(expected.value(QStringLiteral("wrong count")), CaseResult::Status::Failed);

        std::shuffle(cases.begin(), cases.end(), *QRandomGenerator::global());
        const QList<CaseResult> shuffled = run(testPlan, cases, 4, &ok);
        QVERIFY(ok);
        QCOMPARE(shuffled.size(), 6);
        for (qsizetype i = 0; i < shuffled.size(); ++i) {
            QCOMPARE(shuffled.at(i).planCase.name, cases.at(i).name); // the plan's order, kept
            QVERIFY2(shuffled.at(i).status == expected.value(shuffled.at(i).planCase.name),
                     qPrintable(describe(shuffled)));
        }
    }

    void failedCase_saysWhyAndKeepsTheLastScreen()
    {
        const TestPlan testPlan =
            parsed(plan("{\"name\": \"expects a code\", \"login\": \"smartcar@invalid-subscription.com\",\n"
                        "  \"expect\": {\"outcome\": \"code\"}}"));
        bool ok = false;
        const QList<CaseResult> results = run(testPlan, expanded(testPlan), 1, &ok);
        QVERIFY(ok);
        QCOMPARE(results.size(), 1);
        const CaseResult &r = results.first();
        QCOMPARE(r.status, CaseResult::Status::Failed);
        QVERIFY2(r.verdict.startsWith(QLatin1String("Expected a code, got error invalid_subscription")),
                 qPrintable(r.verdict));
        QVERIFY(r.timeline.size() >= 3);
        QCOMPARE(r.timeline.last().kind, QStringLiteral("callback"));
        QVERIFY(r.steps.contains(QStringLiteral("login: smartcar@invalid-subscription.com")));
        QVERIFY(r.screenshotPng.startsWith("\x89PNG"));
    }

    void timeoutAndErrorPageOutcomes()
    {
        const TestPlan testPlan = parsed(plan(
            "{\"name\": \"nothing clicked\", \"click\": \"none\", \"expect\": {\"outcome\": \"timeout\"}},\n"
            "{\"name\": \"nothing clicked, code expected\", \"click\": \"none\", \"expect\": {\"outcome\": "
            "\"code\"}}",
            "\"timeout\": 1,"));
        bool ok = false;
        const QList<CaseResult> results = run(testPlan, expanded(testPlan), 2, &ok);
        QVERIFY(ok);
        QCOMPARE(results.at(0).status, CaseResult::Status::Passed);
        QCOMPARE(results.at(1).status, CaseResult::Status::Failed);
        QVERIFY2(
            results.at(1).verdict.startsWith(QLatin1String("Expected a code, got no redirect (a timeout)")),
            qPrintable(results.at(1).verdict));
    }

    void actionThatCouldNotHappen_fails()
    {
        const TestPlan testPlan = parsed(plan(
            "{\"name\": \"brand not offered\", \"brand\": \"NOPE\", \"expect\": {\"outcome\": \"code\"}},\n"
            "{\"name\": \"brand offered\", \"brand\": \"TESLA\", \"expect\": {\"outcome\": \"code\"}},\n"
            "{\"name\": \"brand skipped by make\", \"brand\": \"TESLA\", \"set\": {\"make\": \"BMW\"},\n"
            "  \"expect\": {\"outcome\": \"code\"}}"));
        bool ok = false;
        const QList<CaseResult> results = run(testPlan, expanded(testPlan), 3, &ok);
        QVERIFY(ok);
        QCOMPARE(results.at(0).status, CaseResult::Status::Failed);
        QVERIFY2(results.at(0).verdict.contains(QLatin1String("does not offer NOPE")),
                 qPrintable(results.at(0).verdict));
        QVERIFY(!results.at(0).notPerformed.isEmpty());
        QCOMPARE(results.at(1).status, CaseResult::Status::Passed);
        QVERIFY(results.at(1).steps.contains(QStringLiteral("brand: TESLA")));
        QCOMPARE(results.at(2).status, CaseResult::Status::Failed);
        QVERIFY2(results.at(2).verdict.contains(QLatin1String("never offered a choice")),
                 qPrintable(results.at(2).verdict));
    }

    void bailAndRetries()
    {
        const TestPlan testPlan =
            parsed(plan("{\"name\": \"fails\", \"login\": \"smartcar@no-vehicles.com\", \"expect\": "
                        "{\"outcome\": \"code\"}},\n"
                        "{\"name\": \"never runs\", \"expect\": {\"outcome\": \"code\"}}"));
        PlanRunner::Options options;
        options.bail = true;
        options.retries = 1;
        bool ok = false;
        const QList<CaseResult> results = run(testPlan, expanded(testPlan), 1, &ok, options);
        QVERIFY(ok);
        QCOMPARE(results.at(0).status, CaseResult::Status::Failed);
        QCOMPARE(results.at(0).attempts, 2);
        QCOMPARE(results.at(1).status, CaseResult::Status::Skipped);
        QVERIFY(results.at(1).verdict.contains(QLatin1String("--bail")));
    }

    // The HTML report in WebEngine, its summary read back from the page.
    void htmlReport_readsBackInWebEngine()
    {
        const TestPlan testPlan =
            parsed(plan("{\"name\": \"ok <one>\", \"expect\": {\"outcome\": \"code\"}},\n"
                        "{\"name\": \"bad\", \"login\": \"smartcar@no-vehicles.com\", \"expect\": "
                        "{\"outcome\": \"code\"}}"));
        bool ok = false;
        PlanRunner runner(testPlan, expanded(testPlan), {});
        QString error;
        QVERIFY(runner.prepare(&error));
        QSignalSpy finished(&runner, &PlanRunner::finished);
        runner.start();
        QVERIFY(finished.wait(60000));
        const QByteArray html = runner.report().toHtml();
        QWebEnginePage page;
        QSignalSpy loaded(&page, &QWebEnginePage::loadFinished);
        page.setContent(html, QStringLiteral("text/html;charset=UTF-8"));
        QVERIFY(loaded.wait(20000));
        QString summary;
        QString failed;
        QString firstName;
        int images = -1;
        page.runJavaScript(QStringLiteral("document.getElementById('summary').textContent"),
                           [&](const QVariant &v) { summary = v.toString(); });
        page.runJavaScript(QStringLiteral("document.getElementById('summary').dataset.failed"),
                           [&](const QVariant &v) { failed = v.toString(); });
        page.runJavaScript(QStringLiteral("document.querySelector('#cases a').textContent"),
                           [&](const QVariant &v) { firstName = v.toString(); });
        page.runJavaScript(
            QStringLiteral("Array.from(document.images).filter(i => i.naturalWidth > 0).length"),
            [&](const QVariant &v) { images = v.toInt(); });
        QTRY_VERIFY(images >= 0);
        QVERIFY2(summary.startsWith(QLatin1String("1 passed, 1 failed, 0 skipped in ")), qPrintable(summary));
        QCOMPARE(failed, QStringLiteral("1"));
        QCOMPARE(firstName, QStringLiteral("ok <one>"));
        QCOMPARE(images, 1); // the failed case's last screen, a PNG that decodes
        Q_UNUSED(ok);
    }

    // `connectlab --run-plan`: the exit codes, the line of a broken plan on stderr, the JUnit file.
    void runPlanCommand()
    {
        QTemporaryDir dir;
        const auto write = [&dir](const QString &name, const QByteArray &data) {
            QFile file(dir.filePath(name));
            file.open(QIODevice::WriteOnly);
            file.write(data);
            return file.fileName();
        };
        const QString good =
            write(QStringLiteral("good.json"),
                  plan("{\"name\": \"a\", \"tags\": [\"t\"], \"expect\": {\"outcome\": \"code\"}},\n"
                       "{\"name\": \"b\", \"login\": \"smartcar@no-vehicles.com\",\n"
                       "  \"expect\": {\"outcome\": \"code\"}}"));
        const QString broken =
            write(QStringLiteral("broken.json"),
                  plan("{\"name\": \"a\",\n  \"click\": \"aprove\", \"expect\": {\"outcome\": \"code\"}}"));
        const auto runApp = [](const QStringList &arguments, QByteArray *out, QByteArray *err) {
            QProcess process;
            process.start(QStringLiteral(CONNECTLAB_APP), arguments);
            if (!process.waitForFinished(120000))
                return -1;
            *out = process.readAllStandardOutput();
            *err = process.readAllStandardError();
            return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        };
        QByteArray out;
        QByteArray err;
        const QString junit = dir.filePath(QStringLiteral("junit.xml"));
        QCOMPARE(runApp({QStringLiteral("--run-plan"), good, QStringLiteral("--tag"), QStringLiteral("t"),
                         QStringLiteral("--junit"), junit},
                        &out, &err),
                 0);
        QVERIFY2(out.contains("PASS  a"), out.constData());
        QVERIFY(!out.contains("  b "));
        QFile xml(junit);
        QVERIFY(xml.open(QIODevice::ReadOnly));
        QXmlStreamReader reader(&xml);
        QVERIFY(reader.readNextStartElement());
        QCOMPARE(reader.name().toString(), QStringLiteral("testsuites"));
        QCOMPARE(reader.attributes().value(QStringLiteral("tests")).toString(), QStringLiteral("1"));

        QCOMPARE(runApp({QStringLiteral("--run-plan"), good, QStringLiteral("--jobs"), QStringLiteral("2"),
                         QStringLiteral("--json")},
                        &out, &err),
                 1);
        const QJsonObject json = QJsonDocument::fromJson(out).object();
        QCOMPARE(json.value(QStringLiteral("passed")).toInt(), 1);
        QCOMPARE(json.value(QStringLiteral("failed")).toInt(), 1);

        QCOMPARE(runApp({QStringLiteral("--run-plan"), broken}, &out, &err), 2);
        QVERIFY2(err.contains("broken.json:4:"), err.constData());
        QVERIFY(err.contains("\"aprove\""));
        QVERIFY(err.contains("Did you mean \"approve\"?"));
        QCOMPARE(runApp({QStringLiteral("--run-plan"), good, QStringLiteral("--jobs"), QStringLiteral("0")},
                        &out, &err),
                 2);
        QCOMPARE(runApp({QStringLiteral("--run-plan"), good, QStringLiteral("--tag"), QStringLiteral("none")},
                        &out, &err),
                 2);
        QCOMPARE(runApp({QStringLiteral("--help")}, &out, &err), 0);
        QVERIFY(out.contains("--run-plan"));
    }
};

CONNECTLAB_WEBTEST_MAIN(TestPlanRunner)
#include "tst_planrunner.moc"
