// SyntaxLexer (issue 13): the spans the Code tab colours: keywords, strings, comments, numbers, per language.
#include <CodeGenerator.h>
#include <SyntaxLexer.h>
#include <UrlParser.h>

#include <QTest>

using namespace connectlab;

Q_DECLARE_METATYPE(connectlab::CodeLanguage)

namespace {

// "kind:text" for every span, in order.
QStringList describe(const QString &code, CodeLanguage language)
{
    QStringList out;
    for (const SyntaxSpan &span : SyntaxLexer::tokenize(code, language)) {
        const char *kind = span.kind == SyntaxKind::Keyword   ? "keyword"
                           : span.kind == SyntaxKind::String  ? "string"
                           : span.kind == SyntaxKind::Comment ? "comment"
                                                              : "number";
        out.append(QLatin1StringView(kind) + u':' + code.mid(span.start, span.length));
    }
    return out;
}

} // namespace

class TestSyntaxLexer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokenize_data();
    void tokenize();
    void generatedCodeIsCoveredInOrder();
};

void TestSyntaxLexer::tokenize_data()
{
    QTest::addColumn<CodeLanguage>("language");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("spans");

    QTest::newRow("js") << CodeLanguage::Node << QStringLiteral("const a = 'x\\'y'; // note\nreturn 42;")
                        << QStringList{QStringLiteral("keyword:const"), QStringLiteral("string:'x\\'y'"),
                                       QStringLiteral("comment:// note"), QStringLiteral("keyword:return"),
                                       QStringLiteral("number:42")};
    QTest::newRow("js template") << CodeLanguage::RawUrl << QStringLiteral("`${a}\nb`")
                                 << QStringList{QStringLiteral("string:`${a}\nb`")};
    QTest::newRow("js member is not a keyword")
        << CodeLanguage::Node << QStringLiteral("url.delete(x)") << QStringList{};
    QTest::newRow("python") << CodeLanguage::Python << QStringLiteral("import os  # why\nx = True")
                            << QStringList{QStringLiteral("keyword:import"), QStringLiteral("comment:# why"),
                                           QStringLiteral("keyword:True")};
    QTest::newRow("ruby") << CodeLanguage::Ruby << QStringLiteral("require 'smartcar' # gem")
                          << QStringList{QStringLiteral("keyword:require"),
                                         QStringLiteral("string:'smartcar'"),
                                         QStringLiteral("comment:# gem")};
    QTest::newRow("go raw string has no escapes")
        << CodeLanguage::Go << QStringLiteral("x := `a\\`") << QStringList{QStringLiteral("string:`a\\`")};
    QTest::newRow("java block comment")
        << CodeLanguage::Java << QStringLiteral("/* a\nb */ new String")
        << QStringList{QStringLiteral("comment:/* a\nb */"), QStringLiteral("keyword:new"),
                       QStringLiteral("keyword:String")};
    QTest::newRow("swift") << CodeLanguage::Swift << QStringLiteral("let x = \"a\\\"b\"")
                           << QStringList{QStringLiteral("keyword:let"), QStringLiteral("string:\"a\\\"b\"")};
    QTest::newRow("kotlin") << CodeLanguage::Kotlin << QStringLiteral("val v2 = 3.5")
                            << QStringList{QStringLiteral("keyword:val"), QStringLiteral("number:3.5")};
    QTest::newRow("shell # inside a word is not a comment")
        << CodeLanguage::Curl << QStringLiteral("curl a#b 'it''s' # c")
        << QStringList{QStringLiteral("keyword:curl"), QStringLiteral("string:'it'"),
                       QStringLiteral("string:'s'"), QStringLiteral("comment:# c")};
    QTest::newRow("unterminated string ends at the line")
        << CodeLanguage::Node << QStringLiteral("'abc\nconst")
        << QStringList{QStringLiteral("string:'abc"), QStringLiteral("keyword:const")};
}

void TestSyntaxLexer::tokenize()
{
    QFETCH(CodeLanguage, language);
    QFETCH(QString, code);
    QFETCH(QStringList, spans);
    QCOMPARE(describe(code, language), spans);
}

void TestSyntaxLexer::generatedCodeIsCoveredInOrder()
{
    const ConnectRequest r =
        UrlParser::parse(
            QStringLiteral("https://connect.smartcar.com/oauth/authorize?client_id=ID&state=a'b\"c"
                           "&scope=read_vin&flags=country:DE&external_id=42"))
            .request;
    for (CodeLanguage language : CodeLanguages::all()) {
        const QString code = CodeGenerator::generate(language, r).code;
        const QList<SyntaxSpan> spans = SyntaxLexer::tokenize(code, language);
        QVERIFY(!spans.isEmpty());
        qsizetype end = 0;
        bool comment = false;
        bool string = false;
        for (const SyntaxSpan &span : spans) {
            QVERIFY(span.start >= end);
            QVERIFY(span.length > 0);
            end = span.start + span.length;
            comment = comment || span.kind == SyntaxKind::Comment;
            string = string || span.kind == SyntaxKind::String;
        }
        QVERIFY(end <= code.size());
        QVERIFY2(comment && string, qPrintable(CodeLanguages::key(language)));
    }
}

QTEST_GUILESS_MAIN(TestSyntaxLexer)
#include "tst_syntaxlexer.moc"
