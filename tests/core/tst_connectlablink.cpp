#include "ConnectLabLink.h"
#include "UrlParser.h"

#include <QStandardPaths>
#include <QTest>

using namespace connectlab;

namespace {
const QString Link = QStringLiteral(
    "https://connect.smartcar.com/oauth/authorize?response_type=code&client_id=abc&redirect_uri="
    "https%3A%2F%2Fexample.com%2Fcb&scope=read_vin%20read_odometer&state=a%2Bb&mode=simulated");
} // namespace

class tst_ConnectLabLink : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("link");          // when ok
        QTest::addColumn<QString>("errorMentions"); // when not

        const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(Link));
        QTest::newRow("open, encoded") << "connectlab://open?url=" + encoded << true << Link << "";
        QTest::newRow("scheme in capitals") << "CONNECTLAB://open?url=" + encoded << true << Link << "";
        QTest::newRow("spaces around") << "  connectlab://open?url=" + encoded + "\n" << true << Link << "";
        QTest::newRow("no authority") << "connectlab:open?url=" + encoded << true << Link << "";
        QTest::newRow("trailing slash") << "connectlab://open/?url=" + encoded << true << Link << "";
        QTest::newRow("other items ignored")
            << "connectlab://open?from=chat&url=" + encoded << true << Link << "";
        QTest::newRow("a query string")
            << "connectlab://open?url=client_id%3Dabc%26mode%3Dlive" << true << "client_id=abc&mode=live"
            << "";
        QTest::newRow("plus is a plus, not a space")
            << "connectlab://open?url=state%3Da%2Bb" << true << "state=a+b"
            << "";

        QTest::newRow("another scheme") << Link << false << ""
                                        << "connectlab://open?url=";
        QTest::newRow("empty") << "" << false << ""
                               << "connectlab://open?url=";
        QTest::newRow("other action") << "connectlab://run?url=" + encoded << false << ""
                                      << "\"run\"";
        QTest::newRow("no url") << "connectlab://open" << false << ""
                                << "no url=";
        QTest::newRow("empty url") << "connectlab://open?url=" << false << ""
                                   << "empty";
        QTest::newRow("two urls") << "connectlab://open?url=a%3D1&url=b%3D2" << false << ""
                                  << "2 times";
        QTest::newRow("nested") << "connectlab://open?url=" + QString::fromLatin1(QUrl::toPercentEncoding(
                                                                  "connectlab://open?url=" + encoded))
                                << false << ""
                                << "another Connect Lab link";
        QTest::newRow("malformed") << "connectlab://open?url=%zz" << false << ""
                                   << "malformed";
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(QString, link);
        QFETCH(QString, errorMentions);
        const ConnectLabLink::Parsed parsed = ConnectLabLink::parse(text);
        QCOMPARE(parsed.ok, ok);
        if (ok) {
            QCOMPARE(parsed.link, link);
            QVERIFY(parsed.error.isEmpty());
        } else {
            QVERIFY(parsed.link.isEmpty());
            QVERIFY2(parsed.error.contains(errorMentions), qPrintable(parsed.error));
        }
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("link");
        QTest::newRow("authorize") << Link;
        QTest::newRow("reserved characters")
            << QStringLiteral("client_id=a&state=%26%3D%2B%20#?/:&flags=x:1");
        QTest::newRow("unicode") << QStringLiteral(
            "https://connect.smartcar.com/oauth/authorize?state=Grüße");
    }

    void roundTrip()
    {
        QFETCH(QString, link);
        const QString built = ConnectLabLink::build(link);
        QVERIFY(built.startsWith(QLatin1String("connectlab://open?url=")));
        // Nothing in it that a shell, a chat client or the desktop would split on.
        QVERIFY2(!built.contains(u'&') && !built.contains(u' ') && !built.contains(u'#'), qPrintable(built));
        const ConnectLabLink::Parsed parsed = ConnectLabLink::parse(built);
        QVERIFY2(parsed.ok, qPrintable(parsed.error));
        QCOMPARE(parsed.link, link);
    }

    void carriedLinkReadsTheSame()
    {
        // What arrives is the link itself: the parser reads the same request from it.
        const ConnectLabLink::Parsed parsed = ConnectLabLink::parse(ConnectLabLink::build(Link));
        QCOMPARE(UrlParser::parse(parsed.link).request.state, QStringLiteral("a+b"));
        QCOMPARE(UrlParser::parse(parsed.link).request.clientId, QStringLiteral("abc"));
    }
};

QTEST_GUILESS_MAIN(tst_ConnectLabLink)
#include "tst_connectlablink.moc"
