#include "EffectiveParameters.h"

#include <QTest>

using namespace connectlab;
using Source = EffectiveParameter::Source;

// What applies, parameter by parameter: the decoded view and the CLI's explain show exactly this.
class tst_EffectiveParameters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void minimalRequest();
    void everythingSet();
    void reauthenticationHasNoDashboardScope();
};

namespace {

EffectiveParameter row(const QList<EffectiveParameter> &rows, const QString &name)
{
    for (const EffectiveParameter &r : rows)
        if (r.name == name)
            return r;
    return {};
}

} // namespace

void tst_EffectiveParameters::minimalRequest()
{
    ConnectRequest r;
    r.clientId = QStringLiteral("c");
    const QList<EffectiveParameter> rows = EffectiveParameters::of(r);
    QCOMPARE(row(rows, QStringLiteral("response_type")),
             (EffectiveParameter{QStringLiteral("response_type"), QStringLiteral("code"),
                                 Source::ConnectDefault}));
    QCOMPARE(row(rows, QStringLiteral("client_id")).source, Source::SetByYou);
    QCOMPARE(row(rows, QStringLiteral("approval_prompt")).source, Source::ConnectDefault);
    QCOMPARE(row(rows, QStringLiteral("mode")).source, Source::ConnectDefault);
    QCOMPARE(row(rows, QStringLiteral("redirect_uri")),
             (EffectiveParameter{QStringLiteral("redirect_uri"),
                                 QStringLiteral("the Dashboard's default redirect URI"),
                                 Source::NotSentDashboard}));
    QCOMPARE(row(rows, QStringLiteral("scope")).source, Source::NotSentDashboard);
    QCOMPARE(row(rows, QStringLiteral("single_select")),
             (EffectiveParameter{QStringLiteral("single_select"), QStringLiteral("false"),
                                 Source::NotSentDefault}));
    // Nothing applies without a state or a make: no row.
    QCOMPARE(row(rows, QStringLiteral("state")).name, QString());
    QCOMPARE(row(rows, QStringLiteral("make")).name, QString());
    // The sent rows come first, in link order.
    QVERIFY(rows.first().isSent());
    QVERIFY(!rows.last().isSent());
}

void tst_EffectiveParameters::everythingSet()
{
    ConnectRequest r;
    r.clientId = QStringLiteral("c");
    r.redirectUri = QStringLiteral("https://example.com/cb");
    r.setScopeString(QStringLiteral("read_vin"));
    r.approvalPrompt = QStringLiteral("force");
    r.singleSelect = QStringLiteral("false");
    r.extras = {{QStringLiteral("external_id"), QStringLiteral("x")},
                {QStringLiteral("utm"), QStringLiteral("y")}};
    const QList<EffectiveParameter> rows = EffectiveParameters::of(r);
    for (const EffectiveParameter &e : rows)
        QVERIFY2(e.isSent(), qPrintable(e.name));
    QCOMPARE(row(rows, QStringLiteral("approval_prompt")).source, Source::SetByYou);
    // single_select=false written by the user: set by you (it is not an always-written default).
    QCOMPARE(row(rows, QStringLiteral("single_select")).source, Source::SetByYou);
    QCOMPARE(row(rows, QStringLiteral("external_id")).source, Source::SetByYou);
    QCOMPARE(row(rows, QStringLiteral("utm")).source, Source::KeptAsIs);
    QCOMPARE(rows.last().name, QStringLiteral("utm"));
}

void tst_EffectiveParameters::reauthenticationHasNoDashboardScope()
{
    ConnectRequest r;
    r.clientId = QStringLiteral("c");
    r.makeReauthentication(QStringLiteral("v-1"));
    const QList<EffectiveParameter> rows = EffectiveParameters::of(r);
    QCOMPARE(row(rows, QStringLiteral("scope")).name, QString());
    QCOMPARE(row(rows, QStringLiteral("response_type")).source, Source::SetByYou);
    QCOMPARE(row(rows, QStringLiteral("vehicle_id")).value, QStringLiteral("v-1"));
}

QTEST_GUILESS_MAIN(tst_EffectiveParameters)
#include "tst_effectiveparameters.moc"
