// FieldDecorator: severity property, icon inside line edits, indicator beside other widgets, a tint taken
// from the palette (light and dark), and the tooltip with the messages.
#include "FieldDecorator.h"
#include "Theme.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTest>

using namespace connectlab;

namespace {

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x20, 0x20, 0x24));
    p.setColor(QPalette::Base, QColor(0x18, 0x18, 0x1b));
    p.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    return p;
}

Diagnostic diagnostic(Severity s)
{
    return Diagnostic{QStringLiteral("state"), s, QStringLiteral("code"),
                      QStringLiteral("Fix it like this.")};
}

} // namespace

class TestFieldDecorator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void severityPropertyIconAndTooltip_data()
    {
        QTest::addColumn<int>("severity");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("tinted");
        QTest::newRow("error") << int(Severity::Error) << "error" << true;
        QTest::newRow("warning") << int(Severity::Warning) << "warning" << true;
        QTest::newRow("info") << int(Severity::Info) << "info" << false;
    }

    void severityPropertyIconAndTooltip()
    {
        QFETCH(int, severity);
        QFETCH(QString, name);
        QFETCH(bool, tinted);
        QLineEdit edit;
        edit.setObjectName(QStringLiteral("stateEdit"));
        edit.setToolTip(QStringLiteral("What the state is"));
        FieldDecorator decorator;
        decorator.addField(&edit);
        const QColor base = edit.palette().color(QPalette::Base);
        QCOMPARE(FieldDecorator::severityOf(&edit), QStringLiteral("none"));

        decorator.decorate(&edit, {diagnostic(Severity(severity))});
        QCOMPARE(FieldDecorator::severityOf(&edit), name);
        QVERIFY(edit.findChild<QAction *>(QStringLiteral("stateEditSeverityAction")));
        QVERIFY(edit.toolTip().contains(QStringLiteral("Fix it like this.")));
        QVERIFY(edit.toolTip().contains(QStringLiteral("What the state is")));
        QCOMPARE(edit.palette().color(QPalette::Base) != base, tinted);

        decorator.decorate(&edit, {});
        QCOMPARE(FieldDecorator::severityOf(&edit), QStringLiteral("none"));
        QVERIFY(!edit.findChild<QAction *>(QStringLiteral("stateEditSeverityAction")));
        QCOMPARE(edit.toolTip(), QStringLiteral("What the state is"));
        QCOMPARE(edit.palette().color(QPalette::Base), base);
    }

    void indicatorBesideOtherWidgets()
    {
        QCheckBox box;
        QLabel indicator;
        FieldDecorator decorator;
        decorator.addField(&box, &indicator);
        decorator.decorate(&box, {diagnostic(Severity::Error)});
        QCOMPARE(FieldDecorator::severityOf(&box), QStringLiteral("error"));
        QVERIFY(!indicator.pixmap().isNull());
        decorator.decorate(&box, {});
        QVERIFY(indicator.pixmap().isNull());
    }

    void tintFollowsLightAndDark()
    {
        const QPalette light = QApplication::palette();
        const QPalette dark = darkPalette();
        QVERIFY(!Theme::isDark(light));
        QVERIFY(Theme::isDark(dark));
        for (Severity s : {Severity::Error, Severity::Warning}) {
            QVERIFY(Theme::tint(s, light).lightness() > 160); // a light field stays light
            QVERIFY(Theme::tint(s, dark).lightness() < 100);  // a dark field stays dark
            QVERIFY(Theme::tint(s, dark) != dark.color(QPalette::Base));
            QVERIFY(Theme::severityColor(s, dark).lightness() > Theme::severityColor(s, light).lightness());
        }

        QApplication::setPalette(dark);
        QLineEdit edit;
        FieldDecorator decorator;
        decorator.addField(&edit);
        decorator.decorate(&edit, {diagnostic(Severity::Error)});
        QVERIFY(edit.palette().color(QPalette::Base).lightness() < 100);
        QApplication::setPalette(light);
        decorator.refreshColors();
        QVERIFY(edit.palette().color(QPalette::Base).lightness() > 160);
    }
};

QTEST_MAIN(TestFieldDecorator)
#include "tst_fielddecorator.moc"
