// connectlab-cli's contract (issue 2): subcommands, options, the --json shape, exit statuses
// (0 no error, 1 the link has errors, 2 usage error or unreadable input with a message on stderr).
// Runs the built binary; never touches the network.
#include <Catalog.h>
#include <ConnectRequest.h>
#include <Profile.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace connectlab;

namespace {

const QString NodeUrl = QStringLiteral(
    "https://connect.smartcar.com/oauth/authorize?response_type=code&client_id=4cf82729-4275-46d9-9255-"
    "8437ba777151&approval_prompt=force&redirect_uri=https%3A%2F%2Finsurance.co%2Fcallback&scope=read_"
    "odometer"
    "%20read_vehicle_info&state=fakestate&mode=live");
const QString GoUrl = QStringLiteral(
    "https://connect.smartcar.com/oauth/"
    "authorize?approval_prompt=force&client_id=client-id&flags=country%3ADE"
    "&make=TESLA&redirect_uri=https%3A%2F%2Fexample.com&response_type=code&scope=read_odometer+read_vin"
    "&single_select=true&single_select_vin=123456789901234567&state=state");
const QString IosUrl = QStringLiteral(
    "https://connect.smartcar.com/oauth/authorize?application_id=ID&response_type=code&mode=simulated"
    "&sdk_platform=iOS&sdk_version=6.4.0&redirect_uri=scTesting://exchange&scope=read_vehicle_info%20"
    "read_odometer&state=S&approval_prompt=force&make=TESLA&single_select=true&single_select_vin="
    "12345678901234567&flags=country:DE%20flag:suboption&user=a60d61bb-3f7b-49bd-b7ec-bf1d87db0e47");
const QString AndroidUrl = QStringLiteral(
    "https://connect.smartcar.com/oauth/authorize?response_type=code&client_id=client123&redirect_uri="
    "scclient123%3A%2F%2Ftest&mode=live&scope=read_odometer%20read_vin&approval_prompt=force&make=BMW&state="
    "some%20state&single_select=true&single_select_vin=1234567890ABCDEFG&flags=flag%3Asuboption%20feature3"
    "&user=e9b24987-52e8-4d40-8417-bfa4402c9e16");
const QString RubyUrl =
    QStringLiteral("https://connect.smartcar.com/oauth/"
                   "authorize?client_id=SMARTCAR_CLIENT_ID&mode=live&redirect_uri=test_url"
                   "&response_type=code&scope=testing1+testing2");

const QString ClientId = QStringLiteral("4cf82729-4275-46d9-9255-8437ba777151");
const QString ValidVin = QStringLiteral("1HGCM82633A004352"); // check digit 3 is right
const QString BadVin = QStringLiteral("1HGCM82633A004351");   // check digit should be 1

// A request with no error: the baseline the exit-status rows change one thing of.
QStringList validOptions()
{
    return {QStringLiteral("--client-id"),    ClientId,
            QStringLiteral("--redirect-uri"), QStringLiteral("https://example.com/callback"),
            QStringLiteral("--scope"),        QStringLiteral("read_vin"),
            QStringLiteral("--state"),        QStringLiteral("fakestate123")};
}

QStringList operator+(QStringList list, const char *item)
{
    list.append(QString::fromUtf8(item));
    return list;
}

struct Run
{
    int exitCode = -1;
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    QByteArray out;
    QByteArray err;
};

// "name=value" rows, split at the first '='.
QList<QPair<QString, QString>> pairs(const QStringList &rows)
{
    QList<QPair<QString, QString>> result;
    for (const QString &row : rows) {
        const qsizetype equals = row.indexOf(u'=');
        result.append({row.left(equals), row.mid(equals + 1)});
    }
    return result;
}

QList<QPair<QString, QString>> paramsOf(const QJsonObject &json)
{
    QList<QPair<QString, QString>> result;
    const QJsonArray params = json.value(QLatin1StringView("params")).toArray();
    for (const QJsonValue &param : params) {
        const QJsonObject object = param.toObject();
        result.append({object.value(QLatin1StringView("name")).toString(),
                       object.value(QLatin1StringView("value")).toString()});
    }
    return result;
}

QStringList codesOf(const QJsonObject &json)
{
    QStringList codes;
    const QJsonArray diagnostics = json.value(QLatin1StringView("diagnostics")).toArray();
    for (const QJsonValue &diagnostic : diagnostics)
        codes.append(diagnostic.toObject().value(QLatin1StringView("code")).toString());
    return codes;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    Run run(const QStringList &arguments, const QByteArray &input = QByteArray());
    QJsonObject runJson(const QStringList &arguments, int *exitCode = nullptr);

private Q_SLOTS:
    void initTestCase();

    void exitStatus_data();
    void exitStatus();
    void usageError_data();
    void usageError();
    void jsonShape_data();
    void jsonShape();
    void jsonKeepsInvisibleCharacters();
    void builtLink_data();
    void builtLink();
    void diagnosticOnField_data();
    void diagnosticOnField();
    void paramAndFlag_data();
    void paramAndFlag();
    void profileWithOverrides_data();
    void profileWithOverrides();
    void sdkLinks_data();
    void sdkLinks();
    void standardInput();
    void garbage_data();
    void garbage();
    void validateText();
    void explainTable();
    void state();
    void help_data();
    void help();

private:
    QTemporaryDir m_dir;
};

Run TestCli::run(const QStringList &arguments, const QByteArray &input)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CONNECTLAB_CLI_PATH), arguments);
    Run result;
    if (!process.waitForStarted(10000))
        return result;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(20000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitCode();
    result.exitStatus = process.exitStatus();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QJsonObject TestCli::runJson(const QStringList &arguments, int *exitCode)
{
    const Run result = run(arguments + "--json");
    if (exitCode)
        *exitCode = result.exitCode;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        qWarning().noquote() << "not one JSON object:" << result.out.left(400) << result.err.left(400);
        return {};
    }
    return document.object();
}

void TestCli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo::exists(QStringLiteral(CONNECTLAB_CLI_PATH)), CONNECTLAB_CLI_PATH);
}

void TestCli::exitStatus_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");

    QTest::newRow("build valid") << (QStringList{QStringLiteral("build")} + validOptions()) << 0;
    QTest::newRow("build without client_id still exits 1")
        << QStringList{QStringLiteral("build"), QStringLiteral("--scope"), QStringLiteral("read_vin")} << 1;
    QTest::newRow("validate valid options")
        << (QStringList{QStringLiteral("validate")} + validOptions()) << 0;
    QTest::newRow("validate warnings only are no error")
        << QStringList{QStringLiteral("validate"), QStringLiteral("--client-id"), ClientId} << 0;
    QTest::newRow("validate bad approval_prompt")
        << (QStringList{QStringLiteral("validate")} + validOptions() + "--approval-prompt" + "always") << 1;
    QTest::newRow("validate bad mode")
        << (QStringList{QStringLiteral("validate")} + validOptions() + "--mode" + "sandbox") << 1;
    QTest::newRow("validate live VIN with wrong check digit")
        << (QStringList{QStringLiteral("validate")} + validOptions() + "--single-select" + "true" +
            "--single-select-vin" + BadVin.toUtf8().constData())
        << 1;
    QTest::newRow("validate live VIN with right check digit")
        << (QStringList{QStringLiteral("validate")} + validOptions() + "--single-select" + "true" +
            "--single-select-vin" + ValidVin.toUtf8().constData())
        << 0;
    QTest::newRow("validate simulated accepts a test VIN")
        << (QStringList{QStringLiteral("validate")} + validOptions() + "--mode" + "simulated" +
            "--single-select" + "true" + "--single-select-vin" + "0SCAUDI037A5ADB1C")
        << 0;
    QTest::newRow("validate VIN without single_select")
        << (QStringList{QStringLiteral("validate")} + validOptions() + "--single-select-vin" +
            ValidVin.toUtf8().constData())
        << 1;
    QTest::newRow("validate country not ISO")
        << (QStringList{QStringLiteral("validate")} + validOptions() + "--country" + "ZZ") << 1;
    QTest::newRow("validate country DE")
        << (QStringList{QStringLiteral("validate")} + validOptions() + "--country" + "DE") << 0;
    QTest::newRow("validate malformed flag")
        << (QStringList{QStringLiteral("validate")} + validOptions() + "--flag" + "nocolon") << 1;
    QTest::newRow("validate node SDK link") << QStringList{QStringLiteral("validate"), NodeUrl} << 0;
    QTest::newRow("validate go SDK link (18-char VIN)")
        << QStringList{QStringLiteral("validate"), GoUrl} << 1;
    QTest::newRow("validate ruby SDK link (relative redirect)")
        << QStringList{QStringLiteral("validate"), RubyUrl} << 1;
    QTest::newRow("parse node SDK link") << QStringList{QStringLiteral("parse"), NodeUrl} << 0;
    QTest::newRow("a switch given twice is the same as once")
        << QStringList{QStringLiteral("parse"), NodeUrl, QStringLiteral("--json")} << 0;
    QTest::newRow("parse link with errors") << QStringList{QStringLiteral("parse"), RubyUrl} << 1;
    QTest::newRow("explain node SDK link") << QStringList{QStringLiteral("explain"), NodeUrl} << 0;
    QTest::newRow("explain options with errors")
        << QStringList{QStringLiteral("explain"), QStringLiteral("--mode"), QStringLiteral("fast")} << 1;
    QTest::newRow("bare query string")
        << QStringList{QStringLiteral("validate"), QStringLiteral("client_id=") + ClientId +
                                                       QStringLiteral("&scope=read_vin&state=abcdefgh")}
        << 0;
    QTest::newRow("state") << QStringList{QStringLiteral("state")} << 0;
    QTest::newRow("--help") << QStringList{QStringLiteral("--help")} << 0;
    QTest::newRow("--version") << QStringList{QStringLiteral("--version")} << 0;
}

void TestCli::exitStatus()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    const Run result = run(arguments);
    QCOMPARE(result.exitStatus, QProcess::NormalExit);
    QVERIFY2(result.exitCode == exitCode,
             QByteArray(result.out.left(2000) + result.err.left(2000)).constData());
    QVERIFY(!result.out.isEmpty());
    QVERIFY(result.out.endsWith('\n'));

    if (arguments.constFirst() != u"state" && !arguments.constFirst().startsWith(u'-')) {
        int jsonExit = -1;
        const QJsonObject json = runJson(arguments, &jsonExit);
        QCOMPARE(jsonExit, exitCode);
        QCOMPARE(json.value(QLatin1StringView("valid")).toBool(), exitCode == 0);
    }
}

void TestCli::usageError_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("stderrMentions");

    QTest::newRow("no command") << QStringList{} << QStringLiteral("command");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")}
                                     << QStringLiteral("frobnicate");
    QTest::newRow("option before command")
        << QStringList{QStringLiteral("--client-id"), QStringLiteral("x")} << QStringLiteral("command");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("build"), QStringLiteral("--colour")}
                                    << QStringLiteral("--colour");
    QTest::newRow("short option") << QStringList{QStringLiteral("build"), QStringLiteral("-x")}
                                  << QStringLiteral("-x");
    QTest::newRow("missing value") << QStringList{QStringLiteral("build"), QStringLiteral("--client-id")}
                                   << QStringLiteral("--client-id");
    QTest::newRow("value forgotten before another option")
        << QStringList{QStringLiteral("build"), QStringLiteral("--client-id"), QStringLiteral("--state"),
                       QStringLiteral("abcdefgh")}
        << QStringLiteral("--client-id");
    QTest::newRow("value given to a switch")
        << QStringList{QStringLiteral("build"), QStringLiteral("--json=yes")} << QStringLiteral("--json");
    QTest::newRow("single option twice")
        << QStringList{QStringLiteral("build"), QStringLiteral("--state"), QStringLiteral("a"),
                       QStringLiteral("--state"), QStringLiteral("b")}
        << QStringLiteral("--state");
    QTest::newRow("link option on state")
        << QStringList{QStringLiteral("state"), QStringLiteral("--client-id"), QStringLiteral("x")}
        << QStringLiteral("--client-id");
    QTest::newRow("build takes no URL")
        << QStringList{QStringLiteral("build"), NodeUrl} << QStringLiteral("build");
    QTest::newRow("parse without URL") << QStringList{QStringLiteral("parse")} << QStringLiteral("link");
    QTest::newRow("parse with link options")
        << QStringList{QStringLiteral("parse"), QStringLiteral("--client-id"), QStringLiteral("x")}
        << QStringLiteral("--client-id");
    QTest::newRow("parse two URLs") << QStringList{QStringLiteral("parse"), NodeUrl, GoUrl}
                                    << QStringLiteral("quote");
    QTest::newRow("validate nothing") << QStringList{QStringLiteral("validate")} << QStringLiteral("link");
    QTest::newRow("validate nothing but --json")
        << QStringList{QStringLiteral("validate"), QStringLiteral("--json")} << QStringLiteral("link");
    QTest::newRow("validate URL and options")
        << QStringList{QStringLiteral("validate"), NodeUrl, QStringLiteral("--mode"), QStringLiteral("live")}
        << QStringLiteral("not both");
    QTest::newRow("param without =") << QStringList{QStringLiteral("build"), QStringLiteral("--param"),
                                                    QStringLiteral("external_id")}
                                     << QStringLiteral("NAME=VALUE");
    QTest::newRow("param without name")
        << QStringList{QStringLiteral("build"), QStringLiteral("--param"), QStringLiteral("=42")}
        << QStringLiteral("NAME=VALUE");
    QTest::newRow("base-url with a path")
        << QStringList{QStringLiteral("build"), QStringLiteral("--base-url"),
                       QStringLiteral("http://127.0.0.1:8765/oauth/authorize")}
        << QStringLiteral("--base-url");
    QTest::newRow("base-url not http") << QStringList{QStringLiteral("build"), QStringLiteral("--base-url"),
                                                      QStringLiteral("ftp://example.com")}
                                       << QStringLiteral("--base-url");
    QTest::newRow("profile missing") << QStringList{QStringLiteral("build"), QStringLiteral("--profile"),
                                                    m_dir.filePath(QStringLiteral("no.json"))}
                                     << QStringLiteral("no.json");
    const QString notJson = m_dir.filePath(QStringLiteral("garbage-profile.json"));
    QFile garbage(notJson);
    if (garbage.open(QIODevice::WriteOnly))
        garbage.write("\x89PNG\r\n\x1a\n not a profile");
    garbage.close();
    QTest::newRow("profile not JSON")
        << QStringList{QStringLiteral("validate"), QStringLiteral("--profile"), notJson}
        << QStringLiteral("garbage-profile.json");
    const QString notProfile = m_dir.filePath(QStringLiteral("other.json"));
    QFile other(notProfile);
    if (other.open(QIODevice::WriteOnly))
        other.write("{\"format\": \"something-else\"}");
    other.close();
    QTest::newRow("JSON that is no profile")
        << QStringList{QStringLiteral("build"), QStringLiteral("--profile"), notProfile}
        << QStringLiteral("other.json");
    QTest::newRow("empty URL") << QStringList{QStringLiteral("parse"), QString()} << QStringLiteral("empty");
    QTest::newRow("blank URL") << QStringList{QStringLiteral("validate"), QStringLiteral("  ")}
                               << QStringLiteral("empty");
    QTest::newRow("not a link") << QStringList{QStringLiteral("explain"), QStringLiteral("hello world")}
                                << QStringLiteral("explain");
}

void TestCli::usageError()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, stderrMentions);
    for (const bool json : {false, true}) {
        const Run result = run(json ? arguments + "--json" : arguments);
        QCOMPARE(result.exitStatus, QProcess::NormalExit);
        QVERIFY2(result.exitCode == 2, QByteArray(result.out.left(500) + result.err.left(500)).constData());
        QVERIFY2(result.out.isEmpty(), result.out.left(500).constData());
        QVERIFY2(QString::fromUtf8(result.err).contains(stderrMentions), result.err.left(500).constData());
    }
}

void TestCli::jsonShape_data()
{
    QTest::addColumn<QStringList>("arguments");

    QTest::newRow("build valid") << (QStringList{QStringLiteral("build")} + validOptions());
    QTest::newRow("build invalid") << QStringList{QStringLiteral("build"), QStringLiteral("--mode"),
                                                  QStringLiteral("fast")};
    QTest::newRow("parse node") << QStringList{QStringLiteral("parse"), NodeUrl};
    QTest::newRow("parse ios") << QStringList{QStringLiteral("parse"), IosUrl};
    QTest::newRow("validate android") << QStringList{QStringLiteral("validate"), AndroidUrl};
    QTest::newRow("validate options")
        << (QStringList{QStringLiteral("validate")} + validOptions() + "--country" + "JP");
    QTest::newRow("explain ruby") << QStringList{QStringLiteral("explain"), RubyUrl};
    QTest::newRow("duplicates") << QStringList{QStringLiteral("parse"),
                                               QStringLiteral("client_id=a&state=abcdefgh&state=zyxwvuts")};
}

void TestCli::jsonShape()
{
    QFETCH(QStringList, arguments);
    const Run result = run(arguments + "--json");
    QCOMPARE(result.exitStatus, QProcess::NormalExit);
    QVERIFY(result.exitCode == 0 || result.exitCode == 1);
    QCOMPARE(result.out.count('\n'), 1); // one object, one line
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(document.isObject());
    const QJsonObject json = document.object();

    QStringList keys = json.keys();
    keys.sort();
    QCOMPARE(keys, (QStringList{QStringLiteral("diagnostics"), QStringLiteral("params"),
                                QStringLiteral("url"), QStringLiteral("valid")}));
    QVERIFY(json.value(QLatin1StringView("url")).isString());
    QVERIFY(!json.value(QLatin1StringView("url")).toString().isEmpty());
    QVERIFY(json.value(QLatin1StringView("valid")).isBool());
    QVERIFY(json.value(QLatin1StringView("params")).isArray());
    QVERIFY(json.value(QLatin1StringView("diagnostics")).isArray());
    // The documented key order, for people reading it.
    QVERIFY(result.out.startsWith("{\"url\": "));
    QVERIFY(result.out.indexOf("\"valid\"") < result.out.indexOf("\"params\""));
    QVERIFY(result.out.indexOf("\"params\"") < result.out.indexOf("\"diagnostics\""));

    for (const QJsonValue &param : json.value(QLatin1StringView("params")).toArray()) {
        QVERIFY(param.isObject());
        QStringList paramKeys = param.toObject().keys();
        QCOMPARE(paramKeys, (QStringList{QStringLiteral("name"), QStringLiteral("value")}));
        QVERIFY(param.toObject().value(QLatin1StringView("name")).isString());
        QVERIFY(param.toObject().value(QLatin1StringView("value")).isString());
    }
    bool anyError = false;
    for (const QJsonValue &value : json.value(QLatin1StringView("diagnostics")).toArray()) {
        const QJsonObject diagnostic = value.toObject();
        QStringList diagnosticKeys = diagnostic.keys();
        diagnosticKeys.sort();
        QCOMPARE(diagnosticKeys, (QStringList{QStringLiteral("code"), QStringLiteral("field"),
                                              QStringLiteral("message"), QStringLiteral("severity")}));
        const QString severity = diagnostic.value(QLatin1StringView("severity")).toString();
        QVERIFY2(severity == u"error" || severity == u"warning" || severity == u"info", qPrintable(severity));
        anyError = anyError || severity == u"error";
        QVERIFY(!diagnostic.value(QLatin1StringView("field")).toString().isEmpty());
        QVERIFY(QRegularExpression(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"))
                    .match(diagnostic.value(QLatin1StringView("code")).toString())
                    .hasMatch());
        QVERIFY(diagnostic.value(QLatin1StringView("message")).toString().size() > 10);
    }
    // valid is false exactly when there is an error, and the exit status says the same.
    QCOMPARE(json.value(QLatin1StringView("valid")).toBool(), !anyError);
    QCOMPARE(result.exitCode, anyError ? 1 : 0);
}

// Found by fuzz_explain: a raw U+FEFF at the start of a JSON string is dropped by Qt's JSON reader (and is
// invisible in a terminal). --json writes it, and every other invisible character, as \uXXXX.
void TestCli::jsonKeepsInvisibleCharacters()
{
    const Run result = run({QStringLiteral("parse"),
                            QStringLiteral("client_id=a&%EF%BB%BFstate=%E2%80%8Bx%E2%80%AE"), QStringLiteral("--json")});
    QVERIFY2(result.out.contains(R"({"name": "\ufeffstate", "value": "\u200bx\u202e"})"), result.out.constData());
    const QJsonArray params =
        QJsonDocument::fromJson(result.out).object().value(QLatin1StringView("params")).toArray();
    QCOMPARE(params.size(), 2);
    QCOMPARE(params.at(1).toObject().value(QLatin1StringView("name")).toString(),
             QString(QChar(0xFEFF)) + QStringLiteral("state"));
    QCOMPARE(params.at(1).toObject().value(QLatin1StringView("value")).toString(),
             QStringLiteral("\u200Bx\u202E"));
}

void TestCli::builtLink_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("url");

    const QString authorize = QStringLiteral("https://connect.smartcar.com/oauth/authorize?");
    QTest::newRow("minimal") << QStringList{QStringLiteral("--client-id"), QStringLiteral("abc")}
                             << authorize +
                                    QStringLiteral("response_type=code&client_id=abc&approval_prompt=auto"
                                                   "&mode=live");
    QTest::newRow("scope repeatable and space-separated, reserved characters encoded")
        << QStringList{QStringLiteral("--client-id"),
                       QStringLiteral("abc"),
                       QStringLiteral("--redirect-uri"),
                       QStringLiteral("https://example.com/cb"),
                       QStringLiteral("--scope"),
                       QStringLiteral("read_vin"),
                       QStringLiteral("--scope"),
                       QStringLiteral("read_odometer  required:read_location"),
                       QStringLiteral("--state"),
                       QStringLiteral("a+b c&d=e#f%g?h/i:j")}
        << authorize +
               QStringLiteral("response_type=code&client_id=abc&redirect_uri=https%3A%2F%2Fexample.com%2Fcb"
                              "&scope=read_vin%20read_odometer%20required%3Aread_location"
                              "&state=a%2Bb%20c%26d%3De%23f%25g%3Fh%2Fi%3Aj&approval_prompt=auto&mode=live");
    QTest::newRow("every field in SDK order")
        << QStringList{QStringLiteral("--mode"),
                       QStringLiteral("simulated"),
                       QStringLiteral("--country"),
                       QStringLiteral("DE"),
                       QStringLiteral("--single-select-vin"),
                       ValidVin,
                       QStringLiteral("--single-select"),
                       QStringLiteral("true"),
                       QStringLiteral("--make"),
                       QStringLiteral("TESLA"),
                       QStringLiteral("--approval-prompt"),
                       QStringLiteral("force"),
                       QStringLiteral("--state"),
                       QStringLiteral("s1234567"),
                       QStringLiteral("--client-id"),
                       ClientId}
        << authorize + QStringLiteral("response_type=code&client_id=") + ClientId +
               QStringLiteral(
                   "&state=s1234567&approval_prompt=force&mode=simulated&make=TESLA&single_select=true"
                   "&single_select_vin=") +
               ValidVin + QStringLiteral("&flags=country%3ADE");
    QTest::newRow("non-ASCII state") << QStringList{QStringLiteral("--client-id"), QStringLiteral("abc"),
                                                    QStringLiteral("--state"), QStringLiteral("Grüße")}
                                     << authorize +
                                            QStringLiteral(
                                                "response_type=code&client_id=abc&state=Gr%C3%BC%C3%9Fe"
                                                "&approval_prompt=auto&mode=live");
    QTest::newRow("re-authentication")
        << QStringList{QStringLiteral("--client-id"), QStringLiteral("abc"), QStringLiteral("--vehicle-id"),
                       QStringLiteral("36ab27d0-fd9d-4455-823a-ce30af709ffc")}
        << QStringLiteral(
               "https://connect.smartcar.com/oauth/reauthenticate?response_type=vehicle_id&client_id=abc"
               "&vehicle_id=36ab27d0-fd9d-4455-823a-ce30af709ffc&approval_prompt=auto&mode=live");
    QTest::newRow("base url") << QStringList{QStringLiteral("--client-id"), QStringLiteral("abc"),
                                             QStringLiteral("--base-url"),
                                             QStringLiteral("http://127.0.0.1:8765")}
                              << QStringLiteral("http://127.0.0.1:8765/oauth/authorize?response_type=code"
                                                "&client_id=abc&approval_prompt=auto&mode=live");
    QTest::newRow("base url with trailing slash")
        << QStringList{QStringLiteral("--client-id"), QStringLiteral("abc"),
                       QStringLiteral("--base-url=http://"
                                      "127.0.0.1:8765/")}
        << QStringLiteral("http://127.0.0.1:8765/oauth/authorize?response_type=code&client_id=abc"
                          "&approval_prompt=auto&mode=live");
    QTest::newRow("value that looks like an option")
        << QStringList{QStringLiteral("--client-id"), QStringLiteral("abc"), QStringLiteral("--state"),
                       QStringLiteral("--json-ish")}
        << authorize + QStringLiteral("response_type=code&client_id=abc"
                                      "&state=--json-ish&approval_prompt=auto"
                                      "&mode=live");
    QTest::newRow("value starting with -- after =")
        << QStringList{QStringLiteral("--client-id"), QStringLiteral("abc"), QStringLiteral("--state=--json")}
        << authorize +
               QStringLiteral("response_type=code&client_id=abc&state=--json&approval_prompt=auto&mode=live");
}

void TestCli::builtLink()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, url);

    // Plain: exactly one line, the link.
    const Run plain = run(QStringList{QStringLiteral("build")} + arguments);
    QCOMPARE(plain.exitStatus, QProcess::NormalExit);
    QCOMPARE(QString::fromUtf8(plain.out), url + u'\n');

    // JSON: the same link, and reading it back gives the values that were put in.
    const QJsonObject json = runJson(QStringList{QStringLiteral("build")} + arguments);
    QCOMPARE(json.value(QLatin1StringView("url")).toString(), url);
    const QJsonObject parsed = runJson({QStringLiteral("parse"), url});
    QCOMPARE(paramsOf(parsed), paramsOf(json));
    const QString state = arguments.contains(QStringLiteral("--state"))
                              ? arguments.at(arguments.indexOf(QStringLiteral("--state")) + 1)
                              : QString();
    if (!state.isEmpty())
        QVERIFY(paramsOf(parsed).contains(qMakePair(QStringLiteral("state"), state)));
}

void TestCli::diagnosticOnField_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("severity");
    QTest::addColumn<QString>("code");

    const QStringList validate{QStringLiteral("validate")};
    QTest::newRow("client_id missing")
        << QStringList{QStringLiteral("validate"), QStringLiteral("--state"), QStringLiteral("x")}
        << QStringLiteral("client_id") << QStringLiteral("error") << QStringLiteral("client-id-missing");
    QTest::newRow("wrong check digit") << (validate + validOptions() + "--single-select" + "true" +
                                           "--single-select-vin" + BadVin.toUtf8().constData())
                                       << QStringLiteral("single_select_vin") << QStringLiteral("error")
                                       << QStringLiteral("vin-check-digit");
    QTest::newRow("VIN needs single_select")
        << (validate + validOptions() + "--single-select-vin" + ValidVin.toUtf8().constData())
        << QStringLiteral("single_select_vin") << QStringLiteral("error")
        << QStringLiteral("vin-needs-single-select");
    QTest::newRow("test mode deprecated")
        << (validate + validOptions() + "--mode" + "test") << QStringLiteral("mode")
        << QStringLiteral("warning") << QStringLiteral("mode-test-deprecated");
    QTest::newRow("no scope") << QStringList{QStringLiteral("validate"), QStringLiteral("--client-id"),
                                             ClientId}
                              << QStringLiteral("scope") << QStringLiteral("warning")
                              << QStringLiteral("scope-missing");
    QTest::newRow("no state") << QStringList{QStringLiteral("validate"), QStringLiteral("--client-id"),
                                             ClientId}
                              << QStringLiteral("state") << QStringLiteral("warning")
                              << QStringLiteral("state-missing");
    QTest::newRow("country invalid") << (validate + validOptions() + "--country" + "ZZ")
                                     << QStringLiteral("flags.country") << QStringLiteral("error")
                                     << QStringLiteral("flag-country-invalid");
    QTest::newRow("flag malformed") << (validate + validOptions() + "--flag" + "nocolon")
                                    << QStringLiteral("flags") << QStringLiteral("error")
                                    << QStringLiteral("flag-malformed");
    QTest::newRow("unknown extra parameter")
        << (validate + validOptions() + "--param" + "colour=red") << QStringLiteral("colour")
        << QStringLiteral("warning") << QStringLiteral("unknown-parameter");
    QTest::newRow("relative redirect in a parsed link")
        << QStringList{QStringLiteral("validate"), RubyUrl} << QStringLiteral("redirect_uri")
        << QStringLiteral("error") << QStringLiteral("redirect-uri-not-absolute");
}

void TestCli::diagnosticOnField()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, field);
    QFETCH(QString, severity);
    QFETCH(QString, code);

    const QJsonObject json = runJson(arguments);
    QVERIFY2(codesOf(json).contains(code), qPrintable(codesOf(json).join(u' ')));
    bool found = false;
    for (const QJsonValue &value : json.value(QLatin1StringView("diagnostics")).toArray()) {
        const QJsonObject diagnostic = value.toObject();
        if (diagnostic.value(QLatin1StringView("code")).toString() != code)
            continue;
        found = true;
        QCOMPARE(diagnostic.value(QLatin1StringView("field")).toString(), field);
        QCOMPARE(diagnostic.value(QLatin1StringView("severity")).toString(), severity);
    }
    QVERIFY(found);

    // The plain output names the same finding on one line.
    const Run plain = run(arguments);
    const QString text = QString::fromUtf8(plain.out);
    QVERIFY2(QRegularExpression(QStringLiteral("(^|\\n)%1 +%2 +%3 ")
                                    .arg(QRegularExpression::escape(severity),
                                         QRegularExpression::escape(field), QRegularExpression::escape(code)))
                 .match(text)
                 .hasMatch(),
             qPrintable(text));
}

void TestCli::paramAndFlag_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("expected"); // name=value, in link order, after client_id etc.

    QTest::newRow("extra params appended in order")
        << QStringList{QStringLiteral("--param"), QStringLiteral("external_id=42"), QStringLiteral("--param"),
                       QStringLiteral("app_origin=https://a.example")}
        << QStringList{QStringLiteral("external_id=42"), QStringLiteral("app_origin=https://a.example")};
    QTest::newRow("param value keeps its own =")
        << QStringList{QStringLiteral("--param"), QStringLiteral("x=a=b&c")}
        << QStringList{QStringLiteral("x=a=b&c")};
    QTest::newRow("param with empty value")
        << QStringList{QStringLiteral("--param"), QStringLiteral("x=")} << QStringList{QStringLiteral("x=")};
    QTest::newRow("user as its own parameter")
        << QStringList{QStringLiteral("--param"), QStringLiteral("user=u-1")}
        << QStringList{QStringLiteral("user=u-1")};
    QTest::newRow("flags repeatable") << QStringList{QStringLiteral("--flag"), QStringLiteral("country:DE"),
                                                     QStringLiteral("--flag"), QStringLiteral("beta:on")}
                                      << QStringList{QStringLiteral("flags=country:DE beta:on")};
    QTest::newRow("country and user shortcuts")
        << QStringList{QStringLiteral("--user"), QStringLiteral("u-1"), QStringLiteral("--country"),
                       QStringLiteral("CA")}
        << QStringList{QStringLiteral("flags=country:CA user:u-1")};
    QTest::newRow("--country wins over --flag country")
        << QStringList{QStringLiteral("--flag"), QStringLiteral("country:DE"), QStringLiteral("--country"),
                       QStringLiteral("FR")}
        << QStringList{QStringLiteral("flags=country:FR")};
    QTest::newRow("flags then extras")
        << QStringList{QStringLiteral("--param"), QStringLiteral("external_id=7"), QStringLiteral("--flag"),
                       QStringLiteral("country:US")}
        << QStringList{QStringLiteral("flags=country:US"), QStringLiteral("external_id=7")};
}

void TestCli::paramAndFlag()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, expected);
    const QJsonObject json =
        runJson(QStringList{QStringLiteral("build"), QStringLiteral("--client-id"), QStringLiteral("abc")} +
                arguments);
    const QList<QPair<QString, QString>> params = paramsOf(json);
    const QList<QPair<QString, QString>> base =
        pairs({QStringLiteral("response_type=code"), QStringLiteral("client_id=abc"),
               QStringLiteral("approval_prompt=auto"), QStringLiteral("mode=live")});
    QCOMPARE(params, base + pairs(expected));
}

void TestCli::profileWithOverrides_data()
{
    QTest::addColumn<QStringList>("overrides");
    QTest::addColumn<QStringList>("expected");

    const QString prefix = QStringLiteral("response_type=code");
    QTest::newRow("profile alone") << QStringList{}
                                   << QStringList{prefix,
                                                  QStringLiteral("client_id=from-profile"),
                                                  QStringLiteral("redirect_uri=https://p.example/cb"),
                                                  QStringLiteral("scope=read_vin read_fuel"),
                                                  QStringLiteral("state=profilestate"),
                                                  QStringLiteral("approval_prompt=force"),
                                                  QStringLiteral("mode=simulated"),
                                                  QStringLiteral("flags=country:DE"),
                                                  QStringLiteral("external_id=p1")};
    QTest::newRow("options override")
        << QStringList{QStringLiteral("--client-id"),   QStringLiteral("from-cli"), QStringLiteral("--scope"),
                       QStringLiteral("read_odometer"), QStringLiteral("--mode"),   QStringLiteral("live"),
                       QStringLiteral("--country"),     QStringLiteral("FR"),       QStringLiteral("--param"),
                       QStringLiteral("external_id=c1")}
        << QStringList{prefix,
                       QStringLiteral("client_id=from-cli"),
                       QStringLiteral("redirect_uri=https://p.example/cb"),
                       QStringLiteral("scope=read_odometer"),
                       QStringLiteral("state=profilestate"),
                       QStringLiteral("approval_prompt=force"),
                       QStringLiteral("mode=live"),
                       QStringLiteral("flags=country:FR"),
                       QStringLiteral("external_id=c1")};
    QTest::newRow("empty option clears")
        << QStringList{QStringLiteral("--state"), QString(), QStringLiteral("--country"), QString()}
        << QStringList{prefix,
                       QStringLiteral("client_id=from-profile"),
                       QStringLiteral("redirect_uri=https://p.example/cb"),
                       QStringLiteral("scope=read_vin read_fuel"),
                       QStringLiteral("approval_prompt=force"),
                       QStringLiteral("mode=simulated"),
                       QStringLiteral("external_id=p1")};
}

void TestCli::profileWithOverrides()
{
    QFETCH(QStringList, overrides);
    QFETCH(QStringList, expected);

    Profile profile;
    profile.name = QStringLiteral("cli test");
    profile.request.clientId = QStringLiteral("from-profile");
    profile.request.redirectUri = QStringLiteral("https://p.example/cb");
    profile.request.setScopeString(QStringLiteral("read_vin read_fuel"));
    profile.request.state = QStringLiteral("profilestate");
    profile.request.approvalPrompt = QStringLiteral("force");
    profile.request.mode = QStringLiteral("simulated");
    profile.request.setCountry(QStringLiteral("DE"));
    profile.request.extras.append({QStringLiteral("external_id"), QStringLiteral("p1")});
    const QString path = m_dir.filePath(QStringLiteral("profiles/work.json"));
    QString error;
    QVERIFY2(profile.save(path, &error), qPrintable(error));

    const QJsonObject json =
        runJson(QStringList{QStringLiteral("build"), QStringLiteral("--profile"), path} + overrides);
    QCOMPARE(paramsOf(json), pairs(expected));
}

void TestCli::sdkLinks_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("node") << NodeUrl
                          << QStringList{QStringLiteral("response_type=code"),
                                         QStringLiteral("client_id=4cf82729-4275-46d9-9255-8437ba777151"),
                                         QStringLiteral("approval_prompt=force"),
                                         QStringLiteral("redirect_uri=https://insurance.co/callback"),
                                         QStringLiteral("scope=read_odometer read_vehicle_info"),
                                         QStringLiteral("state=fakestate"),
                                         QStringLiteral("mode=live")};
    QTest::newRow("go") << GoUrl
                        << QStringList{QStringLiteral("approval_prompt=force"),
                                       QStringLiteral("client_id=client-id"),
                                       QStringLiteral("flags=country:DE"),
                                       QStringLiteral("make=TESLA"),
                                       QStringLiteral("redirect_uri=https://example.com"),
                                       QStringLiteral("response_type=code"),
                                       QStringLiteral("scope=read_odometer read_vin"),
                                       QStringLiteral("single_select=true"),
                                       QStringLiteral("single_select_vin=123456789901234567"),
                                       QStringLiteral("state=state")};
    QTest::newRow("ios") << IosUrl
                         << QStringList{QStringLiteral("application_id=ID"),
                                        QStringLiteral("response_type=code"),
                                        QStringLiteral("mode=simulated"),
                                        QStringLiteral("sdk_platform=iOS"),
                                        QStringLiteral("sdk_version=6.4.0"),
                                        QStringLiteral("redirect_uri=scTesting://exchange"),
                                        QStringLiteral("scope=read_vehicle_info read_odometer"),
                                        QStringLiteral("state=S"),
                                        QStringLiteral("approval_prompt=force"),
                                        QStringLiteral("make=TESLA"),
                                        QStringLiteral("single_select=true"),
                                        QStringLiteral("single_select_vin=12345678901234567"),
                                        QStringLiteral("flags=country:DE flag:suboption"),
                                        QStringLiteral("user=a60d61bb-3f7b-49bd-b7ec-bf1d87db0e47")};
    QTest::newRow("android") << AndroidUrl
                             << QStringList{QStringLiteral("response_type=code"),
                                            QStringLiteral("client_id=client123"),
                                            QStringLiteral("redirect_uri=scclient123://test"),
                                            QStringLiteral("mode=live"),
                                            QStringLiteral("scope=read_odometer read_vin"),
                                            QStringLiteral("approval_prompt=force"),
                                            QStringLiteral("make=BMW"),
                                            QStringLiteral("state=some state"),
                                            QStringLiteral("single_select=true"),
                                            QStringLiteral("single_select_vin=1234567890ABCDEFG"),
                                            QStringLiteral("flags=flag:suboption feature3"),
                                            QStringLiteral("user=e9b24987-52e8-4d40-8417-bfa4402c9e16")};
    QTest::newRow("ruby") << RubyUrl
                          << QStringList{QStringLiteral("client_id=SMARTCAR_CLIENT_ID"),
                                         QStringLiteral("mode=live"), QStringLiteral("redirect_uri=test_url"),
                                         QStringLiteral("response_type=code"),
                                         QStringLiteral("scope=testing1 testing2")};
    QTest::newRow("duplicates kept, fragment ignored")
        << QStringLiteral("?client_id=a&state=one&state=two#state=three")
        << QStringList{QStringLiteral("client_id=a"), QStringLiteral("state=one"),
                       QStringLiteral("state=two")};
}

void TestCli::sdkLinks()
{
    QFETCH(QString, url);
    QFETCH(QStringList, expected);

    const QJsonObject json = runJson({QStringLiteral("parse"), url});
    QCOMPARE(json.value(QLatin1StringView("url")).toString(), url);
    QCOMPARE(paramsOf(json), pairs(expected));

    // The plain listing: one "name  value" line per parameter, in the same order.
    const Run plain = run({QStringLiteral("parse"), url});
    const QStringList lines = QString::fromUtf8(plain.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), expected.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const auto [name, value] = pairs(expected).at(i);
        QVERIFY2(lines.at(i).startsWith(name + u' ') && lines.at(i).endsWith(u' ' + value),
                 qPrintable(lines.at(i)));
    }
}

void TestCli::standardInput()
{
    for (const QString &command :
         {QStringLiteral("parse"), QStringLiteral("validate"), QStringLiteral("explain")}) {
        const Run fromArgument = run({command, NodeUrl});
        const Run fromStdin = run({command, QStringLiteral("-")}, NodeUrl.toUtf8() + "\n");
        QCOMPARE(fromStdin.exitCode, fromArgument.exitCode);
        QCOMPARE(fromStdin.out, fromArgument.out);
    }
    // "--" ends the options; "-" after it still means stdin.
    const Run afterDashes =
        run({QStringLiteral("parse"), QStringLiteral("--json"), QStringLiteral("--"), QStringLiteral("-")},
            GoUrl.toUtf8());
    QCOMPARE(afterDashes.exitCode, 1);
    QVERIFY(afterDashes.out.contains("\"single_select_vin\""));
    // Empty standard input is unreadable input.
    const Run empty = run({QStringLiteral("parse"), QStringLiteral("-")});
    QCOMPARE(empty.exitCode, 2);
    QVERIFY(!empty.err.isEmpty());
}

void TestCli::garbage_data()
{
    QTest::addColumn<QByteArray>("input");

    QRandomGenerator random(20240611);
    QByteArray binary(4096, Qt::Uninitialized);
    for (char &byte : binary)
        byte = char(random.bounded(256));
    QTest::newRow("binary bytes") << binary;
    static constexpr char controls[] = "client_id=a\0b&state=\x1b[31mred\x07&x=\xff\xfe";
    QTest::newRow("NUL and escapes") << QByteArray(controls, sizeof controls - 1);
    QTest::newRow("100 KB of parameters") << QByteArray("a=b&").repeated(25'600);
    QTest::newRow("100 KB single value") << QByteArray("client_id=") + QByteArray(100 * 1024, 'x');
    QTest::newRow("100 KB of percent signs") << QByteArray("state=") + QByteArray(100 * 1024, '%');
    QTest::newRow("bad percent sequences") << QByteArray("client_id=%zz%4&scope=%E2%82&state=%");
    QTest::newRow("only separators") << QByteArray("?&&&==&");
    QTest::newRow("only whitespace") << QByteArray(" \n\t ");
    QTest::newRow("empty") << QByteArray();
}

void TestCli::garbage()
{
    QFETCH(QByteArray, input);
    // Through standard input, and as the argument itself (an argument cannot hold a NUL byte).
    const bool asArgument = !input.contains('\0') && !input.isEmpty();
    for (const QString &command :
         {QStringLiteral("parse"), QStringLiteral("validate"), QStringLiteral("explain")}) {
        for (const int variant : {0, 1, 2, 3}) {
            const bool json = variant % 2 == 1;
            const bool argument = variant >= 2;
            if (argument && !asArgument)
                continue;
            QStringList arguments{command, argument ? QString::fromUtf8(input) : QStringLiteral("-")};
            if (json)
                arguments.append(QStringLiteral("--json"));
            QElapsedTimer timer;
            timer.start();
            const Run result = run(arguments, argument ? QByteArray() : input);
            QCOMPARE(result.exitStatus, QProcess::NormalExit);
            QVERIFY2(result.exitCode >= 0 && result.exitCode <= 2,
                     qPrintable(QStringLiteral("%1: exit %2").arg(command).arg(result.exitCode)));
            QVERIFY2(timer.elapsed() < 10000, "slow on garbage");
            if (result.exitCode == 2) {
                QVERIFY(!result.err.isEmpty());
                QVERIFY(result.out.isEmpty());
            } else if (json) {
                const QJsonDocument document = QJsonDocument::fromJson(result.out);
                QVERIFY(document.isObject());
                QCOMPARE(document.object().value(QLatin1StringView("valid")).toBool(), result.exitCode == 0);
            } else {
                // No raw control character reaches the terminal.
                for (const char c : result.out)
                    QVERIFY2(c == '\n' || static_cast<unsigned char>(c) >= 0x20, "raw control character");
            }
        }
    }
}

void TestCli::validateText()
{
    const Run result = run(QStringList{QStringLiteral("validate")} + validOptions() + "--single-select" +
                           "true" + "--single-select-vin" + BadVin.toUtf8().constData() + "--mode" + "test");
    QCOMPARE(result.exitCode, 0); // test mode: any 17 alphanumerics pass, but test is deprecated
    QStringList lines = QString::fromUtf8(result.out).split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(lines.size() >= 2);
    QVERIFY2(lines.constLast().contains(QStringLiteral("0 errors")), qPrintable(lines.constLast()));
    QVERIFY(lines.constLast().contains(QStringLiteral("valid")));

    const Run bad = run(QStringList{QStringLiteral("validate")} + validOptions() + "--single-select" +
                        "true" + "--single-select-vin" + BadVin.toUtf8().constData());
    QCOMPARE(bad.exitCode, 1);
    lines = QString::fromUtf8(bad.out).split(u'\n', Qt::SkipEmptyParts);
    const QString summary = lines.takeLast();
    QVERIFY2(summary.contains(QStringLiteral("1 error")) && summary.contains(QStringLiteral("errors.")),
             qPrintable(summary));
    // "error   single_select_vin  vin-check-digit  The check digit …": columns aligned, errors first.
    const QRegularExpression line(QStringLiteral("^(error|warning|info) +(\\S+) +(\\S+) +(\\S.*)$"));
    qsizetype fieldColumn = -1;
    for (const QString &text : std::as_const(lines)) {
        const QRegularExpressionMatch match = line.match(text);
        QVERIFY2(match.hasMatch(), qPrintable(text));
        if (fieldColumn < 0)
            fieldColumn = match.capturedStart(2);
        QCOMPARE(match.capturedStart(2), fieldColumn);
    }
    QVERIFY(lines.constFirst().startsWith(QStringLiteral("error   single_select_vin  ")));
    QVERIFY(lines.constFirst().contains(QStringLiteral("check digit")));

    const Run clean = run({QStringLiteral("validate"), NodeUrl});
    QCOMPARE(clean.exitCode, 0);
    QCOMPARE(clean.out, QByteArray("No problems found: the link is valid.\n"));
}

void TestCli::explainTable()
{
    const Run result = run({QStringLiteral("explain"), RubyUrl});
    QCOMPARE(result.exitCode, 1);
    const QString text = QString::fromUtf8(result.out);
    QVERIFY(text.contains(QStringLiteral("PARAMETER")));
    QVERIFY(text.contains(QStringLiteral("WHAT IT DOES")));
    const Catalog &catalog = Catalog::instance();
    const QStringList lines = text.split(u'\n');
    // Each parameter starts a row with its value, and the catalog's words for it follow.
    for (const auto &[name, value] :
         pairs({QStringLiteral("client_id=SMARTCAR_CLIENT_ID"), QStringLiteral("mode=live"),
                QStringLiteral("redirect_uri=test_url")})) {
        const auto row = std::find_if(lines.cbegin(), lines.cend(), [&](const QString &l) {
            return l.startsWith(name + u' ') && l.contains(value);
        });
        QVERIFY2(row != lines.cend(), qPrintable(name));
        const ParameterInfo *info = catalog.parameter(name);
        QVERIFY(info);
        const QString firstWords = info->description.section(u' ', 0, 1);
        QVERIFY2(row->contains(firstWords), qPrintable(*row));
    }
    // The redirect_uri error is listed under its row, before the next parameter's row.
    const qsizetype redirectRow = text.indexOf(QStringLiteral("\nredirect_uri "));
    const qsizetype responseRow = text.indexOf(QStringLiteral("\nresponse_type "));
    const qsizetype redirectError = text.indexOf(QStringLiteral("error    redirect-uri"));
    QVERIFY(redirectRow >= 0 && responseRow > redirectRow);
    QVERIFY2(redirectError > redirectRow && redirectError < responseRow, qPrintable(text));
    // A parameter left out is named with the default that applies instead.
    QVERIFY(text.contains(QStringLiteral("Not in the link")));
    QVERIFY(text.contains(QStringLiteral("\nstate ")));
    // Names of absent parameters are never cut in two, however short the link's own names are.
    const Run shortNames = run({QStringLiteral("explain"), QStringLiteral("client_id=abc&scope=read_vin")});
    const QRegularExpression absentRow(QStringLiteral("^approval_prompt +not set \\(default: auto\\)\\.$"),
                                       QRegularExpression::MultilineOption);
    QVERIFY2(absentRow.match(QString::fromUtf8(shortNames.out)).hasMatch(), shortNames.out.constData());
    // The summary is the last line.
    const QString summary = text.trimmed().section(u'\n', -1);
    QVERIFY2(summary.startsWith(QStringLiteral("5 parameters; 3 errors")), qPrintable(summary));
    // No line is wider than the table.
    for (const QString &l : lines)
        QVERIFY2(l.size() <= 100, qPrintable(l));
}

void TestCli::state()
{
    const QRegularExpression urlSafe(QStringLiteral("^[A-Za-z0-9_-]{22,}\n$"));
    QSet<QByteArray> seen;
    for (int i = 0; i < 3; ++i) {
        const Run result = run({QStringLiteral("state")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(urlSafe.match(QString::fromLatin1(result.out)).hasMatch(), result.out.constData());
        QVERIFY(!seen.contains(result.out));
        seen.insert(result.out);
    }
    const QJsonObject json = runJson({QStringLiteral("state")});
    QVERIFY(json.value(QLatin1StringView("state")).toString().size() >= 22);
}

void TestCli::help_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("mentions");

    const QStringList commands{QStringLiteral("build"), QStringLiteral("parse"), QStringLiteral("validate"),
                               QStringLiteral("explain"), QStringLiteral("state")};
    QTest::newRow("--help") << QStringList{QStringLiteral("--help")}
                            << commands + "Examples:" + "Exit status";
    QTest::newRow("-h") << QStringList{QStringLiteral("-h")} << commands;
    QTest::newRow("help") << QStringList{QStringLiteral("help")} << commands;
    const QStringList linkOptions{QStringLiteral("--client-id ID"),
                                  QStringLiteral("--redirect-uri URI"),
                                  QStringLiteral("--response-type"),
                                  QStringLiteral("--vehicle-id ID"),
                                  QStringLiteral("--scope"),
                                  QStringLiteral("--state STATE"),
                                  QStringLiteral("--approval-prompt"),
                                  QStringLiteral("--mode"),
                                  QStringLiteral("--make MAKE"),
                                  QStringLiteral("--single-select[=true|false]"),
                                  QStringLiteral("--single-select-vin VIN"),
                                  QStringLiteral("--flag NAME:VALUE"),
                                  QStringLiteral("--country CC"),
                                  QStringLiteral("--user ID"),
                                  QStringLiteral("--param NAME=VALUE"),
                                  QStringLiteral("--base-url URL"),
                                  QStringLiteral("--profile FILE"),
                                  QStringLiteral("--json")};
    QTest::newRow("build --help") << QStringList{QStringLiteral("build"), QStringLiteral("--help")}
                                  << linkOptions + "Usage: connectlab-cli build" + "Examples:";
    QTest::newRow("validate -h") << QStringList{QStringLiteral("validate"), QStringLiteral("-h")}
                                 << linkOptions + "Usage: connectlab-cli validate URL" + "Examples:";
    QTest::newRow("explain --help") << QStringList{QStringLiteral("explain"), QStringLiteral("--help")}
                                    << linkOptions + "Usage: connectlab-cli explain" + "Examples:";
    QTest::newRow("parse --help") << QStringList{QStringLiteral("parse"), QStringLiteral("--help")}
                                  << QStringList{QStringLiteral("Usage: connectlab-cli parse URL"),
                                                 QStringLiteral("--json"), QStringLiteral("Examples:"),
                                                 QStringLiteral("standard input")};
    QTest::newRow("state --help") << QStringList{QStringLiteral("state"), QStringLiteral("--help")}
                                  << QStringList{QStringLiteral("Usage: connectlab-cli state"),
                                                 QStringLiteral("Examples:")};
    QTest::newRow("help parse") << QStringList{QStringLiteral("help"), QStringLiteral("parse")}
                                << QStringList{QStringLiteral("Usage: connectlab-cli parse URL")};
    QTest::newRow("--help wins over errors")
        << QStringList{QStringLiteral("build"), QStringLiteral("--bogus"), QStringLiteral("--help")}
        << QStringList{QStringLiteral("Usage: connectlab-cli build")};
}

void TestCli::help()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, mentions);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.err.isEmpty());
    const QString text = QString::fromUtf8(result.out);
    for (const QString &mention : mentions)
        QVERIFY2(text.contains(mention), qPrintable(mention));
    for (const QString &line : text.split(u'\n'))
        QVERIFY2(line.size() <= 110 || line.startsWith(QStringLiteral("  connectlab-cli ")),
                 qPrintable(line));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
