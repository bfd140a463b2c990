// ConnectionStore: user ids (UUID v5 per app and login), reconnecting, filters, and the cursor rules.
#include "ConnectionStore.h"
#include "FormData.h"

#include <QStandardPaths>
#include <QTest>
#include <QUuid>

using namespace connectlab::sandbox;

class TestConnectionStore : public QObject
{
    Q_OBJECT

    static QList<SandboxVehicle> vehicles(int n)
    {
        QList<SandboxVehicle> out;
        for (int i = 0; i < n; ++i) {
            SandboxVehicle v;
            v.id = QStringLiteral("vehicle-%1").arg(i);
            out.append(v);
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void userIds()
    {
        const QString a = ConnectionStore::userIdFor(QStringLiteral("app"), QStringLiteral("x@example.com"));
        QCOMPARE(QUuid(a).version(), QUuid::Sha1);
        QCOMPARE(ConnectionStore::userIdFor(QStringLiteral("app"), QStringLiteral(" X@Example.com")), a);
        QVERIFY(ConnectionStore::userIdFor(QStringLiteral("app2"), QStringLiteral("x@example.com")) != a);
        QVERIFY(ConnectionStore::userIdFor(QStringLiteral("app"), QStringLiteral("y@example.com")) != a);
    }

    void query_data()
    {
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<QString>("error"); // empty: accepted
        QTest::addColumn<int>("limit");
        QTest::newRow("defaults") << QByteArray() << QString() << 25;
        QTest::newRow("limit 1") << QByteArray("limit=1") << QString() << 1;
        QTest::newRow("limit 100") << QByteArray("limit=100") << QString() << 100;
        QTest::newRow("limit 101") << QByteArray("limit=101") << "limit" << 0;
        QTest::newRow("limit -1") << QByteArray("limit=-1") << "limit" << 0;
        QTest::newRow("limit words") << QByteArray("limit=many") << "limit" << 0;
        QTest::newRow("mode live") << QByteArray("mode=live") << QString() << 25;
        QTest::newRow("mode other") << QByteArray("mode=test") << "mode" << 0;
        QTest::newRow("cursor garbage") << QByteArray("cursor=%25%25") << "cursor" << 0;
        QTest::newRow("cursor of another shape") << QByteArray("cursor=aGVsbG8") << "cursor" << 0; // "hello"
    }
    void query()
    {
        QFETCH(QByteArray, query);
        QFETCH(QString, error);
        QFETCH(int, limit);
        QString problem;
        const auto q = ConnectionQuery::fromQuery(FormData::parse(query), &problem);
        QCOMPARE(q.has_value(), error.isEmpty());
        if (q)
            QCOMPARE(q->limit, limit);
        else
            QVERIFY2(problem.contains(error), qPrintable(problem));
    }

    void pagesAndReconnects()
    {
        ConnectionStore store;
        const QDateTime t(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
        const QString user =
            store.connect(QStringLiteral("app"), QStringLiteral("a@x.com"), QStringLiteral("test"),
                          {QStringLiteral("read_vin")}, vehicles(3), t);
        store.connect(QStringLiteral("other"), QStringLiteral("a@x.com"), QStringLiteral("live"),
                      {QStringLiteral("read_vin")}, vehicles(1), t);
        // Again: the same three connections, updated.
        store.connect(QStringLiteral("app"), QStringLiteral("a@x.com"), QStringLiteral("live"),
                      {QStringLiteral("read_vin"), QStringLiteral("read_odometer")}, vehicles(3),
                      t.addDays(1));
        ConnectionQuery q;
        q.limit = 2;
        const ConnectionPage first = store.list(QStringLiteral("app"), q);
        QCOMPARE(first.connections.size(), 2);
        QVERIFY(!first.nextCursor.isEmpty());
        QCOMPARE(first.connections.at(0).mode, QStringLiteral("live"));
        QCOMPARE(first.connections.at(0).permissions.size(), 2);
        QCOMPARE(first.connections.at(0).connectedAt, t.addDays(1));
        QString problem;
        ConnectionQuery next = *ConnectionQuery::fromQuery(
            FormData::parse(QByteArray(QByteArray("limit=2&cursor=") + first.nextCursor.toLatin1())),
            &problem);
        const ConnectionPage second = store.list(QStringLiteral("app"), next);
        QCOMPARE(second.connections.size(), 1);
        QVERIFY(second.nextCursor.isEmpty());
        QCOMPARE(second.connections.at(0).vehicleId, QStringLiteral("vehicle-2"));
        QVERIFY(store.find(QStringLiteral("app"), user, QStringLiteral("vehicle-1")));
        QVERIFY(
            !store.find(QStringLiteral("other"), user, QStringLiteral("vehicle-1"))); // another app's user id
        const Connection *c = store.find(QStringLiteral("app"), user, QStringLiteral("vehicle-0"));
        QVERIFY(store.find(QStringLiteral("app"), c->id));
        QVERIFY(!store.find(QStringLiteral("other"), c->id));
    }
};

QTEST_GUILESS_MAIN(TestConnectionStore)
#include "tst_connectionstore.moc"
