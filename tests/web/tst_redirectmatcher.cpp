#include "RedirectMatcher.h"

#include <QStandardPaths>
#include <QTest>

using connectlab::flow::RedirectMatcher;

class TestRedirectMatcher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void matches_data()
    {
        QTest::addColumn<QString>("redirect");
        QTest::addColumn<QString>("navigation");
        QTest::addColumn<bool>("expected");

        const QString local = QStringLiteral("http://localhost:8000/callback");
        QTest::newRow("exact") << local << "http://localhost:8000/callback" << true;
        QTest::newRow("with code") << local << "http://localhost:8000/callback?code=abc&state=s" << true;
        QTest::newRow("code in fragment") << local << "http://localhost:8000/callback#code=abc" << true;
        QTest::newRow("scheme and host case") << local << "HTTP://LocalHost:8000/callback?code=x" << true;
        QTest::newRow("path case differs") << local << "http://localhost:8000/Callback?code=x" << false;
        QTest::newRow("longer path") << local << "http://localhost:8000/callback-evil?code=x" << false;
        QTest::newRow("sub path") << local << "http://localhost:8000/callback/x?code=x" << false;
        QTest::newRow("trailing slash") << local << "http://localhost:8000/callback/?code=x" << false;
        QTest::newRow("prefix path") << local << "http://localhost:8000/callbac?code=x" << false;
        QTest::newRow("other port") << local << "http://localhost:8001/callback?code=x" << false;
        QTest::newRow("default port") << local << "http://localhost/callback?code=x" << false;
        QTest::newRow("https instead") << local << "https://localhost:8000/callback?code=x" << false;
        QTest::newRow("ip instead of name") << local << "http://127.0.0.1:8000/callback?code=x" << false;
        QTest::newRow("host suffix") << local << "http://localhost.evil.com:8000/callback?code=x" << false;
        QTest::newRow("userinfo trick") << local << "http://localhost:8000@evil.com/callback?code=x" << false;
        QTest::newRow("redirect in query")
            << local << "http://evil.com/?next=http://localhost:8000/callback" << false;
        QTest::newRow("userinfo added") << local << "http://user@localhost:8000/callback?code=x" << false;

        const QString https = QStringLiteral("https://app.example.com/auth/cb");
        QTest::newRow("https explicit default port")
            << https << "https://app.example.com:443/auth/cb?code=x" << true;
        QTest::newRow("https other port") << https << "https://app.example.com:8443/auth/cb?code=x" << false;
        QTest::newRow("look-alike host")
            << https << "https://app.example.com.evil.io/auth/cb?code=x" << false;
        QTest::newRow("parent host") << https << "https://example.com/auth/cb?code=x" << false;
        QTest::newRow("encoded path") << https << "https://app.example.com/auth%2Fcb?code=x" << false;

        const QString root = QStringLiteral("https://example.com");
        QTest::newRow("empty path is slash") << root << "https://example.com/?code=x" << true;
        QTest::newRow("root vs path") << root << "https://example.com/x?code=x" << false;

        const QString custom = QStringLiteral("sc8229df9f-91a0-4ff0-a1ae-a1f38ee24d07://exchange");
        QTest::newRow("custom scheme")
            << custom << "sc8229df9f-91a0-4ff0-a1ae-a1f38ee24d07://exchange?code=x" << true;
        QTest::newRow("custom scheme, slash added")
            << custom << "sc8229df9f-91a0-4ff0-a1ae-a1f38ee24d07://exchange/?code=x" << true;
        QTest::newRow("custom scheme other host")
            << custom << "sc8229df9f-91a0-4ff0-a1ae-a1f38ee24d07://exchange2?code=x" << false;
        QTest::newRow("custom scheme path")
            << custom << "sc8229df9f-91a0-4ff0-a1ae-a1f38ee24d07://exchange/x?code=x" << false;
        QTest::newRow("custom scheme other id")
            << custom << "sc8229df9f-91a0-4ff0-a1ae-a1f38ee24d08://exchange?code=x" << false;

        const QString js =
            QStringLiteral("https://javascript-sdk.smartcar.com/v2/redirect?app_origin=https://a.example");
        QTest::newRow("registered query kept")
            << js
            << "https://javascript-sdk.smartcar.com/v2/redirect?app_origin=https%3A%2F%2Fa.example&code=x"
            << true;
        QTest::newRow("registered query order")
            << js << "https://javascript-sdk.smartcar.com/v2/redirect?code=x&app_origin=https://a.example"
            << true;
        QTest::newRow("registered query missing")
            << js << "https://javascript-sdk.smartcar.com/v2/redirect?code=x" << false;
        QTest::newRow("registered query differs")
            << js << "https://javascript-sdk.smartcar.com/v2/redirect?app_origin=https://evil.example&code=x"
            << false;
    }

    void matches()
    {
        QFETCH(QString, redirect);
        QFETCH(QString, navigation);
        QFETCH(bool, expected);
        const RedirectMatcher matcher{QUrl(redirect)};
        QVERIFY(matcher.isValid());
        QCOMPARE(matcher.matches(QUrl(navigation)), expected);
    }

    void invalidMatchesNothing()
    {
        const RedirectMatcher matcher;
        QVERIFY(!matcher.isValid());
        QVERIFY(!matcher.matches(QUrl(QStringLiteral("http://localhost:8000/callback?code=x"))));
        QVERIFY(!RedirectMatcher(QUrl(QStringLiteral("not a url"))).isValid());
    }

    void anyCallback_data()
    {
        QTest::addColumn<QString>("navigation");
        QTest::addColumn<bool>("expected");
        QTest::newRow("code elsewhere") << "http://localhost:9000/cb?code=x&state=s" << true;
        QTest::newRow("error elsewhere") << "https://app.example/cb?error=access_denied" << true;
        QTest::newRow("fragment") << "https://app.example/cb#code=x" << true;
        QTest::newRow("vehicle id") << "https://app.example/cb?vehicle_id=v" << true;
        QTest::newRow("connect's own page") << "http://127.0.0.1:4000/oauth/login?code=x" << false;
        QTest::newRow("no code") << "https://app.example/cb?state=s" << false;
        QTest::newRow("about blank") << "about:blank#code=x" << false;
    }

    void anyCallback()
    {
        QFETCH(QString, navigation);
        QFETCH(bool, expected);
        const auto matcher =
            RedirectMatcher::anyCallback({QUrl(QStringLiteral("http://127.0.0.1:4000/oauth/authorize"))});
        QVERIFY(matcher.isAnyCallback());
        QCOMPARE(matcher.matches(QUrl(navigation)), expected);
    }
};

QTEST_GUILESS_MAIN(TestRedirectMatcher)
#include "tst_redirectmatcher.moc"
