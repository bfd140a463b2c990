#include "Vin.h"

#include <QTest>

using namespace connectlab;

class tst_Vin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void format_data();
    void format();
    void checkDigit_data();
    void checkDigit();
};

void tst_Vin::format_data()
{
    QTest::addColumn<QString>("vin");
    QTest::addColumn<bool>("alphanumeric17");
    QTest::addColumn<bool>("forbidden");
    QTest::addColumn<bool>("northAmerican");

    QTest::newRow("real US VIN") << "1M8GDM9AXKP042788" << true << false << true;
    QTest::newRow("Smartcar test VIN") << "0SCAUDI037A5ADB1C" << true << true << false;
    QTest::newRow("European VIN") << "WVWZZZ1JZXW000001" << true << false << false;
    QTest::newRow("16 characters") << "1M8GDM9AXKP04278" << false << false << true;
    QTest::newRow("18 characters") << "123456789901234567" << false << false << true;
    QTest::newRow("lower case") << "1m8gdm9axkp042788" << false << false << true;
    QTest::newRow("with a space") << "1M8GDM9AX P042788" << false << false << true;
    QTest::newRow("with Q") << "1M8GDM9AXKQ042788" << true << true << true;
    QTest::newRow("empty") << "" << false << false << false;
    QTest::newRow("first char 6") << "6M8GDM9AXKP042788" << true << false << false;
}

void tst_Vin::format()
{
    QFETCH(QString, vin);
    QFETCH(bool, alphanumeric17);
    QFETCH(bool, forbidden);
    QFETCH(bool, northAmerican);
    QCOMPARE(Vin::isAlphanumeric17(vin), alphanumeric17);
    QCOMPARE(Vin::hasForbiddenLetters(vin), forbidden);
    QCOMPARE(Vin::isNorthAmerican(vin), northAmerican);
}

void tst_Vin::checkDigit_data()
{
    QTest::addColumn<QString>("vin");
    QTest::addColumn<QChar>("expected");
    QTest::addColumn<bool>("matches");

    QTest::newRow("X check digit") << "1M8GDM9AXKP042788" << QChar(u'X') << true;
    QTest::newRow("Honda") << "1HGCM82633A004352" << QChar(u'3') << true;
    QTest::newRow("Tesla") << "5YJ3E1EA2KF317000" << QChar(u'2') << true;
    QTest::newRow("typo in serial") << "1HGCM82633A004353" << QChar(u'5') << false;
    QTest::newRow("wrong digit") << "1M8GDM9A1KP042788" << QChar(u'X') << false;
    QTest::newRow("I cannot be computed") << "1M8GDM9AXKI042788" << QChar() << false;
    QTest::newRow("too short") << "1M8GDM9AX" << QChar() << false;
}

void tst_Vin::checkDigit()
{
    QFETCH(QString, vin);
    QFETCH(QChar, expected);
    QFETCH(bool, matches);
    QCOMPARE(Vin::expectedCheckDigit(vin), expected);
    QCOMPARE(Vin::checkDigitMatches(vin), matches);
}

QTEST_GUILESS_MAIN(tst_Vin)
#include "tst_vin.moc"
