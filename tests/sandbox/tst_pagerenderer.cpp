// PageRenderer: {{name}} is filled with escaped text, {{{name}}} with HTML the sandbox built itself; the
// templates come compiled in, and a page is its body template inside layout.html.
#include "PageRenderer.h"

#include <QTest>

using connectlab::sandbox::PageRenderer;

class TestPageRenderer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fill_data()
    {
        QTest::addColumn<QString>("templateText");
        QTest::addColumn<QString>("filled");
        QTest::newRow("text") << QStringLiteral("<p>{{name}}</p>") << QStringLiteral("<p>Ada</p>");
        QTest::newRow("spaces in the braces") << QStringLiteral("{{ name }}") << QStringLiteral("Ada");
        QTest::newRow("escaped")
            << QStringLiteral("<p>{{evil}}</p>")
            << QStringLiteral("<p>&lt;script&gt;alert(&quot;x&quot;&amp;&#39;y&#39;)&lt;/script&gt;</p>");
        QTest::newRow("escaped in an attribute")
            << QStringLiteral("<a title=\"{{evil}}\">")
            << QStringLiteral(
                   "<a title=\"&lt;script&gt;alert(&quot;x&quot;&amp;&#39;y&#39;)&lt;/script&gt;\">");
        QTest::newRow("raw HTML") << QStringLiteral("<div>{{{list}}}</div>")
                                  << QStringLiteral("<div><li>a</li></div>");
        QTest::newRow("text value in raw braces is not there") << QStringLiteral("{{{name}}}") << QString();
        QTest::newRow("html value in text braces is not there") << QStringLiteral("{{list}}") << QString();
        QTest::newRow("unknown name") << QStringLiteral("a{{nope}}b") << QStringLiteral("ab");
        QTest::newRow("several") << QStringLiteral("{{name}}, {{name}} and {{{list}}}")
                                 << QStringLiteral("Ada, Ada and <li>a</li>");
        QTest::newRow("adjacent") << QStringLiteral("{{name}}{{name}}") << QStringLiteral("AdaAda");
        QTest::newRow("unclosed") << QStringLiteral("a {{name") << QStringLiteral("a {{name");
        QTest::newRow("unclosed raw") << QStringLiteral("a {{{list}}") << QStringLiteral("a {{{list}}");
        QTest::newRow("single braces stay") << QStringLiteral("{name} }}") << QStringLiteral("{name} }}");
        QTest::newRow("NUL becomes U+FFFD") << QStringLiteral("{{nul}}") << QStringLiteral("a\uFFFDb");
        QTest::newRow("a value is never a template")
            << QStringLiteral("{{braces}}") << QStringLiteral("{{name}}");
        QTest::newRow("empty") << QString() << QString();
    }
    void fill()
    {
        QFETCH(QString, templateText);
        const PageRenderer::Values text{
            {QStringLiteral("name"), QStringLiteral("Ada")},
            {QStringLiteral("evil"), QStringLiteral("<script>alert(\"x\"&'y')</script>")},
            {QStringLiteral("nul"), QStringLiteral("a") + QChar(0) + QStringLiteral("b")},
            {QStringLiteral("braces"), QStringLiteral("{{name}}")}};
        const PageRenderer::Values html{{QStringLiteral("list"), QStringLiteral("<li>a</li>")}};
        QTEST(PageRenderer::fill(templateText, text, html), "filled");
    }

    void resources_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *name :
             {"layout.html", "index.html", "error.html", "preamble.html", "brands.html", "login.html",
              "vehicles.html", "permissions.html", "sandbox.css", "sandbox.js", "brands.json"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }
    void resources()
    {
        QFETCH(QString, name);
        const QByteArray data = PageRenderer::resource(name);
        QVERIFY(!data.isEmpty());
        QCOMPARE(PageRenderer::resource(name), data); // cached, the same
    }

    void missingResourceIsEmpty()
    {
        QVERIFY(PageRenderer::resource(QStringLiteral("nope.html")).isEmpty());
        QVERIFY(
            PageRenderer::resource(QStringLiteral("../catalog.json")).isEmpty()); // no way out of the folder
        QVERIFY(PageRenderer::resource(QStringLiteral("./layout.html")).isEmpty());
        QVERIFY(PageRenderer::resource(QString()).isEmpty());
    }

    void pageIsItsBodyInsideTheLayout()
    {
        const QString page = QString::fromUtf8(
            PageRenderer::page(QStringLiteral("error.html"), QStringLiteral("Title <b>"),
                               {{QStringLiteral("heading"), QStringLiteral("Heading & more")},
                                {QStringLiteral("message"), QStringLiteral("<img src=x>")},
                                {QStringLiteral("mode"), QStringLiteral("error")}},
                               {{QStringLiteral("params"), QStringLiteral("<dl id=\"raw-params\"></dl>")}}));
        QVERIFY(page.startsWith(QLatin1String("<!DOCTYPE html>")));
        QVERIFY(page.contains(QLatin1String("<title>Title &lt;b&gt;")));
        QVERIFY(page.contains(QLatin1String("Heading &amp; more")));
        QVERIFY(page.contains(QLatin1String("&lt;img src=x&gt;")));
        QVERIFY(!page.contains(QLatin1String("<img")));
        QVERIFY(page.contains(QLatin1String("<dl id=\"raw-params\"></dl>")));
        QVERIFY(page.contains(QLatin1String("id=\"error-heading\"")));
        QVERIFY(page.contains(QLatin1String("href=\"/static/sandbox.css\"")));
        QVERIFY(!page.contains(QLatin1String("{{"))); // every placeholder filled (or emptied)
    }
};

QTEST_GUILESS_MAIN(TestPageRenderer)
#include "tst_pagerenderer.moc"
