// connectlab-cli code and diff (issue 13): the code for each language, curl's two token models, the --json
// shapes and the exit statuses (code: 0, 1 when the link has errors, 2 usage; diff: 0 the same, 1 different,
// 2 usage). Runs the built binary; never touches the network.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

namespace {

const QString Link = QStringLiteral(
    "https://connect.smartcar.com/oauth/"
    "authorize?response_type=code&client_id=4cf82729-4275-46d9-9255-8437ba777151"
    "&redirect_uri=https%3A%2F%2Fexample.com%2Fcb&scope=read_vin%20required%3Aread_odometer&state=S1"
    "&approval_prompt=auto&mode=live");

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QStringList &arguments, const QByteArray &input = QByteArray())
{
    QProcess process;
    process.start(QStringLiteral(CONNECTLAB_CLI_PATH), arguments);
    if (!input.isNull())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(20000))
        qFatal("connectlab-cli did not finish");
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace

class TestCodeCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void code_data();
    void code();
    void codeJson();
    void codeUsage_data();
    void codeUsage();
    void diff_data();
    void diff();
    void diffJson();
    void diffUsage_data();
    void diffUsage();
    void listedInHelp();
};

void TestCodeCommands::code_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("absent");

    QTest::newRow("node from a URL")
        << QStringList{QStringLiteral("--lang"), QStringLiteral("node"), Link} << 0
        << QStringList{QStringLiteral("const smartcar = require('smartcar');"),
                       QStringLiteral("clientId: '4cf82729-4275-46d9-9255-8437ba777151',"),
                       QStringLiteral("const scope = ['read_vin', 'required:read_odometer'];"),
                       QStringLiteral("state: 'S1',"), QStringLiteral("process.env.SMARTCAR_CLIENT_SECRET")}
        << QStringList{QStringLiteral("new URL(")};
    QTest::newRow("python from link options")
        << QStringList{QStringLiteral("--lang"),         QStringLiteral("python"),
                       QStringLiteral("--client-id"),    QStringLiteral("ID"),
                       QStringLiteral("--redirect-uri"), QStringLiteral("https://example.com/cb"),
                       QStringLiteral("--scope"),        QStringLiteral("read_vin"),
                       QStringLiteral("--country"),      QStringLiteral("DE"),
                       QStringLiteral("--param"),        QStringLiteral("external_id=42")}
        << 0
        << QStringList{QStringLiteral("\"flags\": {\"country\": \"DE\"},"),
                       QStringLiteral("query.append((\"external_id\", \"42\"))")}
        << QStringList{};
    QTest::newRow("go") << QStringList{QStringLiteral("--lang"), QStringLiteral("go"), Link} << 0
                        << QStringList{QStringLiteral("auth.GetAuthURL(&smartcar.AuthURLParams{")}
                        << QStringList{};
    QTest::newRow("curl both models")
        << QStringList{QStringLiteral("--lang"), QStringLiteral("curl"), Link} << 0
        << QStringList{QStringLiteral("grant_type=authorization_code"),
                       QStringLiteral("grant_type=client_credentials")}
        << QStringList{};
    QTest::newRow("curl v3") << QStringList{QStringLiteral("--lang"), QStringLiteral("curl"),
                                            QStringLiteral("--model"), QStringLiteral("v3"), Link}
                             << 0 << QStringList{QStringLiteral("https://iam.smartcar.com/oauth2/token")}
                             << QStringList{QStringLiteral("authorization_code")};
    QTest::newRow("a link with errors still prints, exit 1")
        << QStringList{QStringLiteral("--lang"),
                       QStringLiteral("java"),
                       QStringLiteral("--client-id"),
                       QStringLiteral("ID"),
                       QStringLiteral("--single-select-vin"),
                       QStringLiteral("1HGCM82633A004351")}
        << 1 << QStringList{QStringLiteral("new AuthClient.Builder()")} << QStringList{};
}

void TestCodeCommands::code()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);
    const Run result = run(QStringList{QStringLiteral("code")} + arguments);
    QCOMPARE(result.exitCode, exitCode);
    const QString out = QString::fromUtf8(result.out);
    for (const QString &text : std::as_const(present))
        QVERIFY2(out.contains(text), qPrintable(text + u'\n' + out));
    for (const QString &text : std::as_const(absent))
        QVERIFY2(!out.contains(text), qPrintable(text + u'\n' + out));
    if (exitCode == 1)
        QVERIFY(!result.err.isEmpty());
}

void TestCodeCommands::codeJson()
{
    const Run result = run({QStringLiteral("code"), QStringLiteral("--lang"), QStringLiteral("js"), Link,
                            QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out.count('\n'), 1);
    const QJsonObject json = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(json.keys(),
             (QStringList{QStringLiteral("code"), QStringLiteral("exact"), QStringLiteral("language"),
                          QStringLiteral("notes"), QStringLiteral("url"), QStringLiteral("valid")}));
    QCOMPARE(json.value(QStringLiteral("language")).toString(), QStringLiteral("js"));
    QCOMPARE(json.value(QStringLiteral("url")).toString(), Link);
    QVERIFY(json.value(QStringLiteral("code")).toString().contains(QStringLiteral("new Smartcar({")));
    QCOMPARE(json.value(QStringLiteral("exact")).toBool(), false); // the SDK wraps the state
    QVERIFY(json.value(QStringLiteral("notes"))
                .toArray()
                .first()
                .toString()
                .contains(QStringLiteral("originalState")));
    QCOMPARE(json.value(QStringLiteral("valid")).toBool(), true);
    // The keys come in the documented order.
    QVERIFY(result.out.startsWith("{\"language\": \"js\", \"url\": "));
}

void TestCodeCommands::codeUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no language") << QStringList{Link} << QStringLiteral("--lang is required");
    QTest::newRow("unknown language") << QStringList{QStringLiteral("--lang"), QStringLiteral("cobol"), Link}
                                      << QStringLiteral("unknown language 'cobol'");
    QTest::newRow("--model without curl")
        << QStringList{QStringLiteral("--lang"), QStringLiteral("node"), QStringLiteral("--model"),
                       QStringLiteral("v2"), Link}
        << QStringLiteral("--model picks the token request of --lang curl");
    QTest::newRow("bad model") << QStringList{QStringLiteral("--lang"), QStringLiteral("curl"),
                                              QStringLiteral("--model"), QStringLiteral("v4"), Link}
                               << QStringLiteral("--model takes v2");
    QTest::newRow("no link") << QStringList{QStringLiteral("--lang"), QStringLiteral("node")}
                             << QStringLiteral("needs a link");
    QTest::newRow("URL and options") << QStringList{QStringLiteral("--lang"), QStringLiteral("node"),
                                                    QStringLiteral("--client-id"), QStringLiteral("X"), Link}
                                     << QStringLiteral("not both");
    QTest::newRow("not a link") << QStringList{QStringLiteral("--lang"), QStringLiteral("node"),
                                               QStringLiteral("hello")}
                                << QStringLiteral("not a Connect link");
}

void TestCodeCommands::codeUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run result = run(QStringList{QStringLiteral("code")} + arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(QString::fromUtf8(result.err).contains(message), result.err.constData());
}

void TestCodeCommands::diff_data()
{
    QTest::addColumn<QString>("right");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("present");

    QTest::newRow("the same, reordered and re-encoded")
        << QStringLiteral(
               "https://connect.smartcar.com/oauth/authorize?mode=live&approval_prompt=auto&state=S1&scope="
               "required:read_odometer+read_vin&redirect_uri=https://example.com/cb&client_id=4cf82729-4275-"
               "46d9-9255-8437ba777151&response_type=code")
        << QStringList{} << 0
        << QStringList{QStringLiteral("The links mean the same."),
                       QStringLiteral("Note: The parameters come in another order")};
    QTest::newRow("strict order") << QString(Link).replace(
                                         QStringLiteral("read_vin%20required%3Aread_odometer"),
                                         QStringLiteral("required%3Aread_odometer%20read_vin"))
                                  << QStringList{QStringLiteral("--strict-order")} << 1
                                  << QStringList{QStringLiteral("same permissions in another order"),
                                                 QStringLiteral("1 difference:")};
    QTest::newRow("mode and required:")
        << QString(Link)
               .replace(QStringLiteral("mode=live"), QStringLiteral("mode=simulated"))
               .replace(QStringLiteral("required%3A"), QString())
        << QStringList{} << 1
        << QStringList{
               QStringLiteral("live  →  simulated"), QStringLiteral("live mode, the right in simulated mode"),
               QStringLiteral("read_odometer is required on the left"), QStringLiteral("2 differences:")};
}

void TestCodeCommands::diff()
{
    QFETCH(QString, right);
    QFETCH(QStringList, extra);
    QFETCH(int, exitCode);
    QFETCH(QStringList, present);
    const Run result = run(QStringList{QStringLiteral("diff"), Link, right} + extra);
    QCOMPARE(result.exitCode, exitCode);
    const QString out = QString::fromUtf8(result.out);
    for (const QString &text : std::as_const(present))
        QVERIFY2(out.contains(text), qPrintable(text + u'\n' + out));
}

void TestCodeCommands::diffJson()
{
    const QString right = QString(Link).replace(QStringLiteral("state=S1"), QStringLiteral("state=S2"));
    // The second link from standard input.
    const Run result =
        run({QStringLiteral("diff"), Link, QStringLiteral("-"), QStringLiteral("--json")}, right.toUtf8());
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.out.count('\n'), 1);
    QVERIFY(result.out.startsWith("{\"same\": false, \"left\": "));
    const QJsonObject json = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(json.value(QStringLiteral("right")).toString(), right);
    const QJsonArray differences = json.value(QStringLiteral("differences")).toArray();
    QCOMPARE(differences.size(), 1);
    const QJsonObject d = differences.first().toObject();
    QCOMPARE(d.value(QStringLiteral("parameter")).toString(), QStringLiteral("state"));
    QCOMPARE(d.value(QStringLiteral("code")).toString(), QStringLiteral("changed"));
    QCOMPARE(d.value(QStringLiteral("left")).toString(), QStringLiteral("S1"));
    QCOMPARE(d.value(QStringLiteral("right")).toString(), QStringLiteral("S2"));
    QVERIFY(d.value(QStringLiteral("message")).toString().contains(QStringLiteral("state check")));
    QVERIFY(json.value(QStringLiteral("notes")).isArray());

    const Run same = run({QStringLiteral("diff"), Link, Link, QStringLiteral("--json")});
    QCOMPARE(same.exitCode, 0);
    QVERIFY(same.out.startsWith("{\"same\": true, "));
}

void TestCodeCommands::diffUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("one link") << QStringList{Link} << QStringLiteral("needs two links");
    QTest::newRow("three links") << QStringList{Link, Link, Link} << QStringLiteral("takes 2 links");
    QTest::newRow("not a link") << QStringList{Link, QStringLiteral("hello")}
                                << QStringLiteral("not a Connect link");
    QTest::newRow("stdin twice") << QStringList{QStringLiteral("-"), QStringLiteral("-")}
                                 << QStringLiteral("only one of the links can be read from standard input");
}

void TestCodeCommands::diffUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run result = run(QStringList{QStringLiteral("diff")} + arguments, Link.toUtf8());
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(QString::fromUtf8(result.err).contains(message), result.err.constData());
}

void TestCodeCommands::listedInHelp()
{
    const QString overview = QString::fromUtf8(run({QStringLiteral("--help")}).out);
    QVERIFY(overview.contains(QStringLiteral("  code ")));
    QVERIFY(overview.contains(QStringLiteral("  diff ")));
    const QString help = QString::fromUtf8(run({QStringLiteral("code"), QStringLiteral("--help")}).out);
    QVERIFY(help.contains(QStringLiteral("--lang node|js|python|java|ruby|go|swift|kotlin|raw|curl")));
    QVERIFY(help.contains(QStringLiteral("--model v2|v3")));
    QVERIFY(help.contains(QStringLiteral("--client-id ID")));
    const QString diffHelp = QString::fromUtf8(run({QStringLiteral("diff"), QStringLiteral("--help")}).out);
    QVERIFY(diffHelp.contains(QStringLiteral("--strict-order")));
    QVERIFY(diffHelp.contains(QStringLiteral("Exit status: 0 the links mean the same, 1 they differ")));
}

QTEST_GUILESS_MAIN(TestCodeCommands)
#include "tst_codecommands.moc"
