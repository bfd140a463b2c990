// HtmlEscape: everything the sandbox echoes into a page is inert.
#include "HtmlEscape.h"

#include <QStandardPaths>
#include <QTest>

using connectlab::sandbox::HtmlEscape;

class TestHtmlEscape : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void escape_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("script") << QStringLiteral("<script>alert(1)</script>")
                                << QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;");
        QTest::newRow("attribute breakout")
            << QStringLiteral("\" onmouseover='x'") << QStringLiteral("&quot; onmouseover=&#39;x&#39;");
        QTest::newRow("ampersand") << QStringLiteral("a&amp;b") << QStringLiteral("a&amp;amp;b");
        QTest::newRow("plain") << QStringLiteral("zürich 1+1") << QStringLiteral("zürich 1+1");
        QTest::newRow("nul") << QStringLiteral("a") + QChar(0) << QStringLiteral("a") + QChar(0xFFFD);
    }
    void escape()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(HtmlEscape::escape(input), expected);
    }
};

QTEST_GUILESS_MAIN(TestHtmlEscape)
#include "tst_htmlescape.moc"
