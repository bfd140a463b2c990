#include "ConnectRequest.h"
#include "Validator.h"
#include "VinAssessment.h"

#include <QTest>

using namespace connectlab;

// One VIN verdict for a VIN and a mode. The validator reports exactly its findings on single_select_vin, and
// the form shows its summary, so the line under the field and the Problems list never disagree.
class tst_VinAssessment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void verdict_data();
    void verdict();
    void validatorReportsTheSameFindings_data();
    void validatorReportsTheSameFindings();
};

void tst_VinAssessment::verdict_data()
{
    QTest::addColumn<QString>("vin");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("code");     // "" when nothing is wrong
    QTest::addColumn<QString>("severity"); // of the finding ("" when none)
    QTest::addColumn<bool>("good");
    QTest::addColumn<QString>("summaryPart");

    QTest::newRow("empty") << ""
                           << "live"
                           << ""
                           << "" << false << "Optional";
    QTest::newRow("US VIN, right check digit") << "1M8GDM9AXKP042788"
                                               << "live"
                                               << ""
                                               << "" << true << "check digit X";
    QTest::newRow("European VIN") << "WVWZZZ1JZXW000001"
                                  << "live"
                                  << ""
                                  << "" << true << "no check digit";
    QTest::newRow("US VIN, wrong check digit, live") << "1M8GDM9A1KP042788"
                                                     << "live"
                                                     << "vin-check-digit"
                                                     << "error" << false << "refused in live mode";
    QTest::newRow("US VIN, wrong check digit, simulated") << "1M8GDM9A1KP042788"
                                                          << "simulated"
                                                          << "vin-check-digit"
                                                          << "info" << false << "accepted in simulated";
    QTest::newRow("US VIN, wrong check digit, test") << "1M8GDM9A1KP042788"
                                                     << "test"
                                                     << "vin-check-digit"
                                                     << "info" << false << "accepted in test";
    QTest::newRow("US VIN, wrong check digit, unknown mode is strict") << "1M8GDM9A1KP042788"
                                                                       << "sandbox"
                                                                       << "vin-check-digit"
                                                                       << "error" << false << "refused";
    QTest::newRow("Smartcar test VIN, live") << "0SCAUDI037A5ADB1C"
                                             << "live"
                                             << "vin-forbidden-letters"
                                             << "error" << false << "I, O or Q";
    QTest::newRow("Smartcar test VIN, simulated") << "0SCAUDI037A5ADB1C"
                                                  << "simulated"
                                                  << "vin-forbidden-letters"
                                                  << "info" << false << "accepted";
    QTest::newRow("16 characters, live") << "1M8GDM9AXKP04278"
                                         << "live"
                                         << "vin-format"
                                         << "error" << false << "16 of 17";
    QTest::newRow("16 characters, simulated") << "1M8GDM9AXKP04278"
                                              << "simulated"
                                              << "vin-format"
                                              << "error" << false << "16 of 17";
    QTest::newRow("lower case, simulated") << "1m8gdm9axkp042788"
                                           << "simulated"
                                           << "vin-format"
                                           << "error" << false << "only A-Z and 0-9";
    QTest::newRow("18 characters") << "123456789901234567"
                                   << "live"
                                   << "vin-format"
                                   << "error" << false << "18 of 17";
    QTest::newRow("a space") << "1M8GDM9AX P042788"
                             << "simulated"
                             << "vin-format"
                             << "error" << false << "A-Z";
}

void tst_VinAssessment::verdict()
{
    QFETCH(QString, vin);
    QFETCH(QString, mode);
    QFETCH(QString, code);
    QFETCH(QString, severity);
    QFETCH(bool, good);
    QFETCH(QString, summaryPart);
    const VinAssessment a = VinAssessment::assess(vin, mode);
    QCOMPARE(a.isEmpty(), vin.isEmpty());
    QCOMPARE(a.isGood(), good);
    QVERIFY2(a.summary().contains(summaryPart), qPrintable(a.summary()));
    if (code.isEmpty()) {
        QVERIFY(a.findings().isEmpty());
    } else {
        QCOMPARE(a.findings().size(), 1);
        QCOMPARE(a.findings().first().code, code);
        QCOMPARE(a.findings().first().field, QStringLiteral("single_select_vin"));
        QCOMPARE(severityName(a.findings().first().severity), severity);
        QCOMPARE(severityName(a.severity()), severity);
        QVERIFY(!a.findings().first().message.isEmpty());
    }
}

void tst_VinAssessment::validatorReportsTheSameFindings_data()
{
    QTest::addColumn<QString>("vin");
    QTest::addColumn<QString>("mode");
    const char *vins[] = {"1M8GDM9AXKP042788",  "1M8GDM9A1KP042788", "0SCAUDI037A5ADB1C",
                          "WVWZZZ1JZXW000001",  "1M8GDM9AXKP04278",  "1m8gdm9axkp042788",
                          "123456789901234567", "IIIIIIIIIIIIIIIII"};
    for (const char *vin : vins)
        for (const char *mode : {"live", "simulated", "test", "bogus"})
            QTest::addRow("%s %s", vin, mode) << QString::fromLatin1(vin) << QString::fromLatin1(mode);
}

void tst_VinAssessment::validatorReportsTheSameFindings()
{
    QFETCH(QString, vin);
    QFETCH(QString, mode);
    ConnectRequest r;
    r.clientId = QStringLiteral("4cf82729-4275-46d9-9255-8437ba777151");
    r.singleSelect = QStringLiteral("true");
    r.singleSelectVin = vin;
    r.mode = mode;
    Diagnostics vinFindings;
    for (const Diagnostic &d : Validator::validate(r))
        if (d.field == u"single_select_vin" && d.code.startsWith(u"vin-"))
            vinFindings.append(d);
    QCOMPARE(vinFindings, VinAssessment::assess(vin, mode).findings());
}

QTEST_GUILESS_MAIN(tst_VinAssessment)
#include "tst_vinassessment.moc"
