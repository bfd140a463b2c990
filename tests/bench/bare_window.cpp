// connectlab-bare-window: the yardstick for `connectlab --self-test`. A plain Qt Widgets window with a
// form of about the composer's size (menus, a toolbar, ~20 fields, a 250-entry combo, a 28-row tree,
// tables, a text view, a list), started, painted once and closed, the same way --self-test does.
//   time build/bin/connectlab-bare-window --self-test      vs      time build/bin/connectlab --self-test
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableWidget>
#include <QToolBar>
#include <QTreeWidget>

#include <cstdio>

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QElapsedTimer clock;
    clock.start();
    QApplication app(argc, argv);

    QMainWindow window;
    for (const char *menu : {"&File", "&Edit", "&Share", "&Run", "&Help"}) {
        QMenu *m = window.menuBar()->addMenu(QString::fromLatin1(menu));
        for (int i = 0; i < 6; ++i)
            m->addAction(QStringLiteral("Action %1").arg(i));
    }
    QToolBar *bar = window.addToolBar(QStringLiteral("Main"));
    for (int i = 0; i < 9; ++i)
        bar->addAction(QStringLiteral("Tool %1").arg(i));

    auto *form = new QWidget;
    auto *column = new QVBoxLayout(form);
    for (int g = 0; g < 5; ++g) {
        auto *group = new QGroupBox(QStringLiteral("Group %1").arg(g));
        auto *layout = new QFormLayout(group);
        for (int i = 0; i < 4; ++i)
            layout->addRow(QStringLiteral("Field %1").arg(i), new QLineEdit(QStringLiteral("value")));
        auto *combo = new QComboBox;
        combo->setEditable(g % 2 == 0);
        for (int i = 0; i < (g == 3 ? 250 : 50); ++i)
            combo->addItem(QStringLiteral("Item %1").arg(i));
        layout->addRow(QStringLiteral("Choice"), combo);
        layout->addRow(QStringLiteral("Option"), new QCheckBox(QStringLiteral("An option")));
        if (g == 1) {
            auto *tree = new QTreeWidget;
            tree->setHeaderLabels(
                {QStringLiteral("Permission"), QStringLiteral("Required"), QStringLiteral("What")});
            for (int i = 0; i < 28; ++i) {
                auto *item = new QTreeWidgetItem(tree, {QStringLiteral("read_%1").arg(i), QString(),
                                                        QStringLiteral("A description of it")});
                item->setCheckState(0, Qt::Unchecked);
                item->setCheckState(1, Qt::Unchecked);
            }
            layout->addRow(QStringLiteral("Tree"), tree);
            layout->addRow(QStringLiteral("Button"), new QPushButton(QStringLiteral("Generate")));
        }
        if (g >= 3)
            layout->addRow(QStringLiteral("Table"), new QTableWidget(2, 2));
        column->addWidget(group);
    }
    auto *scroll = new QScrollArea;
    scroll->setWidget(form);
    scroll->setWidgetResizable(true);

    auto *right = new QSplitter(Qt::Vertical);
    right->addWidget(new QPlainTextEdit(QStringLiteral("https://connect.smartcar.com/oauth/authorize?a=b")));
    auto *table = new QTreeWidget;
    for (int i = 0; i < 10; ++i)
        new QTreeWidgetItem(table,
                            {QStringLiteral("name"), QStringLiteral("value"), QStringLiteral("source")});
    right->addWidget(table);
    auto *list = new QListWidget;
    list->addItem(QStringLiteral("No problems"));
    right->addWidget(list);

    auto *split = new QSplitter;
    split->addWidget(scroll);
    split->addWidget(right);
    window.setCentralWidget(split);
    window.resize(1280, 800);
    window.show();
    QCoreApplication::processEvents();
    const QImage image = window.grab().toImage();
    std::printf("bare window: painted %dx%d in %lld ms (from QApplication)\n", image.width(), image.height(),
                static_cast<long long>(clock.elapsed()));
    return image.isNull() ? 1 : 0;
}
