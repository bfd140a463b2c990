// connectlab-cli webhook challenge / verify: the VERIFY answer and the SC-Signature check a developer
// compares their receiver with. Checked against RFC 4231's HMAC-SHA256 vector (not our own output); exit 0
// answered or valid, 1 invalid, 2 usage; the token comes only from the environment and is never printed.
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString TokenVar = QStringLiteral("CONNECTLAB_TEST_MGMT_TOKEN");
const QByteArray Token = "Jefe"; // RFC 4231 test case 2
const QString Message = QStringLiteral("what do ya want for nothing?");
const QString Hmac = QStringLiteral("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QStringList &arguments, const QByteArray &input = {}, bool withToken = true)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(TokenVar);
    if (withToken)
        env.insert(TokenVar, QString::fromLatin1(Token));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CONNECTLAB_CLI_PATH), QStringList{QStringLiteral("webhook")} + arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(20000))
        qFatal("connectlab-cli did not finish");
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace

class TestWebhookCommands : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString file(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void challenge()
    {
        const Run r = run({QStringLiteral("challenge"), QStringLiteral("--token-env"), TokenVar, Message});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, Hmac.toLatin1() + '\n');
        const Run json = run({QStringLiteral("challenge"), QStringLiteral("--token-env"), TokenVar, Message,
                              QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(json.out).object(),
                 QJsonObject({{QStringLiteral("challenge"), Hmac}}));
    }

    void verify_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("signature");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("explanation");
        QTest::newRow("valid") << Message.toLatin1() << Hmac << 0 << QStringLiteral("SC-Signature matches");
        QTest::newRow("valid, upper case")
            << Message.toLatin1() << Hmac.toUpper() << 0 << QStringLiteral("SC-Signature matches");
        QTest::newRow("one byte changed") << QByteArray("what do ya want for nothing!") << Hmac << 1
                                          << QStringLiteral("No match: the signature is not HMAC-SHA256");
        QTest::newRow("final line break") << Message.toLatin1() + "\n"
                                          << Hmac << 1 << QStringLiteral("without their final line break");
        QTest::newRow("not hex") << Message.toLatin1() << QStringLiteral("sha256=abc") << 1
                                 << QStringLiteral("must be 64 hex digits");
    }
    void verify()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, signature);
        QFETCH(int, exitCode);
        QFETCH(QString, explanation);
        const QString path = file(QStringLiteral("body.bin"), body);
        const Run r = run({QStringLiteral("verify"), QStringLiteral("--token-env"), TokenVar,
                           QStringLiteral("--signature"), signature, QStringLiteral("--body-file"), path});
        QCOMPARE(r.exitCode, exitCode);
        QCOMPARE(r.out, exitCode == 0 ? QByteArray("valid\n") : QByteArray("invalid\n"));
        QVERIFY2(r.err.contains(explanation.toUtf8()), r.err.constData());
        if (exitCode != 0)
            QVERIFY(r.err.contains("expected SC-Signature: "));

        // The same through standard input, as JSON.
        const Run json = run({QStringLiteral("verify"), QStringLiteral("--token-env"), TokenVar,
                              QStringLiteral("--signature"), signature, QStringLiteral("--body-file"),
                              QStringLiteral("-"), QStringLiteral("--json")},
                             body);
        QCOMPARE(json.exitCode, exitCode);
        const QJsonObject o = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(o.value(QLatin1String("valid")).toBool(), exitCode == 0);
        QVERIFY(o.value(QLatin1String("explanation")).toString().contains(explanation));
        QCOMPARE(o.value(QLatin1String("expected")).toString().size(), 64);
    }

    void prettyPrintedBody()
    {
        // Signed as sent (compact), checked on a copy a tool re-formatted: the reason is named.
        const QByteArray compact = R"({"eventId":"e1","eventType":"VEHICLE_STATE"})";
        const Run sign = run({QStringLiteral("challenge"), QStringLiteral("--token-env"), TokenVar,
                              QString::fromLatin1(compact)});
        const QString path = file(QStringLiteral("pretty.json"),
                                  QJsonDocument::fromJson(compact).toJson(QJsonDocument::Indented));
        const Run r = run({QStringLiteral("verify"), QStringLiteral("--token-env"), TokenVar,
                           QStringLiteral("--signature"), QString::fromLatin1(sign.out.trimmed()),
                           QStringLiteral("--body-file"), path});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("it matches this body as compact JSON"), r.err.constData());
    }

    void usage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("withToken");
        QTest::addColumn<QString>("message");
        const QString env = QStringLiteral("--token-env");
        QTest::newRow("no action") << QStringList{env, TokenVar} << true << QStringLiteral("say what to do");
        QTest::newRow("unknown action") << QStringList{QStringLiteral("sign"), env, TokenVar} << true
                                        << QStringLiteral("unknown action 'sign'");
        QTest::newRow("challenge without one") << QStringList{QStringLiteral("challenge"), env, TokenVar}
                                               << true << QStringLiteral("needs the challenge");
        QTest::newRow("token on the command line")
            << QStringList{QStringLiteral("challenge"), QStringLiteral("--token"), QStringLiteral("Jefe"),
                           Message}
            << true << QStringLiteral("--token is refused");
        QTest::newRow("variable not set") << QStringList{QStringLiteral("challenge"), env, TokenVar, Message}
                                          << false << QStringLiteral("is not set or empty");
        QTest::newRow("the secret instead of a name")
            << QStringList{QStringLiteral("challenge"), env, QStringLiteral("abc-123"), Message} << true
            << QStringLiteral("takes the NAME of an environment variable");
        QTest::newRow("no token-env") << QStringList{QStringLiteral("challenge"), Message} << true
                                      << QStringLiteral("--token-env VAR is required");
        QTest::newRow("verify without signature")
            << QStringList{QStringLiteral("verify"), env, TokenVar, QStringLiteral("--body-file"),
                           QStringLiteral("-")}
            << true << QStringLiteral("--signature HEX is required");
        QTest::newRow("verify without body")
            << QStringList{QStringLiteral("verify"), env, TokenVar, QStringLiteral("--signature"), Hmac}
            << true << QStringLiteral("--body-file FILE is required");
        QTest::newRow("verify, no such file") << QStringList{QStringLiteral("verify"),
                                                             env,
                                                             TokenVar,
                                                             QStringLiteral("--signature"),
                                                             Hmac,
                                                             QStringLiteral("--body-file"),
                                                             QStringLiteral("/nonexistent/body.json")}
                                              << true << QStringLiteral("cannot read /nonexistent/body.json");
        QTest::newRow("challenge with verify's options")
            << QStringList{QStringLiteral("challenge"),   env, TokenVar, Message,
                           QStringLiteral("--signature"), Hmac}
            << true << QStringLiteral("belong to webhook verify");
    }
    void usage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, withToken);
        QFETCH(QString, message);
        const Run r = run(arguments, {}, withToken);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void listedInHelp()
    {
        QProcess process;
        process.start(QStringLiteral(CONNECTLAB_CLI_PATH), {QStringLiteral("--help")});
        QVERIFY(process.waitForFinished(20000));
        QVERIFY(process.readAllStandardOutput().contains("webhook"));
        const Run help = run({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("--token-env VAR"));
        QVERIFY(help.out.contains("Exit status: 0 answered, or the signature is valid; 1"));
    }
};

QTEST_GUILESS_MAIN(TestWebhookCommands)
#include "tst_webhookcommands.moc"
