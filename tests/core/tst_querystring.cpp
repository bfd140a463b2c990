#include "QueryString.h"

#include <QTest>

using namespace connectlab;

// The one decoder and encoder of query strings: the link parser, the callback reader, the sandbox's forms
// and the token client all go through it.
class tst_QueryString : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encode_data();
    void encode();
    void decode_data();
    void decode();
    void decodeBytes_data();
    void decodeBytes();
    void parse();
    void parametersDropEmptyNames();
    void roundTripKeepsEveryCharacter_data();
    void roundTripKeepsEveryCharacter();
};

void tst_QueryString::encode_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("encoded");
    QTest::newRow("unreserved untouched") << "AZaz09-._~"
                                          << "AZaz09-._~";
    QTest::newRow("plus") << "a+b"
                          << "a%2Bb";
    QTest::newRow("space is %20") << "a b"
                                  << "a%20b";
    QTest::newRow("ampersand") << "a&b"
                               << "a%26b";
    QTest::newRow("equals") << "a=b"
                            << "a%3Db";
    QTest::newRow("hash") << "a#b"
                          << "a%23b";
    QTest::newRow("percent") << "100%"
                             << "100%25";
    QTest::newRow("question") << "a?b"
                              << "a%3Fb";
    QTest::newRow("slash") << "a/b"
                           << "a%2Fb";
    QTest::newRow("colon") << "a:b"
                           << "a%3Ab";
    QTest::newRow("two-byte UTF-8") << QString::fromUtf8("é") << "%C3%A9";
    QTest::newRow("three-byte UTF-8") << QString::fromUtf8("中") << "%E4%B8%AD";
    QTest::newRow("four-byte UTF-8") << QString::fromUtf8("😀") << "%F0%9F%98%80";
    QTest::newRow("control characters") << QStringLiteral("\n\t") << "%0A%09";
    QTest::newRow("leading BOM") << QString(QChar(0xFEFF)) + u"abc" << "%EF%BB%BFabc";
    QTest::newRow("NUL") << QString(QChar(0)) << "%00";
    QTest::newRow("empty") << ""
                           << "";
}

void tst_QueryString::encode()
{
    QFETCH(QString, raw);
    QFETCH(QString, encoded);
    QCOMPARE(QueryString::encode(raw), encoded);
    // Agrees with QByteArray's strict percent-encoding of everything but the unreserved set.
    QCOMPARE(QueryString::encode(raw), QString::fromLatin1(raw.toUtf8().toPercentEncoding()));
    QString appended = QStringLiteral("x=");
    QueryString::appendEncoded(appended, raw);
    QCOMPARE(appended, QStringLiteral("x=") + encoded);
    QCOMPARE(QueryString::encodedLength(raw), encoded.size());
}

void tst_QueryString::decode_data()
{
    QTest::addColumn<QString>("component");
    QTest::addColumn<QString>("decoded");
    QTest::addColumn<bool>("bad");
    QTest::newRow("plain") << "abc"
                           << "abc" << false;
    QTest::newRow("plus") << "a+b"
                          << "a b" << false;
    QTest::newRow("%20") << "a%20b"
                         << "a b" << false;
    QTest::newRow("%2B") << "a%2Bb"
                         << "a+b" << false;
    QTest::newRow("reserved") << "%26%3D%23%25%3F%2F%3A"
                              << "&=#%?/:" << false;
    QTest::newRow("UTF-8") << "%F0%9F%98%80" << QString::fromUtf8("😀") << false;
    QTest::newRow("raw non-ASCII") << QString::fromUtf8("caf%C3%A9+é") << QString::fromUtf8("café é")
                                   << false;
    QTest::newRow("trailing %") << "a%"
                                << "a%" << true;
    QTest::newRow("%G0") << "%G0"
                         << "%G0" << true;
    QTest::newRow("truncated UTF-8") << "%E4%B8"
                                     << "%E4%B8" << true;
    // A byte-order mark is a character like any other: it must never vanish (issue 15).
    QTest::newRow("leading BOM, escaped")
        << "%EF%BB%BFabcdefgh" << QString(QChar(0xFEFF)) + u"abcdefgh" << false;
    QTest::newRow("leading BOM with a plus") << "%EF%BB%BFa+b" << QString(QChar(0xFEFF)) + u"a b" << false;
    QTest::newRow("leading BOM, raw")
        << QString(QChar(0xFEFF)) + u"abc" << QString(QChar(0xFEFF)) + u"abc" << false;
    QTest::newRow("raw BOM with an escape")
        << QString(QChar(0xFEFF)) + u"a%20b" << QString(QChar(0xFEFF)) + u"a b" << false;
    QTest::newRow("two BOMs") << "%EF%BB%BF%EF%BB%BF" << QString(2, QChar(0xFEFF)) << false;
    QTest::newRow("zero-width space") << "%E2%80%8Bx" << QString(QChar(0x200B)) + u"x" << false;
    QTest::newRow("NUL") << "a%00b" << QStringLiteral("a") + QChar(0) + u"b" << false;
}

void tst_QueryString::decode()
{
    QFETCH(QString, component);
    QFETCH(QString, decoded);
    QFETCH(bool, bad);
    bool wasBad = !bad;
    QCOMPARE(QueryString::decode(component, &wasBad), decoded);
    QCOMPARE(wasBad, bad);
    QCOMPARE(QueryString::decode(component), decoded);
}

void tst_QueryString::decodeBytes_data()
{
    QTest::addColumn<QByteArray>("component");
    QTest::addColumn<QString>("decoded");
    QTest::addColumn<bool>("bad");
    QTest::newRow("form") << QByteArray("grant_type+x%3Dy") << "grant_type x=y" << false;
    QTest::newRow("raw UTF-8 bytes") << QByteArray("caf\xc3\xa9") << QString::fromUtf8("café") << false;
    QTest::newRow("raw UTF-8 and escapes") << QByteArray("\xc3\xa9%20") << QString::fromUtf8("é ") << false;
    QTest::newRow("leading raw BOM") << QByteArray("\xef\xbb\xbfx") << QString(QChar(0xFEFF)) + u"x" << false;
    QTest::newRow("leading escaped BOM")
        << QByteArray("%EF%BB%BFx") << QString(QChar(0xFEFF)) + u"x" << false;
    QTest::newRow("invalid raw UTF-8") << QByteArray("\xff") << QString(QChar(0xFFFD)) << true;
    QTest::newRow("invalid escaped UTF-8") << QByteArray("%FF") << "%FF" << true;
}

void tst_QueryString::decodeBytes()
{
    QFETCH(QByteArray, component);
    QFETCH(QString, decoded);
    QFETCH(bool, bad);
    bool wasBad = !bad;
    QCOMPARE(QueryString::decode(QByteArrayView(component), &wasBad), decoded);
    QCOMPARE(wasBad, bad);
}

void tst_QueryString::parse()
{
    const QString query = QStringLiteral("?a=1&&b&=x&c=%ZZ&d=%41&%EF%BB%BFstate=s");
    const QList<QueryString::Item> items = QueryString::parse(query);
    QCOMPARE(items.size(), 6);
    QCOMPARE(items.at(0).name, QStringLiteral("a"));
    QCOMPARE(items.at(0).value, QStringLiteral("1"));
    QVERIFY(items.at(0).hasValue);
    QCOMPARE(items.at(1).name, QStringLiteral("b"));
    QVERIFY(!items.at(1).hasValue);
    QCOMPARE(items.at(2).name, QString());
    QCOMPARE(items.at(2).value, QStringLiteral("x"));
    QCOMPARE(items.at(3).value, QStringLiteral("%ZZ"));
    QVERIFY(items.at(3).bad);
    QCOMPARE(items.at(3).raw, QStringView(u"c=%ZZ"));
    QCOMPARE(items.at(4).value, QStringLiteral("A"));
    // A parameter named "\uFEFFstate" is not "state".
    QCOMPARE(items.at(5).name, QString(QChar(0xFEFF)) + u"state");
}

void tst_QueryString::parametersDropEmptyNames()
{
    const QList<Parameter> params = QueryString::parameters(QStringLiteral("a=1&&b&=x&d=%41"));
    QCOMPARE(params, (QList<Parameter>{{QStringLiteral("a"), QStringLiteral("1")},
                                       {QStringLiteral("b"), QString()},
                                       {QStringLiteral("d"), QStringLiteral("A")}}));
    const QList<Parameter> fromBytes = QueryString::parameters(QByteArrayView("a=1&&b&=x&d=%41"));
    QCOMPARE(fromBytes, params);
}

void tst_QueryString::roundTripKeepsEveryCharacter_data()
{
    QTest::addColumn<QString>("value");
    const char16_t specials[] = {0xFEFF, 0x200B, 0x200E, 0x202E, 0x0000, 0xFFFD, u'+', u'&',
                                 u'=',   u'#',   u'%',   u'?',   u' ',   u':',   u'/', 0x00E9};
    for (char16_t c : specials) {
        for (int where = 0; where < 3; ++where) {
            QString v = QStringLiteral("ab");
            v.insert(where, QChar(c));
            QTest::addRow("U+%04X at %d", unsigned(c), where) << v;
        }
    }
}

void tst_QueryString::roundTripKeepsEveryCharacter()
{
    QFETCH(QString, value);
    QCOMPARE(QueryString::decode(QueryString::encode(value)), value);
    const QList<Parameter> back =
        QueryString::parameters(QueryString::encode(QList<Parameter>{{QStringLiteral("state"), value}}));
    QCOMPARE(back, (QList<Parameter>{{QStringLiteral("state"), value}}));
}

QTEST_GUILESS_MAIN(tst_QueryString)
#include "tst_querystring.moc"
