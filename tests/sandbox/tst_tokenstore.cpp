// TokenStore: codes, access and refresh tokens with the lifetimes Smartcar documents, single use, bound to
// their client and redirect URI, and the RFC 6749 revocation when a code is used twice. Time is injected.
#include "TokenStore.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTimeZone>

using namespace connectlab::sandbox;

namespace {

const QDateTime T0(QDate(2025, 1, 1), QTime(12, 0), QTimeZone::utc());

Grant grant(const QString &clientId = QStringLiteral("app"))
{
    return Grant{clientId,
                 QStringLiteral("https://app.example/cb"),
                 QStringLiteral("driver@example.com"),
                 {QStringLiteral("read_vin"), QStringLiteral("read_odometer")},
                 {QStringLiteral("v1"), QStringLiteral("v2")},
                 true};
}

} // namespace

class TestTokenStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void randomIdsAreVersion4Uuids()
    {
        static const QRegularExpression uuid(
            QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
        QSet<QString> seen;
        for (int i = 0; i < 1000; ++i) {
            const QString id = TokenStore::randomId();
            QVERIFY2(uuid.match(id).hasMatch(), qPrintable(id));
            seen.insert(id);
        }
        QCOMPARE(seen.size(), 1000);
    }

    void exchangeGivesTokensForTheGrant()
    {
        TokenStore store;
        const QString code = store.issueCode(grant(), T0);
        QCOMPARE(store.grantForCode(code)->login, QStringLiteral("driver@example.com"));
        QString why;
        const auto tokens = store.exchangeCode(code, QStringLiteral("app"), grant().redirectUri, T0, &why);
        QVERIFY2(tokens, qPrintable(why));
        QVERIFY(tokens->accessToken != tokens->refreshToken);
        QCOMPARE(tokens->scope, grant().scope);
        const Grant *g = store.grantForAccessToken(tokens->accessToken, T0);
        QVERIFY(g);
        QCOMPARE(g->vehicleIds, grant().vehicleIds);
        QVERIFY(!store.grantForAccessToken(tokens->refreshToken, T0)); // a refresh token is no access token
    }

    void exchangeRefusals_data()
    {
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<QString>("redirectUri");
        QTest::addColumn<int>("secondsLater");
        QTest::addColumn<QString>("why");
        const QString uri = grant().redirectUri;
        QTest::newRow("another client")
            << QStringLiteral("other") << uri << 0 << QStringLiteral("another client");
        QTest::newRow("another redirect URI")
            << QStringLiteral("app") << QStringLiteral("https://app.example/x") << 0
            << QStringLiteral("redirect_uri does not match");
        QTest::newRow("10 minutes later") << QStringLiteral("app") << uri << 600 << QStringLiteral("expired");
        QTest::newRow("a day later") << QStringLiteral("app") << uri << 86400 << QStringLiteral("expired");
    }
    void exchangeRefusals()
    {
        QFETCH(QString, clientId);
        QFETCH(QString, redirectUri);
        QFETCH(int, secondsLater);
        QFETCH(QString, why);
        TokenStore store;
        const QString code = store.issueCode(grant(), T0);
        QString description;
        QVERIFY(!store.exchangeCode(code, clientId, redirectUri, T0.addSecs(secondsLater), &description));
        QVERIFY2(description.contains(why), qPrintable(description));
    }

    void codeLivesJustUnderTenMinutes()
    {
        TokenStore store;
        const QString code = store.issueCode(grant(), T0);
        QString why;
        QVERIFY(store.exchangeCode(code, QStringLiteral("app"), grant().redirectUri, T0.addSecs(599), &why));
    }

    void unknownCode()
    {
        TokenStore store;
        QString why;
        QVERIFY(!store.exchangeCode(QStringLiteral("nope"), QStringLiteral("app"), grant().redirectUri, T0,
                                    &why));
        QVERIFY(why.contains(QLatin1String("unknown")));
        QVERIFY(!store.grantForCode(QStringLiteral("nope")));
    }

    // RFC 6749 section 4.1.2: a code used twice is refused, and what it bought is revoked.
    void reusedCodeRevokesItsTokens()
    {
        TokenStore store;
        const QString code = store.issueCode(grant(), T0);
        QString why;
        const auto first = store.exchangeCode(code, QStringLiteral("app"), grant().redirectUri, T0, &why);
        QVERIFY(first);
        const auto refreshed = store.refresh(first->refreshToken, QStringLiteral("app"), T0, &why);
        QVERIFY(refreshed);
        QVERIFY(!store.exchangeCode(code, QStringLiteral("app"), grant().redirectUri, T0, &why));
        QVERIFY(why.contains(QLatin1String("already used")));
        QVERIFY(!store.grantForAccessToken(first->accessToken, T0));
        QVERIFY(!store.grantForAccessToken(refreshed->accessToken, T0));
        QVERIFY(!store.refresh(refreshed->refreshToken, QStringLiteral("app"), T0, &why));
        QVERIFY(store.grantForCode(code)); // the code itself is still known (used)
    }

    void accessTokenLifetime_data()
    {
        QTest::addColumn<int>("secondsLater");
        QTest::addColumn<bool>("valid");
        QTest::newRow("now") << 0 << true;
        QTest::newRow("1:59:59") << 7199 << true;
        QTest::newRow("2:00:00") << 7200 << false;
    }
    void accessTokenLifetime()
    {
        QFETCH(int, secondsLater);
        QFETCH(bool, valid);
        TokenStore store;
        QString why;
        const auto t = store.exchangeCode(store.issueCode(grant(), T0), QStringLiteral("app"),
                                          grant().redirectUri, T0, &why);
        QCOMPARE(store.grantForAccessToken(t->accessToken, T0.addSecs(secondsLater)) != nullptr, valid);
    }

    void refreshRotatesAndIsSingleUse()
    {
        TokenStore store;
        QString why;
        const auto t = store.exchangeCode(store.issueCode(grant(), T0), QStringLiteral("app"),
                                          grant().redirectUri, T0, &why);
        const auto next = store.refresh(t->refreshToken, QStringLiteral("app"), T0.addSecs(100), &why);
        QVERIFY2(next, qPrintable(why));
        QVERIFY(next->refreshToken != t->refreshToken);
        QVERIFY(next->accessToken != t->accessToken);
        QCOMPARE(next->scope, grant().scope);
        QVERIFY(store.grantForAccessToken(next->accessToken, T0.addSecs(100)));
        QVERIFY(!store.refresh(t->refreshToken, QStringLiteral("app"), T0.addSecs(200), &why));
        QVERIFY(why.contains(QLatin1String("already used")));
    }

    void refreshRefusals_data()
    {
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<qint64>("secondsLater");
        QTest::addColumn<QString>("why");
        QTest::newRow("another client")
            << QStringLiteral("other") << qint64(0) << QStringLiteral("another client");
        QTest::newRow("60 days later")
            << QStringLiteral("app") << qint64(60) * 24 * 3600 << QStringLiteral("expired");
    }
    void refreshRefusals()
    {
        QFETCH(QString, clientId);
        QFETCH(qint64, secondsLater);
        QFETCH(QString, why);
        TokenStore store;
        QString description;
        const auto t = store.exchangeCode(store.issueCode(grant(), T0), QStringLiteral("app"),
                                          grant().redirectUri, T0, &description);
        QVERIFY(!store.refresh(t->refreshToken, clientId, T0.addSecs(secondsLater), &description));
        QVERIFY2(description.contains(why), qPrintable(description));
        // Refused, not spent: the right client can still use it in time.
        QVERIFY(store.refresh(t->refreshToken, QStringLiteral("app"), T0.addSecs(1), &description));
    }

    void refreshJustInsideSixtyDays()
    {
        TokenStore store;
        QString why;
        const auto t = store.exchangeCode(store.issueCode(grant(), T0), QStringLiteral("app"),
                                          grant().redirectUri, T0, &why);
        QVERIFY(
            store.refresh(t->refreshToken, QStringLiteral("app"), T0.addSecs(60LL * 24 * 3600 - 1), &why));
    }

    // A flood of live codes does not grow the store without bound.
    void staysBounded()
    {
        TokenStore store;
        QString first;
        for (qsizetype i = 0; i < TokenStore::MaxEntries + 10; ++i) {
            const QString code = store.issueCode(grant(), T0);
            if (i == 0)
                first = code;
        }
        QVERIFY(!store.grantForCode(first)); // forgotten to make room
        // Expired entries go first, before anything live is dropped.
        TokenStore aging;
        for (qsizetype i = 0; i < TokenStore::MaxEntries - 1; ++i)
            aging.issueCode(grant(), T0);
        QString why;
        const auto live =
            aging.exchangeCode(aging.issueCode(grant(), T0.addSecs(3600)), QStringLiteral("app"),
                               grant().redirectUri, T0.addSecs(3600), &why);
        QVERIFY(live);
        aging.issueCode(grant(), T0.addSecs(3601));
        QVERIFY(aging.grantForAccessToken(live->accessToken, T0.addSecs(3601)));
    }
};

QTEST_GUILESS_MAIN(TestTokenStore)
#include "tst_tokenstore.moc"
