#include "TestPlan.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using connectlab::plan::PlanCase;
using connectlab::plan::PlanError;
using connectlab::plan::TestPlan;

namespace {

QByteArray goodPlanText()
{
    QFile file(QFINDTESTDATA("data/good-plan.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
#define goodPlan goodPlanText()

bool parse(const QByteArray &json, TestPlan *plan, PlanError *error, const QString &dir = {})
{
    return TestPlan::parse(json, dir, plan, error);
}

} // namespace

class TstTestPlan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void goodPlan_readsEveryField()
    {
        TestPlan plan;
        PlanError error;
        QVERIFY2(parse(goodPlan, &plan, &error), qPrintable(error.toString()));
        QCOMPARE(plan.name, QStringLiteral("Demo"));
        QVERIFY(plan.usesBuiltInSandbox());
        QList<PlanCase> cases;
        QVERIFY(plan.expand(&cases, &error));
        QCOMPARE(cases.size(), 4);
        const PlanCase &approve = cases.at(0);
        QCOMPARE(approve.login, QStringLiteral("3-vehicles@smartcar.com"));
        QCOMPARE(approve.click, PlanCase::Click::Approve);
        QCOMPARE(approve.expect.exchanges, 1);
        QCOMPARE(approve.expect.minVehicles, 3);
        QCOMPARE(approve.expect.stateCheck, QStringLiteral("not_sent"));
        QCOMPARE(approve.tags, QStringList{QStringLiteral("smoke")});
        QCOMPARE(approve.line, 6);
        QCOMPARE(cases.at(1).click, PlanCase::Click::Deny);
        QCOMPARE(cases.at(1).tags, QStringList{QStringLiteral("errors")});
        QCOMPARE(cases.at(1).line, 9);
    }

    void overrides_setAndRemoveByConnectName()
    {
        TestPlan plan;
        PlanError error;
        QVERIFY(parse(goodPlan, &plan, &error));
        QList<PlanCase> cases;
        QVERIFY(plan.expand(&cases, &error));
        connectlab::ConnectRequest base;
        QVERIFY(plan.baseRequest(&base, &error));
        QCOMPARE(base.state, QStringLiteral("abc"));
        const connectlab::ConnectRequest request = TestPlan::requestFor(base, cases.at(0));
        QCOMPARE(request.approvalPrompt, QStringLiteral("force"));
        QCOMPARE(request.country(), QStringLiteral("DE"));
        QVERIFY(request.state.isEmpty()); // "" removes
        QCOMPARE(request.mode, QStringLiteral("simulated"));
        // An always-written parameter removed is Connect's default.
        PlanCase reset;
        reset.set = {{QStringLiteral("mode"), QString()}, {QStringLiteral("user"), QStringLiteral("u-1")}};
        const connectlab::ConnectRequest resetRequest = TestPlan::requestFor(base, reset);
        QCOMPARE(resetRequest.mode, QStringLiteral("live"));
        QCOMPARE(resetRequest.extra(QStringLiteral("user")), QStringLiteral("u-1"));
    }

    void rows_expandWithPlaceholders()
    {
        TestPlan plan;
        PlanError error;
        QVERIFY(parse(goodPlan, &plan, &error));
        QList<PlanCase> cases;
        QVERIFY(plan.expand(&cases, &error));
        QCOMPARE(cases.at(2).name, QStringLiteral("login smartcar@no-vehicles.com"));
        QCOMPARE(cases.at(2).expect.error, QStringLiteral("no_vehicles"));
        QCOMPARE(cases.at(2).row, 0);
        QCOMPARE(cases.at(3).login, QStringLiteral("smartcar@invalid-subscription.com"));
        QCOMPARE(cases.at(3).expect.error, QStringLiteral("invalid_subscription"));
        QCOMPARE(cases.at(3).row, 1);
    }

    void rows_fromCsvRelativeToThePlan()
    {
        QTemporaryDir dir;
        QFile csv(dir.filePath(QStringLiteral("logins.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("login,n\r\n2-vehicles@smartcar.com,2\r\n\"5-vehicles@smartcar.com\",5\r\n");
        csv.close();
        const QByteArray json =
            "{\"version\": 1, \"url\": \"http://127.0.0.1:1/oauth/authorize?client_id=x\",\n"
            " \"cases\": [{\"name\": \"vehicles\", \"login\": \"{{login}}\", \"rows\": \"logins.csv\",\n"
            "            \"expect\": {\"outcome\": \"code\", \"min_vehicles\": \"{{n}}\"}}]}";
        TestPlan plan;
        PlanError error;
        QVERIFY2(parse(json, &plan, &error, dir.path()), qPrintable(error.toString()));
        QList<PlanCase> cases;
        QVERIFY(plan.expand(&cases, &error));
        QCOMPARE(cases.size(), 2);
        QCOMPARE(cases.at(0).name, QStringLiteral("vehicles [1]"));
        QCOMPARE(cases.at(1).name, QStringLiteral("vehicles [2]"));
        QCOMPARE(cases.at(1).login, QStringLiteral("5-vehicles@smartcar.com"));
        QCOMPARE(cases.at(1).expect.minVehicles, 5);
    }

    void tags_selectSubsets()
    {
        TestPlan plan;
        PlanError error;
        QVERIFY(parse(goodPlan, &plan, &error));
        QList<PlanCase> cases;
        QVERIFY(plan.expand(&cases, &error));
        QCOMPARE(TestPlan::withTags(cases, {QStringLiteral("smoke")}).size(), 1);
        QCOMPARE(TestPlan::withTags(cases, {QStringLiteral("errors")}).size(), 3);
        QCOMPARE(TestPlan::withTags(cases, {QStringLiteral("smoke"), QStringLiteral("errors")}).size(), 4);
        QCOMPARE(TestPlan::withTags(cases, {}).size(), 4);
        QCOMPARE(TestPlan::withTags(cases, {QStringLiteral("nothing")}).size(), 0);
    }

    void brokenPlans_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("fix");
        const QByteArray head =
            "{\n  \"version\": 1,\n  \"url\": \"http://127.0.0.1:1/oauth/authorize?client_id=x\",\n"
            "  \"cases\": [\n";
        QTest::newRow("not json") << QByteArray("{\n  \"version\": 1,\n  \"url\": \"x\"\n  \"cases\": []\n}")
                                  << 4 << "not JSON"
                                  << "missing comma";
        QTest::newRow("no version")
            << QByteArray("{\"url\": \"http://127.0.0.1:1/oauth/authorize?client_id=x\", \"cases\": []}") << 1
            << "no \"version\""
            << "\"version\": 1";
        QTest::newRow("version 2") << QByteArray("{\n\n  \"version\": 2}") << 3 << "not 2"
                                   << "\"version\": 1";
        QTest::newRow("no link") << QByteArray("{\"version\": 1, \"cases\": []}") << 1 << "no link"
                                 << "\"url\"";
        QTest::newRow("unknown plan key")
            << QByteArray("{\"version\": 1,\n \"cases\": [],\n \"urll\": \"\"}") << 3 << "no key \"urll\""
            << "\"url\"";
        QTest::newRow("no cases") << head.left(head.size() - 3) + "[]}" << 4 << "no cases"
                                  << "\"cases\"";
        QTest::newRow("unknown parameter")
            << head + "    {\"name\": \"a\", \"expect\": {\"outcome\": \"code\"}},\n"
                      "    {\"name\": \"b\",\n     \"set\": {\"scop\": \"read_vin\"},\n     \"expect\": "
                      "{\"outcome\": \"code\"}}\n  ]\n}"
            << 7 << "\"scop\" is not a Connect parameter"
            << "\"scope\"";
        QTest::newRow("bad click")
            << head +
                   "    {\"name\": \"a\",\n     \"click\": \"aprove\", \"expect\": {\"outcome\": \"code\"}}]}"
            << 6 << "\"aprove\""
            << "\"approve\"";
        QTest::newRow("no expect") << head + "    {\"name\": \"a\"}]}" << 5 << "nothing about what it expects"
                                   << "\"outcome\"";
        QTest::newRow("bad outcome")
            << head + "    {\"name\": \"a\", \"expect\": {\n      \"outcome\": \"cod\"}}]}" << 6
            << "\"cod\" is not an outcome"
            << "\"code\"";
        QTest::newRow("error without error outcome")
            << head + "    {\"name\": \"a\", \"expect\": {\"outcome\": \"code\",\n  \"error\": \"x\"}}]}" << 6
            << "only when the outcome is error"
            << "\"outcome\": \"error\"";
        QTest::newRow("exchange after error")
            << head + "    {\"name\": \"a\",\n \"expect\": {\"outcome\": \"error\", \"exchanges\": true}}]}"
            << 6 << "follow a code"
            << "\"outcome\": \"code\"";
        QTest::newRow("bad login")
            << head + "    {\"name\": \"a\",\n  \"login\": \"nobody\", \"expect\": {\"outcome\": \"code\"}}]}"
            << 6 << "not an email"
            << "3-vehicles@smartcar.com";
        QTest::newRow("no name") << head + "    {\"expect\": {\"outcome\": \"code\"}}]}" << 5 << "no name"
                                 << "\"name\"";
        QTest::newRow("unknown placeholder")
            << head + "    {\"name\": \"a {{x}}\", \"rows\": [{\"y\": 1}],\n     \"login\": \"{{z}}@b.com\", "
                      "\"expect\": {\"outcome\": \"code\"}}]}"
            << 6 << "{{z}} is not a column"
            << "y";
        QTest::newRow("placeholder without rows")
            << head + "    {\"name\": \"a\",\n     \"login\": \"{{who}}\", \"expect\": {\"outcome\": "
                      "\"code\"}}]}"
            << 6 << "no rows"
            << "\"rows\"";
        QTest::newRow("duplicate names")
            << head + "    {\"name\": \"a\", \"expect\": {\"outcome\": \"code\"}},\n    {\"name\": \"a\", "
                      "\"expect\": {\"outcome\": \"code\"}}]}"
            << 6 << "Two cases are named \"a\""
            << "name of its own";
        QTest::newRow("missing csv")
            << head + "    {\"name\": \"a\",\n \"rows\": \"nope.csv\", \"expect\": {\"outcome\": \"code\"}}]}"
            << 6 << "nope.csv cannot be read"
            << "relative to the plan";
        QTest::newRow("bad min_vehicles")
            << head + "    {\"name\": \"a\", \"expect\": {\"outcome\": \"code\",\n \"min_vehicles\": -1}}]}"
            << 6 << "from 0 to 50"
            << "\"min_vehicles\": 3";
        QTest::newRow("bad url") << QByteArray("{\"version\": 1,\n\"url\": \"not a link\", \"cases\": []}")
                                 << 2 << ""
                                 << "whole Connect link";
    }

    void brokenPlans()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, line);
        QFETCH(QString, reason);
        QFETCH(QString, fix);
        TestPlan plan;
        PlanError error;
        QVERIFY(!parse(json, &plan, &error));
        QVERIFY2(error.line == line,
                 qPrintable(
                     QStringLiteral("line %1, not %2: %3").arg(error.line).arg(line).arg(error.toString())));
        QVERIFY(error.column > 0);
        QVERIFY2(error.reason.contains(reason), qPrintable(error.reason));
        QVERIFY2(error.fix.contains(fix), qPrintable(error.fix));
        QVERIFY(error.toString(QStringLiteral("p.json")).startsWith(QStringLiteral("p.json:%1:").arg(line)));
    }

    void faultsCheck_isAsked()
    {
        const QByteArray json =
            "{\"version\": 1, \"url\": \"http://127.0.0.1:1/oauth/authorize?client_id=x\",\n"
            " \"cases\": [{\"name\": \"a\", \"expect\": {\"outcome\": \"code\"},\n"
            "   \"faults\": {\"code\": \"stale\"}}]}";
        TestPlan plan;
        PlanError error;
        QVERIFY(TestPlan::parse(json, {}, &plan, &error)); // nobody checks: accepted
        const auto check = [](const QJsonObject &faults, QString *why) {
            if (faults.value(QStringLiteral("code")).toString() == QLatin1String("stale")) {
                *why = QStringLiteral("faults: \"code\" takes expired or used.");
                return false;
            }
            return true;
        };
        QVERIFY(!TestPlan::parse(json, {}, &plan, &error, check));
        QCOMPARE(error.line, 3);
        QVERIFY(error.reason.contains(QLatin1String("expired or used")));
    }

    void saveAndLoad_roundTrip()
    {
        TestPlan plan;
        PlanError error;
        QVERIFY(parse(goodPlan, &plan, &error));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plan.json"));
        QString why;
        QVERIFY(plan.save(path, &why));
        TestPlan again;
        QVERIFY2(TestPlan::load(path, &again, &error), qPrintable(error.toString()));
        QCOMPARE(again.toJson(), plan.toJson());
        QList<PlanCase> cases;
        QVERIFY(again.expand(&cases, &error));
        QCOMPARE(cases.size(), 4);
    }

    void parameterNames_comeFromCore()
    {
        const QStringList names = TestPlan::parameterNames();
        QVERIFY(names.contains(QStringLiteral("single_select_vin")));
        QVERIFY(names.contains(QStringLiteral("user")));
        QVERIFY(names.contains(QStringLiteral("application_id")));
        QVERIFY(!names.contains(QStringLiteral("country")));
    }
};

QTEST_GUILESS_MAIN(TstTestPlan)
#include "tst_testplan.moc"
