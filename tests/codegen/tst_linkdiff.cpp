// LinkDiff (issue 13): two links compared parameter by parameter. A table of pairs, each with the differences
// it must find ("parameter code", in order) and whether they mean the same; the sentences and notes are
// checked by the words they must hold.
#include <LinkDiff.h>

#include <QTest>

using namespace connectlab;

namespace {

const QString Base = QStringLiteral("https://connect.smartcar.com/oauth/authorize?");
const QString Link =
    Base + QStringLiteral("response_type=code&client_id=ID&redirect_uri=https%3A%2F%2Fexample.com%2Fcb"
                          "&scope=read_vin%20required%3Aread_odometer&state=S1&approval_prompt=auto"
                          "&mode=live&flags=country%3ADE%20account_sync%3Atrue");

QStringList describe(const LinkDiff &diff)
{
    QStringList out;
    for (const LinkDifference &d : diff.differences())
        out.append(d.parameter + u' ' + d.code);
    return out;
}

} // namespace

class TestLinkDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void compare_data();
    void compare();
    void rowsSideBySide();
    void notALink();
};

void TestLinkDiff::compare_data()
{
    QTest::addColumn<QString>("left");
    QTest::addColumn<QString>("right");
    QTest::addColumn<bool>("strict");
    QTest::addColumn<QStringList>("differences");
    QTest::addColumn<QStringList>("words"); // words the sentences (or, when the same, the notes) hold

    QTest::newRow("identical") << Link << Link << false << QStringList{} << QStringList{};
    QTest::newRow("order and encoding do not matter")
        << Link
        << Base + QStringLiteral(
                      "mode=live&flags=account_sync:true+country:DE&state=S1&approval_prompt=auto&scope="
                      "required:read_odometer+read_vin&redirect_uri=https://example.com/cb&client_id=ID"
                      "&response_type=code")
        << false << QStringList{}
        << QStringList{QStringLiteral("another order"), QStringLiteral("encoded differently")};
    QTest::newRow("strict order counts scope and flags")
        << Link
        << Base + QStringLiteral(
                      "response_type=code&client_id=ID&redirect_uri=https%3A%2F%2Fexample.com%2Fcb&scope="
                      "required%3Aread_odometer%20read_vin&state=S1&approval_prompt=auto&mode=live&flags="
                      "account_sync%3Atrue%20country%3ADE")
        << true << QStringList{QStringLiteral("scope order-changed"), QStringLiteral("flags order-changed")}
        << QStringList{QStringLiteral("another order")};
    QTest::newRow("a missing required:")
        << Link
        << QString(Link).replace(QStringLiteral("required%3Aread_odometer"), QStringLiteral("read_odometer"))
        << false << QStringList{QStringLiteral("scope required-changed")}
        << QStringList{QStringLiteral("read_odometer is required on the left")};
    QTest::newRow("a permission on one side")
        << Link << QString(Link).replace(QStringLiteral("read_vin%20"), QString()) << false
        << QStringList{QStringLiteral("scope entry-only-left")}
        << QStringList{QStringLiteral("Only the left link asks for read_vin")};
    QTest::newRow("another mode") << Link
                                  << QString(Link).replace(QStringLiteral("mode=live"),
                                                           QStringLiteral("mode=simulated"))
                                  << false << QStringList{QStringLiteral("mode changed")}
                                  << QStringList{QStringLiteral("live mode"),
                                                 QStringLiteral("simulated mode")};
    QTest::newRow("another redirect URI")
        << Link
        << QString(Link).replace(QStringLiteral("example.com%2Fcb"), QStringLiteral("example.com%2Fother"))
        << false << QStringList{QStringLiteral("redirect_uri changed")}
        << QStringList{QStringLiteral("https://example.com/other"), QStringLiteral("token exchange")};
    QTest::newRow("a changed state") << Link
                                     << QString(Link).replace(QStringLiteral("state=S1"),
                                                              QStringLiteral("state=S2"))
                                     << false << QStringList{QStringLiteral("state changed")}
                                     << QStringList{QStringLiteral("state check")};
    QTest::newRow("a state on one side only")
        << Link << QString(Link).remove(QStringLiteral("&state=S1")) << false
        << QStringList{QStringLiteral("state only-left")} << QStringList{QStringLiteral("forgery")};
    QTest::newRow("an extra on one side")
        << Link << Link + QStringLiteral("&external_id=42") << false
        << QStringList{QStringLiteral("external_id only-right")}
        << QStringList{QStringLiteral("external_id (42) is only in the right link")};
    QTest::newRow("another country flag")
        << Link << QString(Link).replace(QStringLiteral("country%3ADE"), QStringLiteral("country%3AFR"))
        << false << QStringList{QStringLiteral("flags.country changed")}
        << QStringList{QStringLiteral("DE on the left and FR")};
    QTest::newRow("a flag on one side")
        << Link << QString(Link).remove(QStringLiteral("%20account_sync%3Atrue")) << false
        << QStringList{QStringLiteral("flags.account_sync entry-only-left")}
        << QStringList{QStringLiteral("account_sync:true")};
    QTest::newRow("another origin") << Link
                                    << QString(Link).replace(QStringLiteral("https://connect.smartcar.com"),
                                                             QStringLiteral("http://127.0.0.1:8765"))
                                    << false << QStringList{QStringLiteral("origin changed")}
                                    << QStringList{QStringLiteral("http://127.0.0.1:8765")};
    QTest::newRow("the same origin written otherwise")
        << Link
        << QString(Link).replace(QStringLiteral("https://connect.smartcar.com"),
                                 QStringLiteral("HTTPS://Connect.Smartcar.com:443"))
        << false << QStringList{} << QStringList{};
    QTest::newRow("another endpoint")
        << Link
        << QString(Link).replace(QStringLiteral("/oauth/authorize"), QStringLiteral("/oauth/reauthenticate"))
        << false << QStringList{QStringLiteral("endpoint changed")} << QStringList{QStringLiteral("renews")};
    QTest::newRow("application_id means client_id")
        << Link << QString(Link).replace(QStringLiteral("client_id=ID"), QStringLiteral("application_id=ID"))
        << false << QStringList{} << QStringList{QStringLiteral("application_id")};
    QTest::newRow("another application")
        << Link
        << QString(Link).replace(QStringLiteral("client_id=ID"), QStringLiteral("application_id=OTHER"))
        << false << QStringList{QStringLiteral("client_id changed")}
        << QStringList{QStringLiteral("different applications")};
    QTest::newRow("a default spelled out")
        << Base + QStringLiteral("client_id=ID&mode=live&approval_prompt=auto&response_type=code")
        << Base + QStringLiteral("client_id=ID") << false << QStringList{}
        << QStringList{QStringLiteral("mode is left out on one side")};
    QTest::newRow("a non-default left out") << Base + QStringLiteral("client_id=ID&approval_prompt=force")
                                            << Base + QStringLiteral("client_id=ID") << false
                                            << QStringList{QStringLiteral("approval_prompt only-left")}
                                            << QStringList{QStringLiteral("default auto")};
    QTest::newRow("a repeat") << Base + QStringLiteral("client_id=ID&state=a&state=b")
                              << Base + QStringLiteral("client_id=ID&state=a") << false
                              << QStringList{QStringLiteral("state count-changed")}
                              << QStringList{QStringLiteral("state appears 2 time")};
    QTest::newRow("bare query strings") << QStringLiteral("client_id=ID&scope=read_vin+read_odometer")
                                        << QStringLiteral("?scope=read_odometer%20read_vin&client_id=ID")
                                        << false << QStringList{} << QStringList{};
    QTest::newRow("a bare query against a URL")
        << QStringLiteral("client_id=ID") << Base + QStringLiteral("client_id=ID") << false << QStringList{}
        << QStringList{QStringLiteral("origins are not compared")};
}

void TestLinkDiff::compare()
{
    QFETCH(QString, left);
    QFETCH(QString, right);
    QFETCH(bool, strict);
    QFETCH(QStringList, differences);
    QFETCH(QStringList, words);

    LinkDiff::Options options;
    options.strictOrder = strict;
    const LinkDiff diff = LinkDiff::compare(left, right, options);
    QVERIFY2(diff.isOk(), qPrintable(diff.error()));
    QCOMPARE(describe(diff), differences);
    QCOMPARE(diff.same(), differences.isEmpty());
    QStringList sentences;
    for (const LinkDifference &d : diff.differences()) {
        QVERIFY(!d.message.isEmpty());
        QVERIFY2(d.message.endsWith(u'.'), qPrintable(d.message));
        sentences.append(d.message);
    }
    const QString text = (sentences + diff.notes()).join(u'\n');
    for (const QString &word : std::as_const(words))
        QVERIFY2(text.contains(word), qPrintable(QStringLiteral("\"%1\" not in:\n%2").arg(word, text)));
    // The other way round, the same differences (left and right swap).
    const LinkDiff back = LinkDiff::compare(right, left, options);
    QCOMPARE(back.differences().size(), diff.differences().size());
}

void TestLinkDiff::rowsSideBySide()
{
    const QString right =
        QString(Link).replace(QStringLiteral("mode=live"), QStringLiteral("mode=simulated")) +
        QStringLiteral("&external_id=42");
    const LinkDiff diff = LinkDiff::compare(Link, right);
    QStringList parameters;
    for (const LinkDiffRow &row : diff.rows())
        parameters.append(row.parameter);
    QCOMPARE(
        parameters,
        (QStringList{QStringLiteral("origin"), QStringLiteral("endpoint"), QStringLiteral("response_type"),
                     QStringLiteral("client_id"), QStringLiteral("redirect_uri"), QStringLiteral("scope"),
                     QStringLiteral("state"), QStringLiteral("approval_prompt"), QStringLiteral("mode"),
                     QStringLiteral("flags"), QStringLiteral("external_id")}));
    const LinkDiffRow &mode = diff.rows().at(8);
    QCOMPARE(mode.left, QStringList{QStringLiteral("live")});
    QCOMPARE(mode.right, QStringList{QStringLiteral("simulated")});
    QVERIFY(mode.differs());
    const LinkDiffRow &external = diff.rows().last();
    QVERIFY(external.left.isEmpty());
    QCOMPARE(external.right, QStringList{QStringLiteral("42")});
    QVERIFY(!diff.rows().at(3).differs());
}

void TestLinkDiff::notALink()
{
    const LinkDiff diff = LinkDiff::compare(Link, QStringLiteral("just some words"));
    QVERIFY(!diff.isOk());
    QVERIFY(!diff.same());
    QVERIFY2(diff.error().contains(QStringLiteral("right")), qPrintable(diff.error()));
}

QTEST_GUILESS_MAIN(TestLinkDiff)
#include "tst_linkdiff.moc"
