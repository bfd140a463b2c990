#include "InvisibleCharacters.h"

#include <QTest>

using namespace connectlab;

// What a person cannot see or tell apart in an id or a URL, named with its position.
class tst_InvisibleCharacters : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void invisible_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("position");
        QTest::addColumn<QString>("namePart");
        QTest::newRow("clean") << "4cf82729-4275-46d9" << -1 << "";
        QTest::newRow("leading BOM") << QString(QChar(0xFEFF)) + u"abc" << 0 << "U+FEFF";
        QTest::newRow("zero-width space inside")
            << QStringLiteral("ab") + QChar(0x200B) + u"c" << 2 << "ZERO WIDTH SPACE";
        QTest::newRow("right-to-left override")
            << QStringLiteral("a") + QChar(0x202E) << 1 << "RIGHT-TO-LEFT OVERRIDE";
        QTest::newRow("NUL") << QStringLiteral("a") + QChar(0) << 1 << "NUL";
        QTest::newRow("newline") << QStringLiteral("a\nb") << 1 << "control";
        QTest::newRow("soft hyphen") << QStringLiteral("ab") + QChar(0xAD) << 2 << "SOFT HYPHEN";
        QTest::newRow("replacement") << QString(QChar(0xFFFD)) << 0 << "not UTF-8";
        QTest::newRow("visible non-ASCII is fine") << QString::fromUtf8("café") << -1 << "";
    }

    void invisible()
    {
        QFETCH(QString, text);
        QFETCH(int, position);
        QFETCH(QString, namePart);
        const auto f = InvisibleCharacters::firstInvisible(text);
        QCOMPARE(f.position, qsizetype(position));
        QVERIFY2(f.name.contains(namePart), qPrintable(f.name));
    }

    void confusable_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("position");
        QTest::addColumn<QString>("name");
        QTest::newRow("latin") << "example.com" << -1 << "";
        QTest::newRow("cyrillic a") << QString::fromUtf8("ex\u0430mple.com") << 2
                                    << "U+0430 (a Cyrillic letter that looks like Latin \"a\")";
        QTest::newRow("cyrillic a in a redirect host")
            << QString::fromUtf8("https://ex\u0430mple.com/callback") << 10
            << "U+0430 (a Cyrillic letter that looks like Latin \"a\")";
        QTest::newRow("cyrillic capital ES") << QString::fromUtf8("\u0421ONNECT") << 0
                                             << "U+0421 (a Cyrillic letter that looks like Latin \"C\")";
        QTest::newRow("greek omicron") << QString::fromUtf8("g\u03BFogle") << 1
                                       << "U+03BF (a Greek letter that looks like Latin \"o\")";
        QTest::newRow("fullwidth") << QString::fromUtf8("\uFF41pp") << 0
                                   << "U+FF41 (a fullwidth form that looks like Latin \"a\")";
        QTest::newRow("dotless i") << QString::fromUtf8("cl\u0131ent") << 2
                                   << "U+0131 (a letter that looks like Latin \"i\")";
        QTest::newRow("german umlaut is not confusable") << QString::fromUtf8("m\u00FCller") << -1 << "";
        QTest::newRow("cyrillic word without look-alikes") << QString::fromUtf8("\u0436\u0431") << -1 << "";
    }

    void confusable()
    {
        QFETCH(QString, text);
        QFETCH(int, position);
        QFETCH(QString, name);
        const InvisibleCharacters::Finding f = InvisibleCharacters::firstConfusable(text);
        QCOMPARE(f.position, qsizetype(position));
        QCOMPARE(f.name, name);
    }
};

QTEST_GUILESS_MAIN(tst_InvisibleCharacters)
#include "tst_invisiblecharacters.moc"
