// The standalone connectlab-sandbox executable prints the address it serves and answers there.
#include <QElapsedTimer>
#include <QEventLoop>
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

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

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
