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
        QTest::newRow("latin") << "example.com" << -1;
        QTest::newRow("cyrillic a") << QString::fromUtf8("exаmple.com") << 2;
        QTest::newRow("greek omicron") << QString::fromUtf8("gοogle") << 1;
        QTest::newRow("fullwidth") << QString::fromUtf8("ａpp") << 0;
        QTest::newRow("german umlaut is not confusable") << QString::fromUtf8("müller") << -1;
    }

    void confusable()
    {
        QFETCH(QString, text);
        QFETCH(int, position);
        QCOMPARE(InvisibleCharacters::firstConfusable(text).position, qsizetype(position));
    }
};

QTEST_GUILESS_MAIN(tst_InvisibleCharacters)
#include "tst_invisiblecharacters.moc"
