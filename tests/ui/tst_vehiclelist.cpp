// VehicleList: the granted vehicles, and the buttons that ask for more.
#include "FindChild.h"

#include <VehicleList.h>

#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace connectlab;
using connectlab::test::child;

namespace {

QList<VehicleInfo> threeVehicles()
{
    return {{QStringLiteral("v-1"), QStringLiteral("TESLA"), QStringLiteral("Model 3"), 2021},
            {QStringLiteral("v-2"), QStringLiteral("BMW"), QStringLiteral("i4"), 2023},
            {QStringLiteral("v/3"), QStringLiteral("KIA"), QStringLiteral("EV6"), 0}};
}

} // namespace

class TestVehicleList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTheVehicles();
    void sameListKeepsTheSelection();
    void buttons();
};

void TestVehicleList::showsTheVehicles()
{
    VehicleList list;
    auto *tree = child<QTreeWidget>(&list, "vehiclesTree");
    QCOMPARE(tree->topLevelItemCount(), 0);
    QVERIFY(list.currentVehicleId().isEmpty());

    list.setVehicles(threeVehicles());
    QCOMPARE(tree->topLevelItemCount(), 3);
    QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("v-1"));
    QCOMPARE(tree->topLevelItem(0)->text(1), QStringLiteral("TESLA"));
    QCOMPARE(tree->topLevelItem(0)->text(2), QStringLiteral("Model 3"));
    QCOMPARE(tree->topLevelItem(0)->text(3), QStringLiteral("2021"));
    QCOMPARE(tree->topLevelItem(2)->text(3), QString()); // no year known
    QCOMPARE(tree->topLevelItem(2)->toolTip(0), QStringLiteral("v/3"));
    QCOMPARE(list.currentVehicleId(), QStringLiteral("v-1")); // the first is selected
    QCOMPARE(list.vehicles(), threeVehicles());

    list.clear();
    QCOMPARE(tree->topLevelItemCount(), 0);
    QVERIFY(list.currentVehicleId().isEmpty());
}

void TestVehicleList::sameListKeepsTheSelection()
{
    // A refresh hands the same vehicles again: the user's pick stays.
    VehicleList list;
    list.setVehicles(threeVehicles());
    auto *tree = child<QTreeWidget>(&list, "vehiclesTree");
    tree->setCurrentItem(tree->topLevelItem(2));
    list.setVehicles(threeVehicles());
    QCOMPARE(list.currentVehicleId(), QStringLiteral("v/3"));

    QList<VehicleInfo> two = threeVehicles().mid(0, 2);
    list.setVehicles(two);
    QCOMPARE(tree->topLevelItemCount(), 2);
    QCOMPARE(list.currentVehicleId(), QStringLiteral("v-1"));
}

void TestVehicleList::buttons()
{
    VehicleList list;
    list.show();
    QVERIFY(QTest::qWaitForWindowExposed(&list));
    auto *listButton = child<QPushButton>(&list, "listVehiclesButton");
    auto *reauth = child<QPushButton>(&list, "reauthButton");
    QVERIFY(!listButton->isEnabled()); // nothing to list with yet
    QVERIFY(!reauth->isEnabled());

    QSignalSpy listRequested(&list, &VehicleList::listRequested);
    QSignalSpy reauthRequested(&list, &VehicleList::reauthenticateRequested);
    list.setListEnabled(true);
    QTest::mouseClick(listButton, Qt::LeftButton);
    QCOMPARE(listRequested.size(), 1);

    list.setVehicles(threeVehicles());
    QVERIFY(reauth->isEnabled());
    auto *tree = child<QTreeWidget>(&list, "vehiclesTree");
    tree->setCurrentItem(tree->topLevelItem(1));
    QTest::mouseClick(reauth, Qt::LeftButton);
    QCOMPARE(reauthRequested.size(), 1);
    QCOMPARE(reauthRequested.first().first().toString(), QStringLiteral("v-2"));

    list.setListEnabled(false);
    QVERIFY(!listButton->isEnabled());
    list.clear();
    QVERIFY(!reauth->isEnabled());
}

QTEST_MAIN(TestVehicleList)
#include "tst_vehiclelist.moc"
