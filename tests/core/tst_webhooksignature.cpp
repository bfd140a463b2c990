#include "WebhookSignature.h"

#include <QTest>

using namespace connectlab;

class tst_WebhookSignature : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // RFC 4231 test case 2 (HMAC-SHA256, key "Jefe"): a known-good vector, not our own output.
    void knownVector()
    {
        QCOMPARE(WebhookSignature::sign("Jefe", "what do ya want for nothing?"),
                 QStringLiteral("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
    }

    void challenge()
    {
        QCOMPARE(WebhookSignature::challengeAnswer("Jefe", QStringLiteral("what do ya want for nothing?")),
                 WebhookSignature::sign("Jefe", "what do ya want for nothing?"));
    }

    void verify_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("signature");
        QTest::addColumn<bool>("ok");
        const QByteArray body = R"({"eventId":"e1","eventType":"VEHICLE_STATE"})";
        const QString good = WebhookSignature::sign("token-1", body);
        QTest::newRow("exact") << body << good << true;
        QTest::newRow("upper case hex") << body << good.toUpper() << true;
        QTest::newRow("blanks around") << body << QStringLiteral("  ") + good + u'\n' << true;
        // The exact bytes: re-serialized JSON (a space after a colon) is another message.
        QTest::newRow("other bytes") << QByteArray(R"({"eventId": "e1","eventType":"VEHICLE_STATE"})") << good
                                     << false;
        QTest::newRow("truncated") << body << good.left(63) << false;
        QTest::newRow("empty") << body << QString() << false;
        QTest::newRow("another token") << body << WebhookSignature::sign("token-2", body) << false;
    }

    void verify()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, signature);
        QFETCH(bool, ok);
        QCOMPARE(WebhookSignature::verify("token-1", body, signature), ok);
    }
};

QTEST_GUILESS_MAIN(tst_WebhookSignature)
#include "tst_webhooksignature.moc"
