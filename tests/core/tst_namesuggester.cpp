#include "NameSuggester.h"

#include <QTest>

using namespace connectlab;

class tst_NameSuggester : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void nearest_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("candidates");
        QTest::addColumn<QString>("suggestion");
        const QStringList permissions = {"read_odometer", "read_vehicle_info", "read_vin",
                                         "read_location", "read_battery",      "control_security"};
        QTest::newRow("missing letter") << "read_odometr" << permissions << "read_odometer";
        QTest::newRow("swapped letters") << "read_odoemter" << permissions << "read_odometer";
        QTest::newRow("extra letter") << "read_vinn" << permissions << "read_vin";
        QTest::newRow("wrong letter") << "read_locatoin" << permissions << "read_location";
        QTest::newRow("far from all") << "read_weather" << permissions << "";
        QTest::newRow("a known name") << "read_vin" << permissions << "";
        QTest::newRow("short name, two edits is too many") << "vim" << QStringList{"read_vin"} << "";
        QTest::newRow("makes") << "TESALA" << QStringList{"TESLA", "TOYOTA", "BMW"} << "TESLA";
        QTest::newRow("case ignored") << "tesla" << QStringList{"TESLA"} << "";
        QTest::newRow("flags") << "contry" << QStringList{"country", "user", "account_sync"} << "country";
        QTest::newRow("parameters") << "redirect_url" << QStringList{"redirect_uri", "response_type"}
                                    << "redirect_uri";
        QTest::newRow("empty") << "" << permissions << "";
    }

    void nearest()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, candidates);
        QFETCH(QString, suggestion);
        QCOMPARE(NameSuggester::nearest(name, candidates), suggestion);
    }

    void distance()
    {
        QCOMPARE(NameSuggester::distance(u"", u"abc"), 3);
        QCOMPARE(NameSuggester::distance(u"abc", u"abc"), 0);
        QCOMPARE(NameSuggester::distance(u"abc", u"acb"), 1);
        QCOMPARE(NameSuggester::distance(u"kitten", u"sitting"), 3);
        QCOMPARE(NameSuggester::distance(u"ABC", u"abc"), 0);
    }
};

QTEST_GUILESS_MAIN(tst_NameSuggester)
#include "tst_namesuggester.moc"
