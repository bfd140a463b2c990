// LogEscape: what a request may carry never reaches a log line as a control character.
#include "LogEscape.h"

#include <QTest>

using connectlab::sandbox::LogEscape;

class TestLogEscape : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escape_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("logged");
        QTest::newRow("plain") << QStringLiteral("redirect with code")
                               << QStringLiteral("redirect with code");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("newline forging a line")
            << QStringLiteral("read_vin\n2025-01-01T00:00:00Z GET / 200 index page")
            << QStringLiteral("read_vin\\n2025-01-01T00:00:00Z GET / 200 index page");
        QTest::newRow("CR LF") << QStringLiteral("a\r\nb") << QStringLiteral("a\\r\\nb");
        QTest::newRow("tab") << QStringLiteral("a\tb") << QStringLiteral("a\\tb");
        QTest::newRow("ESC colour") << QStringLiteral("\x1b[31mred\x1b[0m")
                                    << QStringLiteral("\\x1B[31mred\\x1B[0m");
        QTest::newRow("NUL") << QString(QChar(0)) << QStringLiteral("\\x00");
        QTest::newRow("bell and backspace") << QStringLiteral("\a\b") << QStringLiteral("\\x07\\x08");
        QTest::newRow("DEL") << QStringLiteral("\x7f") << QStringLiteral("\\x7F");
        QTest::newRow("C1 CSI") << QString(QChar(0x9b)) + QStringLiteral("2J") << QStringLiteral("\\x9B2J");
        QTest::newRow("NEL") << QString(QChar(0x85)) << QStringLiteral("\\x85");
        QTest::newRow("line separator") << QString(QChar(0x2028)) << QStringLiteral("\\u2028");
        QTest::newRow("paragraph separator") << QString(QChar(0x2029)) << QStringLiteral("\\u2029");
        QTest::newRow("right-to-left override")
            << QStringLiteral("abc") + QChar(0x202E) + QStringLiteral("fed")
            << QStringLiteral("abc\\u202Efed");
        QTest::newRow("isolate") << QString(QChar(0x2066)) << QStringLiteral("\\u2066");
        QTest::newRow("backslash stays unambiguous") << QStringLiteral("a\\nb") << QStringLiteral("a\\\\nb");
        QTest::newRow("letters kept")
            << QStringLiteral("zürich-東京-🚗 café") << QStringLiteral("zürich-東京-🚗 café");
        QTest::newRow("no-break space kept") << QString(QChar(0xa0)) << QString(QChar(0xa0));
    }
    void escape()
    {
        QFETCH(QString, text);
        QFETCH(QString, logged);
        QCOMPARE(LogEscape::escape(text), logged);
    }

    // Every code point below U+00A0 and the line-breaking ones come out as printable ASCII escapes.
    void noControlCharacterSurvives()
    {
        QString all;
        for (char16_t u = 0; u < 0xA0; ++u)
            all += QChar(u);
        for (char16_t u :
             {0x2028, 0x2029, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069})
            all += QChar(u);
        const QString out = LogEscape::escape(all);
        for (const QChar c : out)
            QVERIFY2(c.unicode() >= 0x20 && c.unicode() < 0x7f, qPrintable(QString::number(c.unicode(), 16)));
    }
};

QTEST_GUILESS_MAIN(TestLogEscape)
#include "tst_logescape.moc"
