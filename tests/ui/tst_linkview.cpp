// LinkView: shows the link, tells which parameter is at a position, colours parameters apart.
#include "LinkView.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QStandardPaths>
#include <QTest>
#include <QTextLayout>

using namespace connectlab;

class TestLinkView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void parameterAt_data()
    {
        QTest::addColumn<QString>("needle");
        QTest::addColumn<QString>("parameter");
        QTest::newRow("origin") << "connect.smartcar"
                                << "";
        QTest::newRow("name") << "client_id="
                              << "client_id";
        QTest::newRow("value") << "read_vin"
                               << "scope";
        QTest::newRow("last") << "live"
                              << "mode";
    }

    void parameterAt()
    {
        QFETCH(QString, needle);
        QFETCH(QString, parameter);
        LinkView view;
        const QString url = QStringLiteral("https://connect.smartcar.com/oauth/authorize?response_type=code&"
                                           "client_id=abc&scope=read_vin%20read_fuel&state=x%26y&mode=live");
        view.setLink(url);
        QCOMPARE(view.link(), url);
        const int pos = int(url.indexOf(needle)) + 1;
        QCOMPARE(view.parameterAt(pos), parameter);
        if (!parameter.isEmpty())
            QVERIFY(view.toolTipAt(pos).contains(QStringLiteral("<b>") + parameter + QStringLiteral("</b>")));
    }

    void tooltipDecodesTheValue()
    {
        LinkView view;
        const QString url = QStringLiteral("https://h/oauth/authorize?state=a%20b%26c&zzz=1");
        view.setLink(url);
        QVERIFY(
            view.toolTipAt(int(url.indexOf(QStringLiteral("a%20")))).contains(QStringLiteral("a b&amp;c")));
        QVERIFY(view.toolTipAt(int(url.indexOf(QStringLiteral("zzz"))))
                    .contains(QStringLiteral("Not a Connect")));
    }

    void parametersHaveDistinctColours()
    {
        LinkView view;
        const QString url =
            QStringLiteral("https://h/oauth/authorize?response_type=code&client_id=abc&state=s");
        view.setLink(url);
        const QList<QTextLayout::FormatRange> formats = view.formats();
        QColor clientId, state;
        for (const QTextLayout::FormatRange &r : formats) {
            if (r.start == url.indexOf(QStringLiteral("client_id")))
                clientId = r.format.foreground().color();
            if (r.start == url.indexOf(QStringLiteral("state")))
                state = r.format.foreground().color();
        }
        QVERIFY(clientId.isValid());
        QVERIFY(state.isValid());
        QVERIFY(clientId != state);
    }

    void selectAndCopy()
    {
        LinkView view;
        const QString url = QStringLiteral("https://h/oauth/authorize?response_type=code&client_id=abc");
        view.setLink(url);
        view.resize(300, 100);
        view.show();
        view.copy();
        QCOMPARE(QGuiApplication::clipboard()->text(), url); // nothing selected: the whole link
        view.setFocus();
        QTest::keyClick(&view, Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(view.selectedText(), url);
        // A double click on a parameter selects it whole.
        QTest::mouseDClick(view.viewport(), Qt::LeftButton, {}, QPoint(6, 8));
        QCOMPARE(view.selectedText(), view.link().left(view.segments().at(0).length));
        QVERIFY(view.positionAt(QPoint(6, 8)) >= 0);
    }
};

QTEST_MAIN(TestLinkView)
#include "tst_linkview.moc"
