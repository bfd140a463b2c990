// QrCode: libqrencode's matrix as an image and an SVG; finder patterns where a reader expects them.
#include "QrCode.h"
#include "QrCodeDialog.h"

#include <QLabel>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTest>

#ifdef CONNECTLAB_HAVE_ZBAR
#include <zbar.h>

#include <memory>
#endif

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

    // What a phone's camera app would read: the code decodes back to the exact link.
    void decodesToTheLink_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("sample link")
            << "https://connect.smartcar.com/oauth/authorize?response_type=code&client_id="
               "8229df9f-91a0-4ff0-a1ae-a1f38ee24d07&redirect_uri=http%3A%2F%2Flocalhost%3A8000%2Fcallback"
               "&scope=required%3Aread_vehicle_info%20read_odometer&state=p4uAJ3lYmG_1kZ5k2PzGY3pcV5oZj84C"
               "&approval_prompt=auto&mode=simulated";
        QTest::newRow("long state") << QStringLiteral("https://connect.smartcar.com/oauth/authorize?state=") +
                                           QString(600, QLatin1Char('b'));
    }

    void decodesToTheLink()
    {
#ifndef CONNECTLAB_HAVE_ZBAR
        QSKIP("built without zbar (libzbar-dev): cannot decode the QR code");
#else
        QFETCH(QString, text);
        const QImage image = QrCode::encode(text).toImage(4, 4).convertToFormat(QImage::Format_Grayscale8);
        QVERIFY(!image.isNull());
        // zbar wants tightly packed Y800 rows.
        QByteArray pixels;
        pixels.reserve(image.width() * image.height());
        for (int y = 0; y < image.height(); ++y)
            pixels.append(reinterpret_cast<const char *>(image.constScanLine(y)), image.width());

        std::unique_ptr<zbar::zbar_image_scanner_t, decltype(&zbar::zbar_image_scanner_destroy)> scanner(
            zbar::zbar_image_scanner_create(), &zbar::zbar_image_scanner_destroy);
        zbar::zbar_image_scanner_set_config(scanner.get(), zbar::ZBAR_NONE, zbar::ZBAR_CFG_ENABLE, 0);
        zbar::zbar_image_scanner_set_config(scanner.get(), zbar::ZBAR_QRCODE, zbar::ZBAR_CFG_ENABLE, 1);
        std::unique_ptr<zbar::zbar_image_t, decltype(&zbar::zbar_image_destroy)> zimage(
            zbar::zbar_image_create(), &zbar::zbar_image_destroy);
        zbar::zbar_image_set_format(zimage.get(), zbar_fourcc('Y', '8', '0', '0'));
        zbar::zbar_image_set_size(zimage.get(), unsigned(image.width()), unsigned(image.height()));
        zbar::zbar_image_set_data(zimage.get(), pixels.constData(), unsigned(pixels.size()), nullptr);
        QCOMPARE(zbar::zbar_scan_image(scanner.get(), zimage.get()), 1);
        const zbar::zbar_symbol_t *symbol = zbar::zbar_image_first_symbol(zimage.get());
        QVERIFY(symbol);
        const QString decoded = QString::fromUtf8(zbar::zbar_symbol_get_data(symbol),
                                                  int(zbar::zbar_symbol_get_data_length(symbol)));
        QCOMPARE(decoded, text);
#endif
    }

    // A sandbox link only opens on this computer: the dialog says so instead of "scan it with a phone".
    void dialogSaysWhenALinkOnlyWorksHere_data()
    {
        QTest::addColumn<QString>("link");
        QTest::addColumn<bool>("local");
        QTest::newRow("sandbox") << "http://127.0.0.1:47813/oauth/authorize?client_id=x" << true;
        QTest::newRow("localhost") << "http://localhost:8765/oauth/authorize?client_id=x" << true;
        QTest::newRow("Connect") << "https://connect.smartcar.com/oauth/authorize?client_id=x" << false;
    }

    void dialogSaysWhenALinkOnlyWorksHere()
    {
        QFETCH(QString, link);
        QFETCH(bool, local);
        QrCodeDialog dialog(link);
        auto *status = dialog.findChild<QLabel *>(QStringLiteral("qrStatus"));
        QVERIFY(status);
        QCOMPARE(status->property("localLink").toBool(), local);
        QCOMPARE(status->text().contains(QStringLiteral("a phone cannot open it")), local);
        QCOMPARE(status->text().startsWith(QStringLiteral("Scan it with a phone")), !local);
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
