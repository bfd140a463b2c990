// SandboxFaults: the JSON of the faults the sandbox can be told to show (test plans, the control endpoint,
// connectlab-sandbox --faults), good and broken.
#include "SandboxFaults.h"

#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>

using connectlab::sandbox::SandboxFaults;

Q_DECLARE_METATYPE(connectlab::sandbox::SandboxFaults)

namespace {
QJsonObject object(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}
} // namespace

class TestSandboxFaults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void reads_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<SandboxFaults>("expected");

        QTest::newRow("empty") << QByteArray("{}") << SandboxFaults{};
        SandboxFaults latency;
        latency.latency = {{QStringLiteral("/oauth/token"), 800}, {QStringLiteral("*"), 0}};
        QTest::newRow("latency") << QByteArray(R"({"latency": [{"path": "/oauth/token", "ms": 800},
                                                               {"path": "*", "ms": 0}]})")
                                 << latency;
        SandboxFaults status;
        status.status = {{QStringLiteral("/v3/vehicles"), 503, 2}, {QStringLiteral("/oauth2/token"), 429, 0}};
        QTest::newRow("status, times and always")
            << QByteArray(R"({"status": [{"path": "/v3/vehicles", "status": 503, "times": 2},
                                         {"path": "/oauth2/token", "status": 429}]})")
            << status;
        SandboxFaults expired;
        expired.code = SandboxFaults::Code::Expired;
        QTest::newRow("code expired") << QByteArray(R"({"code": "expired"})") << expired;
        SandboxFaults used;
        used.code = SandboxFaults::Code::Used;
        QTest::newRow("code used") << QByteArray(R"({"code": "used"})") << used;
        SandboxFaults never;
        never.redirect = SandboxFaults::Redirect::Never;
        QTest::newRow("redirect never") << QByteArray(R"({"redirect": "never"})") << never;
        SandboxFaults malformed;
        malformed.redirect = SandboxFaults::Redirect::Malformed;
        malformed.code = SandboxFaults::Code::Fine;
        QTest::newRow("redirect malformed, code fine")
            << QByteArray(R"({"redirect": "malformed", "code": "fine"})") << malformed;
        SandboxFaults boundaries;
        boundaries.latency = {{QStringLiteral("/"), 120000}};
        boundaries.status = {{QStringLiteral("/"), 500, 0}, {QStringLiteral("/"), 599, 1}};
        QTest::newRow("boundaries") << QByteArray(R"({"latency": [{"path": "/", "ms": 120000}],
            "status": [{"path": "/", "status": 500}, {"path": "/", "status": 599, "times": 1}]})")
                                    << boundaries;
    }
    void reads()
    {
        QFETCH(QByteArray, json);
        QFETCH(SandboxFaults, expected);
        SandboxFaults faults;
        faults.redirect = SandboxFaults::Redirect::Never; // overwritten
        QString error;
        QVERIFY2(SandboxFaults::fromJson(object(json), &faults, &error), qPrintable(error));
        QCOMPARE(faults, expected);
        QCOMPARE(faults.isEmpty(), json == "{}");
        // And back: what toJson writes reads as the same faults.
        SandboxFaults back;
        QVERIFY2(SandboxFaults::fromJson(faults.toJson(), &back, &error), qPrintable(error));
        QCOMPARE(back, faults);
    }

    void refuses_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown key") << QByteArray(R"({"latencies": []})")
                                     << QStringLiteral("faults: unknown key \"latencies\" (known: latency, "
                                                       "status, code, redirect).");
        QTest::newRow("latency not a list") << QByteArray(R"({"latency": {"path": "/", "ms": 1}})")
                                            << QStringLiteral("faults.latency must be a list");
        QTest::newRow("latency path relative") << QByteArray(R"({"latency": [{"path": "oauth", "ms": 1}]})")
                                               << QStringLiteral("faults.latency[0].path must start with /");
        QTest::newRow("latency without ms") << QByteArray(R"({"latency": [{"path": "/"}]})")
                                            << QStringLiteral("faults.latency[0].ms must be 0 to 120000.");
        QTest::newRow("latency too long") << QByteArray(R"({"latency": [{"path": "/", "ms": 1},
                                                                         {"path": "/", "ms": 120001}]})")
                                          << QStringLiteral("faults.latency[1].ms must be 0 to 120000.");
        QTest::newRow("status 404") << QByteArray(R"({"status": [{"path": "/", "status": 404}]})")
                                    << QStringLiteral("faults.status[0].status must be 429 or 500 to 599.");
        QTest::newRow("status 600") << QByteArray(R"({"status": [{"path": "/", "status": 600}]})")
                                    << QStringLiteral("faults.status[0].status must be 429 or 500 to 599.");
        QTest::newRow("status without path") << QByteArray(R"({"status": [{"status": 503}]})")
                                             << QStringLiteral("faults.status[0].path must start with /");
        QTest::newRow("negative times")
            << QByteArray(R"({"status": [{"path": "/", "status": 503, "times": -1}]})")
            << QStringLiteral("faults.status[0].times must be 0 (always) or more.");
        QTest::newRow("status not a list")
            << QByteArray(R"({"status": 503})") << QStringLiteral("faults.status must be a list");
        QTest::newRow("code unknown") << QByteArray(R"({"code": "stale"})")
                                      << QStringLiteral("faults.code must be \"expired\" or \"used\".");
        QTest::newRow("redirect unknown")
            << QByteArray(R"({"redirect": "sometimes"})")
            << QStringLiteral("faults.redirect must be \"never\" or \"malformed\".");
    }
    void refuses()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        SandboxFaults faults;
        faults.code = SandboxFaults::Code::Used;
        QString error;
        QVERIFY(!SandboxFaults::fromJson(object(json), &faults, &error));
        QVERIFY2(error.startsWith(message), qPrintable(error));
        QCOMPARE(faults.code, SandboxFaults::Code::Used); // untouched on a mistake
    }

    void writesOnlyWhatIsSet()
    {
        SandboxFaults faults;
        QCOMPARE(faults.toJson(), QJsonObject());
        faults.status = {{QStringLiteral("/oauth/token"), 503, 0}};
        faults.redirect = SandboxFaults::Redirect::Malformed;
        QCOMPARE(QJsonDocument(faults.toJson()).toJson(QJsonDocument::Compact),
                 QByteArray(R"({"redirect":"malformed","status":[{"path":"/oauth/token","status":503}]})"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandboxfaults.moc"
