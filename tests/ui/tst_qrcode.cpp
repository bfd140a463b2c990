// QrCode: libqrencode's matrix as an image and an SVG; finder patterns where a reader expects them.
#include "QrCode.h"

#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTest>

using namespace connectlab;

class TestQrCode : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void encodes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("short") << "https://connect.smartcar.com/oauth/authorize?client_id=x";
        QTest::newRow("long") << QStringLiteral("https://connect.smartcar.com/oauth/authorize?state=") +
                                     QString(900, QLatin1Char('a'));
        QTest::newRow("non-ascii") << "https://h/?state=%C3%A9t%C3%A9 été";
    }

    void encodes()
    {
        QFETCH(QString, text);
        const QrCode code = QrCode::encode(text);
        QVERIFY(!code.isNull());
        QVERIFY(code.size() >= 21);
        QCOMPARE((code.size() - 17) % 4, 0); // a valid QR version
        // The three finder patterns: dark 7x7 rings at three corners, with a dark centre.
        for (const QPoint corner : {QPoint(0, 0), QPoint(code.size() - 7, 0), QPoint(0, code.size() - 7)}) {
            QVERIFY(code.module(corner.x(), corner.y()));
            QVERIFY(code.module(corner.x() + 6, corner.y() + 6));
            QVERIFY(!code.module(corner.x() + 1, corner.y() + 1));
            QVERIFY(code.module(corner.x() + 3, corner.y() + 3));
        }
        const QImage image = code.toImage(4, 4);
        QCOMPARE(image.width(), (code.size() + 8) * 4);
        QCOMPARE(image.pixelColor(1, 1), QColor(Qt::white));                 // quiet zone
        QCOMPARE(image.pixelColor(4 * 4 + 1, 4 * 4 + 1), QColor(Qt::black)); // finder corner
        QSvgRenderer svg(code.toSvg().toUtf8());
        QVERIFY(svg.isValid());
        QCOMPARE(svg.viewBox().width(), code.size() + 8);
    }

    void emptyAndTooLong()
    {
        QVERIFY(QrCode::encode(QString()).isNull());
        QVERIFY(QrCode::encode(QString(5000, QLatin1Char('x'))).isNull());
        QVERIFY(QrCode::encode(QString()).toImage().isNull());
    }
};

QTEST_MAIN(TestQrCode)
#include "tst_qrcode.moc"
