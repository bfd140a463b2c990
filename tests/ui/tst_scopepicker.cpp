// ScopePicker: catalog permissions grouped read/control, search, required toggle, custom names, order.
#include "Catalog.h"
#include "ScopePicker.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

using namespace connectlab;

class TestScopePicker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void groupsEveryCatalogPermission()
    {
        ScopePicker picker;
        QTreeWidget *tree = picker.tree();
        QCOMPARE(tree->topLevelItemCount(), 3);
        int read = tree->topLevelItem(0)->childCount();
        int control = tree->topLevelItem(1)->childCount();
        QCOMPARE(read + control, int(Catalog::instance().permissions().size()));
        QVERIFY(control >= 6);
        QVERIFY(
            !picker.itemFor(QStringLiteral("control_trunk"))->text(ScopePicker::DescriptionColumn).isEmpty());
        QCOMPARE(picker.itemFor(QStringLiteral("control_trunk"))->parent(), tree->topLevelItem(1));
    }

    // A loaded or imported scope is in view: a ticked permission far down the list is scrolled to.
    void tickedPermissionsAreInView()
    {
        ScopePicker picker;
        picker.resize(500, 300);
        picker.show();
        QVERIFY(QTest::qWaitForWindowExposed(&picker));
        QTreeWidget *tree = picker.tree();
        const auto inView = [tree](const char *name, ScopePicker &p) {
            return tree->visualItemRect(p.itemFor(QLatin1StringView(name)))
                .intersects(tree->viewport()->rect());
        };
        QVERIFY(!inView("control_trunk", picker));
        picker.setPermissions({{QStringLiteral("control_trunk"), false}});
        QTRY_VERIFY(inView("control_trunk", picker));
        // Already one ticked in view: nothing jumps.
        const int scrolled = tree->verticalScrollBar()->value();
        picker.setPermissions(
            {{QStringLiteral("control_trunk"), false}, {QStringLiteral("read_alerts"), false}});
        QCOMPARE(tree->verticalScrollBar()->value(), scrolled);
    }

    void tickingBuildsTheScopeInOrder()
    {
        ScopePicker picker;
        QSignalSpy edited(&picker, &ScopePicker::permissionsEdited);
        picker.itemFor(QStringLiteral("read_vin"))->setCheckState(ScopePicker::NameColumn, Qt::Checked);
        picker.itemFor(QStringLiteral("read_alerts"))->setCheckState(ScopePicker::NameColumn, Qt::Checked);
        picker.itemFor(QStringLiteral("read_vin"))->setCheckState(ScopePicker::RequiredColumn, Qt::Checked);
        QCOMPARE(edited.count(), 3);
        const QList<Permission> expected = {{QStringLiteral("read_vin"), true},
                                            {QStringLiteral("read_alerts"), false}};
        QCOMPARE(picker.permissions(), expected);
        picker.itemFor(QStringLiteral("read_vin"))->setCheckState(ScopePicker::NameColumn, Qt::Unchecked);
        QCOMPARE(picker.permissions(), QList<Permission>({{QStringLiteral("read_alerts"), false}}));
        QCOMPARE(picker.itemFor(QStringLiteral("read_vin"))->checkState(ScopePicker::RequiredColumn),
                 Qt::Unchecked);
    }

    void setPermissionsDoesNotEmit()
    {
        ScopePicker picker;
        QSignalSpy edited(&picker, &ScopePicker::permissionsEdited);
        picker.setPermissions(
            {{QStringLiteral("read_fuel"), true}, {QStringLiteral("read_brand_new"), false}});
        QCOMPARE(edited.count(), 0);
        QCOMPARE(picker.itemFor(QStringLiteral("read_fuel"))->checkState(ScopePicker::RequiredColumn),
                 Qt::Checked);
        QTreeWidgetItem *custom = picker.itemFor(QStringLiteral("read_brand_new"));
        QVERIFY(custom);
        QCOMPARE(custom->parent(), picker.tree()->topLevelItem(2));
        QCOMPARE(custom->checkState(ScopePicker::NameColumn), Qt::Checked);
    }

    void customNamesCanBeAdded()
    {
        ScopePicker picker;
        QSignalSpy edited(&picker, &ScopePicker::permissionsEdited);
        auto *edit = picker.findChild<QLineEdit *>(QStringLiteral("scopeCustomEdit"));
        QTest::keyClicks(edit, QStringLiteral("read_future_thing"));
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(edited.count(), 1);
        QCOMPARE(picker.permissions(), QList<Permission>({{QStringLiteral("read_future_thing"), false}}));
        QVERIFY(edit->text().isEmpty());
        QVERIFY(!picker.tree()->topLevelItem(2)->isHidden());
    }

    void searchFilters_data()
    {
        QTest::addColumn<QString>("needle");
        QTest::addColumn<QString>("visible");
        QTest::addColumn<QString>("hidden");
        QTest::newRow("by name") << "odometer"
                                 << "read_odometer"
                                 << "read_vin";
        QTest::newRow("by description") << "lock"
                                        << "read_security"
                                        << "read_fuel";
        QTest::newRow("case") << "TRUNK"
                              << "control_trunk"
                              << "control_pin";
    }

    void searchFilters()
    {
        QFETCH(QString, needle);
        QFETCH(QString, visible);
        QFETCH(QString, hidden);
        ScopePicker picker;
        QTest::keyClicks(picker.searchField(), needle);
        QVERIFY(!picker.itemFor(visible)->isHidden());
        QVERIFY(picker.itemFor(hidden)->isHidden());
    }

    void tickedOnly()
    {
        ScopePicker picker;
        picker.setPermissions({{QStringLiteral("read_vin"), false}, {QStringLiteral("control_trunk"), true}});
        auto *ticked = picker.findChild<QCheckBox *>(QStringLiteral("scopeTickedOnlyCheck"));
        QVERIFY(ticked);
        ticked->click();
        QVERIFY(!picker.itemFor(QStringLiteral("read_vin"))->isHidden());
        QVERIFY(!picker.itemFor(QStringLiteral("control_trunk"))->isHidden());
        QVERIFY(picker.itemFor(QStringLiteral("read_fuel"))->isHidden());
        ticked->click();
        QVERIFY(!picker.itemFor(QStringLiteral("read_fuel"))->isHidden());
    }
};

QTEST_MAIN(TestScopePicker)
#include "tst_scopepicker.moc"
