// HistoryStore: entries with times, persisted as JSON, capped.
#include "HistoryStore.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace connectlab;

class TestHistoryStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void addSaveLoad()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.json"));
        {
            HistoryStore h;
            h.setPath(path);
            QSignalSpy changed(&h, &HistoryStore::changed);
            h.add(QStringLiteral("copied"), QStringLiteral("https://a"), QStringLiteral("copied the link"));
            h.add(QStringLiteral("launched"), QStringLiteral("https://b"));
            QCOMPARE(changed.count(), 2);
        }
        HistoryStore again;
        again.setPath(path);
        QVERIFY(again.load());
        QCOMPARE(again.entries().size(), 2);
        QCOMPARE(again.entries().at(0).kind, QStringLiteral("copied"));
        QCOMPARE(again.entries().at(1).url, QStringLiteral("https://b"));
        QVERIFY(again.entries().at(0).time.isValid());
        QVERIFY(qAbs(again.entries().at(0).time.secsTo(QDateTime::currentDateTime())) < 60);
    }

    void capped()
    {
        HistoryStore h; // in memory
        for (int i = 0; i < HistoryStore::MaxEntries + 10; ++i)
            h.add(QStringLiteral("copied"), QString::number(i));
        QCOMPARE(h.entries().size(), HistoryStore::MaxEntries);
        QCOMPARE(h.entries().constFirst().url, QStringLiteral("10"));
        h.clear();
        QVERIFY(h.entries().isEmpty());
    }
};

QTEST_MAIN(TestHistoryStore)
#include "tst_historystore.moc"
