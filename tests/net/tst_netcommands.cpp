// connectlab-cli exchange / vehicles, run through QProcess against a sandbox in this process.
#include "CliRunner.h"
#include "SandboxFixture.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

using namespace connectlab;
using connectlab::test::CliRunner;
using connectlab::test::SandboxFixture;

namespace {

const QString DemoId = SandboxFixture::demoId();
const QString DemoSecret = SandboxFixture::demoSecret();
const QString DemoRedirect = SandboxFixture::demoRedirect();
const QString SecretVar = QStringLiteral("CONNECTLAB_TEST_SECRET");
const QString TokenVar = QStringLiteral("CONNECTLAB_TEST_TOKEN");

QJsonObject parseJson(const QByteArray &out)
{
    return QJsonDocument::fromJson(out.trimmed()).object();
}

} // namespace

class TestNetCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void help();
    void exchangeJson();
    void exchangeText();
    void exchangeRefused_data();
    void exchangeRefused();
    void usageErrors_data();
    void usageErrors();
    void vehiclesJson();
    void vehiclesText();
    void vehiclesRefused();

private:
    CliRunner::Result cli(const QStringList &arguments, const QHash<QString, QString> &environment = {});
    QString code(const QString &login = QStringLiteral("driver@example.com"))
    {
        return m_sandbox.code(login);
    }
    QString accessToken(const QString &login) { return m_sandbox.tokens(login).accessToken; }
    QString base() const { return m_sandbox.baseUrl().toString(); }

    SandboxFixture m_sandbox;
};

void TestNetCommands::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFileInfo::exists(QStringLiteral(CONNECTLAB_CLI_PATH)), CONNECTLAB_CLI_PATH);
}

void TestNetCommands::init()
{
    QVERIFY(m_sandbox.start());
}

void TestNetCommands::cleanup()
{
    m_sandbox.stop();
}

CliRunner::Result TestNetCommands::cli(const QStringList &arguments,
                                       const QHash<QString, QString> &environment)
{
    return CliRunner::run(QStringLiteral(CONNECTLAB_CLI_PATH), arguments, environment);
}

void TestNetCommands::help()
{
    const auto overview = cli({QStringLiteral("--help")});
    QCOMPARE(overview.exitCode, 0);
    QVERIFY(overview.out.contains("exchange"));
    QVERIFY(overview.out.contains("vehicles"));
    const auto exchange = cli({QStringLiteral("exchange"), QStringLiteral("--help")});
    QCOMPARE(exchange.exitCode, 0);
    QVERIFY(exchange.out.contains("--client-secret-env VAR"));
    QVERIFY(exchange.out.contains("--base-url URL"));
}

void TestNetCommands::exchangeJson()
{
    const QString c = code();
    QVERIFY(!c.isEmpty());
    const auto run =
        cli({QStringLiteral("exchange"), QStringLiteral("--code"), c, QStringLiteral("--client-id"), DemoId,
             QStringLiteral("--client-secret-env"), SecretVar, QStringLiteral("--redirect-uri"), DemoRedirect,
             QStringLiteral("--base-url"), base(), QStringLiteral("--json")},
            {{SecretVar, DemoSecret}});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject reply = parseJson(run.out);
    QCOMPARE(reply.keys(), (QStringList{"access_token", "expires_in", "refresh_token", "token_type"}));
    QVERIFY(!reply.value(QLatin1String("access_token")).toString().isEmpty());
    QVERIFY(!reply.value(QLatin1String("refresh_token")).toString().isEmpty());
    QCOMPARE(reply.value(QLatin1String("expires_in")).toInt(), 7200);
    QCOMPARE(reply.value(QLatin1String("token_type")).toString(), QStringLiteral("Bearer"));
    QVERIFY(!run.out.contains(DemoSecret.toUtf8()));
    QVERIFY(!run.err.contains(DemoSecret.toUtf8()));

    // The tokens work: the vehicles command lists the granted vehicle with them.
    const auto vehicles = cli({QStringLiteral("vehicles"), QStringLiteral("--token-env"), TokenVar,
                               QStringLiteral("--base-url"), base(), QStringLiteral("--json")},
                              {{TokenVar, reply.value(QLatin1String("access_token")).toString()}});
    QVERIFY2(vehicles.exitCode == 0, vehicles.err.constData());
    QCOMPARE(parseJson(vehicles.out).value(QLatin1String("vehicles")).toArray().size(), 1);
}

void TestNetCommands::exchangeText()
{
    const auto run =
        cli({QStringLiteral("exchange"), QStringLiteral("--code"), code(), QStringLiteral("--client-id"),
             DemoId, QStringLiteral("--client-secret-env"), SecretVar, QStringLiteral("--redirect-uri"),
             DemoRedirect, QStringLiteral("--base-url"), base()},
            {{SecretVar, DemoSecret}});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.startsWith("access_token   "));
    QVERIFY(run.out.contains("\ntoken_type     Bearer\n"));
    QVERIFY(run.out.contains("\nexpires_in     7200 (until "));
}

void TestNetCommands::exchangeRefused_data()
{
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("redirectUri");
    QTest::addColumn<bool>("reuse");
    QTest::addColumn<bool>("unreachable");
    QTest::addColumn<QString>("error");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("stderrSays");

    QTest::newRow("wrong secret") << "wrong" << DemoRedirect << false << false << "invalid_client" << 401
                                  << "client id or client secret is wrong";
    QTest::newRow("redirect mismatch") << DemoSecret << "http://localhost:8000/x" << false << false
                                       << "invalid_grant" << 400 << "redirect_uri";
    QTest::newRow("code reused") << DemoSecret << DemoRedirect << true << false << "invalid_grant" << 400
                                 << "works only once";
    QTest::newRow("no redirect_uri") << DemoSecret << "" << false << false << "invalid_request" << 400
                                     << "malformed";
    QTest::newRow("unreachable") << DemoSecret << DemoRedirect << false << true << "network_error" << 0
                                 << "Could not reach 127.0.0.1:";
}

void TestNetCommands::exchangeRefused()
{
    QFETCH(QString, secret);
    QFETCH(QString, redirectUri);
    QFETCH(bool, reuse);
    QFETCH(bool, unreachable);
    QFETCH(QString, error);
    QFETCH(int, status);
    QFETCH(QString, stderrSays);

    QString baseUrl = base();
    if (unreachable) {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        baseUrl = QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort());
    }
    const QString c = code();
    QStringList arguments{QStringLiteral("exchange"),
                          QStringLiteral("--code"),
                          c,
                          QStringLiteral("--client-id"),
                          DemoId,
                          QStringLiteral("--client-secret-env"),
                          SecretVar,
                          QStringLiteral("--base-url"),
                          baseUrl,
                          QStringLiteral("--json")};
    if (!redirectUri.isEmpty())
        arguments << QStringLiteral("--redirect-uri") << redirectUri;
    if (reuse)
        QCOMPARE(cli(arguments, {{SecretVar, secret}}).exitCode, 0);
    const auto run = cli(arguments, {{SecretVar, secret}});
    QCOMPARE(run.exitCode, 1);
    const QJsonObject reply = parseJson(run.out);
    QCOMPARE(reply.value(QLatin1String("error")).toString(), error);
    QCOMPARE(reply.value(QLatin1String("status")).toInt(), status);
    QVERIFY2(run.err.contains(stderrSays.toUtf8()), run.err.constData());
    QVERIFY(!run.out.contains(secret.toUtf8()) || secret == QLatin1String("wrong"));
    QVERIFY(!run.err.contains(DemoSecret.toUtf8()));
}

void TestNetCommands::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("setVariable");
    QTest::addColumn<QString>("says");

    const QStringList exchange{QStringLiteral("exchange"), QStringLiteral("--code"), QStringLiteral("c"),
                               QStringLiteral("--client-id"), DemoId};
    QTest::newRow("variable unset") << (exchange +
                                        QStringList{QStringLiteral("--client-secret-env"), SecretVar})
                                    << false << "is not set";
    QTest::newRow("no secret option") << exchange << true << "--client-secret-env VAR is required";
    QTest::newRow("secret on the command line")
        << (exchange + QStringList{QStringLiteral("--client-secret"), QStringLiteral("s3cret")}) << true
        << "--client-secret is refused";
    QTest::newRow("secret given as the variable name")
        << (exchange +
            QStringList{QStringLiteral("--client-secret-env"), QStringLiteral("sandbox-demo-secret")})
        << true << "NAME of an environment variable";
    QTest::newRow("no code") << QStringList{QStringLiteral("exchange"), QStringLiteral("--client-id"), DemoId,
                                            QStringLiteral("--client-secret-env"), SecretVar}
                             << true << "--code CODE is required";
    QTest::newRow("no client id") << QStringList{QStringLiteral("exchange"), QStringLiteral("--code"),
                                                 QStringLiteral("c"), QStringLiteral("--client-secret-env"),
                                                 SecretVar}
                                  << true << "--client-id ID is required";
    QTest::newRow("bad base URL") << (exchange + QStringList{QStringLiteral("--client-secret-env"), SecretVar,
                                                             QStringLiteral("--base-url"),
                                                             QStringLiteral("ftp://x")})
                                  << true << "--base-url needs an absolute http(s) URL";
    QTest::newRow("vehicles, token unset")
        << QStringList{QStringLiteral("vehicles"), QStringLiteral("--token-env"), TokenVar} << false
        << "is not set";
    QTest::newRow("vehicles, no token option")
        << QStringList{QStringLiteral("vehicles")} << true << "--token-env VAR is required";
}

void TestNetCommands::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, setVariable);
    QFETCH(QString, says);
    QHash<QString, QString> environment{{SecretVar, QString()}, {TokenVar, QString()}}; // removed
    if (setVariable)
        environment = {{SecretVar, DemoSecret}, {TokenVar, QStringLiteral("token")}};
    const auto run = cli(arguments, environment);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(says.toUtf8()), run.err.constData());
    QVERIFY(run.out.isEmpty());
    QCOMPARE(m_sandbox.server().requests().size(), 0); // nothing was sent
}

void TestNetCommands::vehiclesJson()
{
    const QString token = accessToken(QStringLiteral("3-vehicles@smartcar.com"));
    QVERIFY(!token.isEmpty());
    const auto run = cli({QStringLiteral("vehicles"), QStringLiteral("--token-env"), TokenVar,
                          QStringLiteral("--base-url"), base(), QStringLiteral("--json")},
                         {{TokenVar, token}});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject reply = parseJson(run.out);
    QCOMPARE(reply.keys(), QStringList{QStringLiteral("vehicles")});
    const QJsonArray vehicles = reply.value(QLatin1String("vehicles")).toArray();
    QCOMPARE(vehicles.size(), 3);
    for (const QJsonValue &value : vehicles) {
        const QJsonObject v = value.toObject();
        QCOMPARE(v.keys(), (QStringList{"id", "make", "model", "year"}));
        QVERIFY(!v.value(QLatin1String("id")).toString().isEmpty());
        QVERIFY(v.value(QLatin1String("year")).isDouble());
        QVERIFY(v.value(QLatin1String("year")).toInt() > 1990);
    }
    QVERIFY(!run.out.contains(token.toUtf8()));
    QVERIFY(!run.err.contains(token.toUtf8()));
}

void TestNetCommands::vehiclesText()
{
    const QString token = accessToken(QStringLiteral("2-vehicles@smartcar.com"));
    const auto run = cli({QStringLiteral("vehicles"), QStringLiteral("--token-env"), TokenVar,
                          QStringLiteral("--base-url"), base()},
                         {{TokenVar, token}});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.first().startsWith("ID"));
    QVERIFY(lines.first().contains("MAKE"));
    QVERIFY(lines.first().endsWith("YEAR"));
}

void TestNetCommands::vehiclesRefused()
{
    const auto run = cli({QStringLiteral("vehicles"), QStringLiteral("--token-env"), TokenVar,
                          QStringLiteral("--base-url"), base(), QStringLiteral("--json")},
                         {{TokenVar, QStringLiteral("not-a-token")}});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(parseJson(run.out).value(QLatin1String("error")).toString(), QStringLiteral("INVALID_TOKEN"));
    QCOMPARE(parseJson(run.out).value(QLatin1String("status")).toInt(), 401);
    QVERIFY(run.err.contains("access token was refused"));
}

QTEST_GUILESS_MAIN(TestNetCommands)
#include "tst_netcommands.moc"
