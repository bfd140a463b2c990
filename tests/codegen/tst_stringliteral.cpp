// StringLiteral (issue 13): a value as each language's string literal, so the generated program holds exactly
// the value, whatever it contains: quotes, backslashes, interpolation sigils, line breaks, invisible
// characters.
#include <StringLiteral.h>

#include <QTest>

using namespace connectlab;

Q_DECLARE_METATYPE(connectlab::CodeLanguage)

class TestStringLiteral : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quote_data();
    void quote();
};

void TestStringLiteral::quote_data()
{
    QTest::addColumn<CodeLanguage>("language");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("literal");

    const QString bom = QString(QChar(0xfeff));
    QTest::newRow("js plain") << CodeLanguage::Node << QStringLiteral("read_vin")
                              << QStringLiteral("'read_vin'");
    QTest::newRow("js quotes") << CodeLanguage::Node << QStringLiteral("it's \"x\"")
                               << QStringLiteral("'it\\'s \"x\"'");
    QTest::newRow("js line break") << CodeLanguage::BrowserJs << QStringLiteral("a\nb\tc")
                                   << QStringLiteral("'a\\nb\\tc'");
    QTest::newRow("js byte-order mark") << CodeLanguage::RawUrl << bom << QStringLiteral("'\\ufeff'");
    QTest::newRow("js template sigil is plain")
        << CodeLanguage::Node << QStringLiteral("${x}") << QStringLiteral("'${x}'");
    QTest::newRow("js U+2028") << CodeLanguage::Node << QString(QChar(0x2028)) << QStringLiteral("'\\u2028'");
    QTest::newRow("js emoji stays") << CodeLanguage::Node << QStringLiteral("🚗") << QStringLiteral("'🚗'");
    QTest::newRow("js lone surrogate")
        << CodeLanguage::Node << QString(QChar(0xd800)) << QStringLiteral("'�'");
    QTest::newRow("python") << CodeLanguage::Python << QStringLiteral("a\"b\\c")
                            << QStringLiteral("\"a\\\"b\\\\c\"");
    QTest::newRow("python control") << CodeLanguage::Python << QStringLiteral("\x01")
                                    << QStringLiteral("\"\\x01\"");
    QTest::newRow("python non-ASCII stays")
        << CodeLanguage::Python << QStringLiteral("é") << QStringLiteral("\"é\"");
    QTest::newRow("java control as octal")
        << CodeLanguage::Java << QStringLiteral("a\x01") << QStringLiteral("\"a\\001\"");
    QTest::newRow("java BOM") << CodeLanguage::Java << bom << QStringLiteral("\"\\ufeff\"");
    QTest::newRow("ruby single quotes")
        << CodeLanguage::Ruby << QStringLiteral("#{a}'\\") << QStringLiteral("'#{a}\\'\\\\'");
    QTest::newRow("ruby double quotes when needed")
        << CodeLanguage::Ruby << QStringLiteral("#{a}\n\"") << QStringLiteral("\"\\#{a}\\n\\\"\"");
    QTest::newRow("go") << CodeLanguage::Go << QStringLiteral("a\"b\x7f")
                        << QStringLiteral("\"a\\\"b\\x7f\"");
    QTest::newRow("go BOM") << CodeLanguage::Go << bom << QStringLiteral("\"\\ufeff\"");
    QTest::newRow("swift interpolation")
        << CodeLanguage::Swift << QStringLiteral("\\(x)") << QStringLiteral("\"\\\\(x)\"");
    QTest::newRow("swift BOM") << CodeLanguage::Swift << bom << QStringLiteral("\"\\u{feff}\"");
    QTest::newRow("kotlin dollar") << CodeLanguage::Kotlin << QStringLiteral("$a ${b}")
                                   << QStringLiteral("\"\\$a \\${b}\"");
    QTest::newRow("shell quote") << CodeLanguage::Curl << QStringLiteral("it's $HOME")
                                 << QStringLiteral("'it'\\''s $HOME'");
}

void TestStringLiteral::quote()
{
    QFETCH(CodeLanguage, language);
    QFETCH(QString, value);
    QFETCH(QString, literal);
    QCOMPARE(StringLiteral::quote(value, language), literal);
}

QTEST_GUILESS_MAIN(TestStringLiteral)
#include "tst_stringliteral.moc"
