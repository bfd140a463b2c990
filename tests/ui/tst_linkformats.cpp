// LinkFormats: Markdown and HTML forms of a link, escaped.
#include "LinkFormats.h"

#include <QStandardPaths>
#include <QTest>

using namespace connectlab;

class TestLinkFormats : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void formats_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("html");
        QTest::newRow("plain") << "https://h/a?b=1&c=2"
                               << "Connect"
                               << "[Connect](https://h/a?b=1&c=2)"
                               << "<a href=\"https://h/a?b=1&amp;c=2\">Connect</a>";
        QTest::newRow("parens and brackets") << "https://h/(x)"
                                             << "a [b]"
                                             << "[a \\[b\\]](https://h/%28x%29)"
                                             << "<a href=\"https://h/(x)\">a [b]</a>";
        QTest::newRow("quotes") << "https://h/?s=\"<>\""
                                << "<b>"
                                << "[<b>](https://h/?s=\"<>\")"
                                << "<a href=\"https://h/?s=&quot;&lt;&gt;&quot;\">&lt;b&gt;</a>";
    }

    void formats()
    {
        QFETCH(QString, url);
        QFETCH(QString, label);
        QFETCH(QString, markdown);
        QFETCH(QString, html);
        QCOMPARE(LinkFormats::markdown(url, label), markdown);
        QCOMPARE(LinkFormats::html(url, label), html);
    }
};

QTEST_MAIN(TestLinkFormats)
#include "tst_linkformats.moc"
