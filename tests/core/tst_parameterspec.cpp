#include "Catalog.h"
#include "ConnectRequest.h"
#include "ParameterSpec.h"
#include "UrlBuilder.h"
#include "UrlParser.h"

#include <QTest>

using namespace connectlab;

// The parameter table: the one place that says which fields a link has, in which order, which are always
// written and what applies when one is unset. The builder, the parser and the decoded view follow it.
class tst_ParameterSpec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void table_data();
    void table();
    void findOnlyFields();
    void builderWritesInTableOrder();
    void assignThenValue_data();
    void assignThenValue();
    void copyKeepsEntries();
    void newRequestStartsWithDefaults();
};

void tst_ParameterSpec::table_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("position");
    QTest::addColumn<bool>("alwaysWritten");
    QTest::addColumn<int>("whenUnset");
    QTest::addColumn<QString>("unsetText");
    const int nothing = int(WhenUnset::NothingApplies), connect = int(WhenUnset::ConnectDefault),
              dashboard = int(WhenUnset::DashboardSetting);
    QTest::newRow("response_type") << "response_type" << 0 << true << connect << "code";
    QTest::newRow("client_id") << "client_id" << 1 << false << nothing << "";
    QTest::newRow("vehicle_id") << "vehicle_id" << 2 << false << nothing << "";
    QTest::newRow("redirect_uri") << "redirect_uri" << 3 << false << dashboard
                                  << "the Dashboard's default redirect URI";
    QTest::newRow("scope") << "scope" << 4 << false << dashboard << "the Dashboard's Vehicle Access settings";
    QTest::newRow("state") << "state" << 5 << false << nothing << "";
    QTest::newRow("approval_prompt") << "approval_prompt" << 6 << true << connect << "auto";
    QTest::newRow("mode") << "mode" << 7 << true << connect << "live";
    QTest::newRow("make") << "make" << 8 << false << nothing << "";
    QTest::newRow("single_select") << "single_select" << 9 << false << connect << "false";
    QTest::newRow("single_select_vin") << "single_select_vin" << 10 << false << nothing << "";
    QTest::newRow("flags") << "flags" << 11 << false << nothing << "";
}

void tst_ParameterSpec::table()
{
    QFETCH(QString, name);
    QFETCH(int, position);
    QFETCH(bool, alwaysWritten);
    QFETCH(int, whenUnset);
    QFETCH(QString, unsetText);
    const ParameterSpec *spec = ParameterSpec::find(name);
    QVERIFY(spec);
    QCOMPARE(int(spec->id), position);
    QCOMPARE(&ParameterSpec::all()[size_t(position)], spec);
    QCOMPARE(QString(spec->name), name);
    QCOMPARE(spec->alwaysWritten, alwaysWritten);
    QCOMPARE(int(spec->whenUnset), whenUnset);
    QCOMPARE(spec->unsetText(), unsetText);
    // Every field is described in the catalog.
    QVERIFY(!spec->description().isEmpty());
}

void tst_ParameterSpec::findOnlyFields()
{
    for (const char *name : {"user", "external_id", "application_id", "flags.country", "Mode", "scope ", ""})
        QVERIFY2(!ParameterSpec::find(QString::fromLatin1(name)), name);
    QCOMPARE(ParameterSpec::all().size(), size_t(ParameterCount));
}

void tst_ParameterSpec::builderWritesInTableOrder()
{
    ConnectRequest r;
    r.clientId = QStringLiteral("c");
    r.redirectUri = QStringLiteral("https://example.com/cb");
    r.vehicleId = QStringLiteral("v");
    r.setScopeString(QStringLiteral("read_vin"));
    r.state = QStringLiteral("s");
    r.make = QStringLiteral("BMW");
    r.singleSelect = QStringLiteral("true");
    r.singleSelectVin = QStringLiteral("WBA00000000000000");
    r.setCountry(QStringLiteral("DE"));
    r.extras = {{QStringLiteral("external_id"), QStringLiteral("x")}};
    const QList<Parameter> written = UrlBuilder::parameters(r);
    QCOMPARE(written.size(), ParameterCount + 1);
    for (int i = 0; i < ParameterCount; ++i)
        QCOMPARE(written.at(i).name, QString(ParameterSpec::all()[size_t(i)].name));
    QCOMPARE(written.last().name, QStringLiteral("external_id"));
    // and the link text has the same order
    const QString url = UrlBuilder::build(r);
    qsizetype last = -1;
    for (const ParameterSpec &spec : ParameterSpec::all()) {
        const qsizetype at = url.indexOf(QString(spec.name) + u'=');
        QVERIFY2(at > last, spec.name.data());
        last = at;
    }
}

void tst_ParameterSpec::assignThenValue_data()
{
    QTest::addColumn<int>("id");
    QTest::addColumn<QString>("value");
    for (const ParameterSpec &spec : ParameterSpec::all())
        QTest::addRow("%s", spec.name.data())
            << int(spec.id)
            << (spec.id == ParameterId::Scope   ? QStringLiteral("required:read_vin read_odometer")
                : spec.id == ParameterId::Flags ? QStringLiteral("country:DE user:u-1")
                                                : QStringLiteral("v a+l"));
}

void tst_ParameterSpec::assignThenValue()
{
    QFETCH(int, id);
    QFETCH(QString, value);
    ConnectRequest r;
    ParameterSpec::assign(r, ParameterId(id), value);
    QCOMPARE(ParameterSpec::value(r, ParameterId(id)), value);
    QVERIFY(ParameterSpec::isWritten(r, ParameterId(id)));
    QVERIFY(ParameterSpec::differs(r, ConnectRequest(), ParameterId(id)));
    // The parser reads the field back from the built link.
    const ParseResult parsed = UrlParser::parse(UrlBuilder::build(r));
    QCOMPARE(ParameterSpec::value(parsed.request, ParameterId(id)), value);
    ParameterSpec::assign(r, ParameterId(id), QString());
    QCOMPARE(ParameterSpec::isWritten(r, ParameterId(id)), ParameterSpec::of(ParameterId(id)).alwaysWritten);
}

void tst_ParameterSpec::copyKeepsEntries()
{
    ConnectRequest from;
    from.scope = {Permission{QStringLiteral("odd name"), true}}; // one entry with a space, from a profile
    ConnectRequest to;
    ParameterSpec::copy(to, from, ParameterId::Scope);
    QCOMPARE(to.scope, from.scope);
    QVERIFY(!ParameterSpec::differs(to, from, ParameterId::Scope));
    QVERIFY(!ParameterSpec::differs(to, from, ParameterId::State));
}

void tst_ParameterSpec::newRequestStartsWithDefaults()
{
    const ConnectRequest r;
    for (const ParameterSpec &spec : ParameterSpec::all()) {
        if (spec.alwaysWritten)
            QCOMPARE(ParameterSpec::value(r, spec.id), QString(spec.defaultValue));
        else
            QVERIFY(!ParameterSpec::isWritten(r, spec.id));
    }
}

QTEST_GUILESS_MAIN(tst_ParameterSpec)
#include "tst_parameterspec.moc"
