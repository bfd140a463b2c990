// The standalone connectlab-sandbox executable prints the address it serves and answers there.
#include "SecretScan.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

class TestConnectlabSandbox : public QObject
{
    Q_OBJECT

    static QString exe() { return QStringLiteral(CONNECTLAB_SANDBOX_EXE); }

    static QUrl waitForAddress(QProcess &process, QByteArray *printed = nullptr)
    {
        QRegularExpression re(QStringLiteral("serving at (http://127\\.0\\.0\\.1:\\d+)"));
        QByteArray out;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 10000) {
            process.waitForReadyRead(200);
            out += process.readAllStandardOutput();
            const auto m = re.match(QString::fromUtf8(out));
            if (m.hasMatch()) {
                if (printed)
                    *printed = out;
                return QUrl(m.captured(1));
            }
            if (process.state() == QProcess::NotRunning)
                break;
        }
        return {};
    }

    static int status(const QUrl &url)
    {
        QNetworkAccessManager nam;
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *reply = nam.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(5000, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        const int code = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        delete reply;
        return code;
    }

    static QByteArray post(const QUrl &url, const QByteArray &body, int *statusOut)
    {
        QNetworkAccessManager nam;
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/x-www-form-urlencoded"));
        QNetworkReply *reply = nam.post(request, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(5000, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        *statusOut = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray answer = reply->readAll();
        delete reply;
        return answer;
    }

    static int statusWithBasic(const QUrl &url, const QByteArray &userAndPassword)
    {
        QNetworkAccessManager nam;
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Basic " + userAndPassword.toBase64());
        QNetworkReply *reply = nam.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(5000, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        const int code = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        delete reply;
        return code;
    }

    // The v3 app of registersV3AppFromOptions: its secrets live in these variables only.
    static QProcessEnvironment v3Environment(const QString &home)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QA_V3_SECRET_1"), QStringLiteral("qa-v3-secret-one"));
        env.insert(QStringLiteral("QA_V3_SECRET_2"), QStringLiteral("qa-v3-secret-two"));
        env.insert(QStringLiteral("QA_V3_MANAGEMENT"), QStringLiteral("qa-v3-management-token"));
        for (const char *name :
             {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "TMPDIR"})
            env.insert(QString::fromLatin1(name), home);
        return env;
    }
    static QStringList v3Arguments()
    {
        return {QStringLiteral("--v3"),
                QStringLiteral("--application-id"),
                QStringLiteral("3f0c9a8e-5b2d-4c71-9e6a-1d2b3c4d5e6f"),
                QStringLiteral("--api-client-id"),
                QStringLiteral("client_01QAAPP"),
                QStringLiteral("--api-client-secret-env"),
                QStringLiteral("QA_V3_SECRET_1"),
                QStringLiteral("--api-client-secret-env"),
                QStringLiteral("QA_V3_SECRET_2"),
                QStringLiteral("--management-token-env"),
                QStringLiteral("QA_V3_MANAGEMENT"),
                QStringLiteral("--redirect-uri"),
                QStringLiteral("https://qa.example.com/cb"),
                QStringLiteral("--code-alongside")};
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Without options: both demo apps, each with its model, and the v3 endpoints.
    void printsBothDemoApps()
    {
        QProcess process;
        process.start(exe(), {QStringLiteral("--quiet")});
        QByteArray printed;
        QVERIFY(waitForAddress(process, &printed).isValid());
        process.waitForReadyRead(500);
        printed += process.readAllStandardOutput();
        process.kill();
        process.waitForFinished();
        for (const char *line : {"Registered app (per-vehicle tokens, v2: the redirect carries a code)",
                                 "Registered app (API Authentication, v3: the redirect carries user_id)",
                                 "application_id:     5d3b6a0e-2c8f-4b71-9e14-6a7f0c2d9b35",
                                 "api_client_id:      client_01JCONNECTLABDEMO0000000000",
                                 "api_client_secret:  sandbox-demo-v3-secret",
                                 "App token (v3):  http://127.0.0.1:", "/oauth2/token",
                                 "API (v3):        http://127.0.0.1:", "Management API:  http://127.0.0.1:"})
            QVERIFY2(printed.contains(line), line);
    }

    void helpNamesTheV3Options()
    {
        QProcess process;
        process.start(exe(), {QStringLiteral("--help")});
        QVERIFY(process.waitForFinished(10000));
        const QByteArray help = process.readAllStandardOutput();
        for (const char *option :
             {"--v3", "--application-id", "--api-client-id", "--api-client-secret-env",
              "--management-token-env", "--code-alongside", "environment variables only"})
            QVERIFY2(help.contains(option), option);
    }

    // --v3 registers an API Authentication app whose secrets come from the environment; it answers with
    // them, and neither the banner nor any file it writes holds them.
    void registersV3AppFromOptions()
    {
        QTemporaryDir home;
        QProcess process;
        process.setProcessEnvironment(v3Environment(home.path()));
        QStringList args = v3Arguments();
        args.append(QStringLiteral("--quiet"));
        process.start(exe(), args);
        QByteArray printed;
        const QUrl base = waitForAddress(process, &printed);
        QVERIFY2(base.isValid(), process.readAllStandardError().constData());

        QUrl authorize = base;
        authorize.setPath(QStringLiteral("/oauth/authorize"));
        authorize.setQuery(QStringLiteral("response_type=code&client_id=3f0c9a8e-5b2d-4c71-9e6a-1d2b3c4d5e6f"
                                          "&scope=read_odometer"));
        QCOMPARE(status(authorize), 200);
        authorize.setQuery(QStringLiteral("response_type=code&client_id=client_01QAAPP"));
        QCOMPARE(status(authorize), 400); // 400: Invalid parameter client_id
        QUrl token = base;
        token.setPath(QStringLiteral("/oauth2/token"));
        int code = 0;
        const QByteArray answer = post(
            token, "grant_type=client_credentials&client_id=client_01QAAPP&client_secret=qa-v3-secret-two",
            &code);
        QCOMPARE(code, 200);
        QCOMPARE(QJsonDocument::fromJson(answer).object().value(QStringLiteral("expires_in")).toInt(), 3600);
        post(token, "grant_type=client_credentials&client_id=client_01QAAPP&client_secret=wrong", &code);
        QCOMPARE(code, 401);
        QUrl management = base;
        management.setPath(QStringLiteral("/v2.0/management/connections"));
        QCOMPARE(statusWithBasic(management, "default:qa-v3-management-token"), 200);
        QCOMPARE(statusWithBasic(management, "default:qa-v3-secret-one"), 401);

        process.waitForReadyRead(500);
        printed += process.readAllStandardOutput();
        process.kill();
        process.waitForFinished();
        printed += process.readAllStandardOutput() + process.readAllStandardError();
        QVERIFY2(printed.contains("application_id:     3f0c9a8e-5b2d-4c71-9e6a-1d2b3c4d5e6f"),
                 printed.constData());
        QVERIFY(printed.contains("api_client_id:      client_01QAAPP"));
        QVERIFY(printed.contains("api_client_secret:  (2 set, not shown)"));
        QVERIFY(printed.contains("management_token:   (set, not shown)"));
        QVERIFY(printed.contains("the redirect carries user_id and a code"));
        const QList<QByteArray> secrets{"qa-v3-secret-one", "qa-v3-secret-two", "qa-v3-management-token"};
        for (const QByteArray &secret : secrets)
            QVERIFY2(!printed.contains(secret), secret.constData());
        const QStringList hits = connectlab::test::filesContaining(home.path(), secrets);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u'\n')));
    }

    void rejectsBadV3Options_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("says");
        const QStringList all = v3Arguments();
        QTest::newRow("application id without --v3")
            << QStringList{QStringLiteral("--application-id"), QStringLiteral("x")}
            << QByteArray("needs --v3");
        QTest::newRow("secret env without --v3")
            << QStringList{QStringLiteral("--api-client-secret-env"), QStringLiteral("QA_V3_SECRET_1")}
            << QByteArray("needs --v3");
        QTest::newRow("--v3 alone") << QStringList{QStringLiteral("--v3")}
                                    << QByteArray("--api-client-secret-env");
        QStringList unset = all;
        unset[unset.indexOf(QStringLiteral("QA_V3_SECRET_2"))] = QStringLiteral("QA_V3_NOT_SET");
        QTest::newRow("variable not set") << unset << QByteArray("QA_V3_NOT_SET is not set");
        QStringList unsetManagement = all;
        unsetManagement[unsetManagement.indexOf(QStringLiteral("QA_V3_MANAGEMENT"))] =
            QStringLiteral("QA_V3_NOT_SET");
        QTest::newRow("management variable not set") << unsetManagement << QByteArray("QA_V3_NOT_SET");
        QStringList apiIdInLinks = all;
        apiIdInLinks[apiIdInLinks.indexOf(QStringLiteral("--application-id")) + 1] =
            QStringLiteral("client_01QAAPP");
        QTest::newRow("client_ as Application ID") << apiIdInLinks << QByteArray("Application ID");
        QStringList badApiId = all;
        badApiId[badApiId.indexOf(QStringLiteral("client_01QAAPP"))] = QStringLiteral("qa");
        QTest::newRow("API Client ID without client_") << badApiId << QByteArray("client_");
        QStringList four = all;
        for (int i = 0; i < 2; ++i)
            four << QStringLiteral("--api-client-secret-env") << QStringLiteral("QA_V3_SECRET_1");
        QTest::newRow("four secrets") << four << QByteArray("one to three");
        QStringList withClientId = all;
        withClientId << QStringLiteral("--client-id") << QStringLiteral("x");
        QTest::newRow("--v3 with --client-id") << withClientId << QByteArray("--application-id");
    }
    void rejectsBadV3Options()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, says);
        QTemporaryDir home;
        QProcess process;
        process.setProcessEnvironment(v3Environment(home.path()));
        process.start(exe(), args);
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 2);
        const QByteArray err = process.readAllStandardError();
        QVERIFY2(err.contains(says), err.constData());
        QVERIFY(!err.contains("qa-v3-secret"));
    }

    void servesTheDemoApp()
    {
        QProcess process;
        process.start(exe(), {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--quiet")});
        QVERIFY(process.waitForStarted());
        const QUrl base = waitForAddress(process);
        QVERIFY(base.isValid());
        QUrl authorize = base;
        authorize.setPath(QStringLiteral("/oauth/authorize"));
        authorize.setQuery(
            QStringLiteral("response_type=code&client_id=8229df9f-91a0-4ff0-a1ae-a1f38ee24d07"));
        QCOMPARE(status(authorize), 200);
        process.kill();
        process.waitForFinished();
    }

    void registersAppFromOptions()
    {
        QProcess process;
        process.start(exe(),
                      {QStringLiteral("--client-id"), QStringLiteral("qa-app"),
                       QStringLiteral("--client-secret"), QStringLiteral("qa-secret"),
                       QStringLiteral("--redirect-uri"), QStringLiteral("https://qa.example.com/cb"),
                       QStringLiteral("--plan"), QStringLiteral("standard"), QStringLiteral("--quiet")});
        QVERIFY(process.waitForStarted());
        QByteArray printed;
        const QUrl base = waitForAddress(process, &printed);
        QVERIFY(base.isValid());
        QUrl authorize = base;
        authorize.setPath(QStringLiteral("/oauth/authorize"));
        authorize.setQuery(QStringLiteral("response_type=code&client_id=qa-app&scope=read_odometer"));
        QCOMPARE(status(authorize), 200);
        authorize.setQuery(QStringLiteral("response_type=code&client_id=qa-app&single_select=true"));
        QCOMPARE(status(authorize), 302); // configuration_error: standard plan
        // The banner lands in CI logs: an app's own secret is never printed.
        process.waitForReadyRead(500);
        printed += process.readAllStandardOutput();
        QVERIFY2(printed.contains("client_id:     qa-app"), printed.constData());
        QVERIFY2(!printed.contains("qa-secret"), printed.constData());
        QVERIFY(printed.contains("client_secret: (set, not shown)"));
        process.kill();
        process.waitForFinished();
    }

    // argv is read without losing a byte: a client id given with a leading U+FEFF is registered with it, so the
    // sandbox serves the link that carries it and refuses the one without (what Smartcar would do).
    void keepsALeadingBomInArguments()
    {
        const QString bomId = QChar(0xFEFF) + QStringLiteral("qa-app");
        QProcess process;
        process.start(exe(), {QStringLiteral("--client-id"), bomId, QStringLiteral("--client-secret"),
                              QStringLiteral("qa-secret"), QStringLiteral("--redirect-uri"),
                              QStringLiteral("https://qa.example.com/cb"), QStringLiteral("--quiet")});
        QVERIFY(process.waitForStarted());
        QByteArray printed;
        const QUrl base = waitForAddress(process, &printed);
        QVERIFY(base.isValid());
        process.waitForReadyRead(500);
        printed += process.readAllStandardOutput();
        QVERIFY2(printed.contains("client_id:     \xef\xbb\xbfqa-app\n"), printed.constData());
        QUrl authorize = base;
        authorize.setPath(QStringLiteral("/oauth/authorize"));
        authorize.setQuery(QStringLiteral("response_type=code&client_id=%EF%BB%BFqa-app"), QUrl::StrictMode);
        QCOMPARE(status(authorize), 200);
        authorize.setQuery(QStringLiteral("response_type=code&client_id=qa-app"));
        QVERIFY(status(authorize) != 200);
        process.kill();
        process.waitForFinished();
    }

    // The terminal log: one line per request, whatever the link carries (no forged line, no ESC sequence).
    void logLinesAreEscaped()
    {
        QProcess process;
        process.start(exe(), {QStringLiteral("--port"), QStringLiteral("0")});
        QVERIFY(process.waitForStarted());
        QByteArray printed;
        const QUrl base = waitForAddress(process, &printed);
        QVERIFY(base.isValid());
        QUrl authorize = base;
        authorize.setPath(QStringLiteral("/oauth/authorize"));
        authorize.setQuery(QStringLiteral("response_type=code&client_id=8229df9f-91a0-4ff0-a1ae-a1f38ee24d07"
                                          "&scope=read_vin%0A2025-01-01T00:00:00Z%1B%5B31mforged"),
                           QUrl::StrictMode);
        QCOMPARE(status(authorize), 302);
        QElapsedTimer timer;
        timer.start();
        while (!printed.contains("forged") && timer.elapsed() < 5000) {
            process.waitForReadyRead(100);
            printed += process.readAllStandardOutput();
        }
        process.kill();
        process.waitForFinished();
        QVERIFY2(!printed.contains('\x1b'), printed.constData());
        const QList<QByteArray> lines = printed.split('\n');
        int logLines = 0;
        for (const QByteArray &line : lines) {
            if (line.contains("/oauth/authorize ")) {
                ++logLines;
                QVERIFY2(line.contains("read_vin\\n2025-01-01T00:00:00Z"), line.constData());
                QVERIFY2(line.contains("\\x1B[31mforged"), line.constData());
            }
            QVERIFY2(!line.startsWith("2025-01-01"), line.constData()); // no forged line
        }
        QCOMPARE(logLines, 1);
    }

    void rejectsBadOptions_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("port") << QStringList{QStringLiteral("--port"), QStringLiteral("99999")};
        QTest::newRow("id without secret") << QStringList{QStringLiteral("--client-id"), QStringLiteral("x")};
        QTest::newRow("missing config")
            << QStringList{QStringLiteral("--config"), QStringLiteral("/nonexistent.json")};
        QTest::newRow("plan") << QStringList{QStringLiteral("--client-id"),     QStringLiteral("x"),
                                             QStringLiteral("--client-secret"), QStringLiteral("s"),
                                             QStringLiteral("--redirect-uri"),  QStringLiteral("https://a/b"),
                                             QStringLiteral("--plan"),          QStringLiteral("gold")};
        QTest::newRow("webhook elsewhere") << QStringList{QStringLiteral("--webhook-url"),
                                                          QStringLiteral("https://myapp.example.com/hooks")};
        QTest::newRow("missing faults")
            << QStringList{QStringLiteral("--faults"), QStringLiteral("/nonexistent.json")};
    }
    void rejectsBadOptions()
    {
        QFETCH(QStringList, args);
        QProcess process;
        process.start(exe(), args);
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(!process.readAllStandardError().isEmpty());
    }

    void readsConfigFile()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("apps.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"apps\":[{\"client_id\":\"from-file\",\"client_secret\":\"s\",\"redirect_uris\":["
                   "\"https://f.example/cb\"],\"default_scope\":[\"read_vin\"]}]}");
        file.close();
        QProcess process;
        process.start(exe(), {QStringLiteral("--config"), file.fileName(), QStringLiteral("--quiet")});
        const QUrl base = waitForAddress(process);
        QVERIFY(base.isValid());
        QUrl authorize = base;
        authorize.setPath(QStringLiteral("/oauth/authorize"));
        authorize.setQuery(QStringLiteral("response_type=code&client_id=from-file"));
        QCOMPARE(status(authorize), 200);
        process.kill();
        process.waitForFinished();
    }

    // --faults FILE is in force from the start; --control serves GET/PUT /_sandbox/faults; --webhook-url is
    // printed with the apps.
    void faultsAndControlEndpoint()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("faults.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"status": [{"path": "/oauth/authorize", "status": 503}]})");
        file.close();
        QProcess process;
        process.start(exe(), {QStringLiteral("--faults"), file.fileName(), QStringLiteral("--control"),
                              QStringLiteral("--webhook-url"), QStringLiteral("http://127.0.0.1:9/hooks"),
                              QStringLiteral("--quiet")});
        QByteArray printed;
        const QUrl base = waitForAddress(process, &printed);
        QVERIFY(base.isValid());
        QTRY_VERIFY(
            printed.contains("webhook_url:   http://127.0.0.1:9/hooks") ||
            (printed += process.readAllStandardOutput()).contains("webhook_url:   http://127.0.0.1:9/hooks"));
        QUrl authorize = base;
        authorize.setPath(QStringLiteral("/oauth/authorize"));
        QCOMPARE(status(authorize), 503);
        QUrl control = base;
        control.setPath(QStringLiteral("/_sandbox/faults"));
        QCOMPARE(status(control), 200);
        QNetworkAccessManager nam;
        QNetworkRequest put(control);
        put.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = nam.put(put, QByteArray("{}"));
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        delete reply;
        QCOMPARE(status(authorize), 400); // the real answer again: the link has no client_id
        process.kill();
        process.waitForFinished();

        // Without --control the endpoint does not exist.
        QProcess plain;
        plain.start(exe(), {QStringLiteral("--quiet")});
        const QUrl plainBase = waitForAddress(plain);
        QVERIFY(plainBase.isValid());
        control = plainBase;
        control.setPath(QStringLiteral("/_sandbox/faults"));
        QCOMPARE(status(control), 404);
        plain.kill();
        plain.waitForFinished();
    }
};

QTEST_GUILESS_MAIN(TestConnectlabSandbox)
#include "tst_connectlabsandbox.moc"
