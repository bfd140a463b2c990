// Composer window benchmarks (issue 3), part of connectlab-bench.
//   BM_KeystrokeToPreview: one character typed into the state field (QTest::keyClick) until the link view
//                          shows it: the model, the link, the decoded list, the undo stack, everything.
//   BM_BareKeystroke:      the same keystroke into a lone QLineEdit: the floor Qt itself sets.
//   …Painted variants:     the same, plus one event-loop pass that paints what changed (offscreen).
// Goal: BM_KeystrokeToPreview at most 3x BM_BareKeystroke.
#include "ConnectModel.h"
#include "LinkView.h"
#include "MainWindow.h"

#include <benchmark/benchmark.h>

#include <QApplication>
#include <QLineEdit>
#include <QStandardPaths>
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

void keystrokeToPreview(benchmark::State &state, bool paint)
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

void BM_BareKeystrokePainted(benchmark::State &state)
{
    bareKeystroke(state, true);
}

} // namespace

BENCHMARK(BM_KeystrokeToPreview);
BENCHMARK(BM_BareKeystroke);
BENCHMARK(BM_KeystrokeToPreviewPainted);
BENCHMARK(BM_BareKeystrokePainted);
