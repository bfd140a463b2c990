#include "WebhookSignature.h"

#include <QJsonDocument>
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

    // check(): the verdict a developer gets for their receiver's bytes, and why a signature does not match.
    void check_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("signature");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("why");
        const QByteArray body = R"({"data":{"a":1},"eventId":"e1"})"; // keys sorted: Indented keeps them
        const QString good = WebhookSignature::sign("token-1", body);
        QTest::newRow("valid") << body << good << true
                               << QStringLiteral(
                                      "SC-Signature matches: HMAC-SHA256 of exactly these bytes (length 31)");
        QTest::newRow("pretty-printed copy")
            << QJsonDocument::fromJson(body).toJson(QJsonDocument::Indented) << good << false
            << QStringLiteral("No match, but it matches this body as compact JSON");
        QTest::newRow("re-formatted, keys in their order, a quote in a string")
            << QByteArray("{\n  \"z\": \"a \\\" b\",\n  \"a\": [1,2]\n}")
            << WebhookSignature::sign("token-1", "{\"z\":\"a \\\" b\",\"a\":[1,2]}") << false
            << QStringLiteral("No match, but it matches this body as compact JSON");
        QTest::newRow("final line break")
            << body + "\n"
            << good << false
            << QStringLiteral("No match, but it matches these bytes without their final line break");
        QTest::newRow("another token") << body << WebhookSignature::sign("token-2", body) << false
                                       << QStringLiteral("No match: the signature is not HMAC-SHA256");
        QTest::newRow("not hex")
            << body << QStringLiteral("sha256=") + good << false
            << QStringLiteral(
                   "SC-Signature must be 64 hex digits (a hex HMAC-SHA256); this one has length 71.");
        QTest::newRow("one character")
            << body << QStringLiteral("x") << false << QStringLiteral("this one has length 1.");
    }
    void check()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, signature);
        QFETCH(bool, valid);
        QFETCH(QString, why);
        const WebhookSignature::Check c = WebhookSignature::check("token-1", body, signature);
        QCOMPARE(c.valid, valid);
        QCOMPARE(c.expected, WebhookSignature::sign("token-1", body));
        QVERIFY2(c.explanation.contains(why), qPrintable(c.explanation));
    }
};

QTEST_GUILESS_MAIN(tst_WebhookSignature)
#include "tst_webhooksignature.moc"
