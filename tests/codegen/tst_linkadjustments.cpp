// LinkAdjustments (issue 13): what turns the parameters an SDK writes into the link's.
#include <LinkAdjustments.h>

#include <QTest>

using namespace connectlab;

namespace {

QList<Parameter> params(std::initializer_list<std::pair<const char *, const char *>> list)
{
    QList<Parameter> out;
    for (const auto &[name, value] : list)
        out.append({QString::fromUtf8(name), QString::fromUtf8(value)});
    return out;
}

// "kind name=v1|v2" per adjustment.
QStringList describe(const LinkAdjustments &adjustments)
{
    QStringList out;
    for (const LinkAdjustment &a : adjustments.list()) {
        const char *kind = a.kind == LinkAdjustment::Kind::Set      ? "set"
                           : a.kind == LinkAdjustment::Kind::Remove ? "remove"
                                                                    : "append";
        out.append(QLatin1StringView(kind) + u' ' + a.name + u'=' + a.values.join(u'|'));
    }
    return out;
}

} // namespace

class TestLinkAdjustments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void between_data();
    void between();
    void reasons();
};

void TestLinkAdjustments::between_data()
{
    QTest::addColumn<QList<Parameter>>("sdk");
    QTest::addColumn<QList<Parameter>>("wanted");
    QTest::addColumn<bool>("applicationId");
    QTest::addColumn<QStringList>("tolerated");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("same, another order")
        << params({{"a", "1"}, {"b", "2"}}) << params({{"b", "2"}, {"a", "1"}}) << false << QStringList{}
        << QStringList{};
    QTest::newRow("missing") << params({{"a", "1"}}) << params({{"a", "1"}, {"x", "9"}}) << false
                             << QStringList{} << QStringList{QStringLiteral("append x=9")};
    QTest::newRow("extra") << params({{"a", "1"}, {"scope", ""}}) << params({{"a", "1"}}) << false
                           << QStringList{} << QStringList{QStringLiteral("remove scope=")};
    QTest::newRow("other value") << params({{"mode", "live"}}) << params({{"mode", "sandbox"}}) << false
                                 << QStringList{} << QStringList{QStringLiteral("set mode=sandbox")};
    QTest::newRow("repeat after the SDK's")
        << params({{"state", "a"}}) << params({{"state", "a"}, {"state", "b"}}) << false << QStringList{}
        << QStringList{QStringLiteral("append state=b")};
    QTest::newRow("repeat in another order")
        << params({{"state", "b"}}) << params({{"state", "a"}, {"state", "b"}}) << false << QStringList{}
        << QStringList{QStringLiteral("set state=a|b")};
    QTest::newRow("application_id for client_id")
        << params({{"application_id", "ID"}}) << params({{"client_id", "ID"}}) << true << QStringList{}
        << QStringList{};
    QTest::newRow("application_id with another id")
        << params({{"application_id", "X"}}) << params({{"client_id", "ID"}}) << true << QStringList{}
        << QStringList{QStringLiteral("remove application_id="), QStringLiteral("append client_id=ID")};
    QTest::newRow("application_id, no client id")
        << params({{"application_id", "X"}}) << params({{"mode", "live"}}) << true << QStringList{}
        << QStringList{QStringLiteral("remove application_id="), QStringLiteral("append mode=live")};
    QTest::newRow("tolerated") << params({{"state", "wrapped"}, {"sdk_platform", "iOS"}})
                               << params({{"state", "S"}}) << false
                               << QStringList{QStringLiteral("state"), QStringLiteral("sdk_platform")}
                               << QStringList{};
}

void TestLinkAdjustments::between()
{
    QFETCH(QList<Parameter>, sdk);
    QFETCH(QList<Parameter>, wanted);
    QFETCH(bool, applicationId);
    QFETCH(QStringList, tolerated);
    QFETCH(QStringList, expected);
    LinkAdjustments::Rules rules;
    rules.method = QStringLiteral("getAuthUrl");
    rules.applicationIdIsClientId = applicationId;
    for (const QString &name : std::as_const(tolerated))
        rules.tolerated.insert(name);
    QCOMPARE(describe(LinkAdjustments::between(sdk, wanted, rules)), expected);
}

void TestLinkAdjustments::reasons()
{
    LinkAdjustments::Rules rules;
    rules.method = QStringLiteral("getAuthUrl");
    rules.reasons.insert(QStringLiteral("mode"), QStringLiteral("Only test, live or simulated."));
    const LinkAdjustments a = LinkAdjustments::between(params({{"mode", "live"}}),
                                                       params({{"mode", "x"}, {"external_id", "1"}}), rules);
    QCOMPARE(a.reasons(), (QStringList{QStringLiteral("Only test, live or simulated."),
                                       QStringLiteral("getAuthUrl has no option for external_id.")}));
    QCOMPARE(a.reasonFor(QStringLiteral("external_id")),
             QStringLiteral("getAuthUrl has no option for external_id."));
    QCOMPARE(a.removedNames(), QStringList{QStringLiteral("mode")});
    QCOMPARE(a.added(), params({{"mode", "x"}, {"external_id", "1"}}));
}

QTEST_GUILESS_MAIN(TestLinkAdjustments)
#include "tst_linkadjustments.moc"
