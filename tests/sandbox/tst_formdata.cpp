// FormData: query and form-body decoding as servers do it ('+' is a space), and strict encoding.
#include "FormData.h"

#include <QStandardPaths>
#include <QTest>

using connectlab::sandbox::FormData;

class TestFormData : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void decode_data()
    {
        QTest::addColumn<QByteArray>("encoded");
        QTest::addColumn<QString>("value");
        QTest::newRow("plus is space") << QByteArray("a+b") << QStringLiteral("a b");
        QTest::newRow("%2B is plus") << QByteArray("a%2Bb") << QStringLiteral("a+b");
        QTest::newRow("%20") << QByteArray("a%20b") << QStringLiteral("a b");
        QTest::newRow("raw colon and slash (iOS)")
            << QByteArray("country:DE%20flag:x") << QStringLiteral("country:DE flag:x");
        QTest::newRow("utf-8") << QByteArray("z%C3%BCrich") << QStringLiteral("zürich");
        QTest::newRow("stray percent") << QByteArray("100%") << QStringLiteral("100%");
        QTest::newRow("bad escape") << QByteArray("%zz") << QStringLiteral("%zz");
        QTest::newRow("lowercase hex") << QByteArray("%3a") << QStringLiteral(":");
        QTest::newRow("empty") << QByteArray() << QString();
    }
    void decode()
    {
        QFETCH(QByteArray, encoded);
        QFETCH(QString, value);
        QCOMPARE(FormData::parse(QByteArray("x=" + encoded)).value(QStringLiteral("x")), value);
    }

    void keepsOrderRepeatsAndBareNames()
    {
        const FormData f = FormData::parse("b=1&a=2&b=3&flag&&=v");
        QCOMPARE(f.pairs().size(), 4); // "=v" has no name: dropped, as QueryString does for every form
        QCOMPARE(f.values(QStringLiteral("b")), QStringList({QStringLiteral("1"), QStringLiteral("3")}));
        QVERIFY(f.contains(QStringLiteral("flag")));
        QVERIFY(f.value(QStringLiteral("flag")).isEmpty());
        QVERIFY(!f.value(QStringLiteral("flag")).isNull());
        QVERIFY(f.value(QStringLiteral("missing")).isNull());
        QVERIFY(f.value(QString()).isNull());
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("reserved") << QStringLiteral("+ & = # % ? / : @");
        QTest::newRow("non-ascii") << QStringLiteral("東京 🚗");
        QTest::newRow("quotes") << QStringLiteral("\"<'>\"");
    }
    void roundTrip()
    {
        QFETCH(QString, value);
        FormData f;
        f.add(QStringLiteral("state"), value);
        const QByteArray encoded = f.toEncoded();
        QVERIFY(!encoded.contains(' '));
        QVERIFY(!encoded.contains('+'));
        QCOMPARE(encoded.count('&'), 0);
        QCOMPARE(FormData::parse(encoded).value(QStringLiteral("state")), value);
    }
};

QTEST_GUILESS_MAIN(TestFormData)
#include "tst_formdata.moc"
