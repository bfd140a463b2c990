// The client secret and the tokens never land on disk: run an exchange in the panel and in the CLI with
// HOME, the XDG folders and TMPDIR pointing into one temporary folder, then read every file under it.
#include "CliRunner.h"
#include "FakeHttpServer.h"
#include "SandboxFixture.h"
#include "SecretScan.h"

#include <ExchangePanel.h>

#include <QApplication>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace connectlab;
using connectlab::sandbox::SandboxConfig;
using connectlab::test::CliRunner;
using connectlab::test::SandboxFixture;

namespace {

QString folder(const char *name)
{
    return test::isolatedFolder(name);
}

QString randomSecret()
{
    // '+' and '/' on purpose: they change under form- and base64-encoding if a layer mishandles them.
    return QStringLiteral("Lab+Secret/") + QString::number(QRandomGenerator::system()->generate64(), 36);
}

} // namespace

class TestSecrets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void scannerFindsACanary();
    void nothingOnDisk();
    void nothingOnDiskApiAuthentication();

private:
    // Every file under the temporary root that contains one of `needles` (as text, or Base64 of it).
    static QStringList filesContaining(const QList<QByteArray> &needles);
};

void TestSecrets::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation).startsWith(folder("")));
    QVERIFY(QDir::tempPath().startsWith(folder("tmp")));
}

void TestSecrets::cleanupTestCase()
{
    delete test::isolatedRoot();
    test::isolatedRoot() = nullptr;
}

QStringList TestSecrets::filesContaining(const QList<QByteArray> &needles)
{
    return test::filesContaining(test::isolatedRoot()->path(), needles);
}

void TestSecrets::scannerFindsACanary()
{
    const QByteArray canary = "canary-" + QByteArray::number(QRandomGenerator::system()->generate());
    const QString path = folder("config") + QStringLiteral("/deep/down/.canary");
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("x" + canary.toBase64() + "y");
    file.close();
    QCOMPARE(filesContaining({canary}).size(), 1);
    QVERIFY(QFile::remove(path));
    QVERIFY(filesContaining({canary}).isEmpty());
}

void TestSecrets::nothingOnDisk()
{
    const QString secret = randomSecret();
    const QString clientId = QLatin1String(SandboxConfig::DemoClientId);
    const QString redirect = QLatin1String(SandboxConfig::DemoRedirectUri);
    SandboxConfig config = SandboxConfig::defaults();
    for (auto &app : config.apps) {
        if (app.clientId == clientId)
            app.clientSecret = secret;
    }
    SandboxFixture sandbox;
    QVERIFY(sandbox.start(config));
    QList<QByteArray> needles{secret.toUtf8(), (clientId + u':' + secret).toUtf8()};

    // The panel: type the secret, exchange, list vehicles, refresh, copy, and let settings sync.
    {
        ExchangePanel panel;
        panel.setSecretStore(nullptr); // a keychain is the user's choice; here we check the plain path
        panel.setTarget(sandbox.target(), clientId);
        panel.show();
        const QString code = sandbox.code(QStringLiteral("2-vehicles@smartcar.com"));
        QVERIFY(!code.isEmpty());
        needles.append(code.toUtf8());
        panel.setCode(code, QUrl(redirect));
        QTest::keyClicks(panel.findChild<QLineEdit *>(QStringLiteral("secretEdit")), secret);
        QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("exchangeButton")), Qt::LeftButton);
        QTRY_COMPARE(panel.findChild<QTreeWidget *>(QStringLiteral("vehiclesTree"))->topLevelItemCount(), 2);
        needles << panel.tokens().accessToken.toUtf8() << panel.tokens().refreshToken.toUtf8();
        QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("refreshButton")), Qt::LeftButton);
        QTRY_VERIFY(panel.tokens().accessToken.toUtf8() != needles.at(needles.size() - 2));
        QTRY_VERIFY(!panel.isBusy());
        needles << panel.tokens().accessToken.toUtf8() << panel.tokens().refreshToken.toUtf8();
        QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("copyAccessButton")), Qt::LeftButton);
        QVERIFY(panel.errorText().isEmpty());
        QSettings().sync();
    }

    // The CLI: exchange with the secret from the environment, then list vehicles with the token.
    const QHash<QString, QString> environment{{QStringLiteral("SC_SECRET"), secret},
                                              {QStringLiteral("HOME"), folder("home")},
                                              {QStringLiteral("TMPDIR"), folder("tmp")}};
    const QString code = sandbox.code();
    needles.append(code.toUtf8());
    const auto exchange = CliRunner::run(
        QStringLiteral(CONNECTLAB_CLI_PATH),
        {QStringLiteral("exchange"), QStringLiteral("--code"), code, QStringLiteral("--client-id"), clientId,
         QStringLiteral("--client-secret-env"), QStringLiteral("SC_SECRET"), QStringLiteral("--redirect-uri"),
         redirect, QStringLiteral("--base-url"), sandbox.baseUrl().toString(), QStringLiteral("--json")},
        environment);
    QVERIFY2(exchange.exitCode == 0, exchange.err.constData());
    const QJsonObject tokens = QJsonDocument::fromJson(exchange.out).object();
    needles << tokens.value(QLatin1String("access_token")).toString().toUtf8()
            << tokens.value(QLatin1String("refresh_token")).toString().toUtf8();
    QHash<QString, QString> withToken = environment;
    withToken.insert(QStringLiteral("SC_TOKEN"), tokens.value(QLatin1String("access_token")).toString());
    const auto vehicles =
        CliRunner::run(QStringLiteral(CONNECTLAB_CLI_PATH),
                       {QStringLiteral("vehicles"), QStringLiteral("--token-env"), QStringLiteral("SC_TOKEN"),
                        QStringLiteral("--base-url"), sandbox.baseUrl().toString()},
                       withToken);
    QVERIFY2(vehicles.exitCode == 0, vehicles.err.constData());
    QVERIFY(!exchange.err.contains(secret.toUtf8()));

    for (const QByteArray &needle : std::as_const(needles))
        QVERIFY(needle.size() >= 8);
    const QStringList hits = filesContaining(needles);
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1String(", "))));
}

// API Authentication: the API Client secret and the application token, typed into the Tokens tab and given to
// connectlab-cli token / connections / signals, reach no file either.
void TestSecrets::nothingOnDiskApiAuthentication()
{
    const QString secret = randomSecret();
    const QString appToken =
        QStringLiteral("AppTok+en/") + QString::number(QRandomGenerator::system()->generate64(), 36);
    const QString apiClientId = QLatin1String(SandboxConfig::DemoV3ApiClientId);
    test::FakeHttpServer server;
    QVERIFY(server.start());
    server.setResponseFor(
        "/oauth2/token", 200, "application/json",
        QJsonDocument(QJsonObject{{"access_token", appToken}, {"token_type", "Bearer"}, {"expires_in", 3600}})
            .toJson(QJsonDocument::Compact));
    server.setResponseFor(
        "/v3/connections", 200, "application/json",
        R"({"data":[{"id":"c1","type":"connection","attributes":{"userId":"u1","vehicleId":"v1","mode":"simulated","vehicle":{"make":"TESLA","model":"Model 3","year":2021}}}],"meta":{"paging":{"cursor":null}}})");
    server.setResponseFor(
        "/v3/vehicles/v1/signals", 200, "application/json",
        R"({"data":[{"id":"odometer-traveleddistance","attributes":{"code":"odometer-traveleddistance","body":{"value":1.5,"unit":"km"}}}]})");
    const QList<QByteArray> needles{secret.toUtf8(), appToken.toUtf8()};

    {
        ExchangePanel panel;
        panel.setSecretStore(nullptr);
        panel.setTarget(ApiTarget::singleOrigin(server.baseUrl()),
                        QLatin1String(SandboxConfig::DemoV3ApplicationId));
        panel.show();
        panel.setUserId(QStringLiteral("u1"));
        QTest::keyClicks(panel.findChild<QLineEdit *>(QStringLiteral("apiClientIdEdit")), apiClientId);
        QTest::keyClicks(panel.findChild<QLineEdit *>(QStringLiteral("apiSecretEdit")), secret);
        QTest::keyClick(panel.findChild<QLineEdit *>(QStringLiteral("apiSecretEdit")), Qt::Key_Return);
        QTRY_COMPARE(panel.findChild<QTreeWidget *>(QStringLiteral("connectionsTree"))->topLevelItemCount(),
                     1);
        QTRY_VERIFY(!panel.isBusy());
        QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("readSignalsButton")),
                          Qt::LeftButton);
        QTRY_COMPARE(panel.findChild<QTreeWidget *>(QStringLiteral("signalsTree"))->topLevelItemCount(), 1);
        QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("copyAppTokenButton")),
                          Qt::LeftButton);
        QVERIFY2(panel.errorText().isEmpty(), qPrintable(panel.errorText()));
        QSettings().sync();
    }

    const QHash<QString, QString> environment{{QStringLiteral("SC_API_SECRET"), secret},
                                              {QStringLiteral("SC_APP_TOKEN"), appToken},
                                              {QStringLiteral("HOME"), folder("home")},
                                              {QStringLiteral("TMPDIR"), folder("tmp")}};
    const QString base = server.baseUrl().toString();
    const auto token = CliRunner::run(QStringLiteral(CONNECTLAB_CLI_PATH),
                                      {QStringLiteral("token"), QStringLiteral("--client-id"), apiClientId,
                                       QStringLiteral("--client-secret-env"), QStringLiteral("SC_API_SECRET"),
                                       QStringLiteral("--base-url"), base, QStringLiteral("--json")},
                                      environment);
    QVERIFY2(token.exitCode == 0, token.err.constData());
    QVERIFY(!token.out.contains(secret.toUtf8()));
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("connections"), QStringLiteral("--user-id"), QStringLiteral("u1")},
          QStringList{QStringLiteral("signals"), QStringLiteral("--user-id"), QStringLiteral("u1"),
                      QStringLiteral("--vehicle-id"), QStringLiteral("v1")}}) {
        const auto run = CliRunner::run(QStringLiteral(CONNECTLAB_CLI_PATH),
                                        arguments + QStringList{QStringLiteral("--token-env"),
                                                                QStringLiteral("SC_APP_TOKEN"),
                                                                QStringLiteral("--base-url"), base},
                                        environment);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(!run.out.contains(appToken.toUtf8()));
    }
    const QStringList hits = filesContaining(needles);
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1String(", "))));
}

int main(int argc, char *argv[])
{
    test::isolateHome();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ConnectLab"));
    QApplication::setApplicationName(QStringLiteral("connectlab"));
    TestSecrets test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secrets.moc"
