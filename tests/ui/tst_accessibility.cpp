// Accessibility: every interactive widget of the window, of each of its tabs and of each dialog it opens has
// an accessible name, as a screen reader reads it (QAccessibleInterface::text(Name): the accessible name, a
// button's text, a field's buddy label). The test walks the widget trees and lists every unnamed one.
#include "ConnectModel.h"
#include "ExchangePanel.h"
#include "MainWindow.h"
#include "ProfilesDialog.h"
#include "QrCodeDialog.h"
#include "SandboxPanel.h"
#include "sandbox/SandboxServer.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTextEdit>

using namespace connectlab;

namespace {

bool isInteractive(const QWidget *w)
{
    if (w->focusPolicy() == Qt::NoFocus && !qobject_cast<const QAbstractButton *>(w))
        return false;
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w) ||
           qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w) ||
           qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QPlainTextEdit *>(w) ||
           qobject_cast<const QTextEdit *>(w) || qobject_cast<const QAbstractSlider *>(w) ||
           qobject_cast<const QTabBar *>(w);
}

// A widget inside another interactive one (a combo box's line edit, a spin box's, a view's viewport or
// scroll bars) is read through its owner.
bool partOfAnother(const QWidget *w)
{
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        if (qobject_cast<const QComboBox *>(p) || qobject_cast<const QAbstractSpinBox *>(p) ||
            qobject_cast<const QAbstractItemView *>(p) || qobject_cast<const QPlainTextEdit *>(p) ||
            qobject_cast<const QTextEdit *>(p))
            return true;
    }
    return qobject_cast<const QAbstractSlider *>(w) && w->parentWidget() &&
           w->parentWidget()->inherits("QAbstractScrollArea");
}

QString describe(const QWidget *w)
{
    QStringList path;
    for (const QWidget *p = w; p && !p->isWindow(); p = p->parentWidget())
        path.prepend(p->objectName().isEmpty() ? QString::fromLatin1(p->metaObject()->className())
                                               : p->objectName());
    return QString::fromLatin1(w->metaObject()->className()) + QStringLiteral(" at ") + path.join(u'/');
}

// Every interactive widget under `root` (shown or not: a hidden one is shown at some point) without a name.
QStringList unnamed(QWidget *root)
{
    QStringList found;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (!isInteractive(w) || partOfAnother(w))
            continue;
        // Qt's own private parts (a menu bar's or tool bar's overflow button, a line edit's clear button):
        // their actions are reachable by keyboard without them.
        if (w->objectName().startsWith(QLatin1String("qt_")) || w->inherits("QLineEditIconButton"))
            continue;
        if (w->window() != root->window())
            continue; // another window's (a dialog is checked on its own)
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        const QString name = iface ? iface->text(QAccessible::Name).trimmed() : QString();
        if (name.isEmpty())
            found.append(describe(w));
    }
    return found;
}

} // namespace

class tst_Accessibility : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyInteractiveWidgetIsNamed()
    {
        MainWindow window(MainWindow::Options{false, false});
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Everything that opens later: the Sandbox tab, the Tokens tab.
        QVERIFY(window.sandboxServer());
        QTRY_VERIFY(window.sandboxPanel());
        QVERIFY(window.showExchange());

        QStringList problems;
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("sideTabs"));
        QVERIFY(tabs);
        QVERIFY(tabs->count() >= 5);
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QCoreApplication::processEvents();
        }
        problems += unnamed(&window);

        // Every dialog the window opens without blocking.
        QList<QDialog *> dialogs;
        dialogs.append(window.manageProfiles());
        dialogs.append(window.showQrCode());
        for (const char *action : {"importAction", "compareLinksAction"}) {
            const QList<QDialog *> before = window.findChildren<QDialog *>();
            window.findChild<QAction *>(QString::fromLatin1(action))->trigger();
            for (QDialog *d : window.findChildren<QDialog *>())
                if (!before.contains(d))
                    dialogs.append(d);
        }
        {
            const QList<QDialog *> before = window.sandboxPanel()->findChildren<QDialog *>();
            window.sandboxPanel()->findChild<QPushButton *>(QStringLiteral("sandboxAddButton"))->click();
            for (QDialog *d : window.sandboxPanel()->findChildren<QDialog *>())
                if (!before.contains(d))
                    dialogs.append(d);
        }
        QCOMPARE(dialogs.size(), qsizetype(5));
        for (QDialog *dialog : std::as_const(dialogs)) {
            QVERIFY(dialog);
            const QStringList inDialog = unnamed(dialog);
            for (const QString &problem : inDialog)
                problems.append(dialog->metaObject()->className() + QStringLiteral(": ") + problem);
            dialog->reject();
        }

        problems.removeDuplicates();
        if (!problems.isEmpty())
            qWarning().noquote() << "Widgets without an accessible name:\n  " +
                                        problems.join(QStringLiteral("\n  "));
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QString::number(problems.size()) + QStringLiteral(" unnamed")));
    }
};

QTEST_MAIN(tst_Accessibility)
#include "tst_accessibility.moc"
