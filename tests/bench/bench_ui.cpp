// Composer window benchmarks (issue 3), part of connectlab-bench.
//   BM_KeystrokeToPreview: one character typed into the state field (QTest::keyClick) until the link view
//                          shows it: the model, the link, the decoded list, the undo stack, everything.
//   BM_BareKeystroke:      the same keystroke into a lone QLineEdit: the floor Qt itself sets.
//   …Painted variants:     the same, plus one event-loop pass that paints what changed (offscreen).
//   …CodeTab variants:     the same with the Code tab showing (issue 13). The tab catches up with the link
//                          at most every CodeView::ThrottleMs, so the keystroke itself does no code work;
//   BM_CodeTabUpdate:      that catch-up: the Node code generated, its changed line replaced and coloured.
// Goal: BM_KeystrokeToPreview at most 3x BM_BareKeystroke, with the Code tab showing too.
#include "CodeView.h"
#include "ConnectModel.h"
#include "LinkView.h"
#include "MainWindow.h"

#include <benchmark/benchmark.h>

#include <QApplication>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QUndoStack>

namespace {

// The benchmarks share one offscreen QApplication, created on first use.
bool ensureApplication()
{
    static int argc = 1;
    static char name[] = "connectlab-bench";
    static char *argv[] = {name, nullptr};
    if (!QCoreApplication::instance()) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QStandardPaths::setTestModeEnabled(true);
        new QApplication(argc, argv);
    }
    return qobject_cast<QApplication *>(QCoreApplication::instance()) != nullptr;
}

constexpr int ResetEvery = 16; // keeps the state field short: every 16 characters it starts again

void keystrokeToPreview(benchmark::State &state, bool paint, bool codeTab = false)
{
    if (!ensureApplication()) {
        state.SkipWithError("a non-GUI QCoreApplication already exists");
        return;
    }
    connectlab::MainWindow::Options options;
    options.restoreSession = false;
    options.persist = false;
    connectlab::MainWindow window(options);
    window.resize(1280, 800);
    window.show();
    QCoreApplication::processEvents();
    auto *codeView = window.findChild<connectlab::CodeView *>(QStringLiteral("codeView"));
    if (codeTab) {
        window.findChild<QTabWidget *>(QStringLiteral("sideTabs"))->setCurrentWidget(codeView);
        QCoreApplication::processEvents();
        if (!codeView->isVisible()) {
            state.SkipWithError("the Code tab did not show");
            return;
        }
    }
    auto *edit = window.findChild<QLineEdit *>(QStringLiteral("stateEdit"));
    const QString base = QStringLiteral("bench-state-");
    window.model()->setState(base);
    edit->setFocus();
    edit->end(false);
    QCoreApplication::processEvents();

    QString expected = QStringLiteral("state=") + base;
    int typed = 0;
    for (auto _ : state) {
        const char c = char('a' + typed % 26);
        expected += QLatin1Char(c);
        QTest::keyClick(edit, c);
        while (!window.linkView()->link().contains(expected)) // synchronous today; robust if it ever is not
            QCoreApplication::processEvents();
        if (paint)
            QCoreApplication::processEvents();
        if (++typed % ResetEvery == 0) {
            state.PauseTiming();
            window.model()->setState(base);
            window.undoStack()->clear();
            expected = QStringLiteral("state=") + base;
            edit->end(false);
            QCoreApplication::processEvents();
            state.ResumeTiming();
        }
    }
}

void bareKeystroke(benchmark::State &state, bool paint)
{
    if (!ensureApplication()) {
        state.SkipWithError("a non-GUI QCoreApplication already exists");
        return;
    }
    QLineEdit edit;
    edit.show();
    edit.setText(QStringLiteral("bench-state-"));
    edit.setFocus();
    QCoreApplication::processEvents();
    int typed = 0;
    for (auto _ : state) {
        QTest::keyClick(&edit, char('a' + typed % 26));
        if (paint)
            QCoreApplication::processEvents();
        if (++typed % ResetEvery == 0) {
            state.PauseTiming();
            edit.setText(QStringLiteral("bench-state-"));
            QCoreApplication::processEvents();
            state.ResumeTiming();
        }
    }
    benchmark::DoNotOptimize(edit.text().size());
}

void BM_KeystrokeToPreview(benchmark::State &state)
{
    keystrokeToPreview(state, false);
}

void BM_BareKeystroke(benchmark::State &state)
{
    bareKeystroke(state, false);
}

void BM_KeystrokeToPreviewPainted(benchmark::State &state)
{
    keystrokeToPreview(state, true);
}

void BM_KeystrokeToPreviewCodeTab(benchmark::State &state)
{
    keystrokeToPreview(state, false, true);
}

void BM_KeystrokeToPreviewCodeTabPainted(benchmark::State &state)
{
    keystrokeToPreview(state, true, true);
}

void BM_CodeTabUpdate(benchmark::State &state)
{
    if (!ensureApplication()) {
        state.SkipWithError("a non-GUI QCoreApplication already exists");
        return;
    }
    connectlab::MainWindow::Options options;
    options.restoreSession = false;
    options.persist = false;
    connectlab::MainWindow window(options);
    window.resize(1280, 800);
    window.show();
    auto *codeView = window.findChild<connectlab::CodeView *>(QStringLiteral("codeView"));
    window.findChild<QTabWidget *>(QStringLiteral("sideTabs"))->setCurrentWidget(codeView);
    QCoreApplication::processEvents();
    const QString base = QStringLiteral("bench-state-");
    QString value = base;
    int typed = 0;
    for (auto _ : state) {
        state.PauseTiming();
        value += QLatin1Char(char('a' + typed % 26));
        if (++typed % ResetEvery == 0)
            value = base;
        window.model()->setState(value);
        state.ResumeTiming();
        codeView->flush();
    }
    benchmark::DoNotOptimize(codeView->code().size());
}

void BM_BareKeystrokePainted(benchmark::State &state)
{
    bareKeystroke(state, true);
}

} // namespace

BENCHMARK(BM_KeystrokeToPreview);
BENCHMARK(BM_BareKeystroke);
BENCHMARK(BM_KeystrokeToPreviewPainted);
BENCHMARK(BM_BareKeystrokePainted);
BENCHMARK(BM_KeystrokeToPreviewCodeTab);
BENCHMARK(BM_KeystrokeToPreviewCodeTabPainted);
BENCHMARK(BM_CodeTabUpdate);
