#include "StateGenerator.h"

#include <QByteArray>
#include <QSet>
#include <QTest>

using namespace connectlab;

class tst_StateGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void length_data();
    void length();
    void urlSafe();
    void unique();
};

void tst_StateGenerator::length_data()
{
    QTest::addColumn<int>("bytes");
    QTest::addColumn<int>("chars");
    QTest::newRow("default 24 bytes") << 24 << 32;
    QTest::newRow("16 bytes") << 16 << 22;
    QTest::newRow("below 128 bits is raised to 16 bytes") << 4 << 22;
    QTest::newRow("odd size") << 17 << 23;
}

void tst_StateGenerator::length()
{
    QFETCH(int, bytes);
    QFETCH(int, chars);
    const QString state = bytes == 24 ? StateGenerator::generate() : StateGenerator::generate(bytes);
    QCOMPARE(state.size(), chars);
    const QByteArray decoded = QByteArray::fromBase64(state.toLatin1(), QByteArray::Base64UrlEncoding |
                                                                            QByteArray::OmitTrailingEquals);
    QCOMPARE(decoded.size(), qMax(bytes, 16));
}

void tst_StateGenerator::urlSafe()
{
    for (int i = 0; i < 200; ++i) {
        const QString state = StateGenerator::generate();
        for (QChar c : state) {
            const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') ||
                            (c >= u'0' && c <= u'9') || c == u'-' || c == u'_';
            QVERIFY2(ok, qPrintable(state));
        }
    }
}

void tst_StateGenerator::unique()
{
    QSet<QString> seen;
    for (int i = 0; i < 1000; ++i)
        seen.insert(StateGenerator::generate());
    QCOMPARE(seen.size(), 1000);
}

QTEST_GUILESS_MAIN(tst_StateGenerator)
#include "tst_stategenerator.moc"
