#include "CallbackResult.h"

#include <QStandardPaths>
#include <QTest>

using connectlab::flow::CallbackResult;

class TestCallbackResult : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void parse_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("sent");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("error");

        QTest::newRow("code, match") << "http://localhost:8000/callback?code=abc&state=s1"
                                     << "s1"
                                     << "code"
                                     << "match"
                                     << "abc"
                                     << "";
        QTest::newRow("code, mismatch") << "http://localhost:8000/callback?code=abc&state=evil"
                                        << "s1"
                                        << "code"
                                        << "mismatch"
                                        << "abc"
                                        << "";
        QTest::newRow("code, missing") << "http://localhost:8000/callback?code=abc"
                                       << "s1"
                                       << "code"
                                       << "missing"
                                       << "abc"
                                       << "";
        QTest::newRow("code, not sent") << "http://localhost:8000/callback?code=abc"
                                        << ""
                                        << "code"
                                        << "not_sent"
                                        << "abc"
                                        << "";
        QTest::newRow("not sent but echoed") << "http://localhost:8000/callback?code=abc&state=x"
                                             << ""
                                             << "code"
                                             << "not_sent"
                                             << "abc"
                                             << "";
        QTest::newRow("fragment") << "https://app.example/cb#code=frag&state=s1"
                                  << "s1"
                                  << "code"
                                  << "match"
                                  << "frag"
                                  << "";
        QTest::newRow("query wins over fragment") << "https://app.example/cb?code=q#code=f"
                                                  << ""
                                                  << "code"
                                                  << "not_sent"
                                                  << "q"
                                                  << "";
        QTest::newRow("error")
            << "https://app.example/cb?error=access_denied&error_description=User+denied&state=s1"
            << "s1"
            << "error"
            << "match"
            << ""
            << "access_denied";
        QTest::newRow("error in fragment") << "https://app.example/cb#error=no_vehicles&state=s1"
                                           << "s1"
                                           << "error"
                                           << "match"
                                           << ""
                                           << "no_vehicles";
        QTest::newRow("error wins over code") << "https://app.example/cb?code=x&error=server_error"
                                              << ""
                                              << "error"
                                              << "not_sent"
                                              << "x"
                                              << "server_error";
        QTest::newRow("re-auth") << "https://app.example/cb?vehicle_id=v1&state=s1"
                                 << "s1"
                                 << "code"
                                 << "match"
                                 << ""
                                 << "";
        QTest::newRow("nothing") << "https://app.example/cb?foo=bar"
                                 << "s1"
                                 << "none"
                                 << "missing"
                                 << ""
                                 << "";
        QTest::newRow("plus is space") << "https://app.example/cb?code=c&state=a+b"
                                       << "a b"
                                       << "code"
                                       << "match"
                                       << "c"
                                       << "";
        QTest::newRow("encoded plus") << "https://app.example/cb?code=c&state=a%2Bb"
                                      << "a+b"
                                      << "code"
                                      << "match"
                                      << "c"
                                      << "";
        QTest::newRow("plus vs space differs") << "https://app.example/cb?code=c&state=a+b"
                                               << "a+b"
                                               << "code"
                                               << "mismatch"
                                               << "c"
                                               << "";
        QTest::newRow("reserved chars") << "https://app.example/cb?code=c&state=%26%3D%23%25%3F"
                                        << "&=#%?"
                                        << "code"
                                        << "match"
                                        << "c"
                                        << "";
        QTest::newRow("utf-8") << "https://app.example/cb?code=c&state=%C3%A9t%C3%A9" << QStringLiteral("été")
                               << "code"
                               << "match"
                               << "c"
                               << "";
        QTest::newRow("custom scheme") << "sc123://exchange?code=c&state=s"
                                       << "s"
                                       << "code"
                                       << "match"
                                       << "c"
                                       << "";
    }

    void parse()
    {
        QFETCH(QString, url);
        QFETCH(QString, sent);
        QFETCH(QString, outcome);
        QFETCH(QString, state);
        QFETCH(QString, code);
        QFETCH(QString, error);
        const auto result = CallbackResult::parse(QUrl(url), sent);
        QCOMPARE(CallbackResult::outcomeName(result.outcome()), outcome);
        QCOMPARE(CallbackResult::stateCheckName(result.stateCheck()), state);
        QCOMPARE(result.code(), code);
        QCOMPARE(result.error(), error);
        QCOMPARE(result.callbackUrl(), QUrl(url));
    }

    void extrasKeptInOrder()
    {
        const auto result = CallbackResult::parse(
            QUrl(QStringLiteral(
                "https://app.example/cb?error=vehicle_incompatible&error_description=Not+supported"
                "&vin=0SCAUDI037A5ADB1C&make=AUDI&model=A5&year=2019&state=s")),
            QStringLiteral("s"));
        QCOMPARE(result.outcome(), CallbackResult::Outcome::Error);
        QCOMPARE(result.errorDescription(), QStringLiteral("Not supported"));
        QStringList names;
        for (const auto &item : result.parameters())
            names << item.name;
        QCOMPARE(names, (QStringList{"error", "error_description", "vin", "make", "model", "year", "state"}));
        const QJsonObject json = result.parametersJson();
        QCOMPARE(json.value(QStringLiteral("vin")).toString(), QStringLiteral("0SCAUDI037A5ADB1C"));
        QCOMPARE(json.value(QStringLiteral("year")).toString(), QStringLiteral("2019"));
        QVERIFY(result.summary().startsWith(QStringLiteral("vehicle_incompatible")));
    }

    void configurationErrorExtras()
    {
        const auto result = CallbackResult::parse(
            QUrl(QStringLiteral("https://app.example/cb?error=configuration_error&status_code=400"
                                "&error_message=single_select+requires+the+Custom+plan")),
            QString());
        QCOMPARE(result.value(QStringLiteral("status_code")), QStringLiteral("400"));
        QCOMPARE(result.value(QStringLiteral("error_message")),
                 QStringLiteral("single_select requires the Custom plan"));
    }

    void duplicatesKept()
    {
        const auto result =
            CallbackResult::parse(QUrl(QStringLiteral("https://a.example/cb?code=1&code=2")), {});
        QCOMPARE(result.parameters().size(), 2);
        QCOMPARE(result.code(), QStringLiteral("1"));
        QCOMPARE(result.parametersJson().value(QStringLiteral("code")).toString(), QStringLiteral("1"));
    }

    void stateWording()
    {
        QVERIFY(CallbackResult::stateCheckText(CallbackResult::StateCheck::Mismatch)
                    .contains(QStringLiteral("CSRF")));
        QVERIFY(CallbackResult::stateCheckText(CallbackResult::StateCheck::Missing)
                    .contains(QStringLiteral("none")));
        QCOMPARE(CallbackResult::stateCheckWithoutCallback(QStringLiteral("s")),
                 CallbackResult::StateCheck::Missing);
        QCOMPARE(CallbackResult::stateCheckWithoutCallback(QString()), CallbackResult::StateCheck::NotSent);
        const auto ok = CallbackResult::parse(QUrl(QStringLiteral("https://a.example/cb?code=1&state=s")),
                                              QStringLiteral("s"));
        QCOMPARE(ok.summary(), QStringLiteral("code received, state matches"));
        const auto bad = CallbackResult::parse(QUrl(QStringLiteral("https://a.example/cb?code=1&state=t")),
                                               QStringLiteral("s"));
        QVERIFY(bad.summary().contains(QStringLiteral("MISMATCH")));
    }

    // API Authentication (Smartcar's v3 model): the owner's user_id is a success, with or without a code,
    // in the query or the fragment, spelled user_id or userId (issue 10).
    void userId_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QString>("userId");
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("summaryPart");
        const QString uid = QStringLiteral("725146a3-0b4d-4f7e-9c3a-1d2e3f4a5b6c");
        QTest::newRow("user_id only") << "https://app.example/cb?user_id=" + uid + "&state=abcdefgh12"
                                      << "user_id" << uid << "api-authentication"
                                      << "user_id received (API Authentication), state matches";
        QTest::newRow("userId, older spelling")
            << "https://app.example/cb?userId=" + uid + "&state=abcdefgh12"
            << "user_id" << uid << "api-authentication"
            << "user_id received";
        QTest::newRow("in the fragment") << "https://app.example/cb#user_id=" + uid + "&state=abcdefgh12"
                                         << "user_id" << uid << "api-authentication"
                                         << "user_id received";
        QTest::newRow("code alongside")
            << "https://app.example/cb?code=c-1&user_id=" + uid + "&state=abcdefgh12"
            << "code" << uid << "api-authentication"
            << "code and user_id received";
        QTest::newRow("code only") << "https://app.example/cb?code=c-1&state=abcdefgh12"
                                   << "code"
                                   << ""
                                   << "per-vehicle-tokens"
                                   << "code received, state matches";
        QTest::newRow("error wins") << "https://app.example/cb?error=access_denied&user_id=" + uid << "error"
                                    << uid << ""
                                    << "access_denied";
        QTest::newRow("empty user_id") << "https://app.example/cb?user_id=&state=abcdefgh12"
                                       << "none"
                                       << ""
                                       << ""
                                       << "without code, user_id or error";
    }

    void userId()
    {
        QFETCH(QString, url);
        QFETCH(QString, outcome);
        QFETCH(QString, userId);
        QFETCH(QString, model);
        QFETCH(QString, summaryPart);
        const auto result = CallbackResult::parse(QUrl(url), QStringLiteral("abcdefgh12"));
        QCOMPARE(CallbackResult::outcomeName(result.outcome()), outcome);
        QCOMPARE(result.userId(), userId);
        QCOMPARE(CallbackResult::authModelName(result.authModel()), model);
        QCOMPARE(result.isSuccess(), outcome == u"code" || outcome == u"user_id");
        QVERIFY2(result.summary().contains(summaryPart), qPrintable(result.summary()));
    }
};

QTEST_GUILESS_MAIN(TestCallbackResult)
#include "tst_callbackresult.moc"
