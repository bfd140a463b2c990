#include "CaseResult.h"

#include <QTest>

using connectlab::plan::CaseResult;
using connectlab::plan::Expectation;
using connectlab::plan::Verdict;

namespace {

Expectation expect(const QString &outcome, const QString &error = {}, const QString &state = {},
                   int exchanges = -1, int minVehicles = -1)
{
    Expectation e;
    e.outcome = outcome;
    e.error = error;
    e.stateCheck = state;
    e.exchanges = exchanges;
    e.minVehicles = minVehicles;
    return e;
}

CaseResult got(const QString &outcome, const QString &error = {},
               const QString &state = QStringLiteral("match"), int exchange = -1, int vehicles = -1)
{
    CaseResult r;
    r.outcome = outcome;
    r.error = error;
    r.stateCheck = state;
    r.exchange = exchange;
    r.vehicles = vehicles;
    if (exchange == 0)
        r.exchangeDetail = QStringLiteral("invalid_grant");
    return r;
}

} // namespace

Q_DECLARE_METATYPE(Expectation)
Q_DECLARE_METATYPE(CaseResult)

class TstVerdict : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void judge_data()
    {
        QTest::addColumn<Expectation>("expected");
        QTest::addColumn<CaseResult>("result");
        QTest::addColumn<bool>("passes");
        QTest::addColumn<QString>("sentence");

        QTest::newRow("code passes") << expect("code") << got("code") << true
                                     << "Got a code with state match, as expected.";
        QTest::newRow("code fails on error") << expect("code") << got("error", "access_denied") << false
                                             << "Expected a code, got error access_denied with state match.";
        QTest::newRow("user_id passes") << expect("user_id") << got("user_id") << true << "Got a user_id";
        QTest::newRow("user_id fails on code")
            << expect("user_id") << got("code") << false << "Expected a user_id, got a code";
        QTest::newRow("error passes") << expect("error", "no_vehicles") << got("error", "no_vehicles") << true
                                      << "Got error no_vehicles";
        QTest::newRow("any error passes")
            << expect("error") << got("error", "no_vehicles") << true << "as expected";
        QTest::newRow("error fails on another error")
            << expect("error", "no_vehicles") << got("error", "vehicle_incompatible") << false
            << "Expected error no_vehicles, got error vehicle_incompatible";
        QTest::newRow("error page passes") << expect("connect_error_page", "invalid_client_id")
                                           << got("connect_error_page", "invalid_client_id", {}) << true
                                           << "Got Connect's error page invalid_client_id, as expected.";
        QTest::newRow("error page fails on code") << expect("connect_error_page") << got("code") << false
                                                  << "Expected Connect's own error page, got a code";
        QTest::newRow("timeout passes")
            << expect("timeout") << got("timeout", {}, {}) << true << "Got no redirect";
        QTest::newRow("timeout fails on code")
            << expect("timeout") << got("code") << false << "Expected no redirect (a timeout), got a code";
        QTest::newRow("state passes") << expect("code", {}, "match") << got("code") << true << "as expected";
        QTest::newRow("state fails") << expect("code", {}, "match") << got("code", {}, "mismatch") << false
                                     << "Expected a code with state match, got a code with state mismatch.";
        QTest::newRow("exchange passes") << expect("code", {}, {}, 1) << got("code", {}, "match", 1) << true
                                         << "that exchanged for tokens";
        QTest::newRow("exchange fails") << expect("code", {}, {}, 1) << got("code", {}, "match", 0) << false
                                        << "the token endpoint refused: invalid_grant";
        QTest::newRow("refusal passes") << expect("code", {}, {}, 0) << got("code", {}, "match", 0) << true
                                        << "that the token endpoint refused";
        QTest::newRow("refusal fails") << expect("code", {}, {}, 0) << got("code", {}, "match", 1) << false
                                       << "got a code that bought tokens";
        QTest::newRow("vehicles pass")
            << expect("code", {}, {}, -1, 3) << got("code", {}, "match", 1, 3) << true << "3 vehicle";
        QTest::newRow("vehicles fail") << expect("code", {}, {}, -1, 3) << got("code", {}, "match", 1, 1)
                                       << false << "Expected a code, at least 3 vehicle";
        CaseResult skipped = got("code");
        skipped.notPerformed = QStringLiteral("Asked to deny, but the approval screen never came.");
        QTest::newRow("not performed fails")
            << expect("code") << skipped << false << "Asked to deny, but the approval screen never came.";
    }

    void judge()
    {
        QFETCH(Expectation, expected);
        QFETCH(CaseResult, result);
        QFETCH(bool, passes);
        QFETCH(QString, sentence);
        result.planCase.expect = expected;
        Verdict::judge(&result);
        QCOMPARE(result.status, passes ? CaseResult::Status::Passed : CaseResult::Status::Failed);
        QVERIFY2(result.verdict.contains(sentence), qPrintable(result.verdict));
    }
};

QTEST_GUILESS_MAIN(TstVerdict)
#include "tst_verdict.moc"
