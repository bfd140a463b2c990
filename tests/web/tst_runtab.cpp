// The Run tab in the real window, at the two window sizes people use (1280×800 and 1024×640), light and
// dark: while a flow runs the browser has nearly all the height over a one-line status; when something comes
// back the result gets what it needs; the next run gives the browser its room back; and the first page of
// every run opens at its top (the sandbox's preamble autofocuses its Continue button, at the bottom).
// CONNECTLAB_RUNTAB_SHOTS=DIR saves the window at each step.
#include "ClickThrough.h"
#include "ConnectModel.h"
#include "FindChild.h"
#include "FlowPage.h"
#include "FlowPanel.h"
#include "MainWindow.h"
#include "TestPalettes.h"
#include "WebIntegration.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>

#include <memory>
#include <optional>

using namespace connectlab;
using connectlab::test::child;
using connectlab::web::ClickThrough;
using connectlab::web::FlowPanel;

namespace {

// Runs `script` in the page's main world and returns its value.
QVariant evaluate(QWebEnginePage *page, const QString &script)
{
    // Shared with the callback: it may come after a timeout, or never.
    auto answer = std::make_shared<std::optional<QVariant>>();
    page->runJavaScript(script, [answer](const QVariant &result) { *answer = result; });
    if (!QTest::qWaitFor([&answer] { return answer->has_value(); }, 5000))
        qWarning("no answer from the page to %s", qPrintable(script));
    return answer->value_or(QVariant());
}

// Walks Connect's screens from the page shown now on (and from every page loaded after it).
void clickThrough(QWebEnginePage *page, ClickThrough::Decision decision)
{
    const QString login = QString::fromLatin1(ClickThrough::DefaultLogin);
    ClickThrough::install(page, decision, login);
    page->runJavaScript(ClickThrough::script(decision, login));
}

} // namespace

class TestRunTab : public QObject
{
    Q_OBJECT
private:
    QString m_shots = qEnvironmentVariable("CONNECTLAB_RUNTAB_SHOTS");
    QString m_tag;

    void shot(QWidget *window, const char *step)
    {
        if (!m_shots.isEmpty())
            window->grab().save(m_shots + QStringLiteral("/run-%1-%2.png").arg(m_tag, QLatin1String(step)));
    }

    // Starts a run from the window's Run action and waits for its first page.
    static FlowPanel *runAndWaitForFirstPage(MainWindow &window)
    {
        window.findChild<QAction *>(QStringLiteral("runAction"))->trigger();
        auto *panel = qobject_cast<FlowPanel *>(window.flowRunner());
        if (!panel || !panel->page())
            return nullptr;
        QSignalSpy loaded(panel->page(), &QWebEnginePage::loadFinished);
        if (!loaded.wait(15000)) {
            qWarning("the first page did not load");
            return nullptr;
        }
        return panel;
    }

    // While running: the browser has nearly all the height, the status is one line, the page is at its top.
    void checkRunning(FlowPanel *panel)
    {
        auto *split = child<QSplitter>(panel, "flowSplitter");
        auto *status = child<QLabel>(panel, "flowStatus");
        QTRY_VERIFY(status->isVisible());
        QVERIFY(!child<QTextBrowser>(panel, "flowResult")->isVisible());
        const int line = panel->fontMetrics().height();
        QVERIFY(status->height() < 2 * line);
        const QList<int> sizes = split->sizes();
        const int total = sizes.at(0) + sizes.at(1);
        qInfo("%s running: browser %d px, status pane %d px", qPrintable(m_tag), sizes.at(0), sizes.at(1));
        // The lower pane is its tab bar and one row (the status beside a button), nothing more.
        QVERIFY2(sizes.at(1) <= 4 * line + 16, qPrintable(QString::number(sizes.at(1))));
        QVERIFY2(sizes.at(0) >= total - 4 * line - 16, qPrintable(QString::number(sizes.at(0))));

        // The preamble opens at its top, its heading in view; the keyboard is still on Continue.
        QTRY_COMPARE_WITH_TIMEOUT(evaluate(panel->page(), QStringLiteral("window.scrollY")).toInt(), 0, 2000);
        QCOMPARE(evaluate(panel->page(), QStringLiteral("document.activeElement.id")).toString(),
                 QStringLiteral("continue-button"));
        QVERIFY(
            evaluate(panel->page(), QStringLiteral("document.querySelector('h1').getBoundingClientRect().top "
                                                   ">= 0"))
                .toBool());
        // It is a page taller than the view: without the fix it would open scrolled down.
        QVERIFY(evaluate(panel->page(), QStringLiteral("document.documentElement.scrollHeight > innerHeight"))
                    .toBool());
    }

    // Once the result is in: it gets the room it needs (all of its text shows), or all there is while the
    // browser keeps its minimum.
    void checkResult(FlowPanel *panel)
    {
        auto *split = child<QSplitter>(panel, "flowSplitter");
        auto *text = child<QTextBrowser>(panel, "flowResult");
        QTRY_VERIFY(text->isVisible());
        QTest::qWait(50);
        const QList<int> sizes = split->sizes();
        const int browserMinimum = split->widget(0)->minimumHeight();
        qInfo("%s result: browser %d px, result pane %d px, result scrolls %d px", qPrintable(m_tag),
              sizes.at(0), sizes.at(1), text->verticalScrollBar()->maximum());
        QVERIFY2(text->verticalScrollBar()->maximum() == 0 || sizes.at(0) == browserMinimum,
                 qPrintable(QStringLiteral("%1 px to scroll with a %2 px browser")
                                .arg(text->verticalScrollBar()->maximum())
                                .arg(sizes.at(0))));
        // It opens at its top (the outcome is the first line), and the rest is at most a short scroll away.
        QCOMPARE(text->verticalScrollBar()->value(), 0);
        QVERIFY(text->verticalScrollBar()->maximum() < text->viewport()->height());
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void roomGoesWhereTheUserLooks_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<bool>("dark");
        QTest::newRow("1280x800-light") << QSize(1280, 800) << false;
        QTest::newRow("1280x800-dark") << QSize(1280, 800) << true;
        QTest::newRow("1024x640-light") << QSize(1024, 640) << false;
        QTest::newRow("1024x640-dark") << QSize(1024, 640) << true;
    }

    void roomGoesWhereTheUserLooks()
    {
        QFETCH(QSize, size);
        QFETCH(bool, dark);
        m_tag = QString::fromLatin1(QTest::currentDataTag());
        QApplication::setPalette(dark ? test::darkPalette() : test::lightPalette());
        MainWindow window(MainWindow::Options{false, false});
        window.setFlowRunnerFactory([](QWidget *parent) { return web::createFlowPanel(parent); });
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.size(), size);
        window.model()->setApprovalPrompt(QStringLiteral("force"));

        // First run: the browser has the room; the user denies.
        FlowPanel *panel = runAndWaitForFirstPage(window);
        QVERIFY(panel);
        checkRunning(panel);
        if (QTest::currentTestFailed())
            return;
        shot(&window, "running");
        clickThrough(panel->page(), ClickThrough::Decision::Deny);
        QTRY_VERIFY_WITH_TIMEOUT(panel->hasResult(), 20000);
        QCOMPARE(panel->result().error(), QStringLiteral("access_denied"));
        checkResult(panel);
        if (QTest::currentTestFailed())
            return;
        shot(&window, "error");

        // The next run: the browser has its room back, whatever the error's result took.
        panel = runAndWaitForFirstPage(window);
        QVERIFY(panel);
        checkRunning(panel);
        if (QTest::currentTestFailed())
            return;
        clickThrough(panel->page(), ClickThrough::Decision::Approve);
        QTRY_VERIFY_WITH_TIMEOUT(panel->hasResult(), 20000);
        QVERIFY(!panel->result().code().isEmpty());
        checkResult(panel);
        if (QTest::currentTestFailed())
            return;
        shot(&window, "code");
        if (!m_shots.isEmpty()) {
            auto *tabs = child<QTabWidget>(panel, "flowBottomTabs");
            tabs->setCurrentIndex(1);
            shot(&window, "navigations");
            tabs->setCurrentIndex(0);
        }

        // Dragging the splitter during a result does not carry over to the next run either.
        auto *split = child<QSplitter>(panel, "flowSplitter");
        const int total = split->sizes().at(0) + split->sizes().at(1);
        split->setSizes({total / 3, total - total / 3});
        panel = runAndWaitForFirstPage(window);
        QVERIFY(panel);
        checkRunning(panel);
        panel->stop();
        window.close();
    }

    void cleanupTestCase() { QApplication::setPalette(test::lightPalette()); }
};

int main(int argc, char *argv[])
{
    QStandardPaths::setTestModeEnabled(true);
    web::registerUrlSchemes(QStringList{});
    QApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    TestRunTab test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_runtab.moc"
