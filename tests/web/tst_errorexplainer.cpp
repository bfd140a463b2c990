#include "ErrorExplainer.h"

#include <QStandardPaths>
#include <QTest>

using connectlab::flow::ErrorExplainer;

class TestErrorExplainer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void connectErrors_data()
    {
        QTest::addColumn<QString>("error");
        QTest::addColumn<QStringList>("extras");
        // Every error of connect-facts.md's table.
        QTest::newRow("access_denied") << "access_denied" << QStringList();
        QTest::newRow("vehicle_incompatible")
            << "vehicle_incompatible" << QStringList{"vin", "make", "model", "year"};
        QTest::newRow("invalid_subscription") << "invalid_subscription" << QStringList();
        QTest::newRow("no_vehicles") << "no_vehicles" << QStringList();
        QTest::newRow("configuration_error")
            << "configuration_error" << QStringList{"status_code", "error_message"};
        QTest::newRow("server_error") << "server_error" << QStringList();
        QTest::newRow("user_manually_returned_to_application")
            << "user_manually_returned_to_application" << QStringList();
        QTest::newRow("oem_cancelled_login") << "oem_cancelled_login" << QStringList();
        QTest::newRow("user_cancelled") << "user_cancelled" << QStringList();
    }

    void connectErrors()
    {
        QFETCH(QString, error);
        QFETCH(QStringList, extras);
        const auto explanation = ErrorExplainer::explain(error);
        QVERIFY(explanation.known);
        QCOMPARE(explanation.error, error);
        QVERIFY(!explanation.title.isEmpty());
        QVERIFY2(explanation.meaning.size() > 30, qPrintable(explanation.meaning));
        QVERIFY2(explanation.nextStep.size() > 15, qPrintable(explanation.nextStep));
        QCOMPARE(explanation.extras, extras);
        QVERIFY(ErrorExplainer::knownErrors().contains(error));
    }

    void wording()
    {
        QVERIFY(ErrorExplainer::explain(QStringLiteral("access_denied"))
                    .meaning.contains(QStringLiteral("Deny")));
        QVERIFY(ErrorExplainer::explain(QStringLiteral("configuration_error"))
                    .nextStep.contains(QStringLiteral("error_message")));
    }

    void unknown()
    {
        const auto explanation = ErrorExplainer::explain(QStringLiteral("brand_new_error"));
        QVERIFY(!explanation.known);
        QCOMPARE(explanation.error, QStringLiteral("brand_new_error"));
        QVERIFY(!explanation.meaning.isEmpty());
        QVERIFY(explanation.nextStep.contains(QStringLiteral("error_description")));
    }
};

QTEST_GUILESS_MAIN(TestErrorExplainer)
#include "tst_errorexplainer.moc"
